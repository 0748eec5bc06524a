"""Secrets typed into free text: find them, and replace each value with a placeholder.

IT Glue users paste PINs, recovery codes, console passwords and API keys into notes, runbooks
and trait values. `scan` finds them; `redact` swaps each value for `[redacted <kind>]` and keeps
the words around it ("the console password is [redacted password]" still says that one exists).

Precision matters as much as recall: a redacted IP, serial or VLAN is a fact nobody can ask for
any more. So a bare word after "password" ("password is printed on the card", "password in IT
Glue") is not a value — a value must look like one (a digit or a symbol, or mixed case); PINs
are digits after a PIN-like label, never after a bare "code" (error codes, zip codes and Dell
express service codes are facts); long tokens count only after a key/token/secret label or in a
shape that is a secret by itself (`AKIA…`, `ghp_…`, `sk-…`, `xox…`, JWTs, private key blocks,
BitLocker recovery passwords, `AccountKey=`, `Password=…;`, `scheme://user:pass@`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

Kind = Literal["password", "pin", "recovery_code", "api_key", "private_key", "connection_string"]

PLACEHOLDERS: dict[str, str] = {
    "password": "[redacted password]",
    "pin": "[redacted PIN]",
    "recovery_code": "[redacted recovery code]",
    "api_key": "[redacted API key]",
    "private_key": "[redacted private key]",
    "connection_string": "[redacted connection secret]",
}
MARK = "[redacted "
"""How every placeholder starts: text that holds one was redacted before."""


@dataclass(frozen=True)
class Finding:
    """A secret value at `text[start:end]`."""

    kind: Kind
    start: int
    end: int


# -- shapes that are secrets wherever they stand ---------------------------------------------

_PRIVATE_KEY = re.compile(
    r"-----BEGIN (?P<label>[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?)-----(?P<v>.*?)"
    r"(?:-----END (?P=label)-----|$)",
    re.S,
)
_SHAPES: list[tuple[Kind, re.Pattern[str]]] = [
    ("recovery_code", re.compile(r"(?<![\d-])\d{6}(?:-\d{6}){7}(?![\d-])")),  # BitLocker
    ("api_key", re.compile(r"(?<![A-Za-z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Za-z0-9])")),
    ("api_key", re.compile(r"(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_\w{30,})")),
    ("api_key", re.compile(r"(?<![A-Za-z0-9_-])sk-(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{20,}")),
    ("api_key", re.compile(r"(?<![A-Za-z0-9_-])xox[abposr]-[A-Za-z0-9-]{10,}")),
    ("api_key", re.compile(r"(?<![A-Za-z0-9_])(?:whsec|rk_live|sk_live|sk_test)_[A-Za-z0-9]{16,}")),
    ("api_key", re.compile(r"(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])")),
    ("api_key", re.compile(r"(?<![A-Za-z0-9_])igr_[0-9a-f]{8}_[A-Za-z0-9_-]{20,}")),
    (
        "api_key",
        re.compile(r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[\w-]{8,}"),
    ),
    # an AWS secret access key: 40 characters of base64 with a slash or plus in them
    (
        "api_key",
        re.compile(
            r"(?<![A-Za-z0-9/+])(?=[A-Za-z0-9/+]{0,39}[/+])(?=[A-Za-z0-9/+]{0,39}[a-z])"
            r"(?=[A-Za-z0-9/+]{0,39}[A-Z])(?=[A-Za-z0-9/+]{0,39}\d)[A-Za-z0-9/+]{40}"
            r"(?![A-Za-z0-9/+=])"
        ),
    ),
    # `Password=…;` and `AccountKey=…` in ADO / Azure connection strings
    (
        "connection_string",
        re.compile(r"(?i)(?<![\w-])(?:password|pwd)\s*=\s*(?P<v>[^;\s'\"<]+)(?=;)"),
    ),
    (
        "connection_string",
        re.compile(
            r"(?i)(?<![\w-])(?:AccountKey|SharedAccessKey|SharedSecret)\s*=\s*(?P<v>[^;\s'\"<]+)"
        ),
    ),
    # credentials in a URL: scheme://user:pass@host
    (
        "connection_string",
        re.compile(r"(?i)\b[a-z][a-z0-9+.-]{1,15}://[^\s:/@<>]{1,64}:(?P<v>[^\s@/<>]{1,128})@"),
    ),
]

# -- a label, then its value -----------------------------------------------------------------

_PASSWORD_LABEL = re.compile(
    r"(?i)(?<![\w-])(?:password|passwd|passphrase|pass\s+phrase|pass|pwd|pw|psk|"
    r"pre-?shared\s+key|shared\s+secret|community\s+string|enable\s+secret|"
    r"(?:wi-?fi|wpa[23]?|wireless|network|wlan)\s+key)(?![\w-])"
)
_PIN_LABEL = re.compile(
    r"(?i)(?<![\w-])(?:pin(?:\s+(?:code|number))?|passcode|puk|"
    r"(?:alarm|door|gate|keypad|access|lockbox|disarm|unlock|entry|garage|safe|installer|"
    r"master|building|arming)\s+(?:code|pin)|code\s+(?:to|for)\s+the\s+[\w-]+|combination)"
    r"(?![\w-])"
)
_TOKEN_LABEL = re.compile(
    r"(?i)(?<![\w-])(?:api[\s_-]?(?:key|token|secret)|access[\s_-]?key(?:[\s_-]?id)?|"
    r"secret(?:[\s_-]?(?:access[\s_-]?)?key)?|client[\s_-]?secret|app[\s_-]?secret|"
    r"(?:auth|bearer|access|refresh|deploy(?:ment)?|personal|private)?[\s_-]?token|"
    r"bearer|signing[\s_-]?key|webhook[\s_-]?secret)(?![\w-])"
)
_CODES_LABEL = re.compile(
    r"(?i)(?<![\w-])(?:recovery|backup|scratch|emergency|one[- ]time|mfa|2fa)\s+(?:codes?|keys?)"
    r"(?![\w-])"
)
_LOGIN_LABEL = re.compile(
    r"(?i)(?<![\w-])(?:log\s*in|sign\s*in|credentials?|creds|user(?:name)?|account)(?![\w-])"
)
_ADMIN_USERS = {
    "admin",
    "administrator",
    "root",
    "sa",
    "manager",
    "msp-admin",
    "itadmin",
    "superuser",
    "support",
    "user",
}

_DOMAIN_USER = re.compile(r"(?:\.|[A-Za-z][\w.-]{0,30})\\(?P<name>[\w.$-]{2,30})")
"""`ACME\\administrator`, `.\\itadmin`: a user, not a UNC path (`\\\\server\\share`)."""

# Between a label and its value: a parenthetical, or "for/of/on/to …" ending in a separator.
_GAP = [
    re.compile(r"\s*(?:\([^)\n]{1,40}\))?\s*(?:(?P<sep>[:=]|-|\bis\b|\bwas\b)\s*)?"),
    re.compile(
        r"\s+(?:for|of|on|to|at)\s+[^:=\n.;]{1,50}?\s*(?P<sep>[:=]|\bis\b|\bwas\b)\s*", re.I
    ),
]
_TAGS = re.compile(r"(?:<[^>\n]{1,60}>\s*)*")
_QUOTED = re.compile(r"(['\"`])(?P<v>[^'\"`\n]{1,128})\1")
_BARE = re.compile(r"(?:&#?\w{1,8};|[^\s<>;,'\"`]){1,128}")  # HTML entities belong to it
_TRAIL = ".,;:)]}"
_CODE = re.compile(
    r"\s*(?:(?:[,;]|\band\b|\n|[-*•]|\d+[.)])\s*)*"
    r"(?P<v>\d{4} \d{4}(?!\d)|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)"
)

_NOT_A_VALUE = re.compile(
    r"(?ix)^(?:"
    r"\d{4}-\d{2}-\d{2}.*"  # a date
    r"|\d+(?:\.\d+){1,3}"  # a version or an address
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail
    r"|\w+://.*"  # a URL
    r"|\[redacted.*"  # a placeholder
    r")$"
)


def _looks_like_password(value: str, explicit: bool) -> bool:
    """A password rather than a word: a digit or a symbol in it, or mixed case."""
    if len(value) < 4 or _NOT_A_VALUE.match(value):
        return False
    has_digit = any(c.isdigit() for c in value)
    has_alpha = any(c.isalpha() for c in value)
    has_symbol = any(not c.isalnum() for c in value)
    if value.isdigit():
        return explicit and len(value) >= 4
    if has_digit or (has_symbol and has_alpha and len(value) >= 6):
        return True
    mixed = any(c.isupper() for c in value[1:]) and any(c.islower() for c in value)
    return explicit and mixed and len(value) >= 8


def _looks_like_token(value: str) -> bool:
    """A key or token: long, letters and digits together, not an id we show (a GUID)."""
    if len(value) < 16 or _NOT_A_VALUE.match(value):
        return False
    if re.fullmatch(
        r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", value
    ):
        return False
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


def _looks_like_pin(value: str) -> bool:
    return bool(re.fullmatch(r"\d{3,12}|\d{2}(?:-\d{2}){2,3}", value))


def _value_after(text: str, pos: int) -> Iterator[tuple[int, int, bool]]:
    """Candidate values after a label ending at `pos`: (start, end, explicit separator)."""
    for gap in _GAP:
        m = gap.match(text, pos)
        if not m:
            continue
        explicit = m.group("sep") is not None
        at = _TAGS.match(text, m.end()).end()  # type: ignore[union-attr]
        quoted = _QUOTED.match(text, at)
        if quoted and not any(c.isspace() for c in quoted.group("v")):
            # a quoted name with spaces is an entry's name ("IT Glue password 'NAS admin'")
            yield quoted.start("v"), quoted.end("v"), True
            continue
        bare = _BARE.match(text, at)
        if not bare:
            continue
        end = bare.end()
        while end > at and text[end - 1] in _TRAIL:
            end -= 1
        if end > at:
            yield at, end, explicit


def _labelled(text: str) -> Iterator[Finding]:
    for label in _PASSWORD_LABEL.finditer(text):
        for start, end, explicit in _value_after(text, label.end()):
            if _looks_like_password(text[start:end], explicit):
                yield Finding("password", start, end)
                break
    for label in _PIN_LABEL.finditer(text):
        for start, end, _ in _value_after(text, label.end()):
            value = text[start:end].rstrip("#*")
            if _looks_like_pin(value):
                yield Finding("pin", start, start + len(value))
                break
    for label in _TOKEN_LABEL.finditer(text):
        for start, end, _ in _value_after(text, label.end()):
            if _looks_like_token(text[start:end]):
                yield Finding("api_key", start, end)
                break


def _code_lists(text: str) -> Iterator[Finding]:
    """Codes listed after "recovery codes", "backup codes: …" (each must hold a digit)."""
    for label in _CODES_LABEL.finditer(text):
        sep = re.compile(r"[^:\n]{0,60}?(?::|\bis\b|\bare\b)", re.I).match(text, label.end())
        if not sep:
            continue
        pos = sep.end()
        while (code := _CODE.match(text, pos)) is not None:
            value = code.group("v")
            if not any(c.isdigit() for c in value) or len(value.replace("-", "")) < 6:
                break
            yield Finding("recovery_code", code.start("v"), code.end("v"))
            pos = code.end()


def _logins(text: str) -> Iterator[Finding]:
    """`admin / Secret1!`, `root:Secret1!` after a login label or with an admin user name."""
    for m in re.finditer(r"(?<![\w.\\@-])(?P<u>[\w.\\@-]{2,40})\s*(?P<s>/|:)\s*", text):
        user = m.group("u")
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line_start, m.start() - 40) : m.start()]
        known = bool(_DOMAIN_USER.fullmatch(user)) or user.lower() in _ADMIN_USERS
        if m.group("s") == ":" and not known:
            continue
        if not (known or _LOGIN_LABEL.search(before)):
            continue
        bare = _BARE.match(text, m.end())
        if not bare:
            continue
        end = bare.end()
        while end > m.end() and text[end - 1] in _TRAIL:
            end -= 1
        value = text[m.end() : end]
        if (
            len(value) >= 6
            and _looks_like_password(value, False)
            and not value.isdigit()
            and "/" not in value
            and not re.fullmatch(r"[A-Z]{2,}-?\d+", value)  # a device name (HV02, SW-01)
        ):
            yield Finding("password", m.end(), end)


def scan(text: str) -> list[Finding]:
    """The secrets in `text`, in order, never overlapping."""
    if not text:
        return []
    found: list[Finding] = []
    for m in _PRIVATE_KEY.finditer(text):
        body = m.group("v")
        lead = len(body) - len(body.lstrip())
        trail = len(body) - len(body.rstrip())
        if body.strip():
            found.append(Finding("private_key", m.start("v") + lead, m.end("v") - trail))
    for kind, pattern in _SHAPES:
        for m in pattern.finditer(text):
            group = "v" if "v" in pattern.groupindex else 0
            found.append(Finding(kind, m.start(group), m.end(group)))
    found.extend(_code_lists(text))
    found.extend(_labelled(text))
    found.extend(_logins(text))
    out: list[Finding] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if f.end <= f.start or text[f.start : f.end].startswith(MARK):
            continue
        if out and f.start < out[-1].end:
            continue  # inside (or across) one already taken: the first, longest, wins
        out.append(f)
    return out


def redact(text: str) -> tuple[str, list[Finding]]:
    """`text` with every secret value replaced by its placeholder, and what was replaced."""
    findings = scan(text)
    if not findings:
        return text, []
    parts, at = [], 0
    for f in findings:
        parts += [text[at : f.start], PLACEHOLDERS[f.kind]]
        at = f.end
    parts.append(text[at:])
    return "".join(parts), findings

"""How engineers ask for fields: the patterns of IT Glue's fixed fields by record type, and
the words trait names are built from for the words questions use. Data only; `attributes`
matches questions with them.
"""

from __future__ import annotations

import re

from core.models import RecordType

FIXED: dict[RecordType, list[tuple[str, str, re.Pattern[str]]]] = {
    RecordType.CONFIGURATION: [
        (
            "public_ip",
            "public IP",
            re.compile(
                r"public ?ip|\bwan\b|external ip|internet ip|public address|outside ip|"
                r"static ip|\bisp ip",
                re.I,
            ),
        ),
        ("mac_address", "MAC address", re.compile(r"\bmacs?\b|hardware address", re.I)),
        ("serial_number", "serial number", re.compile(r"serial|\bs/?n\b|service tag", re.I)),
        (
            "asset_tag",
            "asset tag",
            re.compile(r"asset ?(tag|number|#|no\b)|\btag (number|no\b|#)|asset sticker", re.I),
        ),
        (
            "primary_ip",
            "primary IP",
            re.compile(
                r"\bips?\b|ip ?addr|ipv4|\blan address|internal address|"
                r"(?<!mac of )(?<!mac on )(?<!mac address of )\b(nics?|network (card|adapter))\b",
                re.I,
            ),
        ),
        (
            "operating_system",
            "operating system",
            re.compile(
                r"\bos\b|o/s|operating system|firmware|what.{0,20}\brunning\b|"
                r"\b(macos|ios|ipados|android|windows|linux|ubuntu|esxi|dsm|fortios|os|firmware) "
                r"(version|build|release)\b|\bversion of (macos|ios|windows|linux|ubuntu|esxi|"
                r"vmware|hyper-?v|dsm|fortios|the os|firmware)\b|"
                r"\bwindows version|software version|\bos version",
                re.I,
            ),
        ),
        ("model", "model", re.compile(r"\bmodel\b|make and model", re.I)),
        (
            "manufacturer",
            "manufacturer",
            re.compile(
                r"manufactur(er|ed)\b|\bvendor\b|\bmake\b(?! (a|an|the|sure|it)\b)|who makes|"
                r"\bbrand\b|made by",
                re.I,
            ),
        ),
        ("warranty_expires_at", "warranty expiring on", re.compile(r"warrant", re.I)),
        ("hostname", "hostname", re.compile(r"host ?name|fqdn|computer name|dns name", re.I)),
        (
            "location",
            "location",
            re.compile(
                r"where (exactly |physically )?is|where's|located|location|"
                r"which (site|office|building|room)|what site|"
                r"where (do|does|can) .{0,30} (sit|live)|physically",
                re.I,
            ),
        ),
        (
            "contact",
            "contact",
            re.compile(
                r"\bcontact (on|for|of)\b|who('s| is) (listed|assigned|responsible)|"
                r"\bcontact (listed|assigned|named|recorded|set) (on|for|against)\b|"
                r"\bwho (uses|is using|works on|sits at)\b|"
                r"\bwho\b.{1,60}\b(assigned|issued|given|allocated) to\W*$|"
                r"\bwhose (laptop|pc|computer|desktop|workstation|phone|device|machine|box|tablet|"
                r"ipad|iphone|mac|macbook|notebook) is\b|"
                r"\bpoint of contact\b|\bresponsible (for|person)\b",
                re.I,
            ),
        ),
        (
            "installed_at",
            "install date",
            re.compile(
                r"installed|install date|deployed|commissioned|"
                r"\bwhen (did|was|were|does) .{0,40}\b(go|goes|went|put|gone) (in|live)\b",
                re.I,
            ),
        ),
        (
            "purchased_at",
            "purchase date",
            re.compile(r"purchas|\bbought\b|acquired|procured", re.I),
        ),
        (
            "configuration_type",
            "type",
            re.compile(r"what (kind|type) of (device|thing|box)|what is .{0,30}\? *$", re.I),
        ),
    ],
    RecordType.CONTACT: [
        ("email", "email", re.compile(r"\be-?mail|\bmail address", re.I)),
        (
            "mobile",
            "mobile number",
            re.compile(r"\bcell\b(?! tower)|\bcellphone\b|\bmobile\b(?! devices?\b)", re.I),
        ),
        (
            "phone",
            "phone",
            re.compile(
                r"phone|\bnumber\b|\bcall\b|mobile|\bcell\b|\breach (him|her|them)\b|"
                r"how (do|can) (i|we) reach|\bring\b",
                re.I,
            ),
        ),
        ("title", "title", re.compile(r"\btitle\b|\brole\b|job|position", re.I)),
    ],
    RecordType.LOCATION: [
        (
            "address",
            "address",
            re.compile(
                r"(?<!ip )(?<!mac )(?<!e-mail )(?<!email )(?<!ipv4 )(?<!ip-)address|"
                r"(?<!ip )(?<!mac )(?<!email )(?<!e-mail )\baddr\b|"
                r"where|located|street|directions|\bsites?\b|"
                r"office|\bhq\b|"
                r"post ?code|"
                r"\bzip\b|eircode|postal|can'?t find|cannot find|\blocate\b",
                re.I,
            ),
        ),
        (
            "phone",
            "phone",
            re.compile(r"phone|(?<!unit )(?<!suite )\bnumber\b|\bcall\b|main line", re.I),
        ),
        (
            "address_2",
            "suite or unit",
            re.compile(r"\bsuite\b|\bunit (number|no\b|#)|\bapt\b|apartment|floor number", re.I),
        ),
        (
            "notes",
            "notes",
            re.compile(
                r"\bnotes?\b|parking|access (notes|instructions|code)|door code|gate code|"
                r"alarm code|\bkey ?(box|safe)\b|after.hours access|onsite instructions",
                re.I,
            ),
        ),
    ],
    RecordType.PASSWORD: [
        (
            "username",
            "username",
            re.compile(r"user ?name|login|log ?in|account|\buser\b|sign ?in|credential", re.I),
        ),
        ("url", "URL", re.compile(r"\burl\b|link|console|web (ui|interface)|portal", re.I)),
    ],
}
SYNONYMS: dict[str, tuple[str, ...]] = {
    "who": (
        "provider",
        "vendor",
        "isp",
        "registrar",
        "carrier",
        "company",
        "publisher",
        "contact",
        "admin",
        "owner",
        "keyholder",
        "operator",
    ),
    "make": ("vendor", "manufacturer", "provider"),
    "makes": ("vendor", "manufacturer", "provider"),
    "made": ("vendor", "manufacturer"),
    "supplier": ("vendor", "provider"),
    "brand": ("vendor", "manufacturer"),
    "renew": ("renewal", "expires", "expiry", "expiration"),
    "renews": ("renewal", "expires", "expiry", "expiration"),
    "expire": ("expires", "expiry", "expiration", "renewal"),
    "expires": ("expires", "expiry", "expiration", "renewal"),
    "expiring": ("expires", "expiry", "expiration", "renewal"),
    "expiry": ("expires", "expiry", "expiration", "renewal"),
    "due": ("expires", "renewal", "expiry"),
    "lapse": ("expires", "renewal"),
    "end": ("expires", "expiry"),
    "until": ("expires", "expiry", "expiration", "ends"),
    "till": ("expires", "expiry", "expiration", "ends"),
    "ends": ("expires", "expiry"),
    "issued": ("issuer",),
    "issue": ("issuer",),
    "ca": ("issuer",),
    "authority": ("issuer",),
    "seat": ("seats",),
    "seats": ("seats",),
    "licenses": ("seats", "quantity", "count"),
    "spare": ("seats", "used"),  # spare seats: how many there are and how many are used
    "unused": ("seats", "used"),
    "unassigned": ("seats", "used"),
    "assigned": ("seats", "used"),
    "free": ("seats", "used"),
    "quantity": ("seats", "count"),
    "users": ("seats", "used"),
    "used": ("used",),
    "keep": ("retention",),
    "kept": ("retention",),
    "long": ("retention",),
    "retain": ("retention",),
    "restore": ("retention",),
    "points": ("retention",),
    "run": ("schedule",),
    "runs": ("schedule",),
    "time": ("schedule",),
    "scheduled": ("schedule",),
    "encryption": ("security",),
    "auth": ("security",),
    "wpa": ("security",),
    "destination": ("target",),
    "write": ("target", "stored", "destination"),
    "writes": ("target", "stored", "destination"),
    "stored": ("target", "stored"),
    "repository": ("target",),
    "protect": ("protected",),
    "protects": ("protected",),
    "covered": ("protected", "coverage"),
    "covers": ("coverage", "provider"),
    "cover": ("coverage",),
    "contract": ("coverage", "provider"),
    "sla": ("coverage", "service", "level"),
    "response": ("coverage", "service", "level", "response"),
    "number": ("phone", "number", "contact"),
    "phone": ("phone", "contact"),
    "line": ("phone",),
    "call": ("phone", "support", "contact"),
    "ver": ("version",),
    "release": ("version",),
    "cn": ("common",),
    "hostname": ("common", "name"),
    "installed": ("installed",),
    "administers": ("admin",),
    "administer": ("admin",),
    "administrator": ("admin",),
    "eircode": ("postal", "code", "postcode"),
    "postcode": ("postal", "code", "postcode"),
    "zip": ("postal", "code"),
    "where": ("installed", "location", "target"),
    "registered": ("registrar",),
    "nameservers": ("name", "servers"),
    "dns": ("name", "servers"),
    "mx": ("mx",),
    "circuit": ("circuit",),
    "provider": ("provider", "isp"),
    "isp": ("isp", "provider"),
    "carrier": ("carrier", "isp", "provider"),
    "telco": ("carrier", "isp", "provider"),
    "fault": ("support",),
    "faults": ("support",),
    "helpdesk": ("support",),
    "speed": ("bandwidth",),
    "bandwidth": ("bandwidth",),
    "vlan": ("vlan",),
    "network": ("ssid", "vlan"),
    "success": ("successful",),
    "good": ("successful",),
    "exp": ("expires", "expiry", "expiration", "renewal"),
    "successful": ("successful",),
    "last": ("last",),
    "product": ("product",),
    "using": ("used",),
    "aps": ("access", "point"),
    "ap": ("access", "point"),
    "broadcast": ("ssid",),
    "software": ("product",),
    "tool": ("product",),
    "solution": ("product",),
    "edition": ("product", "version"),
    "tier": ("product", "edition"),
    "plan": ("product",),
    "count": ("count", "seats"),
    "host": ("server", "host", "hosted"),
    "hosted": ("server", "hosted"),
    "hosting": ("server", "hosted"),
    "server": ("server",),
    "database": ("database",),
}
"""Question words → words trait names are built from (across accounts' naming habits)."""

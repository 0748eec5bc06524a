"""What kind of question it is, from its wording (not from any account's names)."""

from __future__ import annotations

import re

from core.state import Intent
from understand.since import WORDS as DAY_WORDS
from understand.text import words

PASSWORD_ABROAD = r"mot de passe|contrase[ñn]a|passwort|kennwort|\bsenha\b|wachtwoord"
"""The word for password in French, Spanish, German, Portuguese and Dutch."""
CREDENTIAL = re.compile(
    r"password|passwd|\bpw\b|\bpwd\b|passcode|credential|\bcreds?\b|\blogins?\b|log ?in(to)?\b|"
    r"log ?on\b|logon|\bauto ?-?log|\b(which|what) (user|account) do (we|i|they)\b|"
    r"sign ?in|user ?names?\b|admin account|service account|\bsa account|"
    r"wi-?fi (key|passphrase|psk)|guest (wi-?fi |wifi )?key|\bpsk\b|pre-?shared key|secret|"
    r"global admin|\bvault (entry|entries|item|record)\b|\b(entry|item) in (the|our) vault\b|"
    r"\b(admin|root|sa)\b.{0,25}\b(url|login|user|account|creds?|pw)\b|"
    r"\b(ssh|rdp|telnet)\b.{0,50}\b(account|user ?name|login)\b|" + PASSWORD_ABROAD,
    re.I,
)
SIMILAR = re.compile(
    r"\bsimilar\b|other (clients|customers|organi[sz]ations)|across (clients|customers|"
    r"organi[sz]ations)|anyone else|elsewhere|same (issue|problem)|seen this before",
    re.I,
)
DEPENDENCY = re.compile(
    r"\bwhich [\w-]+ (go|goes|print|prints|route|routes) through\b|"
    r"depend|\brel(y|ies|ied|iant|ying)\b|\bimpact|affected|affect\b|blast radius|upstream|"
    r"\blean(s|ing|ed)? on\b|\btied (in)?to\b|"
    r"\b(which|what)\b.{0,60}\b(send|sends|scan|scans|print|prints|feed|feeds|sync|syncs|"
    r"report|reports|push|pushes|post|posts|upload|uploads)\b.{0,25}\b(to|into|via|through)\b|"
    r"\bshared (off|from)\b|\b(sends?|scans?|prints?|feeds?|syncs?) ((in)?to|through) (which|"
    r"what)\b|downstream|"
    r"\bpath (between|from)|\bbetween\b.{1,40}\band\b.{1,40}\bpath|"
    r"\b(what'?s?|which|anything|who)\b.{0,50}\b(go(es)? (down|offline)|break|breaks|be down|"
    r"went down|gone down|go with it|drops?|dropped|lost|(were|was|are|is) on (it|them|that)|"
    r"go(es)? dark|go(es)? down with|gets? hit|(is|are|gets?|be) cut off|(be|are|is) hit|"
    r"(gets?|be) knocked (out|off|offline)|"
    r"stop(s)? working|loses?\b(?! (their |its |the )?warrant)|runs? on|hosted|hang(s|ing)? off|"
    r"run(s|ning)? off|plugged|"
    r"connected|uplink|sits? on|lives? on|sitting on|living on|hosted on|running on)\b|"
    r"\bwhat (would|will|else) (go|break|fail)|"
    r"\bif\b.{1,60}\b(dies|died|fails|failed|goes down|went down|is down|crashes|crashed|"
    r"reboots|is rebooted|goes offline|is offline|is patched|loses power|dies|drops|"
    r"dropped)\b.{0,40}"
    r"\b(what'?s?|which|who|whose)\b|\b(upstream|downstream) (of|from)\b|"
    r"\b(vms?|guests?|servers|virtual machines?) (are |is )?(on|running on|hosted on)\b|"
    r"which (hypervisor|host|vm host|switch|firewall)\b.{0,70}\b(on|run|use|connect)|"
    r"\b(who|what)\b.{0,20}\b(can'?t|cannot|won'?t be able to|unable to) (work|print|log|"
    r"access|connect)|who (is|would be|gets) (affected|impacted)|"
    r"\bwhere does\b.{1,40}\b(run|live|uplink|connect|plug)|\buplinks? to\b|connected to|"
    r"plugged in(to)?|hang(s)? off|\bruns on\b|hosted on|cabled (in)?to|wired (in)?to|"
    r"\bwhich [\w-]+ (host|hv|hypervisor|node|server|switch) (is|are) (it|they|this|that|\S+) on\b|"
    r"\bwhat (host|hv|hypervisor|node|switch) does (it|this|that) (sit|run|live)|"
    r"\bwhich (hv|host|node|hypervisor) is\b|\bhow many (vms|guests|servers) (are|run|live)|"
    r"\b(which|what) (?!security|encryption|auth|protocol|port|version|ssid|vlan|cipher)\w+ "
    r"(\w+ )?(does|do) (it|this|that|they) (need|require|use|talk to)\b|"
    r"\bis dependent on\b|\bin between\b|\bhops?\b|\btrace\b.{1,60}\bto\b|replicat|"
    r"\b(sits?|runs?|lives?|hosted|living|sitting|running) on (which|what)\b|"
    r"\buplink(s|ed)?\b|\b(guests|vms)\b\W*$|"
    r"\bhow many (vms|guests)\b.{0,40}\b(on|run on|running on|hosted|live|sit|down|dies|"
    r"fails)\b|"
    r"\bdependencies\b|\bdeps\b|\b(in order|needs?) to (run|work|start)\b|"
    r"\bwhat (host|hv|hypervisor|node) is (it|this|that|(the )?[\w-]+( [\w-]+){0,2}) on\b|"
    r"\b(go|goes|going|route|routes|pass|passes) (through|via) (it|this|that|the|[\w-]+\d)\b|"
    r"\bget (out )?to\b.{0,30}(firewall|internet|edge|switch)|\broute (from|to|between)\b|"
    r"\bwhat (does|do|would) (the |a |an )?[\w-]+( [\w&-]+){0,6} (need|require)s?\b(?! to do)|"
    r"\bwhat(?:'?s| is| are) (running |hosted )?on\b(?! (its|their)\b)(?! (the )?"
    r"([\w-]+ )?(wan|lan|mgmt|management|ports?|nic|interfaces?|vlan|ip|network|plan|list|"
    r"schedule)\b)|"
    r"(?<!')\b(\w{2,}s|what'?s|what is|what are|anything|everything) behind "
    r"(the|it|this|that|[\w-]+\d)\b|\bdownstream of (the|it|this|that|[\w-]+\d)\b|"
    r"\b(software|apps?|applications?|programs?) (is |are )?running on\b|"
    r"\b(which|what) [\w-]+s\b.{0,30}\b(use|queue|print|go|need|require|rely on|talk to)s? "
    r"(thru |through |via |on )?(it|this|that|them|[\w-]*\d[\w-]*|the [\w-]+( [\w-]+)?)\b|"
    r"\b(guests?|vms?|virtual machines) list\b|\blist (of )?(the )?(guests|vms|virtual machines)\b|"
    r"\bwhat (connects|links|joins|plugs)\b",
    re.I,
)
EXPIRY = re.compile(
    r"expir|\bexp\b|renew|\bdue\b|lapse|running out|runs? out|\bending\b|"
    r"\bends? (in|within|before|by)\b|"
    r"end of (support|life)|out of warranty|"
    r"warrant(y|ies)\b.{0,30}\b(next|within|this|soon|up|left|ending)\b|\bup in the next\b|"
    r"warrant(y|ies) (end|run|expir)|up for renewal|\blose (their |its |the )?warrant|"
    r"\bwarrant(y|ies) (lapses?|ends?|goes)\b",
    re.I,
)
LIST = re.compile(
    r"how many(?! (days|hours|minutes|weeks|months|years|gb|tb|mbps)\b)|"  # a quantity, no list
    r"\blist\b|\ball (the |our |of the )?\w+s\b|\bcount\b|(?<!serial )(?<!phone )"
    r"number of|\bno\.? of\b|^\s*#|inventory|what sites|\bshow (me )?(all|the) \w+s\b",
    re.I,
)
WHICH = re.compile(r"\b(which|what) (?:\w+ ){0,2}?(\w\w+s)\b(?! (of|for)\b)", re.I)
"""Which/what before a plural ("which ssl certs", "what printers"): a list when it names a type."""
HOWTO = re.compile(
    r"\bhow (do|to|can|should|would|does)\b|\bsteps?\b|procedure|runbook|\bsop\b|troubleshoot|"
    r"\b(shutdown|shut down|start-?up|boot|reboot) order\b|power (cut|outage|failure)|"
    r"\bfix\b|what (do|should) (i|we) (do|check|try)|check first|what order|"
    r"not (reachable|loading|connecting|opening|syncing|starting)|unreachable|unavailable|"
    r"\bnot (detected|recogni[sz]ed|showing up|being seen)\b|"
    r"can'?t (reach|connect|open|access)|\bin what order|(start|boot|shut).{0,30}"
    r"\bfirst\b|restore|recover|roll ?back|onboard|new (hire|employee|user|staff)|set ?up\b|"
    r"\binstall\b|configure|restart|reset|not (working|responding|printing)|won'?t|can'?t|"
    r"cannot|unable|stuck|\bhung\b|hangs|frozen|keeps|\bdown\b|\bdead\b|offline|broken|"
    r"\berror|fail(ing|ed|s)?\b|\bslow\b|what to do|checklist|\bprocess\b|"
    r"\b(say|says|shows|showing|getting|reads|displays)\s*:?\s*['\"“]|"
    r"\bwhere (do|should|would) (i|we) (start|begin|look)\b|supposed to do|"
    r"\bbefore (touching|changing|rebooting|patching|updating|upgrading)\b",
    re.I,
)
OVERVIEW = re.compile(
    r"overview|tell me about|summar|what do we (know|have) (about|on|for)|profile of|"
    r"rundown|brief me",
    re.I,
)


_RECENTLY = (
    r"(since|in the (last|past)|over the (last|past)|the (last|past) \d+|past \w+ (days?|weeks?|"
    r"wks?|hours?|hrs?)|this (week|wk|month)|last (week|wk|month|fortnight|sync)|over the weekend|"
    r"today|yesterday|yday|recently|lately|of late)"
)
_EDITED = (
    r"(changed|added|removed|deleted|updated|modified|edited|retired|touched|moved|bumped|"
    r"tweaked|altered|amended|revised)"
)
_CHANGE_NOUN = r"(changes|change|chgs|chnages|chages|updates|edits|modifications|amendments)"
_NOT_NEW = (
    r"(?! (hire|user|starter|joiner|employee|staff|laptop|pc|computer|device|printer|phone|"
    r"account|mailbox|site|office|client|customer|install|setup|build)s?\b)"
)
CHANGES = re.compile(
    r"\bwhat(?:'?s| has| have| was| were| got| is| are)? (?:been |got |gotten )?" + _EDITED + r"|"
    r"\b(?:any|recent|latest|new) " + _CHANGE_NOUN + r"\b|"
    r"\b" + _CHANGE_NOUN + r"\b.{0,40}\b" + _RECENTLY + r"\b|"
    r"\b(?:(?:were|was|been|got|get|have|has|had) (?:\w+ ){0,2}" + _EDITED + r"|edit|change|"
    r"update|touch|" + _EDITED + r")\b.{0,50}\b" + _RECENTLY + r"\b|"
    r"\b(?:anything|something|stuff|what'?s|what is|which \w+ (?:are|is)) new\b" + _NOT_NEW + r"|"
    r"\b(?:anything|something|stuff) (?:new |else )?(?:been |got |was |were )?" + _EDITED + r"|"
    r"\bwhat did (?:i|we|you) miss\b|\bwhat (?:i|we) missed\b|"
    r"\bchanges? ?log\b|\bdigest of changes\b|\baudit (?:trail|log)\b|"
    r"\b(?:sync|docs?|documentation) (?:diffs?|delta)\b|\bdiffs? (?:in|of|for|since|from)\b|"
    r"\bwhat did the (?:last )?sync\b|\brecent (?:\w+ )?activity\b|"
    r"\b(?:new|different|differences?|activity|delta|move|moved)\b.{0,40}\b" + _RECENTLY + r"\b|"
    r"^(?!.*\bwhen\b)(?!.*\blast (?:changed|updated|modified|edited)\b).*\b(?:did|has|have|was|"
    r"were)\b.{1,50}\b(?:change|changed|updated|modified|edited)\b\W*$",
    re.I,
)
"""What the documentation's change log answers: "what changed at Acme since Monday?", "any
changes this week", "what got updated yesterday", "anything new at Acme", "what did I miss",
"sync diff", "audit trail for the last 14 days" — changes to the records."""
_CLAUSES = re.compile(r"\s+[-–—]\s+|[,;:?!.]\s+|\s+(?:and|but|so) (?=what|which|who|where|how)")
_ASKING = re.compile(
    r"^\s*(what|which|who|whom|whose|where|when|how|any|anything|did|does|do|has|have|had|is|are|"
    r"was|were|can|could|would|will|pls|please|plz|show|list|give|get|tell|summari[sz]e|send|"
    r"recent|latest|new|changes?|chgs|delta|diff|audit)\b",
    re.I,
)
_QUESTION = re.compile(r"\b(what|which|who|where|when|how|whats)\b|\?", re.I)


def change_words(text: str) -> set[str]:
    """The words of `text` that ask the change log or say a day ("what changed", "since",
    "monday"): words of the question, never of a record's or a client's name."""
    return {w for m in CHANGES.finditer(text) for w in words(m[0])} | DAY_WORDS


def asks_changes(question: str) -> bool:
    """Whether the question asks the change log. A change said as context of another question
    ("they added two drives this week, what RAID level is it", "SQL01 was moved yesterday -
    which host is it on") is not asked: the clause that names it does not ask, another does."""
    if not CHANGES.search(question) or INCIDENT.search(question):
        return False
    clauses = [c for c in _CLAUSES.split(question) if c and c.strip()]
    said = [c for c in clauses if CHANGES.search(c)]
    other = [c for c in clauses if not CHANGES.search(c) and _QUESTION.search(c)]
    return not (said and other and not any(_ASKING.search(c) for c in said))


INCIDENT = re.compile(
    r"\bhow (do|to|can|should|would|was|were|did)\b|"
    r"\b(updates?|patch(es|ing)?)\b.{0,30}\b(pending|installed|install|available|waiting|"
    r"wsus|window)\b|\b(windows|patch|security|firmware) updates?\b|\bpatch (tuesday|window)\b|"
    r"\b(new|changed|different) in (the )?(version |v)?(?!(last|past|next|first|previous)\b)"
    r"[a-z][\w-]* (server )?v?\d[\d.]*\b|\brestore|\brecover|\bget (it|them|that|this) back\b|"
    r"can'?t|cannot|won'?t|\bnot (working|printing|loading|syncing|connecting)|\berrors?\b|"
    r"\bfail|\bbroken\b|\bfix\b|troubleshoot|\bundo\b|\broll ?back\b|\brevert\b",
    re.I,
)
"""Something that happened to be fixed ("a user deleted a file yesterday, how do we get it
back"), patching ("any updates pending on DC01") or a product's release ("what's new in Veeam
12"): not the change log, whatever words it shares with it."""


FIELD_ASKED = re.compile(
    r"\b(ip|ip address|mac|serial|s/n|asset tag|tag number|model|os|firmware|hostname|"
    r"operating system|(windows|os) (version|build)|version of (windows|the os))\b",
    re.I,
)
"""A device's own field: asked for, it is the question, whatever else the sentence says."""
STRONG_DEPENDENCY = re.compile(
    r"depend|\bimpact|affected|what else|goes down|go down|went down|\bruns? on\b|hosted on|"
    r"go(es)? offline|be (down|offline)|\bdies\b|"
    r"connected to|plugged in|\blose (their|its|the)? ?(link|connection|network|internet|uplink)\b|"
    r"\bcut off\b",
    re.I,
)
_LOGIN_VERB = re.compile(r"\b(log ?in(to)?|log ?on(to)?|sign ?in(to)?)\b", re.I)
"""Logging in as what the engineer is about to do, not what is asked."""
_PHYSICAL_WHERE = re.compile(
    r"\bwhere\b.{0,60}\bphysical(ly)?\b|\bphysical(ly)? (located|sits?|lives?|is|are)\b", re.I
)
_KEEP_FOR = re.compile(
    r"\bhow long (do|does|are|is|will) (we|you|they|it|backups?) (keep|kept|retain|held)", re.I
)
"""A retention asked, whatever records the sentence names."""
_WHICH_ONE = re.compile(
    r"\bthe (one|box|server|vm|machine|host|device)( that| which)? (the )?[\w-]+( [\w-]+)? "
    r"(runs|lives|sits|is hosted|is running) on\b",
    re.I,
)
"""A clause that says which device is meant by what runs on it."""
SYMPTOM_LOGIN = re.compile(r"(can'?t|cannot|unable to|won'?t let (me|them)) log ?(in|on)", re.I)


def intent_of(question: str, changes: bool = True) -> Intent:
    """The question's kind by wording alone; the planner refines it with what it grounded.
    `changes`: whether the whole question may ask the change log (a part of it may name a
    change only as context of another part's question)."""
    if changes and asks_changes(question):
        return "changes"
    if SIMILAR.search(question):
        return "similar"
    if _PHYSICAL_WHERE.search(question) or _KEEP_FOR.search(question):
        return "lookup"  # "where does the pos server physically live", "how long do we keep"
    if FIELD_ASKED.search(question):  # "the imaging server, the one Dentrix runs on - what
        question = _WHICH_ONE.sub(" ", question)  # IP does it have": which one, not what
    weak = not STRONG_DEPENDENCY.search(question)
    listing = re.search(r"\b(vms?|guests|servers|devices)\b", question, re.I)
    if (
        weak and FIELD_ASKED.search(question) and not listing
    ):  # "the box that runs the ERP, what asset tag
        question = DEPENDENCY.sub(" ", question)  # is on it": a field, not what is on it
    if DEPENDENCY.search(question) and (not CREDENTIAL.search(question) or not weak):
        return "dependencies"
    logging_in = not CREDENTIAL.search(_LOGIN_VERB.sub(" ", question))
    if logging_in and FIELD_ASKED.search(question):
        pass  # "I need to log into the controller - what IP is the AP on": its IP
    elif CREDENTIAL.search(question) and not SYMPTOM_LOGIN.search(question):
        return "credential"
    if DEPENDENCY.search(question):
        return "dependencies"
    if EXPIRY.search(question):
        return "expiry"
    if LIST.search(question):
        return "list"
    if OVERVIEW.search(question):
        return "overview"
    if HOWTO.search(question):
        return "howto"
    return "lookup"


DOWNSTREAM = re.compile(
    r"\buplink(s|ed)?\b|\bdependencies\b(?! (on|of) (it|this|that)\b)(?! on\b)|\bdeps\b|"
    r"\bwhat (host|hv|hypervisor|node) is\b|"
    r"\bis dependent on\b|\bwhich [\w-]+ (host|hv|hypervisor|node) (is|are)\b|replicat|"
    r"\b(sits?|runs?|lives?|hosted|living|sitting|running) on (which|what)\b|"
    r"\buplink(s|ed)? (in)?to\b|"
    r"\bwhat (host|hv|hypervisor|node|switch) does\b|\bwhich (hv|host|node|hypervisor) is\b|"
    r"\bauth(enticate)? against\b|\btied (in)?to\W*$|\bshared (off|from) (which|what)\b|"
    r"\b(sends?|scans?|prints?|feeds?|syncs?) ((in)?to|through) (which|what)\b|"
    r"\bwhich\b.{0,60}\b(is|are)\b.{0,60}\b(sitting|running|living|hosted|sits|runs|lives) on\b|"
    r"\b(which|what) \w+(?: \w+)? (does|do) .{0,60}\b(depend|rely|run|sit|need|talk to|"
    r"connect to|point to|use|go through|print through)\b|"
    r"\bdoes (it|this|that) (depend|rely|need)|"
    r"what (does|do|is|are)\b.{1,60}\b(depend|rel(y|ies)|need|require|run(s)? on|hosted on|"
    r"sit(s)? on|connect(ed)? to|uplink|on)\b|which (hypervisor|host|vm host|switch|firewall)\b|"
    r"\bwhere does\b|\buplinks? to\b|"
    r"(?<!what )(?<!which )(?<!who )(?<!that )(?<!thing )\b(depends|relies) on\b"
    r"(?!.{0,10}\b(it|this|that)\b)|"
    r"need(s)? to work|\bin order to (run|work|start)\b|"
    r"\b(which|what) [\w-]+ (it|this|that|they) (runs?|sits?|lives?|is hosted) on\b",
    re.I,
)
UPSTREAM = re.compile(
    r"what (depends|relies|runs|is hosted|is running|sits|lives)|\bimpact|affected|break|"
    r"\bwhat(?:'?s| is| are) (running |hosted )?on\b|\b\w{2,}s behind\b|"
    r"\b(software|apps?|applications?|programs?) (is |are )?running on\b|"
    r"go(es)? (down|offline)|\bdie[sd]?\b|dead|fail|outage|crash|reboot|patching|stop(s)? "
    r"working|lose|on (it|this|that)\b|\bvms?\b|guests|virtual machines?|hosted on|runs on|"
    r"running on|go(es)? through",
    re.I,
)
NEIGHBORS = re.compile(
    r"connected|connects|plugged|hang(s|ing)? off|attached|linked to|wired|cabled|directly", re.I
)
PATH = re.compile(
    r"\bpath\b|\bbetween\b.{1,60}\band\b|\bfrom\b.{1,60}\bto\b|\bin between\b|\bhops?\b|"
    r"\btrace\b|\bget (out )?to\b|\broute\b",
    re.I,
)


def direction(question: str, devices: int) -> str:
    """downstream (what X needs), upstream (what needs X), neighbors or path."""
    question = re.sub(r"\b\w+(?:[-.]\w+)+\b", "X", question)  # "CHS-VM-PMS" is no "VM"
    if devices >= 2 and PATH.search(question):
        return "path"
    if re.search(r"\bupstream (of|from)\b", question, re.I):
        return "downstream"  # what is upstream of the switch: what the switch hangs off
    if re.search(r"\bdownstream (of|from)\b", question, re.I):
        return "upstream"
    if NEIGHBORS.search(question) and not re.search(r"\buplinks? to\b", question, re.I):
        return "neighbors"
    if re.search(
        r"\b(dies|died|fails|goes down|go down|lose|loses|lost|outage|impact|affected|drops|"
        r"cut off)\b",
        question,
        re.I,
    ):
        return "upstream"  # "if SW01 dies, which APs lose their uplink": what needs SW01
    if re.search(
        r"\bwhere (does|do|is|are)\b.{0,60}\b(run|runs|live|lives|sit|sits|hosted)\b",
        question,
        re.I,
    ):
        return "downstream"  # "where does the acme wms vm run": its host
    if DOWNSTREAM.search(question) and not re.search(
        r"what (depends|relies|runs|is hosted|is running)|"
        r"\b(vms|guests|virtual machines)\b(?! hosts?\b)|"
        r"(?<!that )(?<!this )(?<!the )\b(vm|virtual machine)\b(?! hosts?\b)",  # "that vm": X
        question,
        re.I,
    ):  # "which vm host is X on": X's host
        return "downstream"
    return "upstream"

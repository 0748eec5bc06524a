"""One organization of the sample MSP while it is generated, and the seeded helpers every step uses.

Ids come from counters shared by all organizations, one range per record type, so an id never
depends on anything but the order of generation.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from core.models import Configuration, Organization, Snapshot
from sync.demo.tables import Kind


@dataclass
class Ids:
    """Global counters so every record type has its own, stable id range."""

    config: int = 10000
    interface: int = 20000
    asset: int = 50000
    password: int = 70000
    document: int = 30000
    section: int = 40000
    contact: int = 80000
    location: int = 90000

    def next(self, name: str) -> int:
        value = getattr(self, name) + 1
        setattr(self, name, value)
        return value


@dataclass
class OrgState:
    """Everything generated for one organization, plus lookups the later steps need."""

    org: Organization
    kind: Kind
    net: int
    public: str
    domain: str
    today: date
    """The day the sample is generated as of: every date is an offset from it."""
    updated_at: datetime
    """When every record was last edited (two and a half days before `today`)."""
    configs: dict[str, Configuration] = field(default_factory=dict)
    snapshot: Snapshot = field(default_factory=Snapshot)

    def day(self, rng: random.Random, low: int, high: int) -> date:
        """A date `low` to `high` days from `today`."""
        return self.today + timedelta(days=rng.randint(low, high))


def random_serial(rng: random.Random, prefix: str, length: int) -> str:
    """A serial number: `prefix` and `length` letters or digits."""
    alphabet = string.ascii_uppercase + string.digits
    return prefix + "".join(rng.choice(alphabet) for _ in range(length))


def random_mac(rng: random.Random, oui: str) -> str:
    """A MAC address of the vendor whose OUI is `oui`."""
    return oui + ":" + ":".join(f"{rng.randrange(256):02X}" for _ in range(3))


def random_secret(rng: random.Random) -> str:
    """A 20-character password value."""
    alphabet = string.ascii_letters + string.digits + "!#%+=?"
    return "".join(rng.choice(alphabet) for _ in range(20))

"""Evidence built by hand for unit tests: a record as a retriever would cite it, its type read
from its source id ("configuration:1" is a configuration)."""

from __future__ import annotations

from typing import Any

from core.models import Evidence, RecordType


def cited(
    source_id: str,
    title: str,
    text: str,
    fields: dict[str, Any] | None = None,
    organization_id: int = 7,
) -> Evidence:
    return Evidence(
        source_id=source_id,
        organization_id=organization_id,
        record_type=RecordType(source_id.split(":", 1)[0]),
        title=title,
        text=text,
        fields=fields or {},
    )

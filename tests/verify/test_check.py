"""`itglue-rag check-claims`: any claim against any evidence given with it, one verdict a line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from core.embeddings import Embedder
from server.cli import app
from verify.check import check, evidence_of, verdicts

DC01 = {
    "source_id": "configuration:1",
    "title": "ACME-DC01",
    "text": "ACME-DC01: Server. Primary IP 10.7.10.15. Serial 5CG1234XYZ. OS Windows Server 2022.",
    "fields": {"name": "ACME-DC01", "primary_ip": "10.7.10.15", "serial_number": "5CG1234XYZ"},
}
DC02 = {
    "title": "ACME-DC02",
    "text": "ACME-DC02: Server. Primary IP 10.7.10.20. OS Windows Server 2019.",
    "fields": {"name": "ACME-DC02", "primary_ip": "10.7.10.20"},
}
RUNBOOK = {
    "title": "Restarting the print spooler",
    "text": "Log on to the print server. Open Services, find Print Spooler and restart it. "
    "If jobs stay stuck, clear C:\\Windows\\System32\\spool\\PRINTERS first.",
}


def test_one_verdict_per_line_and_a_clear_error_for_a_bad_one(tmp_path: Path) -> None:
    rows = [
        {"claim": "ACME-DC01 has primary IP 10.7.10.15.", "evidence": [DC01, DC02]},
        {"claim": "ACME-DC01 has primary IP 10.7.10.1.", "evidence": [DC01]},
        {"claim": "ACME-DC01 has primary IP 10.7.10.20.", "evidence": [DC01, DC02]},
        {"claim": "The serial number of ACME-DC01 is 5CG1234XY.", "evidence": [DC01]},
        {"claim": "Restart the Print Spooler service on the print server.", "evidence": [RUNBOOK]},
        {"claim": "Never restart the Print Spooler service.", "evidence": [RUNBOOK]},
    ]
    lines = [json.dumps(r) for r in rows] + ["not json", json.dumps({"claim": "x"})]
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join(lines) + "\n")
    result = CliRunner().invoke(app, ["check-claims", str(path)])
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("supported") for o in out[:6]] == [True, False, False, False, True, False]
    assert all(set(o) == {"supported", "score", "reason"} for o in out[:6])
    assert "10.7.10.20" in out[2]["reason"] or "not in the cited evidence" in out[2]["reason"]
    assert out[6]["line"] == 7 and out[6]["error"]
    assert out[7] == {"line": 8, "error": "needs an 'evidence' list"}
    assert result.exit_code == 2


def test_a_missing_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["check-claims", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2 and "nope.jsonl" in result.output


def test_a_batch_gets_the_verdicts_each_claim_gets_alone(embedder: Embedder) -> None:
    """The validate node checks an answer's claims in one batch; `check-claims` one at a
    time: one implementation, the same verdicts."""
    items = [
        ("ACME-DC01 has primary IP 10.7.10.15.", evidence_of([DC01, DC02])),
        ("ACME-DC01 runs Windows Server 2019.", evidence_of([DC01, DC02])),
        ("Restart the Print Spooler service on the print server.", evidence_of([RUNBOOK])),
        ("Log on to the mail server and delete the queue.", evidence_of([RUNBOOK])),
        ("?!", evidence_of([RUNBOOK])),
        ("ACME-DC01 has primary IP 10.7.10.15.", []),
    ]
    batch = verdicts(items, embedder)
    assert batch == [check(claim, cited, embedder) for claim, cited in items]
    assert [v.supported for v in batch] == [True, False, True, False, False, False]

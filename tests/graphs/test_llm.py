"""The LLM path, with a scripted chat model: drafts are cut to their supported claims, a draft
with none becomes "No data available", and a bad plan falls back to the rules."""

from __future__ import annotations

import dataclasses
import json
import re

from core.crypto import load_cipher
from core.models import Snapshot
from core.state import NO_DATA
from evals.scripted import COMPOSE, JUDGE, PLAN, ScriptedChatModel
from retrievers.context import Context
from tests.conftest import make_settings
from tests.graphs.conftest import ask, config_named


def _claims(*claims: tuple[str, str]) -> str:
    return json.dumps({"claims": [{"text": t, "citations": [c]} for t, c in claims]})


async def test_a_draft_is_cut_to_its_supported_claims(
    ctx: Context, sample_snapshot: Snapshot
) -> None:
    dc = config_named(sample_snapshot, "ACME-DC01")
    sid = dc.source_id
    model = ScriptedChatModel(
        replies={
            PLAN: ["Sure! The intent is a lookup."],  # not JSON: the rules' plan is used
            COMPOSE: [
                _claims(
                    (f"ACME-DC01 has the primary IP address {dc.primary_ip}.", sid),
                    ("ACME-DC01 also answers on 10.7.10.99.", sid),
                    ("The warranty of ACME-DC01 ends on 2031-01-01.", sid),
                    ("ACME-DC09 replicates Active Directory from ACME-DC01.", sid),
                    ("ACME-DC01 is documented in IT Glue.", "configuration:999999"),
                    ("ACME-DC01 is a server. Its backup target is NAS-99X.", sid),
                    ("ACME-DC01 is not a server.", sid),
                    ("ACME-DC01 hosts the payroll ledger for the finance team.", sid),
                )
            ],
            JUDGE: [json.dumps({"supported": [True, True]})],
        }
    )
    out = await ask("What is the IP address of ACME-DC01?", dataclasses.replace(ctx, model=model))
    assert out["plan"].source == "rules"
    assert out["answer"] == (
        f"ACME-DC01 has the primary IP address {dc.primary_ip} [1]. ACME-DC01 is a server [1]."
    )
    reasons = {v.claim: v.reason for v in out["verdicts"] if not v.supported}
    weak = reasons.pop("ACME-DC01 hosts the payroll ledger for the finance team.")
    assert re.fullmatch(r"weak support \(score 0\.\d\d < 0\.50\)", weak)  # verify.support
    assert reasons == {
        "ACME-DC01 also answers on 10.7.10.99.": "not in the cited evidence: ip 10.7.10.99",
        "The warranty of ACME-DC01 ends on 2031-01-01.": (
            "not in the cited evidence: date 2031-01-01"
        ),
        "ACME-DC09 replicates Active Directory from ACME-DC01.": (
            "not in the cited evidence: identifier acme-dc09"
        ),
        "ACME-DC01 is documented in IT Glue.": (
            "cites sources that were not retrieved: ['configuration:999999']"
        ),
        "Its backup target is NAS-99X.": "not in the cited evidence: identifier nas-99x",
        "ACME-DC01 is not a server.": "a negation the cited evidence does not have: not",
    }
    assert sum(JUDGE in p for p in model.prompts) == 1


async def test_a_draft_without_a_supported_claim_is_no_data(
    ctx: Context, sample_snapshot: Snapshot
) -> None:
    sid = config_named(sample_snapshot, "ACME-DC01").source_id
    model = ScriptedChatModel(
        replies={
            PLAN: ["{}"],  # JSON, but not a valid plan
            COMPOSE: [_claims(("ACME-DC01 has primary IP 192.0.2.1.", sid))],
            JUDGE: [json.dumps({"supported": [True]})],
        }
    )
    out = await ask("What is the IP address of ACME-DC01?", dataclasses.replace(ctx, model=model))
    assert out["answer"].startswith(NO_DATA) and not out["found"]
    assert out["verdicts"] and not any(v.supported for v in out["verdicts"])


async def test_the_judge_can_remove_a_claim_the_rules_let_through(
    ctx: Context, sample_snapshot: Snapshot
) -> None:
    dc = config_named(sample_snapshot, "ACME-DC01")
    model = ScriptedChatModel(
        replies={
            PLAN: ["not a plan"],
            COMPOSE: [_claims((f"ACME-DC01 currently answers on {dc.primary_ip}.", dc.source_id))],
            JUDGE: [json.dumps({"supported": [False]})],
        }
    )
    out = await ask("What is the IP address of ACME-DC01?", dataclasses.replace(ctx, model=model))
    assert out["answer"].startswith(NO_DATA)
    assert "judge" in out["verdicts"][0].reason


async def test_a_valid_model_plan_is_used_and_one_outside_scope_is_refused(
    ctx: Context, sample_snapshot: Snapshot
) -> None:
    workstations = [
        c
        for c in sample_snapshot.configurations
        if c.organization_id == 2 and c.configuration_type == "Workstation"
    ]
    plan = {"intent": "list", "organizations": ["Bright Smile Dental"]}
    model = ScriptedChatModel(
        replies={
            PLAN: [json.dumps(plan)],
            COMPOSE: ["no JSON here"],
            JUDGE: [json.dumps({"supported": [True]})],
        }
    )
    out = await ask("Bright Smile Dental workstations?", dataclasses.replace(ctx, model=model))
    assert out["plan"].source == "model"
    assert f"has {len(workstations)} workstations" in out["answer"]  # template fallback draft

    only_acme = dataclasses.replace(ctx, organization_ids=(7,), model=model)
    model.replies[PLAN] = [json.dumps(plan)]  # names organization 2: outside this caller's scope
    out = await ask("Bright Smile Dental workstations?", only_acme)
    assert out["plan"].out_of_scope and out["answer"].startswith(NO_DATA)


async def test_the_model_plans_by_meaning_and_the_resolver_grounds_its_mentions(
    ctx: Context, sample_snapshot: Snapshot
) -> None:
    fs = config_named(sample_snapshot, "ACME-FS01")
    proposal = {
        "intent": "lookup",
        "organizations": ["Acme Logistics"],
        "mentions": ["the file server"],
        "attributes": ["IP address"],
    }
    model = ScriptedChatModel(
        replies={PLAN: [json.dumps(proposal)], COMPOSE: ["no JSON"], JUDGE: ["{}"]}
    )
    question = "where do the shared drives live at acme, what address does that box answer on"
    out = await ask(question, dataclasses.replace(ctx, model=model))
    assert out["plan"].source == "model"
    assert out["plan"].asks[0].targets == [fs.source_id]
    assert fs.primary_ip and fs.primary_ip in out["answer"]
    plan_prompt = next(p for p in model.prompts if PLAN in p)
    assert "ACME-FS01" not in plan_prompt  # the model never sees the account's records


async def test_a_model_mention_that_grounds_to_nothing_is_no_data_not_a_guess(
    ctx: Context,
) -> None:
    proposal = {"intent": "lookup", "organizations": ["Acme Logistics"], "mentions": ["ACME-DC77"]}
    model = ScriptedChatModel(
        replies={PLAN: [json.dumps(proposal)], COMPOSE: ["no JSON"], JUDGE: ["{}"]}
    )
    out = await ask("ip of the acme dc77 box", dataclasses.replace(ctx, model=model))
    assert out["plan"].source == "model" and out["plan"].unresolved
    assert out["answer"].startswith(NO_DATA) and "ACME-DC77" in out["answer"]


async def test_password_values_never_reach_a_prompt(
    ctx: Context, sample_snapshot: Snapshot, sample_dir
) -> None:
    model = ScriptedChatModel(
        replies={PLAN: ["no"], COMPOSE: ["no"], JUDGE: [json.dumps({"supported": [True]})]}
    )
    out = await ask(
        "Which passwords exist for Acme Logistics?", dataclasses.replace(ctx, model=model)
    )
    assert out["found"]
    cipher = load_cipher(make_settings(sample_dir))
    secrets = [
        cipher.decrypt(p.value_encrypted)
        for p in sample_snapshot.passwords
        if p.organization_id == 7 and p.value_encrypted
    ]
    assert secrets and model.prompts
    for prompt in model.prompts:
        assert not any(secret in prompt for secret in secrets)


async def test_with_a_model_what_changed_is_still_the_logs_own_sentences(
    ctx: Context, sample_snapshot: Snapshot
) -> None:
    """'What changed' with a model: it plans the change log, but the answer is the log's own
    sentences, never the model's retelling (which could swap old and new: the validator refuses
    that too, tests/verify/test_claims.py), and the judge still reads them."""
    dc = config_named(sample_snapshot, "ACME-DC01")
    assert ctx.stores is not None
    sid, pool = dc.source_id, ctx.stores.sql.pool
    async with pool.connection() as conn:
        cur = await conn.execute(
            "INSERT INTO record_changes (organization_id, source_id, record_type, name, kind, "
            "field, old_value, new_value, at) VALUES (7, %s, 'configuration', %s, 'changed', "
            "'primary_ip', '10.7.10.9', %s, '2026-05-28T09:00:00+00:00') RETURNING id",
            (dc.source_id, dc.name, dc.primary_ip),
        )
        row = await cur.fetchone()
    assert row is not None
    plan = {"intent": "changes", "organizations": ["Acme Logistics"], "window_start": "2026-05-25"}
    model = ScriptedChatModel(
        replies={
            PLAN: [json.dumps(plan)],
            COMPOSE: [
                _claims(
                    (f"ACME-DC01's primary IP changed from 10.7.10.9 to {dc.primary_ip}.", sid),
                    (f"ACME-DC01's primary IP changed from {dc.primary_ip} to 10.7.10.9.", sid),
                )
            ],
            JUDGE: [json.dumps({"supported": [True, True]})],
        }
    )
    try:
        out = await ask("what changed at acme since monday?", dataclasses.replace(ctx, model=model))
    finally:
        async with pool.connection() as conn:
            await conn.execute("DELETE FROM record_changes WHERE id = %s", (row["id"],))
    assert out["plan"].intent == "changes" and out["plan"].source == "model", out["plan"]
    said = f"The primary IP of ACME-DC01 changed from 10.7.10.9 to {dc.primary_ip} on 2026-05-28"
    assert said in out["answer"], out["answer"]
    assert f"from {dc.primary_ip} to 10.7.10.9" not in out["answer"]
    assert not any(COMPOSE in p for p in model.prompts)  # no draft was asked of the model
    assert sum(JUDGE in p for p in model.prompts) == 1

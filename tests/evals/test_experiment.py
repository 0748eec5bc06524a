"""With Langfuse keys the eval traces every answer, pushes the golden set as a dataset and
records the run as an experiment carrying the report's scores (against a loopback Langfuse)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from pydantic import SecretStr

from core.tracing import Tracer
from evals import experiment, golden, runner
from stores import Stores
from tests.conftest import make_settings
from tests.fake_langfuse import FakeLangfuse

IDS = ["lookup_ip-1", "followup-2-1", "followup-2-2", "cross_org_trap-3"]


async def test_golden_set_goes_up_as_a_dataset_and_the_run_as_an_experiment(
    sample: Stores, tmp_path: Path, langfuse_server: FakeLangfuse
) -> None:
    key = f"pk-lf-{uuid.uuid4()}"
    url = langfuse_server.url
    settings = make_settings(tmp_path).model_copy(
        update={
            "langfuse_public_key": key,
            "langfuse_secret_key": SecretStr(f"sk-lf-{uuid.uuid4()}"),
            "langfuse_base_url": url,
        }
    )
    tracer = Tracer(settings)
    items = [i for i in golden.load("sample") if i.id in IDS]
    scored = await runner.run(sample, items, tracer=tracer)
    overall = runner.report(scored)["overall"]
    assert experiment.push(tracer.client, "golden-test", items) == len(IDS)
    result = experiment.record(tracer.client, "golden-test", "nightly-1", scored, overall)
    tracer.flush()
    fake = langfuse_server
    assert [s.correct for s in scored] == [True] * len(IDS)

    datasets = fake.posted("/api/public/v2/datasets", key)
    assert [d["name"] for d in datasets] == ["golden-test"]
    sent = fake.posted("/api/public/dataset-items", key)
    assert [d["id"] for d in sent] == [f"golden-test-{i}" for i in IDS]
    assert sent[0]["expectedOutput"]["facts"] == items[0].expected_facts
    assert sent[3]["expectedOutput"]["answerable"] is False

    spans = fake.spans(key)
    answers = [s for s in spans if s.name == "answer"]
    assert len(answers) == len(IDS)
    assert {a.attributes.get("user.id") for a in answers} == {"eval"}
    assert sum(1 for a in answers if a.attributes.get("session.id")) == 2  # the follow-up thread
    assert {s.trace_id for s in answers} == {s.trace_id for s in scored}

    runs = [s for s in spans if s.name == "experiment-item-run"]
    assert len(runs) == len(IDS)
    outputs = [
        json.loads(s.attributes["langfuse.observation.output"])
        for s in spans
        if s.name == "experiment-item-task"
    ]
    assert sorted(o["answer"] for o in outputs) == sorted(s.answer for s in scored)

    scores = [x for batch in fake.posted("/api/public/scores", key) for x in batch]
    per_item = [x for x in scores if x.get("traceId") and x["name"] == "correct"]
    assert len(per_item) == len(IDS) and {x["value"] for x in per_item} == {1.0}
    run_level = {x["name"]: x["value"] for x in scores if x.get("datasetRunId")}
    assert run_level["accuracy"] == overall["accuracy"] == 1.0
    assert run_level["items"] == len(IDS)
    assert result.experiment_id and result.experiment_url.startswith(url)

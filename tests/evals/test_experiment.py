"""With Langfuse keys the eval traces every answer, pushes the golden set as a dataset and
records the run as an experiment carrying the report's scores (against a loopback Langfuse)."""

from __future__ import annotations

import json
import socket
import uuid
from pathlib import Path

from pydantic import SecretStr

from core.embeddings import Embedder
from evals import experiment, golden, runner
from server.services import open_services
from stores import Stores
from tests.conftest import make_settings
from tests.fake_langfuse import FakeLangfuse
from tests.server.test_cli import _cli

IDS = ["lookup_ip-1", "followup-2-1", "followup-2-2", "cross_org_trap-3"]


async def test_golden_set_goes_up_as_a_dataset_and_the_run_as_an_experiment(
    sample: Stores, embedder: Embedder, tmp_path: Path, langfuse_server: FakeLangfuse
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
    svc = await open_services(settings, stores=sample, embedder=embedder)
    tracer = svc.tracer
    items = [i for i in golden.load("sample") if i.id in IDS]
    scored = await runner.run(svc, items)
    overall = runner.report(scored)["overall"]
    assert experiment.push(tracer.client, "golden-test", items) == len(IDS)
    result = experiment.record(tracer.client, "golden-test", "nightly-1", scored, overall)
    await svc.close()  # flushes the traces
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


def test_eval_command_records_to_langfuse_and_fails_loudly_when_it_cannot(
    tmp_path: Path, langfuse_server: FakeLangfuse
) -> None:
    golden_file = tmp_path / "two.jsonl"
    golden_file.write_text(
        "".join(i.model_dump_json() + "\n" for i in golden.load("sample") if i.id in IDS[:2])
    )
    key = f"pk-lf-{uuid.uuid4()}"
    env = {"LANGFUSE_PUBLIC_KEY": key, "LANGFUSE_SECRET_KEY": f"sk-lf-{uuid.uuid4()}"}
    report = tmp_path / "report"
    args = ("eval", "--set", str(golden_file), "--report", str(report))

    done = _cli(*args, data_dir=tmp_path, env={**env, "LANGFUSE_BASE_URL": langfuse_server.url})
    assert done.returncode == 0, done.stderr
    assert "Langfuse: 2 dataset items; experiment 'eval " in done.stdout
    sent = langfuse_server.posted("/api/public/dataset-items", key)
    assert [d["id"] for d in sent] == [f"itglue-rag-two-{i}" for i in IDS[:2]]
    runs = [s for s in langfuse_server.spans(key) if s.name == "experiment-item-run"]
    assert len(runs) == 2

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    failed = _cli(*args, data_dir=tmp_path, env={**env, "LANGFUSE_BASE_URL": dead})
    assert failed.returncode == 1
    assert "Langfuse did not take the dataset or experiment" in failed.stderr
    assert "Traceback" not in failed.stderr
    assert json.loads((report / "report.json").read_text())["overall"]["items"] == 2

    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"question": "no id"}\n')
    bad = _cli("eval", "--set", str(broken), data_dir=tmp_path)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr

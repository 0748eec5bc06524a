"""The eval machinery works (evals check the answers; these check the runner and metrics)."""

from __future__ import annotations

from evals import golden, runner
from evals.golden import GoldenItem
from evals.metrics import aggregate, score
from server.services import Services


def test_the_checked_in_golden_set_is_what_the_generator_makes() -> None:
    items = golden.load("sample")
    assert [i.model_dump() for i in items] == [
        i.model_dump() for i in golden.items(golden.generate(1))
    ]
    assert len(items) >= 200 and sum(not i.answerable for i in items) >= 36
    assert {i.category for i in items} >= {
        "lookup_ip",
        "credential",
        "dependencies",
        "impact",
        "path",
        "howto",
        "list",
        "expiry",
        "overview",
        "similar",
        "followup",
        "no_such_device",
        "undocumented",
        "cross_org_trap",
    }


def test_scoring_against_gold() -> None:
    item = GoldenItem(
        id="x",
        question="q",
        category="c",
        expected_facts=["10.0.0.1"],
        expected_sources=["configuration:1"],
    )
    right = score(
        item,
        "DC01 has primary IP 10.0.0.1 [1].",
        ["configuration:1"],
        0.01,
        "DC01 primary ip 10.0.0.1",
    )
    assert right.correct and right.cited_expected == 1 and right.hallucinated == []
    wrong = score(
        item,
        "DC01 has primary IP 10.0.0.9 [1].",
        ["configuration:2"],
        0.02,
        "DC01 primary ip 10.0.0.1",
    )
    assert not wrong.correct and wrong.hallucinated == ["10.0.0.9"]
    trap = GoldenItem(id="t", question="q", category="trap", answerable=False)
    abstained = score(trap, "No data available", [], 0.01, "")
    leaked = score(trap, "DC01 has primary IP 10.0.0.1 [1].", ["configuration:1"], 0.01, "")
    metrics = aggregate([right, wrong, abstained, leaked])
    assert metrics["fact_accuracy"] == 0.5
    assert metrics["abstention_precision"] == 1.0 and metrics["abstention_recall"] == 0.5
    assert metrics["citation_precision"] == 0.3333 and metrics["citation_recall"] == 0.5
    assert metrics["hallucinated_fact_rate"] == 0.6667  # 2 of the 3 answer facts have no gold
    data = runner.report([right, wrong, abstained, leaked])
    assert runner.thresholds_failed(
        data, {"fact_accuracy": 0.9, "hallucinated_fact_rate": 0.1}
    ) == ["fact_accuracy 0.5 < 0.9", "hallucinated_fact_rate 0.6667 > 0.1"]
    assert "## Failures (2)" in runner.markdown(data)


async def test_the_runner_asks_scores_and_reports(services: Services) -> None:
    items = [
        i
        for i in golden.load("sample")
        if i.id in {"lookup_ip-1", "followup-2-1", "followup-2-2", "cross_org_trap-3", "howto-4"}
    ]
    scored = await runner.run(services, items)
    assert [s.item.id for s in scored] == [i.id for i in items]
    assert all(s.correct for s in scored), [(s.item.id, s.answer) for s in scored]
    data = runner.report(scored)
    assert data["overall"]["items"] == 5 and data["overall"]["accuracy"] == 1.0
    assert {"sql", "vector", "fused"} <= set(data["retrieval"])
    assert data["retrieval"]["fused"]["recall@10"] > 0


def test_retrieval_recall_and_mrr() -> None:
    from evals.metrics import retrieval

    item = GoldenItem(
        id="r",
        question="q",
        category="c",
        expected_facts=["x"],
        expected_sources=["configuration:1", "document:9"],
    )
    s = score(item, "x [1].", ["configuration:1"], 0.01, "x")
    s.ranked = {
        "sql": ["configuration:1"],
        "vector": ["document:3#0", "document:9#1", "document:9#2"],
    }
    table = retrieval([s])
    assert table["sql"] == {"questions": 1, "recall@5": 0.5, "recall@10": 0.5, "mrr": 1.0}
    assert table["vector"] == {"questions": 1, "recall@5": 0.5, "recall@10": 0.5, "mrr": 0.5}


def test_the_hand_written_sets_load_and_split() -> None:
    natural = golden.load("natural")
    holdout = golden.load("natural-holdout")
    first = [i for i in natural if i.id.startswith(("dev-", "holdout-"))]  # written together
    assert len(first) >= 300 and len(holdout) * 3 >= len(first)  # a third held out
    assert {i.id.split("-", 1)[0] for i in natural} == {
        "dev",
        "dev2",
        "dev3",
        "dev4",
        "dev5",
        "dev6",
        "dev7",
        "dev8",
        "dev9",
        "dev10",
        "dev11",
        "dev12",
        "dev13",
        "dev14",
        "dev15",
        "dev16",
        "dev17",
        "dev18",
        "holdout",
        "holdout2",
    }
    assert golden.account("other") == "other" and golden.account("natural") == "sample"
    assert golden.account("fourthh") == "fourth"  # the fourth MSP's own holdout
    fourth = golden.load("fourth")
    assert {i.id.split("-", 1)[0] for i in fourth} == {"fourth", "fourthh"}
    assert golden.account("fifthh") == "fifth"
    assert {i.id.split("-", 1)[0] for i in golden.load("fifth")} == {"fifth", "fifth2", "fifthh"}
    assert golden.account("sixthh") == "sixth"
    assert golden.account("seventhh") == "seventh"
    seventh = {i.id.split("-", 1)[0] for i in golden.load("seventh")}
    assert seventh == {"seventh", "seventh2", "seventhh"}
    assert {i.id.split("-", 1)[0] for i in golden.load("ninth")} == {"ninth", "ninth2", "ninthh"}
    assert {i.id.split("-", 1)[0] for i in golden.load("sixth")} == {"sixth", "sixth2", "sixthh"}
    assert golden.account("eighthh") == "eighth"
    eighth = {i.id.split("-", 1)[0] for i in golden.load("eighth")}
    assert eighth == {"eighth", "eighth2", "eighthh"}
    other = golden.load("other")
    assert other and all(i.id.startswith(("other-", "other2-")) for i in other)
    scored = [score(i, "No data available: x.", [], 0.01, "") for i in natural[:5]]
    scored += [score(i, "No data available: x.", [], 0.01, "") for i in holdout[:5]]
    data = runner.report(scored)
    assert set(data["splits"]) == {"dev", "holdout"} and data["splits"]["holdout"]["items"] == 5


def test_an_answer_holding_a_password_value_is_counted_and_fails_the_run() -> None:
    secrets = runner.sample_password_values()
    item = GoldenItem(id="p", question="q", category="password_value", expected_facts=["x"])
    leaked = score(item, f"The value is {secrets[0]} [1].", ["password:70001"], 0.01, "", secrets)
    clean = score(item, "x [1].", ["password:70001"], 0.01, "", secrets)
    assert leaked.leaked == [secrets[0]] and not clean.leaked
    data = runner.report([leaked, clean])
    assert data["overall"]["password_leaks"] == 1
    assert runner.thresholds_failed(data, {"password_leaks": 0}) == ["password_leaks 1 > 0"]

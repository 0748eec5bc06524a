# itglue-rag — `make run` and `make test` set everything up on a fresh machine.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1

.PHONY: install run test test-tools lint fmt clean studio-check mcp-check bench eval

$(PY):
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

# torch first and pinned: its CPU wheel is on disk; an unpinned torch pulls a CUDA build.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# loads the sample MSP when the stores are empty, reuses (or creates) the demo key, serves on
# 127.0.0.1:8000 — or on `make run PORT=8001`, else ITGLUE_RAG_PORT. Only a PORT given on make's
# command line counts: one merely in the environment (set by some other tool) must not win over
# ITGLUE_RAG_PORT.
run: install
	$(VENV)/bin/itglue-rag demo $(if $(filter command line,$(origin PORT)),--port $(PORT))

# Debian's redis-server for the Redis cache and shared rate-limit tests, and chromium for the
# chat page's tests; where one cannot be installed (not root, no apt) its tests skip and say why.
test-tools:
	@command -v redis-server >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
		(apt-get update -qq && apt-get install -y -qq redis-server) >/dev/null 2>&1; } || \
		echo "redis-server is not installed: its tests will skip"
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
		{ [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
		(apt-get update -qq && apt-get install -y -qq chromium) >/dev/null 2>&1; } || \
		echo "chromium is not installed: the chat page's tests will skip"

test: install test-tools
	$(PY) -m pytest

# LangGraph Studio's server (`langgraph dev`) loads graphs/rag.py and answers over HTTP.
studio-check: install
	$(VENV)/bin/itglue-rag load-sample --if-empty
	$(PY) -m server.studio_check

# the pinned MCP Inspector CLI (npx) against `itglue-rag mcp` over stdio and `serve` over HTTP,
# on .data/mcp-check (the sample is loaded there when it is empty); fails on any check
mcp-check: install
	$(PY) -m tools.mcp_check

# the golden set on the sample MSP; fails the build when a metric regresses past its threshold
EVAL_THRESHOLDS := accuracy=0.95 fact_accuracy=0.95 abstention_precision=0.95 \
	abstention_recall=0.95 hallucinated_fact_rate=0.01 citation_recall=0.95 \
	citation_precision=0.6 latency_p95_ms=2000
# the hand-written sets: natural phrasing over the sample (dev + holdout) and two other MSPs
NATURAL_THRESHOLDS := accuracy=0.95 abstention_precision=0.9 abstention_recall=0.9 \
	hallucinated_fact_rate=0 password_leaks=0 latency_p95_ms=2000
OTHER_THRESHOLDS := accuracy=0.9 abstention_precision=0.9 abstention_recall=0.8 \
	hallucinated_fact_rate=0 password_leaks=0
# the fifth MSP (measured 0.88 with its held-out part) guards the same failures more loosely
FIFTH_THRESHOLDS := accuracy=0.85 abstention_precision=0.7 abstention_recall=0.9 \
	hallucinated_fact_rate=0 password_leaks=0
# the seventh MSP (measured 0.90 with its held-out part, which answers 3 of 8 must-abstain traps)
SEVENTH_THRESHOLDS := accuracy=0.85 abstention_precision=0.85 abstention_recall=0.8 \
	hallucinated_fact_rate=0 password_leaks=0
# the eighth MSP (measured 0.875 with eighth2 and its held-out part, which abstains wrongly 3 of 6
# times) and the ninth (measured 0.85 with its held-out part)
EIGHTH_THRESHOLDS := accuracy=0.8 abstention_precision=0.6 abstention_recall=0.8 \
	hallucinated_fact_rate=0 password_leaks=0
NINTH_THRESHOLDS := accuracy=0.8 abstention_precision=0.8 abstention_recall=0.75 \
	hallucinated_fact_rate=0 password_leaks=0
eval: install
	$(VENV)/bin/itglue-rag eval --report eval-report --baseline evals/baseline/report.json \
		$(foreach t,$(EVAL_THRESHOLDS),--fail-under $(t))
	$(VENV)/bin/itglue-rag eval --set natural --report eval-report/natural \
		$(foreach t,$(NATURAL_THRESHOLDS),--fail-under $(t))
	$(VENV)/bin/itglue-rag eval --set other --report eval-report/other \
		$(foreach t,$(OTHER_THRESHOLDS),--fail-under $(t))
	$(VENV)/bin/itglue-rag eval --set third --report eval-report/third \
		$(foreach t,$(OTHER_THRESHOLDS),--fail-under $(t))
	$(VENV)/bin/itglue-rag eval --set fourth --report eval-report/fourth \
		$(foreach t,$(OTHER_THRESHOLDS),--fail-under $(t))
	$(VENV)/bin/itglue-rag eval --set fifth --report eval-report/fifth \
		$(foreach t,$(FIFTH_THRESHOLDS),--fail-under $(t))
	$(VENV)/bin/itglue-rag eval --set sixth --report eval-report/sixth \
		$(foreach t,$(OTHER_THRESHOLDS),--fail-under $(t))
	$(VENV)/bin/itglue-rag eval --set seventh --report eval-report/seventh \
		$(foreach t,$(SEVENTH_THRESHOLDS),--fail-under $(t))
	$(VENV)/bin/itglue-rag eval --set eighth --report eval-report/eighth \
		$(foreach t,$(EIGHTH_THRESHOLDS),--fail-under $(t))
	$(VENV)/bin/itglue-rag eval --set ninth --report eval-report/ninth \
		$(foreach t,$(NINTH_THRESHOLDS),--fail-under $(t))

bench: install
	$(VENV)/bin/itglue-rag bench --scale 1

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy .

fmt: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf .data .pytest_cache .mypy_cache .ruff_cache .hypothesis

"""The answer graph's state models live in `core/state.py` (below `understand/`, `retrievers/`
and `nodes/`, which all use them). This name stays importable because thread memory written
before the move names its models `graphs.state.*` (`stores/checkpoints.py`)."""

from core.state import Citation, Claim, Plan, Retrieval, Turn, Verdict

__all__ = ["Citation", "Claim", "Plan", "Retrieval", "Turn", "Verdict"]

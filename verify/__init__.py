"""Claim → verdict: the checks every answer passes before anyone sees it (the validate node,
the evals and, in time, `check-claims` and `/v1/verify` call this one implementation)."""

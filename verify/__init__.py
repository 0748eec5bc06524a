"""Claim → verdict: the checks every answer passes before anyone sees it. The validate node,
`check-claims`, `POST /v1/verify`, the `verify_claims` tool and the evals call this one
implementation: `facts` (what a checkable fact is), `claims` (facts bound to the records a claim
is about, their fields and counts), `support` (prose support and claims settled by their
facts), `check` (one claim)."""

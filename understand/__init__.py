"""Question → grounded plan.

`catalog` indexes the caller's documentation by name, identifier, role and trait (rebuilt when
the data version changes); `resolve` grounds each mention of a question in it; `attributes`
maps the words engineers use to record fields; `windows` reads relative dates; `rules` is the
deterministic planner; `model` grounds a chat model's proposed plan with the same resolver.
"""

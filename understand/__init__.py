"""Question → grounded plan.

`catalog` indexes the caller's documentation by name, identifier, role and trait (`building`
fills it from the records; `index` rebuilds it when the data version changes); `text` and
`glossary` normalize both sides' words. `resolve` grounds each mention of a question in it:
`organizations`, `keys` (exact names and identifiers), `roles` (weighted words), `spelling`
(typos, and names the account lacks, told apart with `lexicon`'s question words).
`attributes` maps the words engineers use to record fields (`field_patterns`); `windows` reads
relative dates; `intents` reads what kind of answer is wanted. `rules` is the deterministic
planner: it `split`s a question into parts, grounds each as a `grounding.Part` (layers
`reading`, `asked_fields`, `unknown_names`, `missing`, `redirects`, reading `cues` and `kinds`
in its wording), reads follow-ups against the turn before (`threads`) and makes the plan
(`plans`). `model` grounds a chat model's proposed plan with the same resolver.
"""

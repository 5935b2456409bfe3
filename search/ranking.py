"""Results of equal relevance, in the order a librarian would give them.

The search engines rank by relevance alone and break ties by primary key. Where
two results are equally relevant (the same words, as often as each other), the
one the project stands behind comes first (a page says so through a
``search_preference`` number: a practice validated by the lead partner), then
the most recently published. Runs of equal score are reordered within the page
of results being shown, where the objects and their scores are at hand: no
engine is asked for more, and a run cut by a page break keeps the engine's order.
"""

import math

# The attribute each result's relevance is annotated under (``annotate_score``).
SCORE = "_relevance"


def _same(a, b):
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9)


def _when(obj):
    moment = getattr(obj, "last_published_at", None) or getattr(obj, "created_at", None)
    return moment.timestamp() if moment else 0.0


def _order(obj):
    return (-getattr(obj, "search_preference", 0), -_when(obj))


def settle_ties(objects):
    """``objects`` in the engine's order, each run of equal relevance sorted by
    preference, then newest first (stable, so otherwise unchanged)."""
    settled, run = [], []
    for obj in objects:
        if run and not _same(getattr(run[0], SCORE, None), getattr(obj, SCORE, None)):
            settled.extend(sorted(run, key=_order))
            run = []
        run.append(obj)
    settled.extend(sorted(run, key=_order))
    return settled

"""Practice matchmaking, measured honestly: leave-one-out over the transfer cases,
against two baselines, and the time of one region's list.

    DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python -m benchmarks.matchmaking
    .venv/bin/python -m benchmarks.matchmaking --sample 500 --write

Runs on whatever database ``DATABASE_URL`` names (the demo: ``manage.py
load_demo``; volume: then ``manage.py generate_content --regions 50 --practices
10000 --cases 10000``), read only.

Leave-one-out: for every transfer case that was not abandoned, the case is hidden
with everything derived from it (the region's other record of the practice: the
actions of its plan that the practice inspired, text included), the region's
list is ranked by ``practices.matchmaking.rank`` over the remaining inputs, and
the rank of the hidden practice is recorded. Demo cases and generated cases are
reported apart (generated cases join random practices and regions, so nothing
can predict them: they show the floor). With ``--sample N`` the generated cases
are a seeded sample of N.

Baselines, over exactly the same candidates (live public practices of other
regions, minus those the region adopted):

- random: the candidates shuffled (20 seeds, averaged);
- related practices: ``practices/related.py`` applied per region. It ranks the
  practices related to *one* practice by shared topics (filtered to the same
  pillar or a shared topic), then title. Per region, a candidate scores the sum
  of the topics it shares with each practice the region adopted (after hiding),
  the candidates passing related.py's filter for at least one of them first,
  then by title and id: the "related practices" a coordinator would collect by
  opening each of the region's adopted practices.
"""

import argparse
import dataclasses
import os
import platform
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

django.setup()

from benchmarks.sections import replace_section  # noqa: E402
from practices import matchmaking  # noqa: E402

SECTION = "## Practice matchmaking"
RANDOM_SEEDS = 20


def hide(inputs, region_id, practice_id):
    """The inputs without the case (region, practice) and what derives from it."""
    cases = dict(inputs.cases)
    cases[region_id] = frozenset(cases.get(region_id, frozenset()) - {practice_id})
    actions = dict(inputs.actions)
    actions[region_id] = [
        action for action in actions.get(region_id, []) if practice_id not in action[2]
    ]
    return dataclasses.replace(inputs, cases=cases, actions=actions)


def related_baseline(inputs, region_id, candidates):
    """Candidates ordered as related.py would relate them to the region's
    adopted practices (see the module's docstring)."""
    adopted = [
        inputs.practices[pk]
        for pk in matchmaking.adopted_by(inputs, region_id)
        if pk in inputs.practices
    ]

    def key(pk):
        _key, title, _origin, pillar, _level, tags = inputs.practices[pk]
        shared = sum(len(tags & other[5]) for other in adopted)
        related = any(pillar == other[3] or tags & other[5] for other in adopted)
        return (-shared, not related, title, pk)

    return sorted(candidates, key=key)


def position(ordered, practice_id):
    for n, pk in enumerate(ordered, start=1):
        if pk == practice_id:
            return n
    return None


def metrics(ranks):
    if not ranks:
        return {"n": 0, "hit5": 0.0, "mrr": 0.0}
    return {
        "n": len(ranks),
        "hit5": sum(r <= 5 for r in ranks) / len(ranks),
        "mrr": sum(1 / r for r in ranks) / len(ranks),
    }


def evaluate(inputs, cases):
    """{method: metrics} over ``cases`` [(region id, practice id)]."""
    found = {"engine": [], "related": []}
    random_hit5, random_mrr = [], []
    candidates_total = 0
    for region_id, practice_id in cases:
        hidden = hide(inputs, region_id, practice_id)
        ranked = [
            m.practice_id for m in matchmaking.rank(hidden, region_id, explain=False)
        ]
        rank = position(ranked, practice_id)
        if rank is None:
            continue  # not a candidate (the region's own practice, not public...)
        candidates_total += len(ranked)
        found["engine"].append(rank)
        found["related"].append(
            position(related_baseline(hidden, region_id, ranked), practice_id)
        )
        shuffled = sorted(ranked)
        hits, reciprocal = 0, 0.0
        for seed in range(RANDOM_SEEDS):
            random.Random(seed).shuffle(shuffled)
            r = position(shuffled, practice_id)
            hits += r <= 5
            reciprocal += 1 / r
        random_hit5.append(hits / RANDOM_SEEDS)
        random_mrr.append(reciprocal / RANDOM_SEEDS)
    results = {name: metrics(ranks) for name, ranks in found.items()}
    n = len(random_hit5)
    results["random"] = {
        "n": n,
        "hit5": sum(random_hit5) / n if n else 0.0,
        "mrr": sum(random_mrr) / n if n else 0.0,
    }
    results["candidates"] = candidates_total / n if n else 0
    return results


def transfer_cases(sample, seed=1):
    """(demo cases, generated cases): (region id, practice id) of every case that
    was not abandoned; the generated ones sampled to ``sample`` when given."""
    from cms.access import unscoped
    from practices.models import TransferCase

    with unscoped():
        rows = list(
            TransferCase._base_manager.exclude(status="abandoned")
            .filter(practice__isnull=False)
            .order_by("pk")
            .values_list("region_id", "practice_id", "practice__slug")
        )
    demo = [(r, p) for r, p, slug in rows if not slug.startswith("gen-")]
    generated = [(r, p) for r, p, slug in rows if slug.startswith("gen-")]
    if sample and len(generated) > sample:
        generated = random.Random(seed).sample(generated, sample)
    return demo, generated


def timings(inputs, rounds):
    """Milliseconds: one region's list computed from the inputs in memory, and
    served through the cache (what a page pays), over every region in turn."""
    from django.core.cache import cache

    regions = sorted(inputs.regions)
    computed = []
    for n in range(rounds):
        region_id = regions[n % len(regions)]
        started = time.perf_counter()
        matchmaking.rank(inputs, region_id, matchmaking.ADMIN_LIMIT)
        computed.append((time.perf_counter() - started) * 1000)
    cache.clear()
    started = time.perf_counter()
    matchmaking.public_matches(regions[0])
    cold = (time.perf_counter() - started) * 1000
    for region_id in regions:
        matchmaking.public_matches(region_id)
    cached = []
    for n in range(rounds):
        region_id = regions[n % len(regions)]
        started = time.perf_counter()
        matchmaking.public_matches(region_id)
        cached.append((time.perf_counter() - started) * 1000)
    return computed, cached, cold


def pct(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def report(args):
    from practices.models import PracticePage

    started = time.perf_counter()
    inputs = matchmaking.read_inputs(with_cases=True)
    read_ms = (time.perf_counter() - started) * 1000
    demo, generated = transfer_cases(args.sample)
    lines = []
    practices = len(inputs.practices)
    pages = PracticePage.objects.count()
    lines.append(
        f"- content: {len(inputs.regions)} regions, {practices:,} live public "
        f"source-language practices ({pages:,} practice pages in every language), "
        f"{len(demo)} demo and {len(generated)} generated transfer cases evaluated"
        + (f" (a seeded sample of {args.sample})" if args.sample else "")
    )
    lines += [
        "",
        "| cases | n | mean candidates | method | hit@5 | MRR |",
        "|---|---:|---:|---|---:|---:|",
    ]
    for label, cases in (("demo", demo), ("generated", generated)):
        if not cases:
            continue
        started = time.perf_counter()
        results = evaluate(inputs, cases)
        seconds = time.perf_counter() - started
        print(f"{label}: {len(cases)} cases in {seconds:.1f} s", flush=True)
        for method in ("engine", "related", "random"):
            figures = results[method]
            name = {
                "engine": "matchmaking",
                "related": "related practices (baseline)",
                "random": f"random (baseline, {RANDOM_SEEDS} seeds)",
            }[method]
            lines.append(
                f"| {label} | {figures['n']} | {results['candidates']:.0f} | {name} "
                f"| {figures['hit5']:.2f} | {figures['mrr']:.3f} |"
            )
    computed, cached, cold = timings(inputs, args.rounds)
    lines += [
        "",
        f"Time of one region's list at {practices:,} practices "
        f"({args.rounds} lists, every region in turn):",
        "",
        "| | p50 ms | p95 ms |",
        "|---|---:|---:|",
        f"| served (cached, `public_matches`) | {pct(cached, 0.5):.2f} "
        f"| {pct(cached, 0.95):.2f} |",
        f"| computed from the inputs in memory (`rank`, top 20) "
        f"| {pct(computed, 0.5):.1f} | {pct(computed, 0.95):.1f} |",
        "",
        f"- reading the inputs (`read_inputs`, once per content generation): "
        f"{read_ms:.0f} ms",
        f"- first list after a publish (read + rank + store): {cold:.0f} ms",
    ]
    return lines


def write(lines, command, content):
    heading = f"{SECTION}: {content}"
    section = [
        heading,
        "",
        "Written by `benchmarks/matchmaking.py --write` (issue 20): leave-one-out "
        "over the transfer cases (each hidden with the plan actions its practice "
        "inspired in that region, then the region ranked), against random and "
        "today's related practices; the method is in the script's docstring.",
        "",
        f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        f"- command: `{command}`",
        *lines,
        "",
    ]
    replace_section(heading, section)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sample",
        type=int,
        default=0,
        help="Evaluate a seeded sample of this many generated cases (0: all).",
    )
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument(
        "--content",
        default="the demo",
        help="What the database holds, for the section's title in RESULTS.md.",
    )
    parser.add_argument(
        "--write", action="store_true", help="Also write benchmarks/RESULTS.md."
    )
    args = parser.parse_args()
    lines = report(args)
    print("\n".join(lines))
    if args.write:
        command = "python -m benchmarks.matchmaking " + " ".join(sys.argv[1:])
        write(lines, command, args.content)


if __name__ == "__main__":
    main()

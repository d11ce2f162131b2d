"""Benchmark the SQLite store: index 10,000 synthetic outputs, then time filtered queries.

Targets: indexing < 60 s on a 2-core machine, a filtered query < 100 ms.

    PYTHONPATH=. python evaluation/benchmarks/bench_index.py [--docs 10000] [--keep DIR]

Documents are built from a few sentence templates with varied bodies, dates, owners and due
months (a fixed random seed, so runs are comparable); about a third of the actions of each
meeting after the first of a body are carried forward from that body's previous meeting.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from pipeline import store
from pipeline.schema import Action, Due, Item, Meeting, MinutesDocument, Owner, Person, Sentence, to_json

BODIES = [f"{place} {kind}" for place in ("Westshire", "Harbourside", "Northvale", "Eastbrook", "Lowmoor")
          for kind in ("Police and Crime Panel", "Town Council", "Finance Committee", "Holding to Account Meeting")]  # fmt: skip
ROLES = [("Chief Constable", "CC"), ("Police and Crime Commissioner", "PCC"), ("Town Clerk", "TC"),
         ("Responsible Finance Officer", "RFO"), ("Deputy Chief Constable", "DCC"), ("Chief Executive", "CEO")]  # fmt: skip
FIRST = ("Anna", "Ben", "Chidi", "Dana", "Eitan", "Fatima", "Gareth", "Hana", "Ivan", "Jo")
LAST = ("Okafor", "Reddy", "Nandra", "Whitlow", "Lee", "Carver", "Bangham", "Campion", "Irvin", "Moss")
TOPICS = ("call handling", "hate crime satisfaction", "the estates strategy", "the boiler replacement",
          "victim confidence", "the fleet budget", "rural crime", "the precept", "stop and search", "recruitment")  # fmt: skip
ACTION_TEMPLATES = (
    "The {abbrev} to share the {topic} action plan with the panel.",
    "The {abbrev} to report back on {topic} at the {month} meeting.",
    "It was agreed that {topic} would be brought back to a future meeting.",
    "The {abbrev} to circulate a briefing note on {topic} to members.",
)
QUESTION_TEMPLATES = (
    "Can the {abbrev} provide an update on {topic}?",
    "Members queried the cost of {topic}.",
    "The chair asked for reassurance that {topic} was improving.",
)
FINDING_TEMPLATES = (
    "The {abbrev} reported that {topic} had improved over the quarter.",
    "Audits show compliance with {topic} in excess of 90%.",
)


def make_people(rng: random.Random) -> list[Person]:
    """Four attendees with distinct roles and varied names."""
    return [
        Person(name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", role=role, abbrev=abbrev, attendance="present")
        for role, abbrev in rng.sample(ROLES, 4)
    ]


def make_document(
    rng: random.Random, doc_id: str, body: str, date: dt.date, carried: list[tuple[str, str]]
) -> MinutesDocument:
    """One synthetic output; ``carried`` are (text, origin month) of actions repeated from earlier minutes."""
    people = make_people(rng)
    items = [
        Item(id=str(n), number=f"{n}.", title=rng.choice(TOPICS).capitalize(), level=1) for n in range(1, 6)
    ]
    sentences: list[Sentence] = []
    actions: list[Action] = []

    def add(text: str, label: str, item: str) -> int:
        sentences.append(Sentence(id=len(sentences) + 1, item=item, text=text, label=label, confidence=0.9))
        return len(sentences)

    for item in items:
        for _ in range(rng.randint(2, 4)):
            person = rng.choice(people)
            kind = rng.random()
            words = {"abbrev": person.abbrev, "topic": rng.choice(TOPICS), "month": "November"}
            if kind < 0.5:
                add(rng.choice(FINDING_TEMPLATES).format(**words), "finding", item.id)
            elif kind < 0.8:
                add(rng.choice(QUESTION_TEMPLATES).format(**words), "question", item.id)
            else:
                text = rng.choice(ACTION_TEMPLATES).format(**words)
                due_month = date.replace(day=1) + dt.timedelta(days=32 * rng.randint(1, 6))
                actions.append(
                    Action(
                        id=f"A{len(actions) + 1}",
                        sentence=add(text, "action", item.id),
                        item=item.id,
                        text=text,
                        owners=[
                            Owner(mention=f"The {person.abbrev}", name=person.name, abbrev=person.abbrev)
                        ],
                        due=Due(mention="the meeting", date=due_month.strftime("%Y-%m"), meeting="meeting"),
                    )
                )
    for text, origin in carried:
        actions.append(
            Action(
                id=f"A{len(actions) + 1}",
                sentence=add(text, "action", "1"),
                item="1",
                text=text,
                origin=origin,
            )
        )
    return MinutesDocument(
        doc_id=doc_id,
        meeting=Meeting(title=body, body=body, date=date),
        people=people,
        items=items,
        sentences=sentences,
        actions=actions,
    )


def synthesise(out_dir: Path, count: int, seed: int = 7) -> None:
    """Write ``count`` documents: the bodies' meetings in monthly series from 2010 onwards."""
    rng = random.Random(seed)
    previous: dict[str, MinutesDocument] = {}
    for n in range(count):
        body = BODIES[n % len(BODIES)]
        series_index = n // len(BODIES)
        date = dt.date(2010 + series_index // 12, series_index % 12 + 1, rng.randint(1, 28))
        earlier = previous.get(body)
        carried = []
        if earlier is not None and earlier.meeting.date is not None:
            origin = earlier.meeting.date.strftime("%Y-%m")
            chosen = [a for a in earlier.actions if a.origin is None][:2]
            carried = [(a.text.rstrip(".") + " (carried forward).", origin) for a in chosen]
        doc = make_document(rng, f"doc-{n:05d}", body, date, carried)
        previous[body] = doc
        (out_dir / f"{doc.doc_id}.json").write_text(to_json(doc), encoding="utf-8")


def time_query(db: Path, filters: store.ActionFilters, repeat: int = 5) -> tuple[float, int]:
    """Median milliseconds of a fully consumed query, and its row count."""
    timings, rows = [], 0
    for _ in range(repeat):
        began = time.perf_counter()
        rows = sum(1 for _ in store.query_actions(db, filters))
        timings.append((time.perf_counter() - began) * 1000)
    return statistics.median(timings), rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, default=None, help="Folder to keep the outputs and DB in.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        out = root / "out"
        out.mkdir(parents=True, exist_ok=True)
        began = time.perf_counter()
        synthesise(out, args.docs)
        print(f"synthesised {args.docs} documents in {time.perf_counter() - began:.1f}s")
        db = root / "minutes.sqlite"
        db.unlink(missing_ok=True)
        summary = store.index_outputs(out, db)
        verdict = "OK" if summary.seconds < 60 else "OVER TARGET"
        print(
            f"index: {summary.added} added, {len(summary.failed)} failed, {summary.links} links in "
            f"{summary.seconds:.1f}s ({summary.added / summary.seconds:.0f} docs/s) [target < 60 s: {verdict}]"
        )
        print(f"database size: {db.stat().st_size / 1e6:.1f} MB")
        again = store.index_outputs(out, db)
        print(f"re-index (all unchanged: {again.unchanged}): {again.seconds:.1f}s")
        queries = {
            "owner CC, due 2018-06..2018-12": store.ActionFilters(
                owner="CC", due_from="2018-06", due_to="2018-12"
            ),
            "body Westshire, search 'call handling'": store.ActionFilters(
                body="westshire", search='"call handling"'
            ),
            "carried forward, meetings in 2015": store.ActionFilters(
                carried_forward=True, meeting_from="2015-01", meeting_to="2015-12"
            ),
            "owner TC, search precept": store.ActionFilters(owner="the TC", search="precept"),
        }
        for label, filters in queries.items():
            ms, rows = time_query(db, filters)
            print(
                f"query {label}: {rows} rows in {ms:.1f} ms [target < 100 ms: {'OK' if ms < 100 else 'OVER'}]"
            )
        *_, key = store.query_actions(db, store.ActionFilters(carried_forward=True))
        began = time.perf_counter()
        trail = store.action_history(db, key["action_key"])
        print(
            f"history of {key['action_key']}: {len(trail)} actions in {(time.perf_counter() - began) * 1000:.1f} ms"
        )


if __name__ == "__main__":
    main()

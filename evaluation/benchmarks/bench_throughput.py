"""Throughput benchmark of batch processing over real minutes (a script, not a test).

Runs ``run_batch`` over ``../shared/real/w3ctag-minutes/`` (440 real minutes) plus the seed
document with ``--jobs 1`` and ``--jobs 2``, and pushes the same decoded texts through spaCy's
blank English tokenizer + sentencizer as the baseline. Every measurement runs in a fresh Python
interpreter, timed from outside, so each side pays its own start-up (imports, model loading, the
worker pool) exactly as a user's run does, and no run inherits a warm model from another. Rounds
interleave the measurements so a slow spell on a shared machine weighs on both sides of a ratio;
the ratios reported are the median over rounds. Prints documents/s, MB/s, peak memory per worker,
the ratios against the targets, and checks that every output validates and nothing crashed.

    PYTHONPATH=. python evaluation/benchmarks/bench_throughput.py [--jobs 1 2] [--rounds 3] [--limit N] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
REAL = REPO.parent / "shared" / "real" / "w3ctag-minutes"
SEED_CANDIDATES = (
    REPO / "tests" / "fixtures" / "seed.txt",
    REPO / "corpus" / "wm-hta-2018-05" / "source.txt",
    REPO.parent / "shared" / "seed" / "000_803ef2d96932968a.txt",
)
CRASH_KINDS = {"pipeline_error", "worker_crashed"}
TARGETS = {"jobs1_vs_spacy": 0.5, "jobs2_vs_jobs1": 1.7, "peak_worker_mb": 400.0}


def find_inputs(limit: int | None) -> list[Path]:
    """The real archive's supported files (sorted) plus the first seed copy that exists."""
    from pipeline import ingest

    files = sorted(p for p in REAL.iterdir() if ingest.format_of(p) is not None)
    if limit:
        files = files[:limit]
    seed = next((p for p in SEED_CANDIDATES if p.exists()), None)
    return files + ([seed] if seed else [])


_BASELINE_CHILD = """
import json, sys
import spacy
nlp = spacy.blank("en")
nlp.add_pipe("sentencizer")
texts = json.load(open(sys.argv[1], encoding="utf-8"))
nlp.max_length = max(nlp.max_length, max(len(t) for t in texts) + 1)
print(json.dumps({"sentences": sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=16))}))
"""

_BATCH_CHILD = """
import json, sys
from pathlib import Path
from pipeline.batch import run_batch
paths = [Path(p) for p in json.load(open(sys.argv[1], encoding="utf-8"))]
summary = run_batch(paths, Path(sys.argv[2]), jobs=int(sys.argv[3]), force=True, progress=False)
print(json.dumps({"ok": summary.ok, "failed": summary.failed, "bytes": summary.bytes_processed}))
"""


def _run_child(code: str, *args: str) -> tuple[float, dict]:
    """Run ``code`` in a fresh interpreter with the repository importable; the wall seconds from
    launch to exit, and the JSON object it printed last."""
    import subprocess

    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONWARNINGS": "ignore"}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"benchmark child failed ({done.returncode}): {done.stderr[-2000:]}")
    return seconds, json.loads(done.stdout.strip().splitlines()[-1])


def spacy_baseline(texts_file: Path, texts: list[str]) -> dict:
    """Seconds, documents/s and MB/s of spaCy blank English tokenizer + sentencizer, start-up included."""
    seconds, result = _run_child(_BASELINE_CHILD, str(texts_file))
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    return {
        "seconds": seconds,
        "docs_per_s": len(texts) / seconds,
        "mb_per_s": megabytes / seconds,
        "sentences": result["sentences"],
    }


def check_outputs(out: Path) -> dict:
    """Every output JSON parses against the contract and is complete; count crashes by kind."""
    from pipeline.schema import load_document

    invalid: list[str] = []
    count = 0
    for path in sorted(out.glob("*.json")):
        if path.name.startswith("_"):
            continue
        count += 1
        try:
            missing = load_document(path.read_bytes()).check_complete()
        except ValueError as exc:
            invalid.append(f"{path.name}: {str(exc)[:200]}")
            continue
        if missing:
            invalid.append(f"{path.name}: incomplete: {missing}")
    errors = [json.loads(line) for line in (out / "_errors.jsonl").read_text(encoding="utf-8").splitlines()]
    crashes = [e for e in errors if e["kind"] in CRASH_KINDS]
    return {"outputs": count, "invalid": invalid, "errors": errors, "crashes": crashes}


def run_jobs(inputs_file: Path, jobs: int) -> dict:
    """One forced batch run, in a fresh interpreter, into a temporary folder: throughput, memory, validity."""
    with tempfile.TemporaryDirectory(prefix=f"minutes-bench-j{jobs}-") as tmp:
        out = Path(tmp)
        seconds, summary = _run_child(_BATCH_CHILD, str(inputs_file), str(out), str(jobs))
        manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
        per_worker: dict[str, float] = {}
        busy: dict[str, float] = {}  # seconds each worker spent inside the per-document function
        for entry in manifest["files"].values():
            if entry.get("worker"):
                per_worker[entry["worker"]] = max(
                    per_worker.get(entry["worker"], 0.0), entry.get("peak_rss_mb") or 0.0
                )
                busy[entry["worker"]] = busy.get(entry["worker"], 0.0) + (entry.get("seconds") or 0.0)
        checks = check_outputs(out)
    return {
        "jobs": jobs,
        "seconds": seconds,
        "ok": summary["ok"],
        "failed": summary["failed"],
        "docs_per_s": summary["ok"] / seconds,
        "mb_per_s": summary["bytes"] / 1e6 / seconds,
        "peak_worker_mb": max(per_worker.values(), default=0.0),
        "workers": len(per_worker),
        "worker_cpu_s": manifest["timings"]["worker_cpu_s"],
        "worker_wall_s": manifest["timings"]["worker_seconds"],
        "busiest_worker_s": max(busy.values(), default=0.0),
        "parent_cpu_s": manifest["timings"]["parent_cpu_s"],
        **checks,
    }


def oversize_refused() -> bool:
    """A 50 MB text file is refused by the default limit without being read (sparse file)."""
    from pipeline.ingest import IngestError, read_document

    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        with big.open("wb") as handle:
            handle.truncate(50 * 1024 * 1024)
        try:
            read_document(big)
        except IngestError as exc:
            return exc.kind == "too_large"
    return False


def _load() -> str:
    """The 1-minute load average, to tell a quiet measurement from a contended one."""
    return f"{os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else "n/a"


def _median_by(rounds: list[dict], key) -> dict:  # noqa: ANN001 - a small key function
    """The round whose ``key`` is the median (the lower middle one for an even count)."""
    ordered = sorted(rounds, key=key)
    return ordered[(len(ordered) - 1) // 2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="worker counts to measure")
    parser.add_argument("--limit", type=int, default=None, help="only the first N real files (quick check)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="measure everything this many times, interleaved; ratios are the median over rounds",
    )
    args = parser.parse_args(argv)
    if not REAL.is_dir():
        print(f"skipped: the real minutes archive is not at {REAL}")
        return 0
    sys.path.insert(0, str(REPO))
    from pipeline import ingest

    inputs = find_inputs(args.limit)
    texts = []
    for path in inputs:
        try:
            texts.append(ingest.read_document(path).text)
        except ingest.IngestError as exc:  # refused inputs (e.g. empty files) are not crashes
            print(f"refused by ingest: {path.name}: {exc}")
    work = Path(tempfile.mkdtemp(prefix="minutes-bench-"))
    texts_file, inputs_file = work / "texts.json", work / "inputs.json"
    texts_file.write_text(json.dumps(texts), encoding="utf-8")
    inputs_file.write_text(json.dumps([str(p) for p in inputs]), encoding="utf-8")
    megabytes = sum(p.stat().st_size for p in inputs) / 1e6
    print(f"inputs: {len(inputs)} files, {megabytes:.2f} MB; load average {_load()} on {os.cpu_count()} CPUs")
    # Each round measures the baseline and every worker count back to back, so a slow spell on a
    # shared machine weighs on both sides of a ratio; the ratios are then the median over rounds.
    rounds: list[dict] = []
    for k in range(max(1, args.rounds)):
        measured = {
            "baseline": spacy_baseline(texts_file, texts),
            "runs": {jobs: run_jobs(inputs_file, jobs) for jobs in args.jobs},
        }
        rounds.append(measured)
        parts = [f"spaCy {measured['baseline']['docs_per_s']:.1f} docs/s"] + [
            f"--jobs {j} {r['docs_per_s']:.1f} docs/s" for j, r in measured["runs"].items()
        ]
        print(f"round {k + 1}: " + ", ".join(parts))
    baseline = _median_by(rounds, lambda r: r["baseline"]["docs_per_s"])["baseline"]
    print(
        f"spaCy blank en tokenizer+sentencizer: {baseline['docs_per_s']:.1f} docs/s, {baseline['mb_per_s']:.2f} MB/s"
    )
    runs = {}
    for jobs in args.jobs:
        result = _median_by(rounds, lambda r, j=jobs: r["runs"][j]["docs_per_s"])["runs"][jobs]
        runs[jobs] = result
        print(
            f"--jobs {jobs}: {result['seconds']:.1f} s, {result['docs_per_s']:.1f} docs/s, {result['mb_per_s']:.2f} MB/s, "
            f"ok {result['ok']}, failed {result['failed']}, crashes {len(result['crashes'])}, "
            f"invalid outputs {len(result['invalid'])}, peak worker {result['peak_worker_mb']:.0f} MB ({result['workers']} workers); "
            f"CPU in workers {result['worker_cpu_s']:.1f} s of {result['worker_wall_s']:.1f} s busy, parent CPU {result['parent_cpu_s']:.1f} s"
        )
    for measured in rounds:
        for result in measured["runs"].values():
            for problem in (result["crashes"] + result["invalid"])[:5]:
                print(f"    {problem}")
    figures = {"baseline": baseline, "runs": runs, "rounds": rounds, "oversize_refused": oversize_refused()}
    checks: list[tuple[str, bool]] = []
    if 1 in runs:
        per_round = [r["runs"][1]["docs_per_s"] / r["baseline"]["docs_per_s"] for r in rounds]
        ratio = statistics.median(per_round)
        figures["jobs1_vs_spacy"] = ratio
        figures["jobs1_vs_spacy_rounds"] = per_round
        print("--jobs 1 / spaCy by round: " + ", ".join(f"{x:.2f}" for x in per_round))
        checks.append(
            (
                f"--jobs 1 vs spaCy baseline = {ratio:.2f}x (target >= {TARGETS['jobs1_vs_spacy']})",
                ratio >= TARGETS["jobs1_vs_spacy"],
            )
        )
    if 1 in runs and 2 in runs:
        per_round = [r["runs"][2]["docs_per_s"] / r["runs"][1]["docs_per_s"] for r in rounds]
        ratio = statistics.median(per_round)
        figures["jobs2_vs_jobs1"] = ratio
        figures["jobs2_vs_jobs1_rounds"] = per_round
        print("--jobs 2 / --jobs 1 by round: " + ", ".join(f"{x:.2f}" for x in per_round))
        # the same ratio without the fixed start-up (imports, model loading, the pool): time in the
        # per-document function of the busiest worker, i.e. the rate an archive far larger than
        # this one approaches; reported beside the target, not instead of it
        phase = [r["runs"][1]["busiest_worker_s"] / r["runs"][2]["busiest_worker_s"] for r in rounds]
        figures["jobs2_vs_jobs1_processing"] = statistics.median(phase)
        figures["jobs2_vs_jobs1_processing_rounds"] = phase
        startup = [r["runs"][j]["seconds"] - r["runs"][j]["busiest_worker_s"] for r in rounds for j in (1, 2)]
        figures["fixed_cost_s"] = statistics.median(startup)
        print(
            "--jobs 2 / --jobs 1 once started (busiest worker's processing time) by round: "
            + ", ".join(f"{x:.2f}" for x in phase)
            + f"; fixed cost outside it (start-up, pool, writing) median {figures['fixed_cost_s']:.1f} s"
        )
        checks.append(
            (
                f"--jobs 2 vs --jobs 1 = {ratio:.2f}x (target >= {TARGETS['jobs2_vs_jobs1']})",
                ratio >= TARGETS["jobs2_vs_jobs1"],
            )
        )
    peak = max((r["peak_worker_mb"] for m in rounds for r in m["runs"].values()), default=0.0)
    checks.append(
        (
            f"peak memory per worker = {peak:.0f} MB (target < {TARGETS['peak_worker_mb']:.0f})",
            peak < TARGETS["peak_worker_mb"],
        )
    )
    refused = len(inputs) - len(texts)
    every_ok = all(
        r["ok"] == len(texts) and not r["crashes"] and not r["invalid"]
        for m in rounds
        for r in m["runs"].values()
    )
    checks.append(
        (
            f"all {len(inputs)} inputs handled: {len(texts)} processed, {refused} refused, zero crashes, every output valid",
            every_ok,
        )
    )
    checks.append(("a 50 MB text file is refused by the default size limit", figures["oversize_refused"]))
    print(f"load average at the end: {_load()} (other work on the machine skews the ratios)")
    for text, passed in checks:
        print(f"[{'PASS' if passed else 'FAIL'}] {text}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, default=str) + "\n", encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    return 0 if all(passed for _, passed in checks) else 1


if __name__ == "__main__":
    raise SystemExit(main())

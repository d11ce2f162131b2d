"""Time ``deduplicate`` against spaCy's blank English tokenizer on the same noisy text.

Inputs of 10 KB .. 10 MB are built by garbling the corpus's clean texts (and the contract
example) and concatenating them; every copy gets its own word suffix so the copies are
distinct documents rather than repeats of each other. For each size the script prints both
times, their ratio and the time per megabyte (flat per-MB time = linear growth).

    PYTHONPATH=. python evaluation/benchmarks/bench_dedup.py [--max-mb 10]
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

import spacy

from evaluation.garble import garble
from pipeline.dedup import deduplicate

ROOT = Path(__file__).resolve().parents[2]
SIZES_KB = (10, 100, 1_000, 10_000)


def clean_texts() -> list[str]:
    """Every clean text available: corpus documents, else the contract example."""
    paths = sorted((ROOT / "corpus").glob("*/clean.txt"))
    example = ROOT.parent / "shared" / "contract" / "example" / "clean.txt"
    texts = [p.read_text(encoding="utf-8") for p in paths]
    if example.is_file():
        texts.append(example.read_text(encoding="utf-8"))
    if not texts:
        raise SystemExit("no clean.txt found under corpus/ or the contract example")
    return texts


def distinct(text: str, tag: int) -> str:
    """Make a copy of a document distinct from the others: suffix longer words with a tag."""
    suffix = "".join("qxzjkvw"[int(d) % 7] for d in str(tag))
    return re.sub(r"\b([A-Za-z]{4,})\b", lambda m: m.group(1) + suffix, text)


def noisy_text(size: int, texts: list[str]) -> str:
    """Garbled, distinct documents concatenated until ``size`` characters, then cut there."""
    parts, total, copy = [], 0, 0
    while total < size:
        doc = garble(distinct(texts[copy % len(texts)], copy), seed=copy)
        parts.append(doc)
        total += len(doc) + 2
        copy += 1
    return "\n\n".join(parts)[:size]


def best_times(funcs: list, text: str, repeats: int) -> list[float]:
    """The fastest of ``repeats`` runs of each function, in seconds. The functions take turns,
    so on a shared machine both see the same background load."""
    best = [float("inf")] * len(funcs)
    for _ in range(repeats):
        for at, func in enumerate(funcs):
            start = time.perf_counter()
            func(text)
            best[at] = min(best[at], time.perf_counter() - start)
    return best


def repeats_for(kb: int) -> int:
    """More runs for small inputs, whose single timings are the noisiest."""
    return 20 if kb <= 10 else 10 if kb <= 100 else 3 if kb <= 1000 else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-mb", type=float, default=10.0, help="largest input size in MB")
    args = parser.parse_args()
    nlp = spacy.blank("en")
    nlp.max_length = 10**9
    texts = clean_texts()
    print(f"{'size':>8} {'dedup s':>9} {'spaCy s':>9} {'ratio':>7} {'dedup s/MB':>11}")
    for kb in SIZES_KB:
        if kb > args.max_mb * 1000:
            break
        text = noisy_text(kb * 1000, texts)
        ours, theirs = best_times([deduplicate, nlp.make_doc], text, repeats_for(kb))
        print(f"{kb:>6}KB {ours:>9.3f} {theirs:>9.3f} {ours / theirs:>7.3f} {ours / (kb / 1000):>11.3f}")


if __name__ == "__main__":
    main()

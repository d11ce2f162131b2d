"""Batch processing of an archive of minutes: every core, bad files reported, resumable.

How a run works:

* Inputs are collected (folders recursively; supported suffixes only; hidden files and
  anything inside the output folder skipped) and each gets a ``doc_id`` (:func:`assign_doc_ids`).
* The parent reads each input, hashes it and skips it when ``OUT/_manifest.json`` says it was
  already processed from the same bytes by the same pipeline version and the output JSON
  records that hash in ``source.sha256`` (unless ``force``).
* The rest go to workers (a process pool, or a Dask cluster) a bounded number at a time.
  Workers return JSON text; the parent writes it atomically (temp file in OUT, then
  ``os.replace``), so an interrupted run never leaves half a JSON behind. Leftover temp files
  from a killed run are removed at the start of the next one.
* ``OUT/_errors.jsonl`` gets one line per failed file as it happens; ``OUT/_manifest.json``
  (counts, timings, versions, options, per-file status) is rewritten atomically every few
  seconds and at the end, so a killed run loses at most a few seconds of resume state.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import gc
import hashlib
import json
import os
import platform
import resource
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

import pipeline
from pipeline import ingest
from pipeline.schema import SCHEMA_VERSION, MinutesDocument, RawDocument, to_json

MANIFEST_NAME = "_manifest.json"
ERRORS_NAME = "_errors.jsonl"
TEMP_PREFIX = ".minutes-tmp-"
MANIFEST_EVERY_S = 5.0
IN_FLIGHT_PER_WORKER = 4

Processor = Callable[[RawDocument, str], MinutesDocument]


class BatchError(Exception):
    """A usage problem with a whole batch (missing input path, no inputs); not a per-file failure."""


@dataclass(frozen=True)
class Task:
    """One input to process: raw bytes travel with it so workers need no shared filesystem."""

    path: str
    doc_id: str
    fmt: str
    data: bytes
    max_bytes: int


@dataclass
class Outcome:
    """What a worker reports back for one task."""

    path: str
    doc_id: str
    sha256: str
    status: str  # "ok" | "failed"
    json_text: str | None = None
    error_kind: str | None = None
    message: str | None = None
    seconds: float = 0.0
    cpu_s: float = 0.0
    peak_rss_mb: float = 0.0
    worker: str = ""


@dataclass
class BatchSummary:
    """Counts and where the records are; ``exit_code`` is 0 when nothing failed, else 1."""

    total: int = 0
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    not_run: int = 0
    bytes_processed: int = 0
    elapsed_s: float = 0.0
    peak_worker_rss_mb: float = 0.0
    manifest_path: Path | None = None
    errors_path: Path | None = None
    failures: list[dict] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 0 if self.failed == 0 and self.not_run == 0 else 1


# --------------------------------------------------------------------------- inputs


def _is_hidden(path: Path, root: Path) -> bool:
    """Hidden when any part below the given root starts with a dot (``.git``, ``.DS_Store``)."""
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _walk_files(root: Path) -> list[Path]:
    """Regular files below ``root`` in sorted order, not descending into hidden folders and not
    following symlinked folders (which could loop)."""
    found: list[Path] = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        found.extend(Path(folder) / name for name in names if os.path.isfile(os.path.join(folder, name)))
    return sorted(found)


def collect_inputs(inputs: Iterable[Path], out_dir: Path) -> list[tuple[Path, Path]]:
    """(file, root) pairs in a stable order: a file named explicitly is taken as is (an
    unsupported one then fails visibly); folders are walked for supported suffixes, skipping
    hidden files and our own output folder. ``root`` is what doc ids are made relative to."""
    out_resolved = out_dir.resolve()
    seen: set[Path] = set()
    found: list[tuple[Path, Path]] = []
    for given in inputs:
        given = Path(given)
        if given.is_dir():
            root = given.resolve()
            for path in _walk_files(root):
                if _is_hidden(path, root) or _inside(path, out_resolved) or ingest.format_of(path) is None:
                    continue
                if path not in seen:
                    seen.add(path)
                    found.append((path, root))
        elif given.is_file():
            path = given.resolve()
            if path not in seen:
                seen.add(path)
                found.append((path, path.parent))
        else:
            raise BatchError(f"input {given} does not exist")
    return found


def _short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def assign_doc_ids(files: list[tuple[Path, Path]]) -> dict[Path, str]:
    """doc_id = file stem; stems that collide (compared case-insensitively, for case-insensitive
    filesystems) get ``-`` plus 8 hex digits of the SHA-256 of the file's path relative to its
    input root, e.g. ``2018/minutes.txt`` -> ``minutes-1a2b3c4d``. Relative paths keep ids
    stable when the archive moves; if two roots hold the same relative path, the absolute path
    is hashed instead. Every colliding file is renamed, so no file's id depends on input order."""
    by_stem: dict[str, list[tuple[Path, Path]]] = {}
    for path, root in files:
        by_stem.setdefault(path.stem.casefold(), []).append((path, root))
    ids: dict[Path, str] = {}
    for group in by_stem.values():
        if len(group) == 1:
            ids[group[0][0]] = group[0][0].stem
            continue
        rel = {path: path.relative_to(root).as_posix() for path, root in group}
        unique_rel = len(set(rel.values())) == len(rel)
        for path, _root in group:
            key = rel[path] if unique_rel else path.as_posix()
            ids[path] = f"{path.stem}-{_short_hash(key)}"
    return ids


# --------------------------------------------------------------------------- workers


_MODELS_LOADED = False


def load_models() -> None:
    """Load the classifier once per worker process (if the pipeline offers a loader), so the
    cost is paid at start-up and not per document; later calls in the same process are free."""
    global _MODELS_LOADED
    if _MODELS_LOADED:
        return
    from pipeline import classify, extract

    loader = getattr(classify, "load_default_model", None)
    if callable(loader):
        loader()
    extract.build_matcher([])  # builds the owner matcher's blank English pipeline, once
    _MODELS_LOADED = True
    # everything alive now (libraries, the model) lives as long as the process: keep it out of
    # the garbage collector's full passes, which otherwise rescan it while documents are processed
    gc.freeze()


def _init_pool_worker(with_models: bool = True) -> None:
    """Pool initializer: Ctrl-C is the parent's to handle; one BLAS/OpenMP thread per worker
    (N workers x N library threads on N cores thrash: measured 3x slower per document); then
    load the pipeline's models once (not when a custom processor replaces the pipeline)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=1)
    except ImportError:  # pragma: no cover - threadpoolctl comes with scikit-learn
        pass
    if with_models:
        load_models()


def default_processor(raw: RawDocument, doc_id: str) -> MinutesDocument:
    """Every pipeline stage after ingest, with the default options."""
    from pipeline.run import process_raw

    return process_raw(raw, doc_id)


@dataclass(frozen=True)
class SyntaxProcessor:
    """Every pipeline stage after ingest, classifying sentences with the model trained on an installed
    pretrained spaCy pipeline's features (``--spacy-model``, :mod:`pipeline.syntax`). Picklable, so it
    runs on a process pool or Dask; each worker loads the pipeline and the model once, on first use."""

    spacy_model: str

    def __call__(self, raw: RawDocument, doc_id: str) -> MinutesDocument:
        from pipeline.run import PipelineOptions, process_raw

        return process_raw(raw, doc_id, PipelineOptions(spacy_model=self.spacy_model))


def _peak_rss_mb() -> float:
    """This process's peak resident memory in MB (Linux reports kilobytes, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def process_task(task: Task, processor: Processor | None = None) -> Outcome:
    """Ingest and process one input; never raises, every failure becomes an ``Outcome``."""
    started, started_cpu = time.perf_counter(), time.process_time()
    outcome = Outcome(
        path=task.path, doc_id=task.doc_id, sha256=ingest.sha256_hex(task.data), status="failed"
    )
    try:
        if processor is None:
            load_models()
        raw = ingest.from_bytes(task.data, task.path, task.fmt, max_bytes=task.max_bytes)
        document = (processor or default_processor)(raw, task.doc_id)
        if not isinstance(document, MinutesDocument):
            raise TypeError(f"the processor returned {type(document).__name__}, not a MinutesDocument")
        outcome.json_text = to_json(document)
        outcome.status = "ok"
    except ingest.IngestError as exc:
        outcome.error_kind, outcome.message = exc.kind, exc.message
    except Exception as exc:  # noqa: BLE001 - one bad document must never stop the batch
        outcome.error_kind = "pipeline_error"
        outcome.message = f"{type(exc).__name__}: {exc}"[:2000]
    outcome.seconds = time.perf_counter() - started
    outcome.cpu_s = time.process_time() - started_cpu
    outcome.peak_rss_mb = _peak_rss_mb()
    outcome.worker = f"{platform.node()}:{os.getpid()}"
    return outcome


def _task_runner(processor: Processor | None) -> Callable[[Task], Outcome]:
    """A picklable callable for pool.submit: process_task with the processor bound."""
    if processor is None:
        return process_task
    import functools

    return functools.partial(process_task, processor=processor)


# --------------------------------------------------------------------------- output files


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so readers see the old file or the whole new one, never half."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX, suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def remove_stale_temps(out_dir: Path) -> int:
    """Delete temp files an interrupted run left in OUT; returns how many."""
    removed = 0
    for stale in out_dir.glob(f"{TEMP_PREFIX}*"):
        with contextlib.suppress(OSError):
            stale.unlink()
            removed += 1
    return removed


def read_manifest(out_dir: Path) -> dict:
    """The previous run's manifest, or an empty one when absent or unreadable."""
    try:
        data = json.loads((out_dir / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def output_sha256(path: Path) -> str | None:
    """``source.sha256`` recorded in an output JSON, or None when missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data["source"]["sha256"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


DEFAULT_VARIANT = "default"


def is_up_to_date(entry: dict | None, sha256: str, output: Path, variant: str = DEFAULT_VARIANT) -> bool:
    """True when a previous run produced ``output`` from these exact bytes with this version and the
    same variant of the pipeline (the default, or e.g. the model of a pretrained spaCy pipeline)."""
    return (
        entry is not None
        and entry.get("status") in ("ok", "skipped")
        and entry.get("sha256") == sha256
        and entry.get("pipeline_version") == pipeline.__version__
        and entry.get("variant", DEFAULT_VARIANT) == variant
        and output_sha256(output) == sha256
    )


# --------------------------------------------------------------------------- the run


@dataclass
class _Run:
    """Mutable state of one batch run: manifest entries, counters, open errors file."""

    out_dir: Path
    options: dict
    files: dict[str, dict]
    summary: BatchSummary
    errors_handle: object
    started_wall: str
    started: float
    started_cpu: float = field(default_factory=time.process_time)
    last_manifest: float = 0.0

    def record(self, outcome: Outcome, size: int) -> None:
        """Write the output (or the error line) and update the manifest entry."""
        entry = self.files[outcome.doc_id]
        entry.update(
            sha256=outcome.sha256,
            bytes=size,
            pipeline_version=pipeline.__version__,
            variant=self.options.get("variant", DEFAULT_VARIANT),
            status=outcome.status,
            seconds=round(outcome.seconds, 4),
            cpu_s=round(outcome.cpu_s, 4),
            worker=outcome.worker,
            peak_rss_mb=round(outcome.peak_rss_mb, 1),
            error=None,
        )
        self.summary.peak_worker_rss_mb = max(self.summary.peak_worker_rss_mb, outcome.peak_rss_mb)
        if outcome.status == "ok" and outcome.json_text is not None:
            write_atomic(self.out_dir / entry["output"], outcome.json_text)
            self.summary.ok += 1
            self.summary.bytes_processed += size
            return
        error = {
            "file": outcome.path,
            "doc_id": outcome.doc_id,
            "kind": outcome.error_kind,
            "message": outcome.message,
        }
        entry["error"] = {"kind": outcome.error_kind, "message": outcome.message}
        self.summary.failed += 1
        self.summary.failures.append(error)
        self.errors_handle.write(json.dumps(error, ensure_ascii=False) + "\n")  # type: ignore[attr-defined]
        self.errors_handle.flush()  # type: ignore[attr-defined]

    def save_manifest(self, *, final: bool = False, complete: bool = False) -> None:
        """Rewrite OUT/_manifest.json atomically (throttled unless ``final``); ``complete`` is
        False for progress snapshots and for a run ended by an exception (e.g. Ctrl-C)."""
        now = time.perf_counter()
        if not final and now - self.last_manifest < MANIFEST_EVERY_S:
            return
        self.last_manifest = now
        elapsed = now - self.started
        self.summary.elapsed_s = elapsed
        done = self.summary.ok + self.summary.failed
        manifest = {
            "tool": "minutes",
            "pipeline_version": pipeline.__version__,
            "schema_version": SCHEMA_VERSION,
            "python": platform.python_version(),
            "started": self.started_wall,
            "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds") if final else None,
            "complete": complete,
            "options": self.options,
            "counts": {
                "inputs": self.summary.total,
                "ok": self.summary.ok,
                "failed": self.summary.failed,
                "skipped": self.summary.skipped,
                "not_run": self.summary.not_run,
            },
            "timings": {
                "elapsed_s": round(elapsed, 3),
                "documents_per_s": round(done / elapsed, 3) if elapsed > 0 else None,
                "mb_per_s": round(self.summary.bytes_processed / 1e6 / elapsed, 4) if elapsed > 0 else None,
                "worker_seconds": round(sum(f.get("seconds") or 0.0 for f in self.files.values()), 3),
                "worker_cpu_s": round(sum(f.get("cpu_s") or 0.0 for f in self.files.values()), 3),
                "parent_cpu_s": round(time.process_time() - self.started_cpu, 3),
                "peak_worker_rss_mb": round(self.summary.peak_worker_rss_mb, 1),
            },
            "files": self.files,
        }
        write_atomic(self.out_dir / MANIFEST_NAME, json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")


def _size_or_zero(entry: tuple[Path, Path]) -> int:
    try:
        return entry[0].stat().st_size
    except OSError:
        return 0  # read (and reported) later, in its turn


def _tasks(
    files: list[tuple[Path, Path]],
    ids: dict[Path, str],
    run: _Run,
    previous: dict,
    force: bool,
    max_bytes: int,
) -> Iterator[tuple[Task, int]]:
    """Lazily read inputs, yielding only those that need processing (bounded memory: one file
    is read per yielded task). Up-to-date ones are counted as skipped; oversized and
    unsupported ones are not read at all (their empty task fails in the parent)."""
    variant = run.options.get("variant", DEFAULT_VARIANT)
    for path, _root in files:
        doc_id = ids[path]
        output = f"{doc_id}.json"
        run.files[doc_id] = {"path": str(path), "output": output, "status": "pending"}
        fmt = ingest.format_of(path) or "unsupported"
        try:
            size = path.stat().st_size
            data = b"" if size > max_bytes or fmt == "unsupported" else path.read_bytes()
        except OSError as exc:
            kind = "not_found" if isinstance(exc, FileNotFoundError) else "unreadable"
            run.record(Outcome(str(path), doc_id, "", "failed", error_kind=kind, message=str(exc)), 0)
            continue
        sha = ingest.sha256_hex(data)
        if not force and data and is_up_to_date(previous.get(doc_id), sha, run.out_dir / output, variant):
            run.files[doc_id] = {**previous[doc_id], "path": str(path), "output": output, "status": "skipped"}
            run.summary.skipped += 1
            continue
        yield Task(str(path), doc_id, fmt, data, max_bytes), size


def _oversized_or_unsupported(task: Task, size: int) -> Outcome | None:
    """Fail cheaply in the parent for what needs no worker: unsupported suffix or too large."""
    if task.fmt == "unsupported":
        return Outcome(
            task.path,
            task.doc_id,
            "",
            "failed",
            error_kind="unsupported_format",
            message=f"suffix {Path(task.path).suffix!r} is not one of {', '.join(sorted(ingest.FORMATS))}",
        )
    if size > task.max_bytes:
        return Outcome(
            task.path,
            task.doc_id,
            "",
            "failed",
            error_kind="too_large",
            message=f"{size:,} bytes is over the limit of {task.max_bytes:,} bytes",
        )
    return None


def _progress(enabled: bool, total: int):  # noqa: ANN202 - a rich Progress or a null context
    """A rich progress bar on stderr (files, rate, failures, ETA), or a do-nothing stand-in."""
    if not enabled:
        return contextlib.nullcontext(None)
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("[bold]minutes"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} docs/s"),
        TextColumn("[red]{task.fields[failed]} failed"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    )


CRASH_ERRORS = frozenset({"BrokenProcessPool", "KilledWorker"})
"""Exceptions from a future that mean the worker process died, not that the document failed."""


def _drive(
    submit: Callable[[Task], Future],
    wait_some: Callable[[set], tuple[set, set]],
    tasks: Iterator[tuple[Task, int]],
    run: _Run,
    *,
    limit: int,
    fail_fast: bool,
    on_done: Callable[[], None],
) -> None:
    """Keep at most ``limit`` futures in flight, record outcomes as they finish; on the first
    failure with ``fail_fast`` stop submitting and let the running ones finish.

    When a worker dies (segfault, OOM kill) every task in flight on the pool fails with it, so
    those tasks are suspects, not culprits: each is re-run alone at the end, and only a file
    that kills its worker on its own is recorded as ``worker_crashed``."""
    in_flight: dict[Future, tuple[Task, int]] = {}
    suspects: list[tuple[Task, int]] = []
    stop = False
    exhausted = False
    while True:
        while not stop and not exhausted and len(in_flight) < limit:
            item = next(tasks, None)
            if item is None:
                exhausted = True
                break
            task, size = item
            quick = _oversized_or_unsupported(task, size)
            if quick is not None:
                run.record(quick, size)
                on_done()
                stop = stop or fail_fast
                continue
            in_flight[submit(task)] = (task, size)
        if not in_flight:
            break
        done, _pending = wait_some(set(in_flight))
        for future in done:
            task, size = in_flight.pop(future)
            outcome = _future_result(future, task)
            if outcome.error_kind == "worker_crashed":
                suspects.append((task, size))
                continue
            run.record(outcome, size)
            on_done()
            stop = stop or (outcome.status != "ok" and fail_fast)
        run.save_manifest()
    for task, size in suspects:
        future = submit(task)
        wait_some({future})
        run.record(_future_result(future, task), size)
        on_done()


def _future_result(future: Future, task: Task) -> Outcome:
    """A future's outcome; a dead worker or an error outside ``process_task`` (e.g. pickling)
    becomes a failure of that file rather than of the batch."""
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - BrokenProcessPool, KilledWorker and friends
        kind = "worker_crashed" if type(exc).__name__ in CRASH_ERRORS else "pipeline_error"
        return Outcome(
            task.path,
            task.doc_id,
            ingest.sha256_hex(task.data),
            "failed",
            error_kind=kind,
            message=f"{type(exc).__name__}: {exc}",
        )


class _RestartingPool:
    """A process pool that replaces itself when a worker death has broken it."""

    def __init__(self, jobs: int, runner: Callable[[Task], Outcome], *, with_models: bool) -> None:
        import multiprocessing

        method = "forkserver" if sys.platform.startswith("linux") else "spawn"
        self.context = multiprocessing.get_context(method)
        if method == "forkserver" and with_models:
            # workers fork from a server that imported the pipeline and loaded the models once
            # (the libraries take seconds to import), so each starts with them in memory;
            # only effective before the server starts
            self.context.set_forkserver_preload(["pipeline.run", "pipeline.classify", "pipeline._preload"])
        self.jobs = jobs
        self.runner = runner
        self.with_models = with_models
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=self.context,
            initializer=_init_pool_worker,
            initargs=(self.with_models,),
        )

    def submit(self, task: Task) -> Future:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.pool.submit(self.runner, task)
        except BrokenProcessPool:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._new_pool()
            return self.pool.submit(self.runner, task)

    def close(self, *, wait: bool) -> None:
        self.pool.shutdown(wait=wait, cancel_futures=not wait)


def _run_pool(tasks, run: _Run, jobs: int, fail_fast: bool, processor: Processor | None, on_done) -> None:
    """Process tasks in this process (jobs == 1) or on a process pool."""
    runner = _task_runner(processor)
    if jobs == 1:
        if processor is None:
            load_models()
        for task, size in tasks:
            outcome = _oversized_or_unsupported(task, size) or runner(task)
            run.record(outcome, size)
            on_done()
            run.save_manifest()
            if outcome.status != "ok" and fail_fast:
                break
        return
    pool = _RestartingPool(jobs, runner, with_models=processor is None)
    try:
        _drive(
            pool.submit,
            lambda fs: wait(fs, return_when=FIRST_COMPLETED),
            tasks,
            run,
            limit=jobs * IN_FLIGHT_PER_WORKER,
            fail_fast=fail_fast,
            on_done=on_done,
        )
    except BaseException:
        pool.close(wait=False)
        raise
    pool.close(wait=True)


def _run_dask(tasks, run: _Run, address: str, fail_fast: bool, processor: Processor | None, on_done) -> None:
    """Process tasks on an existing dask.distributed cluster. Inputs travel as bytes and outputs
    come back as JSON written here, so workers need no shared filesystem."""
    from distributed import Client
    from distributed import wait as dask_wait

    runner = _task_runner(processor)
    with Client(address) as client:
        if processor is None:  # warm every worker now; process_task also loads lazily on new ones
            client.run(load_models)
        workers = max(1, sum(client.nthreads().values()))

        def submit(task: Task) -> Future:
            return client.submit(runner, task, pure=False)

        def wait_some(futures: set) -> tuple[set, set]:
            result = dask_wait(list(futures), return_when="FIRST_COMPLETED")
            return set(result.done), set(result.not_done)

        _drive(
            submit,
            wait_some,
            tasks,
            run,
            limit=workers * IN_FLIGHT_PER_WORKER,
            fail_fast=fail_fast,
            on_done=on_done,
        )


def run_batch(
    inputs: list[Path],
    out_dir: Path,
    *,
    jobs: int = 1,
    fail_fast: bool = False,
    force: bool = False,
    max_bytes: int = ingest.DEFAULT_MAX_BYTES,
    dask_address: str | None = None,
    progress: bool | None = None,
    processor: Processor | None = None,
    variant: str = DEFAULT_VARIANT,
) -> BatchSummary:
    """Process every input into ``OUT/<doc_id>.json``; see the module docstring for the rules.

    ``jobs`` < 1 means one worker per core (never more workers than files; one runs in-process). ``progress`` None shows the bar only when stdout
    and stderr are terminals. ``processor`` replaces the pipeline (RawDocument, doc_id) ->
    MinutesDocument, e.g. for tests or :class:`SyntaxProcessor`; it must be picklable (a module-level
    function or an instance of a module-level class) when ``jobs`` > 1 or on Dask. ``variant`` names what
    the processor computes (recorded per file; an output made by another variant is not up to date).
    Raises :class:`BatchError` for a missing input path."""
    out_dir = Path(out_dir)
    files = collect_inputs(inputs, out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(out_dir)
    ids = assign_doc_ids(files)
    jobs = jobs if jobs >= 1 else (os.cpu_count() or 1)
    jobs = min(jobs, max(1, len(files)))  # one file needs no pool
    previous = {} if force else read_manifest(out_dir).get("files", {})
    summary = BatchSummary(
        total=len(files), manifest_path=out_dir / MANIFEST_NAME, errors_path=out_dir / ERRORS_NAME
    )
    options = {
        "jobs": jobs,
        "fail_fast": fail_fast,
        "force": force,
        "max_bytes": max_bytes,
        "dask_address": dask_address,
        "processor": None if processor is None else getattr(processor, "__qualname__", repr(processor)),
        "variant": variant,
        "inputs": [str(p) for p in inputs],
    }
    show = progress if progress is not None else (sys.stdout.isatty() and sys.stderr.isatty())
    started_wall = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with (
        open(out_dir / ERRORS_NAME, "w", encoding="utf-8") as errors_handle,
        _progress(show, len(files)) as bar,
    ):
        run = _Run(out_dir, options, {}, summary, errors_handle, started_wall, time.perf_counter())
        bar_task = bar.add_task("minutes", total=len(files), rate=0.0, failed=0) if bar else None
        if jobs > 1 or dask_address:
            # largest first: the last tasks to start are then the short ones, so the workers
            # finish together instead of one of them ending the run on a long document alone
            files = sorted(files, key=_size_or_zero, reverse=True)
        tasks = _tasks(files, ids, run, previous, force, max_bytes)
        finished = False

        def on_done() -> None:
            if bar is not None:
                elapsed = max(time.perf_counter() - run.started, 1e-9)
                done = summary.ok + summary.failed
                bar.update(
                    bar_task, completed=done + summary.skipped, rate=done / elapsed, failed=summary.failed
                )

        try:
            if dask_address:
                _run_dask(tasks, run, dask_address, fail_fast, processor, on_done)
            else:
                _run_pool(tasks, run, jobs, fail_fast, processor, on_done)
            collections.deque(tasks, maxlen=0)  # enumerate what fail_fast left, so the manifest lists it
            finished = True
        finally:
            summary.not_run = sum(1 for entry in run.files.values() if entry.get("status") == "pending")
            for doc_id, entry in previous.items():
                run.files.setdefault(doc_id, entry)
            run.save_manifest(final=True, complete=finished)
            on_done()
    return summary

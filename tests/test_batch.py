"""Batch runs: collection, doc ids, resume, atomic outputs, manifest and errors, pools, Dask.

Most tests use ``fake_processor`` (fast, deterministic) in place of the NLP stages; the last
ones run the real pipeline end to end."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pipeline
from pipeline import batch
from pipeline.batch import BatchError, assign_doc_ids, collect_inputs, run_batch
from pipeline.schema import MinutesDocument, RawDocument, load_document

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "000_803ef2d96932968a.txt"


def fake_processor(raw: RawDocument, doc_id: str) -> MinutesDocument:
    """Stands in for the pipeline: keeps the text; 'BOOM' in the text is a pipeline bug."""
    if "BOOM" in raw.text:
        raise RuntimeError("stage exploded")
    return MinutesDocument(doc_id=doc_id, source=raw.source, text=raw.text)


def crashing_processor(raw: RawDocument, doc_id: str) -> MinutesDocument:
    """Kills its worker process outright on 'CRASH' (as a segfault or the OOM killer would)."""
    if "CRASH" in raw.text:
        os._exit(3)
    return fake_processor(raw, doc_id)


def interrupting_processor(raw: RawDocument, doc_id: str) -> MinutesDocument:
    """Behaves as if the user pressed Ctrl-C while 'm2' was being processed."""
    if doc_id == "m2":
        raise KeyboardInterrupt
    return fake_processor(raw, doc_id)


def slow_processor(raw: RawDocument, doc_id: str) -> MinutesDocument:
    """A processor slow enough that a run can be killed part-way through."""
    time.sleep(0.15)
    return fake_processor(raw, doc_id)


def _archive(root: Path, n: int = 4) -> Path:
    """An input folder: n good minutes, a nested duplicate stem, a hidden file, an unsupported one."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"m{i}.txt").write_text(f"Minutes {i}\n1. Apologies\nNone.", encoding="utf-8")
    (root / "2019").mkdir()
    (root / "2019" / "m0.md").write_text("Minutes of 2019\n1. Item", encoding="utf-8")
    (root / ".cache").mkdir()
    (root / ".cache" / "x.txt").write_text("hidden", encoding="utf-8")
    (root / ".notes.txt").write_text("hidden", encoding="utf-8")
    (root / "data.csv").write_text("a,b", encoding="utf-8")
    return root


def _outputs(out: Path) -> dict[str, MinutesDocument]:
    return {
        p.stem: load_document(p.read_text(encoding="utf-8"))
        for p in out.glob("*.json")
        if not p.name.startswith("_")
    }


def _manifest(out: Path) -> dict:
    return json.loads((out / "_manifest.json").read_text(encoding="utf-8"))


def _errors(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "_errors.jsonl").read_text(encoding="utf-8").splitlines()]


# --------------------------------------------------------------------------- inputs and ids


def test_folders_are_walked_skipping_hidden_unsupported_and_output(tmp_path: Path) -> None:
    root = _archive(tmp_path / "in")
    out = root / "out"
    out.mkdir()
    (out / "m9.txt").write_text("inside the output folder", encoding="utf-8")
    names = [p.relative_to(root).as_posix() for p, _ in collect_inputs([root], out)]
    assert names == ["2019/m0.md", "m0.txt", "m1.txt", "m2.txt", "m3.txt"]


def test_symlinked_folder_loops_are_not_followed(tmp_path: Path) -> None:
    root = _archive(tmp_path / "in")
    (root / "loop").symlink_to(root, target_is_directory=True)
    assert len(collect_inputs([root], tmp_path / "out")) == 5


def test_an_explicit_file_is_taken_even_if_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("a,b", encoding="utf-8")
    assert [p for p, _ in collect_inputs([path, path], tmp_path / "out")] == [path.resolve()]


def test_missing_input_path_is_a_batch_error(tmp_path: Path) -> None:
    with pytest.raises(BatchError):
        collect_inputs([tmp_path / "absent"], tmp_path / "out")


def test_colliding_stems_get_deterministic_path_hash_suffixes(tmp_path: Path) -> None:
    root = _archive(tmp_path / "in")
    files = collect_inputs([root], tmp_path / "out")
    ids = assign_doc_ids(files)
    assert ids[root / "m1.txt"] == "m1"
    a, b = ids[root / "m0.txt"], ids[root / "2019" / "m0.md"]
    assert a != b and a.startswith("m0-") and b.startswith("m0-")
    # the id depends on the path below the root only: same after moving the archive, any order
    moved = tmp_path / "elsewhere"
    root.rename(moved)
    again = assign_doc_ids(list(reversed(collect_inputs([moved], tmp_path / "out"))))
    assert (again[moved / "m0.txt"], again[moved / "2019" / "m0.md"]) == (a, b)


def test_case_only_stem_differences_count_as_collisions(tmp_path: Path) -> None:
    files = [(tmp_path / "Minutes.txt", tmp_path), (tmp_path / "minutes.md", tmp_path)]
    ids = assign_doc_ids(files)
    assert len({i.casefold() for i in ids.values()}) == 2


# --------------------------------------------------------------------------- a run


def test_batch_writes_valid_outputs_manifest_and_errors(tmp_path: Path) -> None:
    root = _archive(tmp_path / "in")
    (root / "junk.txt").write_bytes(bytes(range(256)) * 8)
    (root / "empty.md").write_bytes(b"")
    (root / "bug.txt").write_text("Minutes\nBOOM", encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch([root], out, processor=fake_processor, progress=False)
    assert (summary.total, summary.ok, summary.failed, summary.skipped) == (8, 5, 3, 0)
    assert summary.exit_code == 1
    outputs = _outputs(out)
    assert sorted(outputs) == sorted(["m1", "m2", "m3"] + [i for i in outputs if i.startswith("m0-")])
    assert all(doc.source is not None and len(doc.source.sha256) == 64 for doc in outputs.values())
    kinds = {Path(e["file"]).name: e["kind"] for e in _errors(out)}
    assert kinds == {"junk.txt": "binary", "empty.md": "empty", "bug.txt": "pipeline_error"}
    assert all(e["message"] for e in _errors(out))
    manifest = _manifest(out)
    assert manifest["pipeline_version"] == pipeline.__version__
    assert manifest["counts"] == {"inputs": 8, "ok": 5, "failed": 3, "skipped": 0, "not_run": 0}
    assert manifest["complete"] is True and manifest["options"]["jobs"] == 1
    assert manifest["timings"]["elapsed_s"] >= 0 and manifest["timings"]["peak_worker_rss_mb"] > 0
    entry = manifest["files"]["m1"]
    assert entry["status"] == "ok" and entry["sha256"] == outputs["m1"].source.sha256
    assert manifest["files"]["bug"]["error"]["kind"] == "pipeline_error"


def test_second_run_skips_up_to_date_and_retries_failures(tmp_path: Path) -> None:
    root = _archive(tmp_path / "in")
    (root / "bug.txt").write_text("BOOM", encoding="utf-8")
    out = tmp_path / "out"
    run_batch([root], out, processor=fake_processor, progress=False)
    (root / "m2.txt").write_text("Minutes 2, corrected\n1. Apologies", encoding="utf-8")
    second = run_batch([root], out, processor=fake_processor, progress=False)
    assert (second.ok, second.skipped, second.failed) == (1, 4, 1)
    assert _outputs(out)["m2"].text == "Minutes 2, corrected\n1. Apologies"
    assert _manifest(out)["files"]["m1"]["status"] == "skipped"
    forced = run_batch([root], out, processor=fake_processor, progress=False, force=True)
    assert (forced.ok, forced.skipped) == (5, 0)


def test_a_new_pipeline_version_reprocesses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _archive(tmp_path / "in")
    out = tmp_path / "out"
    run_batch([root], out, processor=fake_processor, progress=False)
    monkeypatch.setattr(pipeline, "__version__", "99.0.0")
    again = run_batch([root], out, processor=fake_processor, progress=False)
    assert (again.ok, again.skipped) == (5, 0)
    assert _manifest(out)["files"]["m1"]["pipeline_version"] == "99.0.0"


def test_an_output_edited_or_deleted_since_is_redone(tmp_path: Path) -> None:
    root = _archive(tmp_path / "in")
    out = tmp_path / "out"
    run_batch([root], out, processor=fake_processor, progress=False)
    (out / "m1.json").unlink()
    (out / "m2.json").write_text("{", encoding="utf-8")
    again = run_batch([root], out, processor=fake_processor, progress=False)
    assert (again.ok, again.skipped) == (2, 3)
    assert set(_outputs(out)) >= {"m1", "m2"}


def test_stale_temp_files_are_removed_and_never_mistaken_for_output(tmp_path: Path) -> None:
    root = _archive(tmp_path / "in")
    out = tmp_path / "out"
    out.mkdir()
    stale = out / f"{batch.TEMP_PREFIX}abc.part"
    stale.write_text('{"doc_id": "m1", "text": "half', encoding="utf-8")
    summary = run_batch([root], out, processor=fake_processor, progress=False)
    assert not stale.exists()
    assert summary.ok == 5 and len(_outputs(out)) == 5


def test_atomic_write_leaves_old_file_when_interrupted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "doc.json"
    target.write_text("old", encoding="utf-8")

    def boom(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(batch.os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        batch.write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.json"]


def test_ctrl_c_leaves_an_incomplete_manifest_that_resume_completes(tmp_path: Path) -> None:
    root = _archive(tmp_path / "in")
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        run_batch([root], out, processor=interrupting_processor, progress=False)
    manifest = _manifest(out)
    assert manifest["complete"] is False
    assert manifest["files"]["m1"]["status"] == "ok" and manifest["files"]["m2"]["status"] == "pending"
    resumed = run_batch([root], out, processor=fake_processor, progress=False)
    assert resumed.skipped == 3 and resumed.ok == 2 and _manifest(out)["complete"] is True


def test_fail_fast_stops_at_the_first_failure(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("BOOM", encoding="utf-8")
    for name in ("b", "c", "d"):
        (root / f"{name}.txt").write_text(f"Minutes {name}", encoding="utf-8")
    summary = run_batch([root], tmp_path / "out", processor=fake_processor, progress=False, fail_fast=True)
    assert (summary.failed, summary.ok, summary.not_run) == (1, 0, 3)
    assert summary.exit_code == 1
    assert _manifest(tmp_path / "out")["files"]["d"]["status"] == "pending"


def test_oversized_inputs_fail_without_stopping_the_batch(tmp_path: Path) -> None:
    root = _archive(tmp_path / "in")
    (root / "huge.txt").write_text("x" * 5000, encoding="utf-8")
    summary = run_batch([root], tmp_path / "out", processor=fake_processor, progress=False, max_bytes=1000)
    assert (summary.ok, summary.failed) == (5, 1)
    assert _errors(tmp_path / "out")[0]["kind"] == "too_large"


def test_killed_run_leaves_no_partial_json_and_resumes(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    for i in range(30):
        (root / f"doc{i:02d}.txt").write_text(f"Minutes {i}\n" + "text " * 2000, encoding="utf-8")
    out = tmp_path / "out"
    script = (
        "import sys; sys.path.insert(0, sys.argv[3]);"
        "from pathlib import Path; from pipeline import batch; import test_batch;"
        "batch.MANIFEST_EVERY_S = 0.0;"
        "batch.run_batch([Path(sys.argv[1])], Path(sys.argv[2]), processor=test_batch.slow_processor, progress=False)"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(root), str(out), str(Path(__file__).parent)], env=env
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("doc*.json"))) < 5:
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    written = list(out.glob("doc*.json"))
    assert 5 <= len(written) < 30, "the run should have been killed part-way"
    for path in written:  # every output present is whole
        load_document(path.read_text(encoding="utf-8"))
    summary = run_batch([root], out, processor=fake_processor, progress=False)
    assert summary.skipped >= 4 and summary.ok + summary.skipped == 30 and summary.failed == 0
    assert not list(out.glob(f"{batch.TEMP_PREFIX}*"))
    assert len(_outputs(out)) == 30


# --------------------------------------------------------------------------- parallel and distributed


def test_process_pool_matches_serial_output(tmp_path: Path) -> None:
    root = _archive(tmp_path / "in")
    (root / "junk.txt").write_bytes(b"\x00\x01" * 100)
    serial = run_batch([root], tmp_path / "serial", processor=fake_processor, progress=False)
    pooled = run_batch([root], tmp_path / "pooled", jobs=2, processor=fake_processor, progress=False)
    assert (pooled.ok, pooled.failed) == (serial.ok, serial.failed) == (5, 1)
    serial_docs, pooled_docs = _outputs(tmp_path / "serial"), _outputs(tmp_path / "pooled")
    assert {k: v.model_dump() for k, v in serial_docs.items()} == {
        k: v.model_dump() for k, v in pooled_docs.items()
    }
    workers = {e["worker"] for e in _manifest(tmp_path / "pooled")["files"].values() if e["status"] == "ok"}
    assert all(not w.endswith(f":{os.getpid()}") for w in workers)


def test_a_file_that_kills_its_worker_fails_alone(tmp_path: Path) -> None:
    root = _archive(tmp_path / "in")
    (root / "crash.txt").write_text("CRASH", encoding="utf-8")
    summary = run_batch([root], tmp_path / "out", jobs=2, processor=crashing_processor, progress=False)
    assert (summary.ok, summary.failed) == (5, 1)
    assert [(Path(e["file"]).name, e["kind"]) for e in _errors(tmp_path / "out")] == [
        ("crash.txt", "worker_crashed")
    ]


def test_dask_cluster_runs_the_same_batch(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    root = _archive(tmp_path / "in")
    (root / "bug.txt").write_text("BOOM", encoding="utf-8")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
    ) as cluster:
        summary = run_batch(
            [root],
            tmp_path / "out",
            dask_address=cluster.scheduler_address,
            processor=fake_processor,
            progress=False,
        )
    assert (summary.ok, summary.failed) == (5, 1)
    assert _manifest(tmp_path / "out")["options"]["dask_address"].startswith(("tcp://", "inproc://"))
    assert len(_outputs(tmp_path / "out")) == 5


# --------------------------------------------------------------------------- the real pipeline


def _pipeline_runs() -> bool:
    try:
        pipeline.process_text("Minutes of the Board\n1. Apologies\nNone received.", "probe")
    except Exception:  # noqa: BLE001 - stages still being written
        return False
    return True


def _seed_archive(root: Path) -> Path:
    if not SEED.exists():
        pytest.skip("shared seed document not available")
    if not _pipeline_runs():
        pytest.skip("pipeline stages do not run yet")
    root.mkdir()
    (root / "seed.txt").write_bytes(SEED.read_bytes())
    (root / "short.md").write_text("Minutes of the Board\n1. Apologies\nNone received.", encoding="utf-8")
    return root


def test_real_pipeline_processes_the_seed(tmp_path: Path) -> None:
    summary = run_batch([_seed_archive(tmp_path / "in")], tmp_path / "out", progress=False)
    assert (summary.ok, summary.failed) == (2, 0), summary.failures
    seed = _outputs(tmp_path / "out")["seed"]
    assert seed.check_complete() == [] and seed.sentences
    assert seed.source.sha256 == _manifest(tmp_path / "out")["files"]["seed"]["sha256"]


@pytest.mark.slow
def test_real_pipeline_runs_in_a_process_pool(tmp_path: Path) -> None:
    summary = run_batch([_seed_archive(tmp_path / "in")], tmp_path / "out", jobs=2, progress=False)
    assert (summary.ok, summary.failed) == (2, 0), summary.failures
    serial = run_batch([tmp_path / "in"], tmp_path / "serial", progress=False)
    assert serial.ok == 2
    assert _outputs(tmp_path / "out") == _outputs(tmp_path / "serial")


def test_fork_server_preload_module_leaves_the_models_loaded():
    """Importing ``pipeline._preload`` (what the pool's fork server does) loads the classifier and the
    owner matcher's pipeline, so workers forked from it start with them."""
    code = (
        "import pipeline._preload, pipeline.batch as b, pipeline.classify as c; "
        "assert b._MODELS_LOADED; assert c.load_default_model.cache_info().currsize == 1; print('ok')"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONWARNINGS": "ignore"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]

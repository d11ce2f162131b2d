"""Optional features from a pretrained spaCy pipeline (``--spacy-model``).

No downloaded pipeline is used: feature rules are tested on hand-annotated ``Doc`` objects, and the
end-to-end paths (train, classify, process, evaluate) on a tiny tagger + parser trained here on four
sentences and saved to a folder, which ``spacy.load`` accepts as a user's installed pipeline would be.
"""

import json
import shutil
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc
from spacy.training import Example
from typer.testing import CliRunner

from pipeline import classify, syntax
from pipeline.batch import SyntaxProcessor, is_up_to_date
from pipeline.classify import classify_sentences, document_features, load_model
from pipeline.cli import app
from pipeline.schema import SentenceSpan
from pipeline.train import train

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def annotated(words, tags, heads, deps, pos=None):
    """A parsed Doc built by hand (heads are absolute token indices)."""
    nlp = spacy.blank("en")
    return Doc(nlp.vocab, words=words, tags=tags, heads=heads, deps=deps, pos=pos)


def test_owner_to_verb_is_a_subject_then_to_then_the_main_verb():
    doc = annotated(
        ["The", "CC", "to", "share", "the", "plan", "."],
        ["DT", "NNP", "TO", "VB", "DT", "NN", "."],
        [1, 3, 3, 3, 5, 3, 3],
        ["det", "nsubj", "aux", "ROOT", "det", "dobj", "punct"],
    )
    feats = syntax.doc_features(doc)
    assert {"sx:subject_to_verb", "sx:root_tag=VB", "sx:root_lemma=share", "sx:subj=propn"} <= set(feats)
    assert "sx:imperative" not in feats


def test_a_bare_verb_first_is_an_imperative():
    doc = annotated(
        ["Circulate", "the", "paper", "."],
        ["VB", "DT", "NN", "."],
        [0, 2, 0, 0],
        ["ROOT", "det", "dobj", "punct"],
        pos=["VERB", "DET", "NOUN", "PUNCT"],
    )
    assert "sx:imperative" in syntax.doc_features(doc)


def test_an_auxiliary_before_the_subject_is_question_form():
    doc = annotated(
        ["Could", "the", "CC", "explain", "the", "rise", "?"],
        ["MD", "DT", "NNP", "VB", "DT", "NN", "."],
        [3, 2, 3, 3, 5, 3, 3],
        ["aux", "det", "nsubj", "ROOT", "det", "dobj", "punct"],
    )
    feats = syntax.doc_features(doc)
    assert {"sx:aux_before_subject", "sx:modal=could"} <= set(feats)


def test_wh_word_first_and_passive_and_asked_someone_to():
    why = annotated(
        ["Why", "did", "it", "fall", "?"],
        ["WRB", "VBD", "PRP", "VB", "."],
        [3, 3, 3, 3, 3],
        ["advmod", "aux", "nsubj", "ROOT", "punct"],
    )
    assert {"sx:wh_first", "sx:subj=pron_it", "sx:aux_before_subject"} <= set(syntax.doc_features(why))
    passive = annotated(
        ["The", "report", "was", "noted", "."],
        ["DT", "NN", "VBD", "VBN", "."],
        [1, 3, 3, 3, 3],
        ["det", "nsubjpass", "auxpass", "ROOT", "punct"],
    )
    assert {"sx:passive", "sx:root_tag=VBN"} <= set(syntax.doc_features(passive))
    asked = annotated(
        ["The", "PCC", "asked", "the", "CC", "to", "report", "."],
        ["DT", "NNP", "VBD", "DT", "NNP", "TO", "VB", "."],
        [1, 2, 2, 4, 2, 6, 2, 2],
        ["det", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "punct"],
    )
    feats = syntax.doc_features(asked)
    assert {"sx:xcomp", "sx:object_then_xcomp", "sx:root_lemma=asked"} <= set(feats)
    assert "sx:subject_to_verb" not in feats  # "to" hangs from "report", not from the main verb


def test_unparsed_and_empty_texts_still_get_features_all_prefixed():
    nlp = spacy.blank("en")
    assert syntax.doc_features(nlp("Findings:")) == sorted(syntax.doc_features(nlp("Findings:")))
    assert "sx:no_root" in syntax.doc_features(nlp("Findings:"))
    assert syntax.doc_features(nlp("   ")) == ["sx:empty"]
    assert all(f.startswith(syntax.PREFIX) for f in syntax.doc_features(nlp("A line.")))


def test_extra_features_join_the_sentence_features_and_must_match_the_sentences():
    spans = [SentenceSpan(id=1, start=0, end=9, text="Findings:", item="1", position=1)]
    assert document_features(spans, [["sx:no_root"]])[0]["sx:no_root"] == 1
    assert "sx:no_root" not in document_features(spans)[0]
    with pytest.raises(ValueError, match="extra features for 2 sentences"):
        document_features(spans, [[], []])


def test_a_pipeline_that_is_not_installed_is_a_clear_error():
    with pytest.raises(syntax.SpacyModelError, match="is not installed.*leave out --spacy-model"):
        syntax.load_pretrained("en_no_such_pipeline_xyz")


def test_a_pipeline_without_tagger_or_parser_gives_no_features(tmp_path):
    spacy.blank("en").to_disk(tmp_path / "blank")
    with pytest.raises(syntax.SpacyModelError, match="no tagger, morphologizer or parser"):
        syntax.load_pretrained(str(tmp_path / "blank"))


# --------------------------------------------------------------------------- a tiny installed pipeline

_TINY = [
    (
        "The CC to share the plan .",
        ["DT", "NNP", "TO", "VB", "DT", "NN", "."],
        [1, 3, 3, 3, 5, 3, 3],
        ["det", "nsubj", "aux", "ROOT", "det", "dobj", "punct"],
    ),
    (
        "Can the CC explain the rise ?",
        ["MD", "DT", "NNP", "VB", "DT", "NN", "."],
        [3, 2, 3, 3, 5, 3, 3],
        ["aux", "det", "nsubj", "ROOT", "det", "dobj", "punct"],
    ),
    (
        "Crime fell by ten percent .",
        ["NN", "VBD", "IN", "CD", "NN", "."],
        [1, 1, 1, 4, 2, 1],
        ["nsubj", "ROOT", "prep", "nummod", "pobj", "punct"],
    ),
    ("Circulate the paper .", ["VB", "DT", "NN", "."], [0, 2, 0, 0], ["ROOT", "det", "dobj", "punct"]),
]


@pytest.fixture(scope="module")
def tiny_pipeline(tmp_path_factory) -> str:
    """A tagger and parser trained on four sentences, saved as a folder: a stand-in for a user's
    installed pretrained pipeline, made offline in about a second."""
    nlp = spacy.blank("en")
    nlp.add_pipe("tagger")
    nlp.add_pipe("parser", config={"min_action_freq": 1})
    examples = [
        Example.from_dict(nlp.make_doc(text), {"tags": tags, "heads": heads, "deps": deps})
        for text, tags, heads, deps in _TINY
    ]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(30):
        nlp.update(examples, sgd=optimizer, losses={})
    nlp.meta["name"] = "tiny_test"
    nlp.meta["version"] = "0.0.1"
    folder = tmp_path_factory.mktemp("pretrained") / "en_tiny_test"
    nlp.to_disk(folder)
    return str(folder)


@pytest.fixture(scope="module")
def mini_corpus(tmp_path_factory) -> Path:
    """Six train documents of the corpus; the first is also the dev split."""
    corpus = tmp_path_factory.mktemp("corpus")
    splits = json.loads((ROOT / "corpus" / "splits.json").read_text(encoding="utf-8"))
    chosen = splits["train"][:6]
    for doc_id in chosen:
        shutil.copytree(ROOT / "corpus" / doc_id, corpus / doc_id)
    (corpus / "splits.json").write_text(
        json.dumps({"train": chosen, "dev": chosen[:1], "test": []}), encoding="utf-8"
    )
    return corpus


@pytest.fixture(scope="module")
def trained_dir(tiny_pipeline, mini_corpus, tmp_path_factory) -> Path:
    """A model trained with the tiny pipeline's features on the mini corpus (two folds)."""
    out = tmp_path_factory.mktemp("models")
    train(mini_corpus, out, folds=2, spacy_model=tiny_pipeline)
    return out


@pytest.fixture
def models_env(trained_dir, monkeypatch):
    monkeypatch.setenv(classify.MODELS_ENV, str(trained_dir))
    classify.load_syntax_model.cache_clear()
    yield trained_dir
    classify.load_syntax_model.cache_clear()


def test_training_with_a_pipeline_writes_its_own_model_and_card_beside_the_default(trained_dir):
    assert sorted(p.name for p in trained_dir.iterdir()) == [
        "sentence_classifier+en_tiny_test.card.json",
        "sentence_classifier+en_tiny_test.skops",
    ]
    card = json.loads(
        (trained_dir / "sentence_classifier+en_tiny_test.card.json").read_text(encoding="utf-8")
    )
    assert card["spacy_model"]["name"] == "en_tiny_test" and card["spacy_model"]["version"] == "0.0.1"
    assert card["model"] == "sentence_classifier+en_tiny_test"
    assert "pipeline.syntax" in card["features"]
    assert card["cross_validation"]["scores"]["macro_f1"] > 0


def test_the_pipeline_model_reads_the_syntax_features_and_labels_sentences(tiny_pipeline, models_env):
    model = classify.load_syntax_model(tiny_pipeline)
    assert model.syntax_nlp is not None
    spans = [
        SentenceSpan(
            id=1, start=0, end=40, text="Can the CC explain the rise in burglary?", item="1", position=1
        ),
        SentenceSpan(
            id=2, start=41, end=80, text="The CC to share the plan with the panel.", item="1", position=2
        ),
    ]
    labels = [c.label for c in classify_sentences(spans, spacy_model=tiny_pipeline)]
    assert labels[0] == "question"
    assert all(0 <= c.confidence <= 1 for c in classify_sentences(spans, spacy_model=tiny_pipeline))


def test_a_pipeline_model_is_refused_without_its_pipeline(models_env):
    with pytest.raises(ValueError, match="trained with the features of the spaCy pipeline 'en_tiny_test'"):
        load_model(models_env / "sentence_classifier+en_tiny_test.skops")


def test_an_installed_pipeline_with_no_model_trained_on_it_says_how_to_train_one(
    tiny_pipeline, monkeypatch, tmp_path
):
    monkeypatch.setenv(classify.MODELS_ENV, str(tmp_path))
    classify.load_syntax_model.cache_clear()
    try:
        with pytest.raises(syntax.SpacyModelError, match="minutes train --spacy-model"):
            classify.load_syntax_model(tiny_pipeline)
    finally:
        classify.load_syntax_model.cache_clear()


def test_process_with_spacy_model_writes_valid_outputs_and_records_the_variant(
    tiny_pipeline, models_env, tmp_path
):
    source = ROOT / "tests" / "fixtures" / "contract_example_source.txt"
    out = tmp_path / "out"
    result = runner.invoke(app, ["process", str(source), "--out", str(out), "--spacy-model", tiny_pipeline])
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
    entry = manifest["files"]["contract_example_source"]
    assert entry["variant"] == "spacy-model=en_tiny_test-0.0.1" and entry["status"] == "ok"
    output = out / "contract_example_source.json"
    assert json.loads(output.read_text(encoding="utf-8"))["sentences"]
    # the default pipeline does not take these outputs for its own
    assert not is_up_to_date(entry, entry["sha256"], output)
    assert is_up_to_date(entry, entry["sha256"], output, entry["variant"])
    again = runner.invoke(app, ["process", str(source), "--out", str(out)])
    assert "0 up to date" in again.output and "1 processed" in again.output


def test_process_with_a_missing_spacy_model_is_a_usage_error_before_any_file_is_read(tmp_path):
    source = ROOT / "tests" / "fixtures" / "contract_example_source.txt"
    result = runner.invoke(
        app,
        ["process", str(source), "--out", str(tmp_path / "o"), "--spacy-model", "en_no_such_pipeline_xyz"],
    )
    flat = " ".join(result.output.replace("│", " ").split())  # the error box wraps the message
    assert result.exit_code == 2 and "'en_no_such_pipeline_xyz' is not installed" in flat
    assert not (tmp_path / "o").exists()


def test_evaluate_with_spacy_model_scores_it_beside_the_default_pipeline(
    tiny_pipeline, mini_corpus, models_env
):
    result = runner.invoke(
        app, ["evaluate", str(mini_corpus), "--split", "dev", "--json", "--spacy-model", tiny_pipeline]
    )
    assert result.exit_code == 0, result.output
    names = [run["name"] for run in json.loads(result.output)["runs"]]
    assert names[:2] == [f"pipeline + {tiny_pipeline}", "pipeline"]


def test_the_syntax_processor_is_picklable_for_workers():
    import pickle

    assert pickle.loads(pickle.dumps(SyntaxProcessor("en_x"))) == SyntaxProcessor("en_x")

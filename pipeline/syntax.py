"""Optional syntactic features from a pretrained spaCy pipeline the user has installed.

The default pipeline never needs this module: it runs on a blank English pipeline and our own
trained model. A user who has a pretrained English pipeline (``en_core_web_sm`` or any package or
folder ``spacy.load`` accepts) can pass ``--spacy-model NAME`` to ``minutes train``, ``process`` and
``evaluate``; the sentence classifier then also sees, for each sentence, what that pipeline's tagger,
parser and entity recogniser say about it (:func:`syntax_features`):

- the main verb: its fine-grained tag (``VB`` bare, ``VBD`` past, ...) and lemma, whether it opens
  the sentence (an imperative: "Circulate the paper"), whether "to" hangs from it with a subject
  before it ("The CC to share ...");
- question form: an auxiliary before the subject ("Could the CC ..."), a wh-word first;
- modals ("would", "will", "should"), the passive, a complement clause ("asked the CC to provide":
  an object and an ``xcomp``; "said that ...": a ``ccomp``);
- the kind of subject (pronoun, proper noun, noun) and the first three tags;
- entity types present (PERSON, ORG, DATE).

A model trained with these features is a separate file (:func:`model_stem`), named after the
pretrained pipeline, so the shipped default model is never replaced by one that needs a package
the user may not have. Everything here is a pure function of the texts and the loaded pipeline.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

PREFIX = "sx:"
"""Every feature this module makes starts with this, so they never collide with the default ones."""

BATCH_SIZE = 256


class SpacyModelError(ValueError):
    """A pretrained spaCy pipeline that cannot be used: not installed, or no tagger and no parser."""


@functools.lru_cache(maxsize=4)
def load_pretrained(name: str) -> Any:
    """The installed pipeline ``name`` (a package name or a folder), with only the components that
    give features (tagger, parser, entity recogniser and what they listen to).

    Raises :class:`SpacyModelError` with what to do when it is not installed or gives nothing to use."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise SpacyModelError(
            f"spaCy pipeline {name!r} is not installed (pip install it, or give the path of its folder); "
            "the default pipeline needs none: leave out --spacy-model"
        ) from exc
    names = set(nlp.pipe_names)
    if not names & {"tagger", "morphologizer", "parser"}:
        raise SpacyModelError(
            f"spaCy pipeline {name!r} has no tagger, morphologizer or parser ({', '.join(nlp.pipe_names) or 'no components'}): "
            "it gives no syntactic features"
        )
    return nlp


def pipeline_slug(nlp: Any) -> str:
    """A file-name-safe identity of a pretrained pipeline: ``en_core_web_sm`` for the package of that
    name, whether it was loaded by name or from its folder."""
    name = f"{nlp.lang}_{nlp.meta.get('name') or 'pipeline'}"
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name)


def pipeline_info(nlp: Any) -> dict[str, Any]:
    """What a model card records of the pretrained pipeline its features came from."""
    return {
        "name": pipeline_slug(nlp),
        "version": str(nlp.meta.get("version") or ""),
        "spacy_version": str(nlp.meta.get("spacy_version") or ""),
        "components": list(nlp.pipe_names),
    }


def model_stem(base: str, nlp: Any | None) -> str:
    """The file stem of a sentence model: ``base`` for the default features, ``base+<pipeline>``
    for a model trained with a pretrained pipeline's features."""
    return base if nlp is None else f"{base}+{pipeline_slug(nlp)}"


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
_SKIP_START = frozenset({"PUNCT", "SPACE", "X", "SYM", "NUM"})
_ENTITY_TYPES = frozenset({"PERSON", "ORG", "DATE", "TIME", "GPE", "CARDINAL", "MONEY", "PERCENT"})


def _subject_kind(token: Any) -> str:
    if token.tag_ in ("PRP", "PRP$"):
        return "pron_" + token.lower_
    if token.tag_ in ("NNP", "NNPS"):
        return "propn"
    return "noun"


def doc_features(doc: Any) -> list[str]:
    """Syntactic features of one parsed sentence (a spaCy ``Doc``), each prefixed :data:`PREFIX`."""
    tokens = [t for t in doc if not t.is_space]
    if not tokens:
        return [PREFIX + "empty"]
    out: set[str] = set()
    words = [t for t in tokens if t.pos_ not in _SKIP_START and not t.is_punct]
    out.add(PREFIX + "tags3=" + "_".join(t.tag_ or "?" for t in tokens[:3]))
    if words and words[0].tag_ in _WH_TAGS:
        out.add(PREFIX + "wh_first")
    for t in tokens:
        if t.tag_ == "MD":
            out.add(PREFIX + "modal=" + t.lower_)
        if t.dep_ in ("nsubjpass", "auxpass"):
            out.add(PREFIX + "passive")
    for ent in getattr(doc, "ents", ()):
        if ent.label_ in _ENTITY_TYPES:
            out.add(PREFIX + "ent=" + ent.label_)
    roots = [t for t in tokens if t.dep_ == "ROOT"]
    if roots:
        root = roots[0]
        out.add(PREFIX + "root_tag=" + (root.tag_ or "?"))
        out.add(PREFIX + "root_lemma=" + (root.lemma_ or root.lower_).lower())
        if words and root.i == words[0].i and root.tag_ == "VB":
            out.add(PREFIX + "imperative")
        children = list(root.children)
        subjects = [c for c in children if c.dep_ in _SUBJECTS]
        auxes = [c for c in children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]
        if subjects:
            subject = subjects[0]
            out.add(PREFIX + "subj=" + _subject_kind(subject))
            if auxes and auxes[0].i < subject.i:
                out.add(PREFIX + "aux_before_subject")
            if any(c.tag_ == "TO" and subject.i < c.i < root.i for c in children):
                out.add(PREFIX + "subject_to_verb")
        elif any(c.tag_ == "TO" for c in children):
            out.add(PREFIX + "to_verb_no_subject")
        deps = {c.dep_ for c in children}
        if "xcomp" in deps:
            out.add(PREFIX + "xcomp")
            if "dobj" in deps:
                out.add(PREFIX + "object_then_xcomp")
        if "ccomp" in deps:
            out.add(PREFIX + "ccomp")
    else:
        out.add(PREFIX + "no_root")
    return sorted(out)


def syntax_features(nlp: Any, texts: Iterable[str]) -> list[list[str]]:
    """:func:`doc_features` of each text, parsed one text at a time (a sentence, as the pipeline
    split it) in batches."""
    return [doc_features(doc) for doc in nlp.pipe(list(texts), batch_size=BATCH_SIZE)]

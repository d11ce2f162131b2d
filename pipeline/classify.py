"""Stage: label each sentence question / finding / action / other, with a confidence.

Two classifiers share one feature function, :func:`features`:

- the trained model (default): scikit-learn ``FeatureHasher`` + logistic regression with sigmoid
  calibration over words, bigrams, cue features, the section label the sentence sits under
  and its position in the item (before the item's first question, first, last); cue flags
  weigh :data:`CUE_WEIGHT` times a word, so the frame of a sentence ("X to <verb>", "owner: task",
  "asked X to") counts for more than the words of one document's style; saved with skops in
  ``models/`` and loaded with an explicit list of trusted types (never pickle);
- the rule-only baseline (:func:`rule_label`), reported beside it by ``minutes evaluate``.

The model is trained by :mod:`pipeline.train` (``minutes train``).
"""

from __future__ import annotations

import functools
import json
import os
import re
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.extract import (
    initials_cell,
    names_body,
    office_cell,
    opens_dash_row,
    owner_row_start,
    reads_as_due,
    status_cell,
    task_first_row,
)
from pipeline.lexicon import HONORIFICS, MONTHS, alternation
from pipeline.schema import Classified, SentenceSpan
from pipeline.sentences import (
    CHECKBOX,
    COMMITMENT,
    DONE_BALLOT_BOXES,
    OPEN_BALLOT_BOX,
    SPEAKER,
    VOCATIVE,
    names_owners,
    owner_tag_lines,
    speaker_of,
)

MODEL_NAME = "sentence_classifier"

# What a loaded model may contain: scikit-learn estimators and numpy/scipy containers.
TRUSTED_TYPES: tuple[str, ...] = (
    "sklearn.pipeline.Pipeline",
    "sklearn.feature_extraction._hash.FeatureHasher",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.frozen._frozen.FrozenEstimator",
    "sklearn.utils._bunch.Bunch",
    "numpy.dtype",
    "numpy.ndarray",
    "numpy.float64",
    "numpy.int64",
    "numpy.str_",
    "builtins.float",
    "builtins.int",
    "builtins.str",
)

_WORD = re.compile(r"[a-z][a-z'’-]*|\d+|[?:@/]")
_QUESTION_START = re.compile(
    r"^(q\s*[:.-]\s*)?(can|could|will|would|is|are|does|do|did|has|have|what|how|why|when|where|who|which|should|"
    r"was|were|may|might|shall)\b",
    re.I,
)
_ASKED = re.compile(
    r"\b(asked|enquired|inquired|queried|questioned|wondered|sought|requested|challenged|probed|wanted to know|"
    r"asked for|raised a question|raised concern)\b",
    re.I,
)
_ANSWERED = re.compile(
    r"\b(responded|replied|answered|was told|were told|confirmed|explained|advised|assured|reported|clarified|"
    r"informed|noted that|stated|said that|indicated)\b",
    re.I,
)
_ACTION_LABEL = re.compile(r"^\s*(actions?|action point|ap|todo|- \[ \])\s*[:\-–]", re.I)
_OWNER_TO = re.compile(
    r"^(?:actions?\s*[:\-–]\s*)?(?:the\s+)?(?:[A-Z@][\w@./-]*)(?:\s+[A-Z][\w.-]*){0,4}"
    r"(?:\s*(?:,|and|&|/)\s*(?:the\s+)?[A-Z@][\w@.-]*(?:\s+[A-Z][\w.-]*){0,3})*\s+to\s+[a-z]+",
)
_WILL = re.compile(
    r"^(?:actions?\s*[:\-–]\s*)?(?:the\s+)?[A-Z@][\w@.-]*(?:\s+[A-Z][\w.-]*){0,3}\s+(will|would|should|must|agreed to|undertook to|offered to)\s+[a-z]+"
)
_BRING_BACK = re.compile(
    r"\b(to be|would be|will be|be)\s+(brought back|reported back|circulated|presented|reviewed|considered|shared|returned)\b",
    re.I,
)
_TASKED = re.compile(
    r"\b(has|have|had|was|were|been)\s+(tasked|asked to|requested to|commissioned)\b|\btasked\b", re.I
)
_AGREED = re.compile(
    r"\b(it was agreed|agreed that|resolved that|resolved:|recommended that|decision:)\b", re.I
)
_IMPERATIVE = re.compile(
    r"^(bring|circulate|send|share|provide|prepare|arrange|update|review|report|contact|"
    r"confirm|check|draft|organise|organize|invite|add|ensure|follow up|chase|investigate|"
    r"write|submit|book|publish|open|schedule)\b",
    re.I,
)
_IS_TO = re.compile(
    r"\b(is|are)\s+to\s+[a-z]+|\b(undertook|agreed|offered|volunteered|promised)\s+to\s+[a-z]+", re.I
)
_PROCEDURAL_EVENT = re.compile(
    r"\b(apologies (?:were|was) (?:received|noted)|apologies from|noted apologies|welcomed (?:everyone|members|all|"
    r"trustees|governors)|thanked|left the (?:room|meeting)|rejoined the meeting|returned to the meeting|"
    r"joined the meeting|(?:meeting|it) closed at|^closed\b|declarations? of interest|no (?:pecuniary )?interests? "
    r"(?:were|was) declared|minutes of the (?:last|previous) meeting)\b",
    re.I,
)
_RESOLVED_SUBJECT_VERB = re.compile(
    r"\b(?i:resolved|agreed|recommended|decided)\s*(?:that|:)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,4})"
    r"\s+(?!be\b|is\b|was\b|are\b|were\b|has\b|had\b|have\b)[a-z]+(?<!ed)(?<!s)\b"
)
_ASKED_TO = re.compile(
    r"\b(?:asked|requested|instructed|invited|directed|required)\s+(?:that\b|(?:the\s+)?[A-Z@][\w@.-]*"
    r"(?:\s+[A-Z][\w.-]*){0,3}\s+to\s+[a-z]+)"
)
_PAST = frozenset(
    [
        "was",
        "were",
        "had",
        "did",
        "said",
        "told",
        "asked",
        "noted",
        "reported",
        "confirmed",
        "explained",
        "responded",
        "agreed",
        "gave",
        "made",
        "took",
        "saw",
        "felt",
        "thought",
        "knew",
        "went",
        "came",
    ]
)
_PRESENT = frozenset(
    [
        "is",
        "are",
        "has",
        "have",
        "shows",
        "show",
        "sets",
        "lists",
        "covers",
        "presents",
        "proposes",
        "provides",
        "gives",
        "assumes",
        "estimates",
        "remains",
        "remain",
        "includes",
        "include",
        "describes",
        "outlines",
        "summarises",
        "summarizes",
        "requires",
        "seeks",
        "asks",
        "contains",
    ]
)
_LABEL_ONLY = re.compile(r"^[^.?!]{1,60}:$")
_PROCEDURAL = re.compile(
    r"^(none|nil|n/?a|no items?( to (update|report))?|nothing to report|no other business|"
    r"no update|noted|no declarations|none declared|no questions)\.?$",
    re.I,
)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _core(text: str) -> str:
    """The sentence without a leading checkbox, speaker prefix, or table cells that hold only
    ids/initials/dates: what the cue patterns read."""
    text = text.strip()
    if "[" in text:
        text = CHECKBOX.sub("", text)
    if (":" in text or "<" in text) and speaker_of(text):
        text = text[SPEAKER.match(text).end() :]
    if "\t" in text:
        cells = [c.strip() for c in text.split("\t") if c.strip()]
        text = max(cells, key=lambda c: len(c.split()), default=text)
    return text


# A closing quotation mark and the mark that opens its quotation.
_QUOTE_PAIRS = {'"': '"', "”": "“", "’": "‘", "'": "'"}


def _ends_question(text: str) -> bool:
    """Whether ``text`` (stripped) ends with a question mark, or with a question quoted as it was put:
    the quotation is the whole sentence ('"How many were repaired in time?"'; the splitter leaves the
    opening quote out) or is the question someone put ('Cllr Lee asked: "Can the Service confirm
    ...?"'). Either asks as the bare question does. A question quoted inside a statement ('part of
    the challenge is "how do we define quality?"', 'phrases such as: "is there support?"') is none."""
    if text.endswith("?"):
        return True
    opening = _QUOTE_PAIRS.get(text[-1:])
    if opening is None or text[-2:-1] != "?":
        return False
    opened = text.rfind(opening, 0, len(text) - 1)
    if opened <= 0:
        return True
    before = text[:opened].rstrip()
    return before.endswith(":") and _ASKED.search(before) is not None


def _length_bucket(n: int) -> str:
    return "1" if n <= 1 else "2-4" if n <= 4 else "5-12" if n <= 12 else "13-30" if n <= 30 else "30+"


def features(span: SentenceSpan) -> list[str]:
    """The active (binary) features both classifiers read: words, bigrams, first words, cue
    flags, tense, section, item heading, position and layout."""
    plain, cues = _feature_parts(span)
    return plain + list(_heading_features(span.heading or "")) + cues


_DIGIT = re.compile(r"\d")
# a word of five or more letters ending in "ed" (a past participle, most often); the match may start
# inside a word of _WORD but always ends where that word ends
_LONG_ED = re.compile(r"[a-z][a-z'’-]{2,}ed(?![a-z'’-])")
# The words _WILL cannot match without (each stands between spaces, so it is a whole word of the
# lower-cased sentence): the pattern is only run when one is present. _OWNER_TO and its wider form
# need "to" in the same way.
_WILL_WORDS = frozenset(["will", "would", "should", "must", "agreed", "undertook", "offered"])
_PROCEDURAL_MAX = 20  # the longest line _PROCEDURAL accepts ("no items to update.")


def _feature_parts(span: SentenceSpan) -> tuple[list[str], list[str]]:
    """:func:`features` in two lists: the plain features (words, bigrams, first words, item kind,
    length, section, position; each occurs once) and the cue flags, which weigh :data:`CUE_WEIGHT`.

    Written for speed, as it runs on every sentence of every document: each pattern runs only when
    the words or characters it cannot match without are present (``_WORD_GATED_CUES``,
    ``_SUBSTRING_GATED_CUES`` and the gates above), which changes no result."""
    raw = span.text.strip()
    text = _core(raw)
    words = _words(text)
    lowered = set(words)
    low = text.lower()
    has_number = _DIGIT.search(text) is not None  # every digit of the text is a \d+ word
    plain = ["w=" + w for w in lowered]
    plain += {f"b={a}_{b}" for a, b in zip(words, words[1:], strict=False)}
    plain += [first + w for first, w in zip(_FIRST, words, strict=False)]
    kind = _item_kind(span.heading or "")
    if kind:
        plain.append("kind=" + kind)
    plain.append("len=" + _length_bucket(len(words)))
    plain.append("section=" + (span.section or "none"))
    plain.append(f"pos={min(span.position, 4)}")

    cues: list[str] = []
    add = cues.append
    ends_colon = text.endswith(":")
    has_colon = ":" in text
    has_to = "to" in lowered
    if _ends_question(text):
        add("ends_q")
    if ends_colon:
        add("ends_colon")
    if _QUESTION_START.match(text):
        add("question_start")
    if _ACTION_LABEL.match(text):
        add("action_label")
    if has_to and _OWNER_TO.match(text):
        add("owner_to")
    if not lowered.isdisjoint(_WILL_WORDS) and _WILL.match(text):
        add("owner_will")
    if _IMPERATIVE.match(text):
        add("imperative")
    if ends_colon and _LABEL_ONLY.match(text):
        add("label_only")
    if len(text) <= _PROCEDURAL_MAX and _PROCEDURAL.match(text):
        add("procedural")
    if "@" in text:
        add("handle")
    box_done = False
    if not _BOX_GLYPHS_SET.isdisjoint(raw):
        if _OPEN_BOX.match(raw):
            add("checkbox_open")
        box_done = _DONE_BOX.match(raw) is not None
        if box_done:
            add("checkbox_done")
    if "\t" in raw:
        add("table_row")
    if lowered & _PAST or ("ed" in low and _LONG_ED.search(low)):
        add("past")
    if lowered & _PRESENT:
        add("present")
    if lowered & _FUTURE:
        add("future")
    if has_number:
        add("has_number")
    if not _FINAL_PUNCT.search(text):
        add("no_final_punct")
    if span.bullet:
        add("bullet")
    if span.precedes_question:
        add("precedes_question")
    if span.after_label:
        add("after_label")
    # every training sentence sits in an agenda item, so the model reads "in_item" as a constant; a
    # sentence of minutes with no agenda structure (item None) is read as sitting in the document's one
    # implicit item, instead of as something the model never saw (which made it see actions everywhere)
    add("in_item")
    if (":" in raw or "<" in raw) and speaker_of(raw) is not None:
        add("speaker")
    # every COMMITMENT form is "I" + space or has an apostrophe ("I'll", "we'll", "I'd be happy")
    if ("i" in lowered or "'" in text or "’" in text) and COMMITMENT.match(text):
        add("commitment")
    if has_to and has_colon and _AFTER_LABEL.match(text) and _OWNER_TO.match(_AFTER_LABEL.sub("", text, 1)):
        add("owner_to_after_label")
    if ("please" in low or "you" in low) and VOCATIVE.match(text):
        add("vocative_request")
    if lowered & _FIRST_PERSON:
        add("first_person")
    if box_done or (_any_in(_DONE_NEEDS, low) and _DONE.search(text)):
        add("done_status")
    if _closed_status(raw):
        add("status_closed")
    if span.position == 0:
        add("first_in_item")
    if has_number and _STAT.search(text):
        add("stat")
    if has_to and _OWNER_TO_WIDE.match(text):
        add("owner_to_wide")
    if ":" in raw and _OWNER_COLON_TASK.match(raw):
        add("owner_colon_task")
    if _base_verb_first(text):
        add("base_verb_first")
    gates = lowered & _WORD_GATES  # one set operation instead of a test per cue
    if gates:
        for name, find in _gated_cues(frozenset(gates)):
            if find(text):
                add(name)
    for name, find, needs in _SUBSTRING_GATED_CUES:
        for need in needs:  # _any_in, inlined: this loop runs for every sentence
            if need in low:
                if find(text):
                    add(name)
                break
    return plain, cues


@functools.lru_cache(maxsize=4096)
def _heading_features(heading: str) -> tuple[str, ...]:
    return tuple(f"head={w}" for w in _words(heading)[:6])


_DONE = re.compile(
    r"(?::|[-–—]|\()\s*(?:done|completed?|closed|merged|delivered|superseded)\b|\b(?:has|have) been (?:done|completed|circulated|shared|published|sent|merged)\b",
    re.I,
)
# an action-log line that ends on a completion status ("... -- DONE", "update given under item 5; closed.",
# a tracker row whose last cell is "Complete", "| Complete |" or "| Complete – see item 4 |"): an earlier
# action reported done, so a finding
_STATUS_END = re.compile(
    r"(?:^|[;,:|\t(\[–—]|\s-+)\s*(?:done|closed|complete|completed|discharged|superseded|withdrawn|no longer required)"
    r"(?:\s*[.)\]]*\s*\|?|\s+[–—-]\s[^|\t]{1,60}\|)\s*$",
    re.I,
)
_STATUS_NEEDS = (
    "done",
    "closed",
    "complete",
    "discharged",
    "superseded",
    "withdrawn",
    "no longer required",
    "covered",
)
# the completion of an earlier action reported by its reference, its task in brackets: "Action 12/03
# (the clerk to write to ...) was completed on 4 May.", "Action 7 has been closed.", "A-016 (...) is
# overdue and will be closed into the new action", "Action 3 was covered under item 5 and can be closed."
_REFERENCE_DONE = (
    r"\d[\w/.-]*\s*(?:\([^()]*\)\s*)?"
    r"(?:(?:is|was|remains)\s+\w+\s+and\s+)?(?:is|was|has\s+been|had\s+been|can\s+be|will\s+be|may\s+be|should\s+be)"
    r"\s+(?:(?:now|also)\s+)?(?:done|completed?|closed|discharged|superseded|withdrawn|covered)\b"
)
_REFERENCED_ACTION_DONE = re.compile(
    rf"^(?:action(?:\s+(?:point|item|no\.?))?\s+#?|[A-Z]{{1,4}}-?){_REFERENCE_DONE}",
    re.I,
)
# The same report when the reference after "Action" opens with letters, as a log numbered by board or year writes
# it: "Action A24/06-03 (GO to confirm the dates) is complete", also with a space after the letters ("Action
# QB 23/04-02 (...) was completed on 3 May"). Read by the decision only: the model's status feature keeps the
# form it was trained on.
_LETTERED_ACTION_DONE = re.compile(rf"^action\s+[A-Z]{{1,4}}[-/ ]?{_REFERENCE_DONE}", re.I)
# briefing written before the meeting, reporting what a paper says: "The October performance pack showed
# 88.6% ...", "The performance pack reports that ...", "It stated that there were 212 void properties"
_REPORT_SAYS = re.compile(
    r"^(?:(?:the|this|a|an|our|its|their)\s+(?:(?!(?:said|replied|responded|explained|told|confirmed|asked|that)\b)"
    r"[\w'’%&/-]+\s+){0,6}?(?:report|paper|pack|survey|briefing|dashboard|data|figures|return|scorecard|summary|"
    r"memo|submission|accounts|statement|analysis|audit|review|update|note)s?"
    r"|(?:it|this|they))\s+(?:shows?|showed|reports?|reported|states?|stated|notes?|noted|indicates?|indicated|"
    r"highlights?|highlighted|confirms?|confirmed|says|said|sets?\s+out|records?|recorded)\b(?!\s+(?:to|by)\b)",
    re.I,
)
_REPORT_VERBS = frozenset(
    [
        "shows",
        "show",
        "showed",
        "reports",
        "report",
        "reported",
        "states",
        "state",
        "stated",
        "notes",
        "note",
        "noted",
        "indicates",
        "indicate",
        "indicated",
        "highlights",
        "highlight",
        "highlighted",
        "confirms",
        "confirm",
        "confirmed",
        "says",
        "said",
        "sets",
        "set",
        "records",
        "record",
        "recorded",
    ]
)
# a request for an explanation, answered in the meeting: "Councillor X asked the Commissioner to explain
# why ...": a question, where "asked X to <verb>" is otherwise a task
_ASKED_TO_EXPLAIN = re.compile(
    r"\b(?:asked|invited|pressed|challenged|requested)\s+(?:the\s+|all\s+)?[A-Za-z@][\w.@-]*(?:\s+[A-Za-z][\w.-]*){0,3}?"
    r"\s+to\s+(?:explain|clarify|confirm|outline|describe|justify|elaborate|comment|say|indicate|set\s+out)"
    r"\s+(?:on\s+)?(?:why|whether|how|what|if|when|where|which|who|the\s+reasons?)\b",
    re.I,
)
_DOC_SUBJECT = re.compile(
    r"^(?:the|this|a|an|our)\s+(?:(?!(?:said|says|told|is|are|was|were|has|had|that|the|a)\b|[\w-]+ed\b)[\w-]+\s+){0,3}?"
    r"(?:report|paper|adr|register|policy|accounts|budget|plan|proposal|draft|update|strategy|review|assessment|consultation|application|scheme|dashboard|programme|figures|data)\s+(?:is|are|was|were|shows?|showed|sets?|lists?|covers?|covered|presents?|proposes?|proposed|gives?|assumes?|estimates?|estimated|includes?|describes?|outlines?|summari[sz]es?|requires?|seeks?|contains?|ran|provides?|highlights?|notes?)\b",
    re.I,
)
_PRESENTED = re.compile(
    r"\b(?:presented|introduced|outlined|summarised|summarized|took members through|gave an overview)\b", re.I
)
_EARLIER = re.compile(
    r"\b(?:from the|arising from|carried forward|still open|from last)\b.{0,40}(?:meeting|minutes|notes|call)|^(?:action|actions)\s+from\b",
    re.I,
)
_STAT = re.compile(r"\d\s?%|[£$€]\s?\d|\b\d[\d,]{2,}\b")
_AGREED_WOULD = re.compile(
    r"\b(?:agreed|resolved|decided)\b.{0,80}\b(?:would|will|should|to be|be)\s+(?:be\s+)?(?:brought|added|scheduled|circulated|reported|presented|shared|published|arranged|considered|reviewed|sent|prepared)\b",
    re.I,
)
_DELEGATED = re.compile(
    r"\b(?:be|been|is|was|are|were)\s+(?:delegated|authorised|authorized|instructed|asked|requested|tasked|invited|directed)"
    r"\s+to\b|\bauthority\s+be\s+delegated\b",
    re.I,
)
# an action tag closing the sentence it marks: "… by June [ACTION – Priya – Fri]", "… (Action: DoN)",
# "… for the next meeting. ACTION: HT" (the word written as a label, so "the action plan" is no tag)
_ACTION_TAG_END = re.compile(
    r"\S.*?(?:[\[(]\s*(?:Action|ACTION)\b[^\[\]()]{0,60}[\])]|\b(?:Action|ACTION)\s*[:–—-]\s*[^.?!:]{1,60})\s*\.?\s*$"
)
# An owner: a handle, a capitalised name or post, a plural ("governors"), or initials alone in brackets
# opening an action list's line ("(KT) to draft the letter ...").
_OWNER = (
    r"(?:(?i:the|all)\s+)?(?:@[\w-]+|[A-Z][\w.-]*|[a-z]+s|\([A-Z][A-Za-z]{1,5}\))"
    r"(?:\s+[A-Z][\w.-]*){0,3}(?:\s*\([^)]{1,30}\))?"
)
_OWNER_TO_WIDE = re.compile(
    r"^(?:[\w ]{1,30}:\s+)?"
    + _OWNER
    + r"(?:\s*(?:,|and|&|/)\s*"
    + _OWNER
    + r")*\s+to\s+(?!be\b|date\b)[a-z]+\b"
)
# A record's label before a colon is no owner: "DECIDED: move fuzzing to Sundays", "Consensus: run the ARM
# jobs nightly", "IDEA: run a second session" state what was decided or proposed, not who acts.
_RECORD_LABEL = (
    r"(?!(?i:decided|decision|decisions|resolved|resolution|agreed|agreement|consensus|idea|note|notes|noted|outcome"
    r"|approved|received|recommended|update|status|result|summary|background|info|proposal|proposed|motion|vote"
    r"|conclusion)\b\s*(?:\*\*)?:)"
)
# A pronoun opening what follows a name's colon makes it the speaker's report ("Ana: we ran out of CI
# minutes", "Ana: it can go in the rack"), not a task set to the name ("Ana: order the new runner"); but
# the speaker's own "I will" / "we'll" is a commitment ("Ana: I will order it").
_REPORT_SUBJECT = (
    r"(?!(?:it|they|he|she|you|there|this|that|these|those)\b"
    r"|(?:i|we)\b(?!\s+(?:will|shall)\b|['’]ll\b))"
)
_OWNER_COLON_TASK = re.compile(
    rf"^\s*(?:[-*]\s*)?(?:(?:\[ \]|{OPEN_BALLOT_BOX})\s*)?(?:\*\*)?"
    + _RECORD_LABEL
    + r"(?:@[\w-]+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}|all \w+)"
    r"(?:\s*(?:,|and|&)\s*(?:@[\w-]+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}))*(?:\*\*)?:\s+(?:\*\*)?"
    + _REPORT_SUBJECT
    + r"[a-z]+\b"
)
_ASKED_SOMEONE_TO = re.compile(
    r"\b(?:asked|requested|instructed|invited|reminded|encouraged|urged|directed)\s+(?:the\s+|all\s+)?(?:@[\w-]+|[A-Za-z][\w.-]*)"
    r"(?:\s+[A-Za-z][\w.-]*){0,3}\s+to\s+(?!be\b)[a-z]+|\bbe\s+asked\s+to\b",
)
_NOT_VERBS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "there",
        "their",
        "they",
        "we",
        "i",
        "he",
        "she",
        "you",
        "our",
        "my",
        "all",
        "some",
        "no",
        "any",
        "each",
        "every",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "nothing",
        "none",
        "yes",
        "ok",
        "okay",
        "thanks",
        "thank",
        "good",
        "great",
        "agreed",
        "noted",
        "done",
        "reminder",
        "next",
        "also",
        "and",
        "but",
        "so",
        "if",
        "as",
        "on",
        "in",
        "at",
        "for",
        "of",
        "with",
        "from",
        "by",
        "to",
    ]
)


_FIRST_WORD = re.compile(r"^(?:[^:]{1,40}:\s+)?(?:\*\*)?([A-Za-z]+)\b")


def _base_verb_first(text: str) -> bool:
    """Whether the sentence (after any owner label) opens with a lower-case word that can be a bare
    verb: the imperative form of task lists ("publish the corrected minutes")."""
    m = _FIRST_WORD.match(text)
    if not m:
        return False
    w = m.group(1)
    low = w.lower()
    return (
        low not in _NOT_VERBS
        and not low.endswith(("ed", "ing", "ly", "s"))
        and (w.islower() or m.start(1) == 0)
        and bool(_IMPERATIVE.match(low) or low in _MORE_VERBS)
    )


_MORE_VERBS = frozenset(
    [
        "notify",
        "ask",
        "tell",
        "email",
        "write",
        "fix",
        "draft",
        "finish",
        "tag",
        "set",
        "order",
        "upload",
        "include",
        "pin",
        "bisect",
        "rewrite",
        "document",
        "register",
        "publish",
        "prototype",
        "merge",
        "test",
        "build",
        "release",
        "file",
        "raise",
        "find",
        "agree",
        "discuss",
        "meet",
        "propose",
        "plan",
        "liaise",
        "coordinate",
        "produce",
        "clarify",
        "explore",
        "consider",
        "bring",
        "circulate",
        "prepare",
        "share",
        "send",
        "update",
        "review",
        "complete",
        "compile",
        "collate",
        "identify",
        "implement",
        "develop",
        "establish",
        "obtain",
        "seek",
        "refresh",
        "replace",
        "remove",
        "move",
        "reply",
        "respond",
        "escalate",
        "look",
        "take",
        "give",
        "make",
        "put",
        "run",
        "get",
        "keep",
        "start",
        "stop",
        "launch",
        "monitor",
        "present",
    ]
)
_KINDS = (
    ("apologies", ("apolog", "welcome", "attendance", "declaration", "interest", "quorum", "substitut")),
    (
        "minutes",
        (
            "minutes",
            "matters arising",
            "previous meeting",
            "last meeting",
            "last call",
            "action log",
            "action items",
            "actions arising",
            "action tracker",
        ),
    ),
    ("aob", ("any other business", "aob", "other business", "close", "date of next", "next meeting", "wrap")),
)


@functools.lru_cache(maxsize=4096)
def _item_kind(heading: str) -> str | None:
    """The kind of item a heading names: procedural openings, minutes and action logs, or closing business."""
    for kind, keys in _KINDS:
        if any(k in heading for k in keys):
            return kind
    return None


_FIRST = ("first0=", "first1=", "first2=")
_AFTER_LABEL = re.compile(r"^[^:]{3,60}:\s+")
_RESOLVED_BE_ASKED = re.compile(
    r"\b(?i:resolved|agreed|recommended)\s+that\s+.{0,60}?\bbe\s+(?:asked|instructed|authorised|authorized|requested|"
    r"delegated|invited|tasked)\b"
)
_NAME_WILL = re.compile(
    r"(?:^|[,;:]\s+|\band\s+)(?:@[\w-]+|[A-Z][a-z]+)\s+will\s+(?!be\b|have\b|need\b)[a-z]+"
)
# a speaker's own commitment reported in the third person: "Derek said he'd report it", "she
# offered that she would ask the PCSO"
_SAID_WOULD = re.compile(
    r"\b(?:said|agreed|confirmed|offered|promised|undertook|indicated|explained)\s+(?:that\s+)?"
    r"(?:he|she|they|we|i)(?:\s+(?:would|will)|['’](?:d|ll))\s+(?!be\b|have\b|not\b|need\b)[a-z]+",
    re.I,
)
# a named person given a task by the meeting: "We agreed Jo would raise it", "decided that Priya will set up"
_AGREED_NAME_WOULD = re.compile(
    r"\b(?i:agreed|decided|resolved)\s+(?:(?i:that)\s+)?(?:(?i:the)\s+)?(?:@[\w-]+|[A-Z][\w.-]*)"
    r"(?:\s+(?:and\s+)?[A-Z][\w.-]*){0,3}\s+(?:would|will|should)\s+(?!be\b|have\b|need\b)[a-z]+"
)
# the subjunctive of a resolution's task list, split from its "RESOLVED that:" ("the Company
# Secretary arrange the release ..."): a named subject then a bare verb
_BARE_VERBS = (
    "arrange", "prepare", "submit", "present", "report", "provide", "bring", "circulate", "write", "publish",
    "review", "update", "consult", "undertake", "ensure", "seek", "develop", "draft", "establish", "produce",
    "commission", "monitor", "share", "confirm", "investigate", "respond", "liaise", "explore", "notify",
    "contact", "include", "add", "issue", "convene", "organise", "organize", "agree", "finalise", "finalize",
)  # fmt: skip
_SUBJECT_BARE_VERB = re.compile(
    r"^(?:(?i:the)\s+)?(?!(?:The|This|That|These|A|An|Our|It|We|They|He|She|There)\b)[A-Z][\w-]*(?:\s+(?:(?:of|and|for)\s+)?[A-Z][\w-]*){0,4}(?:\s*\([^)]{1,30}\))?\s+(?:"
    + "|".join(_BARE_VERBS)
    + r")\b(?!\s+(?:to|that|on|of)\b)"
)
# a task stated in the passive future with no agent: "A letter to be sent to the Highways Authority",
# "minutes to be circulated with the agenda"
_TO_BE_DONE = re.compile(
    r"\bto\s+be\s+(?!(?:noted|expected|confirmed|seen|known|used|needed|able|held\s+on)\b)"
    r"(?:[a-z]+ed|sent|written|brought|taken|given|made|drawn|shown|set\s+up|put|kept|done|built|sought)\b"
)
# an open to-do checkbox: Markdown "- [ ]" or the ballot-box glyph a notes app writes ("☐ DM: ...")
_OPEN_BOX = re.compile(rf"^\s*(?:[-*]\s*)?(?:\[ \]|{OPEN_BALLOT_BOX})")
_DONE_BOX = re.compile(rf"^\s*(?:[-*]\s*)?(?:\[[xX]\]|[{DONE_BALLOT_BOXES}])")
# a line holding none of these cannot start with a checkbox
_BOX_GLYPHS_SET = frozenset("[" + OPEN_BALLOT_BOX + DONE_BALLOT_BOXES)
_FINAL_PUNCT = re.compile(r"[.?!:]['\"’”)]*$")
_FUTURE = frozenset({"will", "would", "shall"})
_FIRST_PERSON = frozenset(
    {"i", "i'll", "i’ll", "we", "we'll", "we’ll", "i'm", "i’m", "my", "our", "me", "us"}
)


def _any_in(needs: tuple[str, ...], low: str) -> bool:
    """Whether ``low`` contains one of ``needs`` (plain substring tests: many times faster than one
    regular expression of alternatives)."""
    for need in needs:  # noqa: SIM110 (a loop: any() over a generator costs twice as much here)
        if need in low:
            return True
    return False


# Cue flags whose pattern cannot match without one of a set of words of the sentence (as
# :func:`_words` splits the lower-cased text): the pattern runs only when one is present.
# fmt: off
_WORD_GATED_CUES: tuple[tuple[str, Callable[[str], re.Match | None], frozenset[str]], ...] = (
    ("asked", _ASKED.search, frozenset((
        "asked", "enquired", "inquired", "queried", "questioned", "wondered", "sought", "requested",
        "challenged", "probed", "wanted", "raised"
    ))),
    ("answered", _ANSWERED.search, frozenset((
        "responded", "replied", "answered", "told", "confirmed", "explained", "advised", "assured",
        "reported", "clarified", "informed", "noted", "stated", "said", "indicated"
    ))),
    ("bring_back", _BRING_BACK.search, frozenset((
        "brought", "reported", "circulated", "presented", "reviewed", "considered", "shared", "returned"
    ))),
    ("tasked", _TASKED.search, frozenset((
        "tasked", "asked", "requested", "commissioned"
    ))),
    ("agreed", _AGREED.search, frozenset((
        "agreed", "resolved", "recommended", "decision"
    ))),
    ("procedural_event", _PROCEDURAL_EVENT.search, frozenset((
        "apologies", "welcomed", "thanked", "left", "rejoined", "returned", "joined", "closed",
        "declarations", "declaration", "interests", "interest", "minutes"
    ))),
    ("resolved_subject_verb", _RESOLVED_SUBJECT_VERB.search, frozenset((
        "resolved", "agreed", "recommended", "decided"
    ))),
    ("asked_to", _ASKED_TO.search, frozenset((
        "asked", "requested", "instructed", "invited", "directed", "required"
    ))),
    ("is_to", _IS_TO.search, frozenset((
        "is", "are", "undertook", "agreed", "offered", "volunteered", "promised"
    ))),
    ("resolved_be_asked", _RESOLVED_BE_ASKED.search, frozenset((
        "resolved", "agreed", "recommended"
    ))),
    # briefing written before the meeting is background ("The report sets out ...")
    ("doc_subject", _DOC_SUBJECT.match, frozenset((
        "report", "paper", "adr", "register", "policy", "accounts", "budget", "plan", "proposal", "draft",
        "update", "strategy", "review", "assessment", "consultation", "application", "scheme", "dashboard",
        "programme", "figures", "data"
    ))),
    ("name_will", _NAME_WILL.search, frozenset(("will",))),
    # every form names a pronoun with "would"/"will", or a contraction of one ("he'd", "we'll")
    ("said_would", _SAID_WOULD.search, frozenset((
        "said", "agreed", "confirmed", "offered", "promised", "undertook", "indicated", "explained"
    ))),
    ("agreed_name_would", _AGREED_NAME_WOULD.search, frozenset(("agreed", "decided", "resolved"))),
    ("subject_bare_verb", _SUBJECT_BARE_VERB.match, frozenset(_BARE_VERBS)),
    ("report_says", _REPORT_SAYS.match, _REPORT_VERBS),
    ("asked_to_explain", _ASKED_TO_EXPLAIN.search, frozenset((
        "asked", "invited", "pressed", "challenged", "requested"
    ))),
    ("to_be_done", _TO_BE_DONE.search, frozenset(("be",))),
)
# fmt: on

_WORD_GATES = frozenset().union(*(words for _, _, words in _WORD_GATED_CUES))
"""Every word that opens a gate of :data:`_WORD_GATED_CUES`: a sentence with none of them runs no pattern
of that table."""


@functools.lru_cache(maxsize=8192)
def _gated_cues(gates: frozenset[str]) -> tuple[tuple[str, Callable[[str], re.Match | None]], ...]:
    """The cues of :data:`_WORD_GATED_CUES` (in the table's order) whose gate opens on one of ``gates``.

    Why cached: a sentence holds few gate words and the same few sets recur, so the table is walked
    once per set of gate words, not once per sentence."""
    return tuple((name, find) for name, find, words in _WORD_GATED_CUES if not gates.isdisjoint(words))


# Cue flags whose pattern cannot match without one of some substrings of the lower-cased sentence:
# commitments in the frames other styles use (quoted from earlier minutes, agreed follow-ups,
# delegations, requests) and papers being presented.
_SUBSTRING_GATED_CUES: tuple[tuple[str, Callable[[str], re.Match | None], tuple[str, ...]], ...] = (
    ("presented", _PRESENTED.search, (
        "presented", "introduced", "outlined", "summarised", "summarized", "took members", "overview",
    )),
    ("quoted_earlier", _EARLIER.search, ("from", "carried forward", "still open")),
    ("agreed_would", _AGREED_WOULD.search, ("agreed", "resolved", "decided")),
    ("action_tag_end", _ACTION_TAG_END.match, ("action",)),
    ("delegated", _DELEGATED.search, (
        "delegated", "authoris", "authoriz", "instructed", "asked", "requested", "tasked", "invited", "directed",
    )),
    ("asked_someone_to", _ASKED_SOMEONE_TO.search, (
        "asked", "requested", "instructed", "invited", "reminded", "encouraged", "urged", "directed",
    )),
)  # fmt: skip
# completed actions are findings ("[x] ...", ": done", "has been circulated")
_DONE_NEEDS = ("done", "complet", "closed", "merged", "delivered", "superseded", "been")

CONTEXT_CUES = (
    "ends_q",
    "question_start",
    "asked",
    "answered",
    "label_only",
    "action_label",
    "owner_to",
    "owner_will",
    "procedural",
    "procedural_event",
    "past",
    "present",
    "no_final_punct",
)


def document_features(
    spans: list[SentenceSpan], extra: list[list[str]] | None = None
) -> list[dict[str, float]]:
    """:func:`features` of each sentence plus the cue flags of its neighbours in the same item
    ("p:" the sentence before, "n:" the sentence after): an answer follows a question, background
    precedes it, an action follows "Actions arising:". One dict per sentence, feature name to its
    count, a cue flag (and a position flag from :func:`item_flags`) counting :data:`CUE_WEIGHT`
    times, as the model's ``FeatureHasher`` reads it. ``extra`` adds further features per sentence
    (one list per span, each feature counting once): the syntactic features of
    :mod:`pipeline.syntax` when a pretrained spaCy pipeline is in use."""
    if extra is not None and len(extra) != len(spans):
        raise ValueError(f"extra features for {len(extra)} sentences, but there are {len(spans)}")
    rows: list[dict[str, float]] = []
    context: list[list[str]] = []
    for k, (span, flags) in enumerate(zip(spans, item_flags(spans), strict=True)):
        plain, cues = _feature_parts(span)
        row: dict[str, float] = dict.fromkeys(plain, 1)  # each plain feature occurs once
        if extra is not None:
            row.update(dict.fromkeys(extra[k], 1))
        for word in _heading_features(span.heading or ""):  # a heading may repeat a word
            row[word] = row.get(word, 0) + 1
        for cue in cues + flags:
            row[cue] = CUE_WEIGHT
        rows.append(row)
        on = set(cues)
        context.append([cue for cue in CONTEXT_CUES if cue in on])
    for i, row in enumerate(rows):
        for prefix, j in (("p:", i - 1), ("n:", i + 1)):
            if 0 <= j < len(spans) and spans[j].item == spans[i].item:
                for cue in context[j]:
                    row[prefix + cue] = 1
            else:
                row[prefix + "none"] = 1
    return rows


CUE_WEIGHT = 3.0
"""How much a cue flag counts against a single word: cues carry the frame across styles."""


def _is_asking(text: str) -> bool:
    return _ends_question(text.rstrip()) or bool(_ASKED.search(text))


# the words of a sentence that records the meeting itself (a speaker, an exchange, a decision); the
# sentences of an item before the first such one are the paper's briefing
_DISCUSSION = re.compile(
    r"\b(?:asked|queried|enquired|responded|replied|answered|explained|assured|clarified|said|told|discussed|"
    r"agreed|resolved|commented|questioned|welcomed|thanked|members|councillors?|cllr)\b",
    re.I,
)


def _is_discussion(span: SentenceSpan) -> bool:
    """Whether the sentence records the meeting: a question, a speaker's line, or a discussion word."""
    text = span.text
    if _is_asking(text) or _DISCUSSION.search(text):
        return True
    return (":" in text or "<" in text) and speaker_of(text) is not None


def item_flags(spans: list[SentenceSpan]) -> list[list[str]]:
    """Where each sentence stands in its item: before the item's first question (background
    written ahead of the questions), before its first line of discussion (a question, a speaker,
    a reply or decision), first, last. One pass each way, linear in the sentences."""
    first_ask: dict[str | None, int] = {}
    first_talk: dict[str | None, int] = {}
    last: dict[str | None, int] = {}
    first: dict[str | None, int] = {}
    for i, s in enumerate(spans):
        first.setdefault(s.item, i)
        last[s.item] = i
        if s.item not in first_ask and _is_asking(s.text):
            first_ask[s.item] = i
        if s.item not in first_talk and _is_discussion(s):
            first_talk[s.item] = i
    out = []
    for i, s in enumerate(spans):
        flags = []
        if i < first_ask.get(s.item, -1):
            flags.append("before_first_question")
        if i < first_talk.get(s.item, -1):
            flags.append("before_discussion")
        if last[s.item] == i:
            flags.append("last_in_item")
        if first[s.item] == i:
            flags.append("item_first")
        out.append(flags)
    return out


ACTION_CUES = (
    "commitment",
    "owner_to_after_label",
    "resolved_be_asked",
    "vocative_request",
    "action_label",
    "action_tag_end",
    "owner_to",
    "bring_back",
    "tasked",
    "imperative",
    "resolved_subject_verb",
    "asked_to",
    "checkbox_open",
)


def rule_label(span: SentenceSpan) -> Classified:
    """The rule-only baseline: cue patterns in a fixed order of precedence."""
    on = set(features(span))
    if on & {"label_only", "procedural", "procedural_event"} or _web_furniture(span.text):
        return Classified(label="other", confidence=0.9)
    if on.intersection(ACTION_CUES):
        return Classified(label="action", confidence=0.8)
    if "agreed" in on and re.search(r"\b(would|will|should|to)\b", span.text):
        return Classified(label="action", confidence=0.7)
    if on & {"ends_q", "question_start"}:
        return Classified(label="question", confidence=0.85)
    if "asked" in on and "answered" not in on:
        return Classified(label="question", confidence=0.7)
    if "no_final_punct" in on and len(span.text.split()) <= 8:
        return Classified(label="other", confidence=0.6)
    if (span.section or "") in ("findings", "update", "updates", "finding") or "answered" in on:
        return Classified(label="finding", confidence=0.7)
    return Classified(label="finding", confidence=0.5)


def models_dir() -> Path:
    """Where shipped models live: inside the installed package, else the repository's ``models/``."""
    packaged = Path(__file__).parent / "_models"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "models"


MODELS_ENV = "MINUTES_MODELS"
"""An environment variable naming a folder searched for models before the shipped ones: where
``minutes train --out DIR`` wrote them, when the package is installed elsewhere."""


def models_dirs() -> list[Path]:
    """Where models are looked for, in order: ``$MINUTES_MODELS`` when set, then :func:`models_dir`."""
    extra = os.environ.get(MODELS_ENV)
    return ([Path(extra)] if extra else []) + [models_dir()]


def model_path(syntax_nlp: Any = None) -> Path:
    """The model's file: the first of :func:`models_dirs` that has it (the shipped folder's path when none
    does). The default model, or (given a pretrained spaCy pipeline) the model trained with that
    pipeline's features (:func:`pipeline.syntax.model_stem`)."""
    from pipeline.syntax import model_stem

    name = f"{model_stem(MODEL_NAME, syntax_nlp)}.skops"
    folders = models_dirs()
    return next((d / name for d in folders if (d / name).is_file()), folders[-1] / name)


def card_path_of(path: Path) -> Path:
    """The model card beside a model file."""
    return path.with_name(path.name.removesuffix(".skops") + ".card.json")


_WORD_OF_TWO = re.compile(r"[^\W\d_]{2}")  # two letters in a row: the least a word needs
# A bare label line, one to four words ending in a colon ("Outcome:", "Resolved that:", "- **Actions:**"):
# it heads what follows and says nothing itself. A line with an article or a personal pronoun reads as a
# clause with a subject or an object ("He reported that:", "The Board RESOLVED that:", "Noted the following
# items:"), which the corpus labels a finding, so such a line is no bare label.
_CLAUSE_WORD = re.compile(r"\b(?:the|a|an|he|she|it|we|they|i|you|this|these|those)\b", re.I)
_BARE_LABEL = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:\*\*)?[^\W\d_][\w'’&/.-]*(?:\s+[\w'’&/().-]+){0,3}(?:\*\*)?:(?:\*\*)?$"
)
# The body's decision as a lead-in to the list of what it decided, with no "that" ("The Committee AGREED:", "The
# Sub-Committee resolved:", "Members decided:"): a label heading the decisions below, as the corpus labels it (it
# labels "The Board RESOLVED that:" a finding), though its article makes it no bare label.
_DECISION_LEAD_IN = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:\*\*)?(?:(?i:the)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+"
    r"(?i:agreed|resolved|decided)(?:\*\*)?:(?:\*\*)?\s*$"
)

# Website furniture, the lines a browser copies along with minutes published as a web page: the links
# and prompts around the page's content ("Back to top", "Share this page", "Was this page helpful?" and
# its "Yes   No" buttons). Only a whole line matches, so no sentence of the minutes is caught.
WEB_FURNITURE_LINES: tuple[str, ...] = (
    "back to top",
    "return to top",
    "top of page",
    "skip to content",
    "skip to main content",
    "share this page",
    "print this page",
    "was this page helpful?",
    "is this page useful?",
    "yes no",
)
# The links of a website's footer, set in a row between bars after its copyright notice: "© Council 2024 |
# Accessibility statement | Privacy notice | Cookies | Contact us".
WEB_FOOTER_LINKS: tuple[str, ...] = (
    "accessibility",
    "accessibility statement",
    "privacy",
    "privacy notice",
    "privacy policy",
    "cookies",
    "cookie policy",
    "cookie settings",
    "contact us",
    "terms and conditions",
    "terms of use",
    "sitemap",
    "site map",
    "disclaimer",
)
_WEB_FURNITURE_LINE = re.compile(rf"^(?:{alternation(WEB_FURNITURE_LINES)})$")
_WEB_FOOTER_LINK = re.compile(rf"^(?:{alternation(WEB_FOOTER_LINKS)})$")
# A copyright notice: "© Harrowdale Borough Council 2024", "Copyright © 2023 ...".
_COPYRIGHT_NOTICE = re.compile(r"^(?:copyright\s*)?(?:©|\(c\))\s*\S", re.I)
_BAR = re.compile(r"\s*\|\s*")
_SPACES = re.compile(r"\s+")


def _web_furniture(text: str) -> bool:
    """Whether a line is website furniture, not minutes: a whole line of :data:`WEB_FURNITURE_LINES`
    (spacing and case aside), or a footer row of two or more parts between bars, each a footer link
    (:data:`WEB_FOOTER_LINKS`) or the copyright notice."""
    line = _SPACES.sub(" ", text.strip()).lower()
    if _WEB_FURNITURE_LINE.match(line):
        return True
    parts = _BAR.split(line)
    return len(parts) >= 2 and all(
        _WEB_FOOTER_LINK.match(part) or _COPYRIGHT_NOTICE.match(part) for part in parts
    )


def _closed_status(text: str) -> bool:
    """Whether a line ends on a completion status (:data:`_STATUS_END`) or reports an earlier action,
    named by its reference, done (:data:`_REFERENCED_ACTION_DONE`), tested only when one of their
    words is present."""
    return _any_in(_STATUS_NEEDS, text.lower()) and (
        _STATUS_END.search(text) is not None or _REFERENCED_ACTION_DONE.match(text) is not None
    )


# A question asked and answered in one sentence ("Cllr X asked whether …; the Portfolio Holder replied that …"):
# the record of an exchange, which the corpus labels a finding every time (19 train and dev sentences), not a question.
_ANSWERED_IN_SENTENCE = re.compile(
    r"\b(?:asked|queried|enquired|inquired|questioned)\b[^;]*;[^;]{0,80}?"
    r"\b(?:said|replied|responded|explained|confirmed|answered|advised|stated|assured)\b",
    re.I,
)


# The same exchange with the answer joined by ", and" and its speaker named ("Cllr X asked whether the survey would be
# repeated, and the Director said it would", "Sam asked if the room was free, and Priya confirmed it was"): a finding in
# every such line of the corpus (3 of 3). The answerer is a capitalised name or post, so the asker's own next words
# ("..., and he said he would ...") are none.
_ANSWERED_AFTER_AND = re.compile(
    r"\b(?i:asked|queried|enquired|inquired|questioned)\b[^;]*?,\s+and\s+(?:the\s+)?[A-Z][\w.'’-]*"
    r"(?:\s+(?:of\s+|for\s+)?[A-Z][\w.'’-]*){0,4}\s+(?i:said|replied|responded|explained|confirmed|answered|advised|stated|assured)\b"
)


def _answered_in_sentence(text: str) -> bool:
    """Whether ``text`` records a question together with its answer, after a semicolon (:data:`_ANSWERED_IN_SENTENCE`)
    or after ", and" (:data:`_ANSWERED_AFTER_AND`)."""
    return (";" in text and _ANSWERED_IN_SENTENCE.search(text) is not None) or (
        ", and" in text and _ANSWERED_AFTER_AND.search(text) is not None
    )


# When and where a meeting will be held, its subject the meeting itself ("The next meeting will be held on
# 3 May", "The summer term meeting of the Board will take place at the school"): a date stated as a plain
# fact, which sets nobody a task, so never an action (a task that names a meeting, "The Clerk to book a
# room for the next meeting", has someone else as its subject).
# The same fact agreed or noted says no more ("It was agreed that the July meeting would be held online").
_MEETING_HELD = re.compile(
    r"^(?:(?:it\s+was\s+)?(?:agreed|resolved|decided|noted|confirmed)\s+that\s+)?"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}meeting\s+(?:of\s+[^,;.]{1,60}?\s+)?"
    r"(?:will|would|shall|is\s+to)\s+(?:be\s+held|take\s+place|be\s+on)\b",
    re.I,
)


# Thanks given, with no request beside them ("The Chair thanked the staff for their work over the winter"):
# a courtesy, procedural, which sets nobody a task ("... thanked X and asked her to ..." does).
_THANKED = re.compile(r"^[^;]{1,60}?\bthanked\b")
_REQUEST_WORD = re.compile(
    r"\b(?:asked|asks?|requested|requests?|invited|invites?|agreed|agrees?|undertook|instructs?|delegates?|will|would"
    r"|should|must)\b",
    re.I,
)
# A discussion recorded with its subject ("Governors discussed options for reducing costs, including not replacing the
# post"): what was talked over, a finding or other in 19 of the corpus's 20 such lines; the options it names are no
# task unless the line also agrees, asks or says someone will act (:data:`_REQUEST_WORD`).
_DISCUSSED = re.compile(
    r"^(?!(?:Not|No)\b)(?:The\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+(?:discussed|debated)\b"
)
# A preference voiced in discussion ("Sam would rather keep the date"): a view, not a commitment.
_PREFERENCE = re.compile(r"\bwould\s+rather\b", re.I)
# An offer reported in the perfect ("The county has offered to fund half the cost", "two volunteers had offered to
# help"): news of what another party proposes, a finding in 8 of the corpus's 9 such lines with no request beside it
# (:data:`_REQUEST_WORD`), where "X offered to ..." in the simple past is a commitment made at the meeting, an action.
_OFFER_REPORTED = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:already|kindly|also)\s+)?offered\s+to\s+[a-z]", re.I
)


# A meeting that will not be held ("There will be no meeting in August", "No meeting will be held in
# August"): a notice of the calendar, like the date of the next one, which sets nobody a task.
_NO_MEETING = re.compile(
    r"^(?:there\s+(?:will|shall)\s+be\s+no\s+(?:[\w'’-]+\s+){0,2}meeting"
    r"|no\s+(?:[\w'’-]+\s+){0,2}meeting\s+(?:will|shall)\s+(?:be\s+held|take\s+place))\b",
    re.I,
)


# A completion status set off by a dash with a note after it, closing an action-log line: "ACTION: Kim to draft the
# guide -- DONE, the PR is open for review", "Clerk to book the hall – complete; booked for 3 May", "... — Closed (see
# item 4)", "... – completed in August", "... – no longer required, as the visit moved online". The status is in the
# line's last dash cell, so an aside between two dashes ("the audit – completed, as planned, in May – found ...") is
# none. Read by the decision only: the model's status feature keeps the form it was
# trained on (the status at the very end, :data:`_STATUS_END`).
_STATUS_THEN_NOTE = re.compile(
    r"(?:\s(?:--?|[–—])\s+|\t\s*)(?:(?:done|complete|completed|closed)\s*(?:[,;.]\s+|\(|[–—]\s+)"
    # a past status dated ("completed in August"), where "complete in May" may set a due point
    r"|(?:done|completed|closed)\s+(?:in|on)\s+"
    r"|no\s+longer\s+(?:required|needed)\s*[,;.(]|covered\s+(?:by|under|at|in)\s)[^–—\t]*$",
    re.I,
)
# A row of an action log flattened to one line with single spaces, opened by the action's reference and closed by
# its owner's initials and a completion status ("QC/21/05/07 Review the audit results MD Complete", "A-12 Book the
# hall CFO/HR Closed"): an earlier action reported done. The initials are capitals, so prose ("... the audit was
# complete") is none.
_OWNER_THEN_STATUS = re.compile(
    r"(?s)^[A-Z]{0,6}[\w/.-]*\d[\w/.-]*\s.*\s[A-Z]{2,6}(?:/[A-Z]{2,6})*\s+"
    r"(?:[Cc]omplete[d]?|COMPLETED?|[Cc]losed|CLOSED|[Dd]one|DONE)\s*$"
)


# A worded status in square brackets opening a line of an action review, as shared notes mark the actions carried
# from the last meeting ("[done] ana: merge the fix", "[in progress] bo: the API list", "[not done] cy: draft the
# template"): a report on an earlier action, so a finding, whatever the task it repeats. An empty or ticked checkbox
# ("[ ]", "[x]") is no word and is read by the checkbox features.
_STATUS_TAG_LEAD = re.compile(
    r"^\[(?:not\s+)?(?:done|in\s+progress|ongoing|under\s*way|started|blocked|partly\s+done|completed?)\]\s",
    re.I,
)


# A completion status opening the clause after a semicolon or a colon, with a note, a second status or a date after it
# ("Action 4 (JB): book the hall; closed – booked for 3 May.", "...; covered under item 6 and closed.", "Action 12 (the
# Clerk to write to the school): complete, letter sent on 2 May.", "...: done; see item 5"): an earlier action reported
# done, a finding in 108 of the corpus's 110 such lines (the other two other, none an action). The status word must be
# followed by punctuation, a dash, "and closed", a date or the end, so a task that opens with the verb ("Action: complete
# the questionnaire ...") is none.
_STATUS_CLAUSE = re.compile(
    r"[;:]\s*(?:done|complete|completed|closed|discharged|superseded|covered\s+(?:by|under|at|in)\s[^;]{1,60}?)"
    r"(?:\s*(?:[,;.]|\s[–—-]\s|$)|\s+and\s+(?:(?:is|was|has\s+been|now)\s+)*closed\b|\s+(?:on|in)\s+\d)",
    re.I,
)


def _reports_action_done(text: str) -> bool:
    """Whether ``text`` reports an earlier action done: a completion status (:func:`_closed_status`), perhaps with a
    note after it or "covered by ..." (:data:`_STATUS_THEN_NOTE`), an action whose lettered reference names it
    (:data:`_LETTERED_ACTION_DONE`), or a flattened log row closed by its owner and status (:data:`_OWNER_THEN_STATUS`),
    or a status opening the clause after a semicolon or a colon (:data:`_STATUS_CLAUSE`)."""
    return (
        _closed_status(text)
        or ("ction" in text and _LETTERED_ACTION_DONE.match(text) is not None)
        or (_any_in(_STATUS_NEEDS, text.lower()) and _STATUS_THEN_NOTE.search(text) is not None)
        or _OWNER_THEN_STATUS.match(text) is not None
        or (_any_in(_STATUS_NEEDS, text.lower()) and _STATUS_CLAUSE.search(text) is not None)
    )


# A row of a closing list of actions set out as dash-separated cells, its owner and its due point among them:
# "Clerk – circulate the revised policy – by half term", "Headteacher – Attendance strategy – next FGB",
# "Revised rota – Bursar – end of March". Who does what by when is an action whatever the task's words ("Principal
# – RSE policy summary – next LGB" names a paper to bring); the due cell is what tells it from prose set off by
# dashes ("Governors – noted the report – and agreed").
_DASH_CELL = re.compile(r"\s[–—]\s+")


# The labels of an action log's owner and due cells when each cell carries its own ("A24/03 – Owner: Head of IT – Due:
# Q2 – Replace the firewall"): the labels say which cell is which, in whatever order the log sets them out.
_OWNER_CELL_LABEL = re.compile(
    r"(?:owner|lead|responsib(?:le|ility)(?:\s+officer)?)\s*:|assigned\s+to\b", re.I
)
_DUE_CELL_LABEL = re.compile(r"(?:due|deadline|target(?:\s+date)?|timescale|by)\s*:", re.I)


# An action's reference in square brackets opening its row, as a log exported from a tracker writes it ("[A-17] Owner:
# Ann Lee – Due: 29 September – Complete the assessment"): the reference is no cell, and the row's first cell is the
# one after it.
_BRACKETED_REFERENCE = re.compile(r"\s*\[[A-Za-z]{1,4}(?:[-/.]?\d[\w/.-]*)\]\s+")


def _owner_due_row(text: str) -> bool:
    """Whether ``text`` is a dash row of three cells at least whose owner cell opens it
    (:func:`pipeline.extract.owner_row_start`) or follows its task (:func:`pipeline.extract.task_first_row`), and
    whose last cell is a due point (:func:`pipeline.extract.reads_as_due`); or a dash row
    (:func:`pipeline.extract.opens_dash_row`, or opened by a bracketed reference, :data:`_BRACKETED_REFERENCE`) with an
    owner cell and a due cell that carry their labels
    (:func:`_labelled_owner_due_cells`), unless the row reports the action done."""
    bracketed = _BRACKETED_REFERENCE.match(text)
    row = text[bracketed.end() :] if bracketed else text
    cells = [cell.strip() for cell in _DASH_CELL.split(row.strip().rstrip("."))]
    if len(cells) < 3:
        return False
    if _labelled_owner_due_cells(cells):
        return (bracketed is not None or opens_dash_row(text)) and not _reports_action_done(text)
    if not reads_as_due(cells[-1]):
        return False
    return owner_row_start(text) is not None or task_first_row(text) or _initials_short_task_row(cells)


def _initials_short_task_row(cells: list[str]) -> bool:
    """Whether ``cells`` are an owner's initials, a task of two words or more and a due point, with nothing else: a
    row of a closing list of actions whose task is a short title ("DoF – revised MTFP – October", "HT – SEF update –
    spring term"), too short for :func:`pipeline.extract.owner_row_start`, which asks three words of a task so as
    never to cut prose; the initials and the due cell closing a row of exactly three cells are what make it a row."""
    return len(cells) == 3 and initials_cell(cells[0]) and len(cells[1].split()) >= 2


# A line under an action giving only its owner and its due point, each under its label and set apart by a TAB, a
# semicolon, a bar or a spaced dash ("Owner: RM<TAB>Target date: end of Q1", "Owner: DoF; Deadline: 31/03/23"): the
# action's fields, a label line like an owner tag ("Action: CEO"), which the corpus labels other; it names no task.
_OWNER_DUE_FIELDS = re.compile(
    rf"^\s*(?:{_OWNER_CELL_LABEL.pattern})\s*(?P<who>[^:;|\t]{{1,40}}?)\s*(?:\t|;|\s\|\s|\s[–—-]\s)\s*"
    rf"(?:{_DUE_CELL_LABEL.pattern})\s*[^:;|\t]{{1,40}}$",
    re.I,
)


def _owner_due_fields(text: str) -> bool:
    """Whether ``text`` is only an owner field naming owners (:func:`pipeline.sentences.names_owners`) and a due
    field (:data:`_OWNER_DUE_FIELDS`)."""
    m = _OWNER_DUE_FIELDS.match(text.rstrip(" ."))
    return m is not None and names_owners(m.group("who"))


def _labelled_owner_due_cells(cells: list[str]) -> bool:
    """Whether one of ``cells`` opens with an owner label ("Owner:", "Lead:", "Assigned to") and another with a due
    label ("Due:", "Deadline:", "Target date:")."""
    return any(_OWNER_CELL_LABEL.match(c) for c in cells) and any(_DUE_CELL_LABEL.match(c) for c in cells)


def _meeting_held(text: str) -> bool:
    """Whether ``text`` says when or where a meeting will be held (:data:`_MEETING_HELD`), or that one
    will not be (:data:`_NO_MEETING`)."""
    text = text.lstrip()
    return _MEETING_HELD.match(text) is not None or _NO_MEETING.match(text) is not None


# A resolution's clause that only notes ("(b) Notes the actions being taken to prepare for winter;", "note the report;",
# "Noted that the review is under way"): what the meeting took note of, a finding whatever the noted matter's words,
# unless the clause also asks, agrees or says someone will act (:data:`_REQUEST_WORD`).
_NOTING = r"^\s*(?:\(?[a-z0-9]{1,4}[.)]\s+)?(?:notes?|noted)\s+"
_NOTES_CLAUSE = re.compile(_NOTING + r"(?:the|that|its|their|a|an|with|progress)\b", re.I)
# The same clause noting a matter named as a noun ("note the report;", "Notes the progress made ..."): a finding, as
# "The Board noted the report" is (corpus decision 10), where the model reads it as a label; a clause noting "that"
# something happened may record a procedural fact ("Notes that Cr X voted against"), and keeps the model's label.
_NOTED_MATTER = re.compile(_NOTING + r"(?:the|its|their|progress)\b", re.I)
# A decision written as a label and a bare verb ("Decision: adopt the new release schedule", "DECIDED: revert the
# patch on the stable branch", "Consensus: run the jobs nightly"): the record of what was decided, which the corpus
# labels a finding (about 40 train lines to 2), not a task set to anyone. A line that also names who acts ("...;
# @kim to update the docs", "..., Ana to draft it") is left to the model.
_DECISION_VERB = re.compile(
    r"^\W{0,4}(?:\*\*)?(?:decision|decided|resolution|resolved|consensus|agreed)\s*(?:\*\*)?:\s*(?:\*\*)?\s*"
    r"(?:adopt|accept|approve|defer|keep|drop|mark|split|revert|request|proceed|escalate|apply|treat|rent|ship|deprecate"
    r"|go|hold|retain|reject|extend|pause|postpone|freeze|allow|use|switch|appoint|grant|endorse|fund|continue|try"
    r"|retire|cancel|register|remove|run|move|publish|open|add|invite|offer|close|require|limit|cap|set)\b(?![-'’])",
    re.I,
)
_NAMED_TO = re.compile(r"(?:@[\w-]+|\b[A-Z][\w.-]*)\s+to\s+(?!be\b)[a-z]+")


def _records_only(text: str) -> bool:
    """Whether ``text`` records what the meeting noted (:data:`_NOTES_CLAUSE`, with no request) or decided
    (:data:`_DECISION_VERB`, naming nobody to act)."""
    if _NOTES_CLAUSE.match(text):
        return _REQUEST_WORD.search(text) is None
    return _DECISION_VERB.match(text) is not None and _NAMED_TO.search(text) is None


# A resolution stating the body's own position in the present tense ("RESOLVED: That the Sub-Committee supports the
# extension of the programme", "RESOLVED that Cabinet notes the report"): the decision itself, which sets no task unless
# the clause goes on to ask for something ("... notes the update and requests a further report"). So is a clause of the
# list under such a resolution, written in lower case after its number ("(1) that the Board supports the bid;", "the
# Board welcomes the review;"), the "RESOLVED" on the line above it.
_RESOLVED_STANCE = re.compile(
    r"(?:\b(?i:resolved|agreed|decided)\s*[:–—-]?\s*(?i:that\b)?|^\s*(?:\(?[a-z0-9]{1,4}[.)]\s+)?(?:that\b|(?=the\s)))"
    r"\s*[:–—-]?\s*(?:(?i:the)\s+)?[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*){0,3}\s+(?:supports|welcomes|endorses|notes|approves|accepts|recognises|recognizes|commends"
    r"|acknowledges)\b"
)
# A resolution clause that a thing be noted or recorded ("the Board's support for the bid be recorded.", "(1) the
# report be noted."): the meeting's record of its view, with its one "be" at the end, so nothing is to be done.
_BE_NOTED_END = re.compile(
    r"\bbe\s+(?:noted|recorded|received|welcomed|endorsed|approved|accepted|supported)\s*[.;]?\s*$", re.I
)
_BE = re.compile(r"\bbe\b", re.I)
# A resolution to take a position written with "to" and its verb ("RESOLVED to support the application", "It was
# resolved to approve the payments", "RESOLVED to object on the grounds that ..."): the decision itself, a finding in
# every such line of the corpus (7 of 7), like "RESOLVED that the Committee supports ...". Only verbs of a position
# taken: "RESOLVED to write to the owner" sets a task.
_RESOLVED_TO_STANCE = re.compile(
    r"^\W{0,4}(?:it\s+was\s+)?resolved(?:\s+unanimously)?\s*[:,–—-]?\s*to\s+"
    r"(?:support|approve|adopt|accept|object|oppose|endorse|note|receive|ratify|reject|welcome)\b",
    re.I,
)


def _resolves_a_stance(text: str) -> bool:
    """Whether ``text`` resolves the body's position (:data:`_RESOLVED_STANCE`, :data:`_RESOLVED_TO_STANCE`) with no request, task or "be" after it,
    naming no one to act (:data:`_NAMED_TO`), or is a clause whose only "be" notes or records a thing (:data:`_BE_NOTED_END`)."""
    if "be" in text and _BE_NOTED_END.search(text):
        return len(_BE.findall(text)) == 1
    stance = _RESOLVED_STANCE.search(text) or _RESOLVED_TO_STANCE.match(text)
    if stance is None:
        return False
    rest = text[stance.end() :]
    return _REQUEST_WORD.search(rest) is None and _BE.search(rest) is None and _NAMED_TO.search(rest) is None


def _stance_resolved(text: str) -> bool:
    """Whether ``text`` resolves the body's position (:data:`_RESOLVED_STANCE`) and nothing more (:func:`_resolves_a_stance`):
    the decision the meeting recorded, a finding (every such train sentence is), not a label."""
    return (
        _RESOLVED_STANCE.search(text) is not None or _RESOLVED_TO_STANCE.match(text) is not None
    ) and _resolves_a_stance(text)


# An agreement that a thing stays as it is or a rule holds ("The Board agreed that the RAG should remain AMBER",
# "Members agreed that the policy would apply to all sites", "agreed that staff would not be asked to do both"):
# the body's position, which nobody carries out, unlike "agreed that the report would be circulated". A matter kept
# on the agenda ("would remain a standing item on the agenda") is business put on later meetings, an action as
# :data:`_BE_PROGRAMMED` is.
_KEPT_ON_AGENDA = re.compile(
    r"\b(?:standing\s+item|agenda|work\s+programme|work\s+plan|forward\s+plan)\b", re.I
)
_AGREED_STATE = re.compile(
    r"\b(?:agreed|decided|resolved)\s+that\b[^;]{0,80}?\b(?:would|will|should)\s+(?:not\s+)?"
    r"(?:remain|apply|continue|stay|stand)\b"
    # a permission granted: "it was agreed that second marking could be limited to a sample", "governors agreed that
    # she could remain": what is allowed, not a task set, when no "would", "will" or "must" comes first
    r"|\b(?:agreed|decided|resolved)\s+that\s+(?:(?!\b(?:would|will|should|shall|must)\b)[^.;]){0,80}?"
    r"\b(?-i:could|may|might)\s+(?!not\b)\w",  # in lower case: "the May meeting" is a month
    re.I,
)


def _agrees_a_state(text: str) -> bool:
    """Whether ``text`` agrees that a thing stays, a rule holds or a thing is allowed (:data:`_AGREED_STATE`) and sets no task beside it
    (:data:`_AGREED_WOULD`, :data:`_NAMED_TO`, :data:`_TO_BE_DONE`), nor keeps a matter on the agenda
    (:data:`_KEPT_ON_AGENDA`)."""
    return (
        _AGREED_STATE.search(text) is not None
        and _AGREED_WOULD.search(text) is None
        and _NAMED_TO.search(text) is None
        and _TO_BE_DONE.search(text) is None
        and _KEPT_ON_AGENDA.search(text) is None
    )


# An expectation that a measure will reach a state ("he expected the target to be met by June", "she expects
# waiting times to be back within tolerance by March"): a forecast of how things will stand, a finding in every such
# line of the corpus, not a task, unless the sentence also asks, agrees or says someone will act (:data:`_REQUEST_WORD`).
_EXPECTED_STATE = re.compile(
    r"\bexpect(?:s|ed)?\s+(?:[\w'’%-]+\s+){1,3}?to\s+be\s+(?:back\s+)?(?:within|on|in|at|above|below|under|over"
    r"|met|achieved|reached|resolved|completed|cleared|closed|ready|available)\b",
    re.I,
)


# A reminder of a fact, its speaker named ("The Clerk reminded governors that the skills audit closes on 1 May",
# "@kim reminded everyone that the CFP closes on Friday"): a date or a rule recalled, a finding or, for the meeting's
# own arrangements, other, in nearly every such line of the corpus, not a task set, though it names a deadline. A
# reminder that also asks, agrees, says what someone will do or says a thing must be done ("... must be completed by
# 31 December") may set one, and is left to the model; so is "were reminded", which names no speaker.
_REMINDED_THAT = re.compile(
    r"^(?:The\s+)?[A-Z@][\w@.&-]*(?:\s+[A-Z][\w.-]*){0,3}\s+reminded\s+(?!\w+\s+to\b)[^;]{0,60}?\bthat\b"
    r"(?![^;]*\b(?:must|asked|agreed|undertook|requested|said|to\s+[a-z]+\s+(?:the|it|them|their|his|her)\b))[^;]*$"
)

# A matter deferred or postponed to a later financial year or a later phase of the work ("it was agreed that the audit
# would be deferred to 2015/16", "Two reviews had been deferred to 2024/25", "CR-09 was deferred to phase 2"): the plan
# or the programme changed, a finding in the corpus, where a deferral to a later meeting brings the business back and
# is an action (:data:`_DEFERRED_TO_MEETING`). Only a deferral stated as done or decided counts: one that may still be
# made or is to be made ("agree which schemes can be deferred to 2023/24", "the schemes to be deferred") sets a task,
# and a line under a label ("Action 4: ... – deferred to 2024/25") is a logged action's status.
_DEFERRED_TO_PERIOD = re.compile(
    r"^[^:;]*?(?<!\bcan be)(?<!\bcould be)(?<!\bmay be)(?<!\bmight be)(?<!\bto be)\s(?:deferred|postponed)\s+(?:to|until)"
    r"\s+(?:the\s+)?(?:\d{4}/\d{2}(?:\d{2})?\b(?![^.;]{0,30}\b(?:meeting|board|committee)\b)"
    r"|(?:phase|release|stage|wave)\s+\d+\b)",
    re.I,
)


def _assigns_nothing(text: str) -> bool:
    """Whether ``text`` is a line that sets nobody a task whatever its verbs: when a meeting will be held
    (:func:`_meeting_held`), thanks with no request beside them (:data:`_THANKED`), a preference voiced
    (:data:`_PREFERENCE`), a clause that only notes or a labelled decision (:func:`_records_only`), a resolution
    of the body's position (:func:`_resolves_a_stance`), an agreement that a thing stays as it is (:func:`_agrees_a_state`),
    a paper's request of the meeting (:data:`_PAPER_ASKS_MEETING`), an expectation of how a measure will stand
    with no request beside it (:data:`_EXPECTED_STATE`), a reminder of a fact (:data:`_REMINDED_THAT`), a deferral
    to a later year or phase (:data:`_DEFERRED_TO_PERIOD`), a discussion recorded (:data:`_DISCUSSED`), an offer
    reported in the perfect (:data:`_OFFER_REPORTED`)."""
    if _meeting_held(text) or _PREFERENCE.search(text) or _records_only(text) or _resolves_a_stance(text):
        return True
    if _agrees_a_state(text):
        return True
    if _PAPER_ASKS_MEETING.match(text):
        return True
    if _EXPECTED_STATE.search(text) and _REQUEST_WORD.search(text) is None:
        return True
    if _REMINDED_THAT.match(text) or _DEFERRED_TO_PERIOD.match(text):
        return True
    if _DISCUSSED.match(text) and _REQUEST_WORD.search(text) is None:
        return True
    if "offered" in text and _OFFER_REPORTED.search(text) and _REQUEST_WORD.search(text) is None:
        return True
    return _THANKED.match(text) is not None and _REQUEST_WORD.search(text) is None


# A paper the meeting received, written as a record label ("Received: the report of the Treasurer (FC/24/3)",
# "Considered: a proposal to ..."): what the meeting did with the paper, a finding like "The Committee
# received the report" (corpus decision 10), not a label; apologies received stay procedural.
# The same record written as a clause over the list of the papers ("Received the following:", "Considered the
# following reports:"): the verb opens the minute, its object is the list below, so no bare label.
_RECEIVED_PAPER = re.compile(
    r"^\s*(?:received|considered|reviewed)"
    r"(?:\s*:\s+(?:the|an?)\s+(?!apolog)\w|\s+the\s+following(?:\s+(?:papers?|reports?|items?|documents?))?\s*:\s*$)",
    re.I,
)


# A vote's tally, perhaps after a "Vote:" label naming what was voted on: emoji reactions with their counts, as chat and
# shared-document notes record a vote (":+1: x4, :eyes: x1", "Vote: 👍 5, 👎 0"), or the count for and against ("Vote: 6 in
# favour, 0 against", "For: 13, Against: 1"), or a recorded vote's line naming who voted one way with their count closing
# it ("Against: Councillors Lee and Roe (2)", "Abstentions: none (0)"). The result of a vote records the decision (corpus decision 8), a finding
# whatever the note in brackets after it says; a line that only mentions a vote ("Vote on the charter next week") has
# no count after its label.
_VOTE_MARK = r"(?::[a-z0-9_+-]+:|[\u2600-\u27bf\U0001f300-\U0001faff])\ufe0f?"
_VOTE_TALLY = re.compile(
    r"^[-*•\s]*(?:(?:votes?|voting|result|tally)\b[^:\n]{0,80}:\s*)?"
    rf"(?:{_VOTE_MARK}\s*[x×]?\s*\d+\b|\d+\s+(?:in\s+favour|for|against)\b|(?:for|ayes)\s*:\s*\d+\b"
    r"|(?:for|in\s+favour|against|abstentions?|abstained)\s*:[^:()\n]{0,200}\(\s*\d+\s*\)\s*$)",
    re.I,
)
# Who presented or submitted a paper, named by post or name ("The Director of Housing submitted a report which set out
# ...", "Dr Ahmed presented the quarterly safeguarding update."): what the meeting received, a finding (corpus decision
# 9), never a label; "The paper presented ..." has a paper, not a person, as its subject and is briefing.
_PRESENTER_LINE = re.compile(
    r"^(?:The\s+)?(?!(?:Paper|Report|Update)\b)[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'’-]*){0,6}\s+"
    r"(?:submitted|presented|introduced)\s+(?:a|an|the|his|her|their)\s+(?:[\w'’/-]+\s+){0,3}(?:report|paper|update)\b"
)
# A paper's own request of the meeting ("The report of the Head of Legal invited Members to consider the work
# programme", "The paper asked the Committee to agree the levy"): what the meeting is to do at the meeting, briefing
# written before it, not a task set for after it.
_PAPER_ASKS_MEETING = re.compile(
    r"^(?:the|this|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:report|paper|briefing|note)\b[^.;]{0,80}?\b(?:invited|asked|requested"
    r"|invites|asks|requests)\s+(?:the\s+)?(?:members|committee|sub-committee|board|panel|governors|councillors|trustees"
    r"|meeting|council|cabinet)\s+to\s+(?:consider|note|agree|approve|comment|endorse|review|receive|discuss"
    r"|scrutini[sz]e)\b",
    re.I,
)


# A label naming the paper the item considered, as a committee's template sets it under the item's heading ("Paper:
# Clinical audit programme 2022/23 year-end report.", "Paper ref: QC/24/03"): the paper's title or reference, a label
# like the heading it sits under (the corpus labels it other), not a record of what the meeting found.
_PAPER_LABEL = re.compile(
    r"^[-*•\s]*(?:\*\*)?papers?(?:\s+(?:ref(?:erence)?|no\.?|number))?\s*(?:\*\*)?:\s+\S", re.I
)


# A decision logged under its reference in a decision log ("Decision D-04: budget transfer approved", "Decision
# FB/12: go-live moved to May"): the record of what the meeting decided (corpus decision 8), a finding whatever task
# words it holds; a row that also names an owner and a due point is still read as a task (:func:`_sets_a_task`).
_LOGGED_DECISION = re.compile(
    r"^[-*•\s]*(?:\*\*)?decision\s+[A-Z]{0,4}[-/.]?\d[\w/.-]*(?:\*\*)?\s*:\s+\S"
    # or the reference after a "Decisions:" label, set off by a dash: "Decisions: D17-21 – minutes approved"
    r"|^[-*•\s]*(?:\*\*)?decisions?(?:\*\*)?\s*:\s+[A-Z]{1,4}[-/.]?\d[\w/.-]*\s+[–—-]\s+\S",
    re.I,
)


# Background set before the discussion, under its label ("Background: the grant ends in March.", "Background from the
# issue: ...", "Background (circulated with the agenda): ..."): the pre-meeting material the item opens with, not what
# the meeting found, labelled other in every such line of the corpus.
_BACKGROUND_LINE = re.compile(r"^[-*•\s]*(?:\*\*)?background\b[^:\n]{0,40}:(?:\*\*)?\s+\S", re.I)
# An issue's title with its tracker number after it, as an agenda lists the issues to discuss ("Async helpers: land
# before or after v3.0? #405", "Move CI to GitHub Actions? (#88)"): the item's topic, a label like the heading it
# names, not a question put in the meeting, though the title asks one.
_ISSUE_TITLE = re.compile(r"\?\s*\(?#\d+\)?\s*$")
# A notice of when the next meeting will be held, however it is introduced ("The Chair reminded members that the next
# meeting would be held on 4 May at 6 pm", "Members noted that the next meeting will take place at the depot"): the
# meeting's own arrangements, other in every such line of the corpus; a question about it still asks, and a meeting
# held once a task is done ("... will be held after she circulates the accounts") is left to the model.
_NEXT_MEETING_NOTICE = re.compile(
    r"\bnext\s+meeting\b[^.;?]{0,60}\b(?:would|will)\s+(?:be\s+held|take\s+place)\b"
    r"(?![^;]*\b(?:after|once|when|until|provided|subject\s+to)\b)",
    re.I,
)
# A statement that the meeting is recorded or broadcast ("The PCC reminded attendees that the meeting was being
# recorded", "The Chair noted that the meeting was being webcast"): the meeting's own arrangements, procedural like its
# welcome (corpus decision 1), other in every such line of the corpus; a question about it still asks.
_MEETING_RECORDED = re.compile(
    r"\b(?:meeting|proceedings)\s+(?:was|is|were|would\s+be|will\s+be)\s+(?:(?:not\s+)?being\s+|not\s+)?"
    r"(?:recorded|webcast|broadcast|live-?streamed|filmed|streamed)\b",
    re.I,
)


# A line of a list of the minutes of other bodies received, each a body's name and the date of its meeting ("(b) Audit
# Sub-Committee, meeting of 4 March 2024;", "Estates Group, meeting held on 12 May 2023."): a paper the meeting
# received, a finding like "Received: the report of ..." (corpus decision 10), not a task, though it names a date.
_BODY_MEETING_ROW = re.compile(
    r"^\W{0,4}(?:\(?[a-z0-9]{1,3}[.)]\s+)?[A-Z][\w'’&-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w'’&-]*){0,8},\s+"
    rf"meeting\s+(?:of|held\s+on)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{MONTHS})\s+\d{{4}}\s*[;.,]?(?:\s*and)?\s*$"
)


# A record's label over nothing ("Decisions: None.", "Actions: none", "Risks: Nil."): the template's field left
# empty, no decision, task or finding of its own, labelled other like a bare label line.
_NOTHING_RECORDED = re.compile(r"^[A-Z][\w ]{1,30}:\s*(?:none|nil)\s*\.?$", re.I)


# A meeting bot's decision line, the upper-case label and what was agreed ("AGREED: the 1.2 release ships on Friday
# (+5, 0, -0)", "DECIDED: docs move to the new site"): MeetBot's record of a decision, a finding (corpus decision 8).
# A council's "AGREED: that ..." opens a resolution, which may set a task, so it is not read here.
_BOT_DECISION = re.compile(r"^(?:AGREED|DECIDED):[ \t]+(?![Tt]hat\b)\S")
# A meeting bot's action line, the upper-case label, the owners' lower-case nicks and the task ("ACTION: kim tag the
# release", "ACTION: kim and lee review #41", "ACTION: kim to draft the FAQ"): MeetBot's record of a task set, an
# action whatever the model reads in its words, unless its status note says it is done.
_BOT_ACTION = re.compile(
    r"^ACTION:[ \t]+[a-z][\w.-]*(?:(?:,[ \t]*|[ \t]+and[ \t]+)[a-z][\w.-]*)*[ \t]+(?:to[ \t]+)?[a-z]+[ \t]+\S"
)


def _bot_action(text: str) -> bool:
    """Whether ``text`` is a meeting bot's action line (:data:`_BOT_ACTION`) for a task not reported done."""
    return "ACTION:" in text and _BOT_ACTION.match(text) is not None and not _reports_action_done(text)


# A line of a list of who holds which role, the area and then the person after a dash ("Safeguarding – Mrs Lee",
# "Finance and premises – Ann Lee"), as governors' minutes list their link roles: who was given the role, a finding
# (corpus decision 8), not a task. The person is a courtesy title and a surname or a first name and a surname; an
# area opening with a bare verb ("Circulate the rota – Ann Lee") is a task with its owner, and a numbered label
# ("Question 2 – Cllr Roe") or an owner tag ("Action – Ann Lee") names no role. Only a dash set as such: a hyphen
# joins a page's title to its site ("Agenda - Google Docs").
_ROLE_HOLDER = re.compile(
    r"^(?P<area>[A-Z][\w'’&/,]*(?:\s+[\w'’&/,()]+){0,5}?)\s+[–—]\s+"
    rf"(?:(?i:{alternation(HONORIFICS)})\.?\s+[A-Z][a-z'’-]+|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{1,2}})\.?$"
)


def _role_holder_line(text: str) -> bool:
    """Whether ``text`` is a line of a list of role holders (:data:`_ROLE_HOLDER`) and no task with its owner."""
    m = _ROLE_HOLDER.match(text) if ("–" in text or "—" in text) else None
    return (
        m is not None
        and not any(c.isdigit() for c in m.group("area"))
        and _ACTION_LABEL.match(text) is None
        and not (_base_verb_first(text) and not text.split()[0].isupper())  # "SEND – Mrs Lee": an acronym
    )


def _logged_decision(text: str) -> bool:
    """Whether ``text`` is a decision logged under its reference (:data:`_LOGGED_DECISION`) that gives no one a task
    to do after the meeting: "Decision 4/2: a pen test to be commissioned by the CIO" (:data:`_TO_BE_DONE`) or "...:
    Ann to draft the brief" (:data:`_NAMED_TO`) decides on a task, left to the model."""
    return (
        _LOGGED_DECISION.match(text) is not None
        and _TO_BE_DONE.search(text) is None
        and _NAMED_TO.search(text) is None
    )


# A label naming who presented the item's paper, as a committee's template sets it under the item's heading
# ("Presenter: Ann Lee, Head of Governance", "Presented by: Director of Nursing"): who presented is what the meeting
# received, a finding like "Dr Ahmed presented the update" (:data:`_PRESENTER_LINE`), as the corpus labels it.
_PRESENTER_LABEL = re.compile(r"^[-*•\s]*(?:\*\*)?(?:presenters?|presented\s+by)\s*(?:\*\*)?:\s+\S", re.I)


# A resolution that a matter be put on a later agenda ("(2) the outcome of the consultation be included in the
# Committee's work programme", "RESOLVED that the item be added to the agenda of the next meeting"): the business is to
# be brought back, an action as "be brought back" is, though no one is named to bring it. The matter is the subject
# the resolution opens with; a request reported in prose ("Cllr X asked that the letter be placed on the agenda", "she
# had asked for this item to be added to the agenda") records what was said, and is left to the model.
_BE_PROGRAMMED = re.compile(
    r"^(?:\(?\w{1,3}\)\s*)?(?:(?:it\s+was\s+)?(?:resolved|agreed|decided|recommended)\s*(?:that\b)?\s*[:–—-]?\s*)?"
    r"(?:(?!\b(?:that|to)\b)[^.;:?]){1,100}?\bbe\s+(?:included|added|placed|scheduled|put)\s+(?:in|on|to|into|onto)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:work\s+programme|work\s+plan|forward\s+plan|agenda)\b",
    re.I,
)


# An action item written with its "AI" label and its owner, as open-source call notes write them: the owner in
# brackets or before the colon ("AI(@kim): cut rc1", "AI @kim, @lee: draft the advisory", "**AI**: @kim will ..."), or
# after it, then a dash, "to" or "will" ("AI: @kim – cut rc1", "AI: Tom to update the KEYS file", "AI (carried over):
# eve – ask the host"). The label is upper case and an owner follows it, so a line about artificial intelligence ("AI:
# the guidance was noted", "AI tools were discussed", "AI: Copilot will be allowed") is none.
_AI_OWNER = r"(?:@[\w-]+|[A-Za-z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})"
_ACTION_ITEM_LINE = re.compile(
    r"^\W{0,4}(?:\*\*)?AI(?:\*\*)?"
    r"(?:\s*\(\s*@[^()]{1,80}\)\s*:|\s+(?:@[\w-]+|everyone)(?:\s*(?:,|\+|&|and)\s*@[\w-]+)*\s*:"
    r"|(?:\s*\([^()]{1,80}\))?\s*(?:\*\*)?:\s*" + _AI_OWNER + r"(?:\s*(?:,|&|and)\s*" + _AI_OWNER + r")*"
    r"\s+(?:[-–—]\s|(?:to|will)\s+(?!be\b)[a-z]))"
)


def _action_item_line(text: str) -> bool:
    """Whether ``text`` is an action item under its "AI" label with its owner (:data:`_ACTION_ITEM_LINE`), not
    reported done ("AI(@kim): cut rc1 – done, tagged on 6 May" records an earlier action)."""
    return "AI" in text and _ACTION_ITEM_LINE.match(text) is not None and not _reports_action_done(text)


# A row of an action log set out as a Markdown or pipe table or with TABs, perhaps after its reference cell: the task,
# its owner cell and its due cell closing the row, perhaps with a status cell after them ("| Circulate the draft
# budget | @kim | next call |", "FB-23-04-02 | Review the risk register | CFO | End of May", "17/03<TAB>Breakdown of
# the overtime spend<TAB>DCC<TAB>Next meeting<TAB>Open"). Who does what by when is an action whatever the task's words; a decision
# logged in the same table has no due point in its last cell ("FB-23-04-D1 | Board approved the budget | FB | –"),
# nor has the table's header ("| Action | Owner | Due |").
_PIPE_CELL = re.compile(r"\s*(?:\||\t)\s*")
# The most words a due cell holds ("before go-live (11 June)"): a longer last cell is a notes column of prose that may
# mention a date ("Ann flagged that the licence renews on 1 Nov ..."), not a due point.
_DUE_CELL_MAX_WORDS = 6
# The header of a table's owner column ("Who", "Owner", "By whom"): its row ("No. | Action | Who | By when") labels
# the columns and sets no task, though "By when" reads as a due point.
_OWNER_HEADER_CELL = re.compile(
    r"who|owners?|leads?|by\s+whom|responsib(?:le|ility)|action\s+by|assigned\s+to", re.I
)


# A column name of an action log's header row ("No.", "Ref", "Action", "Owner", "Who", "By when", "Due date", "Status").
_LOG_COLUMN = (
    r"(?:no\.?|ref\.?|item|action(?:\s+no\.?)?|actions|owners?|leads?|who|what|when|by\s+when|due(?:\s+date)?"
    r"|deadline|target\s+date|date|status|update|progress|rag|responsible|comments?|notes?)"
)
# The header row of an action log flattened to one line, its cells parted by bars, tabs or spaces ("No. Action Owner
# Due", "Ref | Action | Lead | Due | Status"): it names the columns and sets no task. Three columns at least.
_LOG_HEADER_ROW = re.compile(rf"^\s*{_LOG_COLUMN}(?:(?:\s*\|\s*|\s+){_LOG_COLUMN}){{2,}}\s*$", re.I)


def _pipe_action_row(text: str) -> bool:
    """Whether ``text`` is a pipe-table or TAB row of three cells at least (besides the closing status cell of a TAB
    row, quoted by its action cell; a pipe row is quoted whole, so its status is left to the model) whose last cell
    is a short
    (:data:`_DUE_CELL_MAX_WORDS`) due point (:func:`pipeline.extract.reads_as_due`), not a status ("Complete; two posts advertised in December",
    :func:`pipeline.extract.status_cell`), and whose cell before it is an owner cell (a handle, initials or an office,
    :func:`_owner_cell_of_row`) and not the column's header (:data:`_OWNER_HEADER_CELL`), and which does not report
    the action done."""
    cells = [cell for cell in _PIPE_CELL.split(text.strip()) if cell]
    if "\t" in text and len(cells) >= 4 and status_cell(cells[-1]):
        # an open TAB row's status column closes it: "A19<TAB>Agree the plan<TAB>SP<TAB>23/08<TAB>Open"
        cells = cells[:-1]
    return (
        len(cells) >= 3
        and len(cells[-1].split()) <= _DUE_CELL_MAX_WORDS
        and reads_as_due(cells[-1])
        and not status_cell(cells[-1])
        and _OWNER_HEADER_CELL.fullmatch(cells[-2]) is None
        and _owner_cell_of_row(cells[-2])
        and not _reports_action_done(text)
    )


def _owner_cell_of_row(cell: str) -> bool:
    """Whether a table cell names an owner as action logs write them: handles ("@kim", "@kim, @lee"), initials
    ("ACC", "JB/KT") or an office ("Head of Finance")."""
    handles = cell.replace(",", " ").replace("&", " ").split()
    if handles and all(h.startswith("@") for h in handles):
        return True
    return initials_cell(cell) or office_cell(cell)


# A recommendation or resolution clause written as a subjunctive "That" clause of its own, perhaps after its number
# ("R1  That the Trust publish the audit before March", "2. That the Clerk write to the Highways Authority"): a body
# named and a bare verb from the resolution's task verbs (:data:`_SUBJECT_BARE_VERB`), a task for after the meeting;
# "That the report be noted" has "be" and records the decision.
_THAT_CLAUSE = re.compile(r"^\W{0,4}(?:R?\d{1,2}[.):]?\s+)?That\s+(?=\S)")


def _subjunctive_that_task(text: str) -> bool:
    """Whether ``text`` opens with a "That" clause (:data:`_THAT_CLAUSE`) whose subject then bare verb set a task
    (:data:`_SUBJECT_BARE_VERB`)."""
    m = _THAT_CLAUSE.match(text)
    return m is not None and _SUBJECT_BARE_VERB.match(text[m.end() :]) is not None


# An answer that ends in a commitment ("The Director confirmed that it was and agreed to provide a breakdown", "She
# explained that the data was late and undertook to circulate it"): the reply is reported, but the speaker takes on a
# task, an action in every such line of the corpus, however much the model reads the reply as a finding.
_ANSWER_THEN_COMMITMENT = re.compile(
    r"\b(?:confirmed|replied|explained|said|responded|answered|advised)\s+that\b[^;?]{0,80}?\band\s+"
    r"(?:agreed|undertook|offered)\s+to\s+[a-z]+"
)


# A clause then a person's commitment joined to it by ", and" ("The Chair said this was for the Research Committee,
# and Dr Marsh undertook to raise it there", "DN was told it had not been signed, and the Sponsor agreed to chase
# it"): whatever the first clause reports, a named person or post takes on a task, an action in every such line of the
# corpus (12 of 12). Agreeing to keep a thing as it is ("..., and the SC agreed to keep it") sets no task, as
# :data:`_AGREED_STATE` reads it. A body's agreement ("..., and the Committee agreed to refer it to Senate") is its
# decision, a finding as the corpus labels it, so the committer must be no body (:func:`pipeline.extract.names_body`)
# nor its members as a whole; and a procedural line ("Apologies were received from X, and the CFO agreed to take
# questions") stays procedural.
_CLAUSE_THEN_COMMITMENT = re.compile(
    r",\s+and\s+(?P<who>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.'’-]*){0,4})\s+"
    r"(?:agreed|undertook|offered)\s+to\s+(?!(?:be|keep|retain|leave|maintain)\b)[a-z]+"
)
_MEMBERS_AS_A_WHOLE = frozenset(
    {"members", "governors", "trustees", "directors", "councillors", "all", "everyone"}
)


def _clause_then_commitment(text: str) -> bool:
    """Whether ``text`` ends a clause with a person's commitment (:data:`_CLAUSE_THEN_COMMITMENT`), not a body's, in a
    line that is not procedural (:data:`_PROCEDURAL_EVENT`)."""
    m = _CLAUSE_THEN_COMMITMENT.search(text) if ", and" in text else None
    if m is None:
        return False
    who = m.group("who")
    return (
        not names_body(who)
        and who.removeprefix("the ").lower() not in _MEMBERS_AS_A_WHOLE
        and _PROCEDURAL_EVENT.search(text) is None
    )


# A sentence opened by its owners' initials and "to" with a verb ("AC to attend the training on 4 May", "JB/KT to
# draft the letter", "SM and DO to visit in the spring term"): how minutes set a governor or officer a task, an action
# in every one of the corpus's train sentences of that form (295 of 295), whatever the model reads in its words.
# The same task carried forward under the reference of the action or item it came from ("Item 4 (from September): DO
# to move the reserves", "Action 23/07: JB to chase the quote"): the label names where the task was set, the owner and
# task after it are the same. Only an action's or item's numbered reference: a decision log's "D-08: UAT to start on 2
# Sept" names a plan, not an owner, and a bare "Action:" label is left to the model, which reads it right but where an
# action log repeats a task whose status follows on lines of their own (one train line, a finding).
_INITIALS_TO_VERB = re.compile(
    r"^(?:(?i:item|action|ap|ai)\s*(?:\d|[A-Z]{1,4}[-/ ]?\d)(?:[^:;.?!]|\.(?=\d)){0,40}:\s+)?"
    r"[A-Z]{2,4}(?:\s*(?:/|,|&|and)\s*[A-Z]{2,4})*\s+to\s+(?!be\b)[a-z]{2,}\b"
)


def _sets_a_task(text: str) -> bool:
    """Whether ``text`` sets a task by its layout or its form whatever the model reads in its words: a row of a
    list of actions (:func:`_owner_due_row`), an action item under its "AI" label (:func:`_action_item_line`) or a
    matter resolved to be put on a later agenda (:data:`_BE_PROGRAMMED`), or a thing resolved to be done or a matter
    deferred to a later meeting (:func:`_resolved_or_deferred_task`), or a meeting bot's action line
    (:func:`_bot_action`), or an answer that ends in a commitment (:data:`_ANSWER_THEN_COMMITMENT`) or any clause that
    does (:func:`_clause_then_commitment`), or a task set
    to its owners' initials (:data:`_INITIALS_TO_VERB`) not reported done."""
    return (
        ("–" in text or "—" in text)
        and _owner_due_row(text)
        or ("|" in text or "\t" in text)
        and _pipe_action_row(text)
        or _subjunctive_that_task(text)
        or _action_item_line(text)
        or _BE_PROGRAMMED.match(text) is not None
        or _resolved_or_deferred_task(text)
        or _bot_action(text)
        or _ANSWER_THEN_COMMITMENT.search(text) is not None
        or _clause_then_commitment(text)
        or _INITIALS_TO_VERB.match(text) is not None
        and not _reports_action_done(text)
    )


# An agreement that people would be told something ("It was agreed that parents would be reminded of the deadline",
# "AGREED that tenants should be written to about the works"): somebody must tell them, an action in every such line of
# the corpus (3 of 3; 24 of 26 counting the subjunctive "be" and "be asked" or "be invited", left out here as a
# standing arrangement may be meant), though no one is named and the model may read the message as a finding.
# A negation ("would not be asked to do both") sets no task.
_AGREED_TO_INFORM = re.compile(
    r"\b(?:agreed|resolved|decided)\s*[:–—-]?\s*that\s+(?:(?!\b(?:would|will|should|shall|must|not)\b)[^;.]){1,80}?"
    r"\b(?:would|should|will|shall|must)\s+be\s+(?:reminded|informed|notified|told|advised|contacted|consulted"
    r"|written\s+to|briefed)\b",
    re.I,
)


def _resolved_or_deferred_task(text: str) -> bool:
    """Whether ``text`` resolves that a thing be done (:data:`_RESOLVED_BE_DONE`, in a lettered clause
    :data:`_CLAUSE_BE_DONE`, or by a named post :data:`_CLAUSE_BARE_VERB`), agrees that people would be told something
    (:data:`_AGREED_TO_INFORM`) or defers a matter to a later meeting
    it names (:data:`_DEFERRED_TO_MEETING`), and asks nothing: a question about a deferral ("Cllr X asked why the scheme
    had been deferred to the March meeting") records the question."""
    found = (
        _RESOLVED_BE_DONE.search(text) is not None
        or _CLAUSE_BE_DONE.match(text) is not None
        or (_RESOLUTION_OPENING.match(text) is not None and _CLAUSE_BARE_VERB.search(text) is not None)
        or (("defer" in text or "postpone" in text) and _DEFERRED_TO_MEETING.search(text) is not None)
        or _AGREED_TO_INFORM.search(text) is not None
    )
    return found and not _is_asking(text)


# The task verbs of a subjunctive "be": what is to be done after the meeting.
_TASK_BE_VERB = (
    r"(?:completed|circulated|shared|added|reported"
    r"|presented|published|included|referred|updated|arranged|scheduled|provided|forwarded|drafted|prepared|brought"
    r"|sent|produced|commissioned|undertaken|developed|written|investigated|carried\s+out|conveyed)\b"
)
# The task verbs after a decision verb, joined by "and" ("be endorsed and submitted to Cabinet", "be approved and
# circulated"): the decision is recorded and the paper then goes on, so "submitted" sets a task here, where a bare
# "be submitted" is left to the model (a resolution that a proposal "be submitted to the Panel" may record its
# approval).
_BE_TASK_VERB = r"(?:[a-z]+ed\s+and\s+(?:submitted\b|" + _TASK_BE_VERB + ")|" + _TASK_BE_VERB + ")"
# The same decision and task, with the point by which the paper goes on ("be endorsed and submitted to Cabinet on 19
# March", "be approved and sent to the examiners by the end of October", "... to a future meeting"): a resolution that
# writes the decision first is read as a task only with that point, since without it ("be noted and forwarded to the
# Finance Committee", "be submitted to the Panel") it may record what the body did with the paper, as the corpus reads
# it.
_BE_TASK_VERB_DUE = (
    r"(?:[a-z]+ed\s+and\s+(?:submitted\b|" + _TASK_BE_VERB + r")(?=[^.;]*?\b(?:on|by|before|in|at|to)\s+"
    rf"(?:the\s+)?(?:\d|(?:{MONTHS})\b|(?:next|end|following|future|a\s+future)\b)))"
)
# A resolution that a thing be done, whoever writes it ("RESOLVED that the revised plan be circulated to members", "The
# Board resolved that an impact assessment be completed and shared with the union", "It was agreed that the notes be
# published", "RESOLVED – That the report be endorsed and submitted to Cabinet", a council's dash before its "That"):
# the verb is a task carried out after the meeting, so the line is an action though no one is named; a
# resolution that a thing be noted, approved or adopted records the decision and is none of these. Only the subjunctive
# "be" of a resolution is read: "agreed that the risk should be added to the log" may state a view or a practice, and
# is left to the model.
_RESOLVED_BE_DONE = re.compile(
    r"\b(?:resolved|agreed|decided)\s*(?:[–—-]\s*)?(?:that\b|:)[^;]{0,150}?\s(?!(?:will|would|should|shall|must|could"
    r"|can|may|might|to|not)\s)[\w'’-]+\s+be\s+(?:" + _TASK_BE_VERB + "|" + _BE_TASK_VERB_DUE + ")",
    re.I,
)
# A resolution's clause on a line of its own, its "RESOLVED that" on the line above and its letter cut off as a list
# marker ("(c) the Panel's concerns about the overspend be reported to Cabinet"): a subject, then the subjunctive "be"
# of the same task verbs :data:`_RESOLVED_BE_DONE` reads. Only a resolution's clause opens on its subject with a bare
# "be"; no modal, "to", "that" or past "was" may come before it ("the figures will be shared", "a request that the
# briefs be published" name no task of the meeting's). The clause may repeat the resolution's "that" before its
# subject, as numbered recommendations do ("(1) that an impact assessment be completed within 28 days;"). A decision
# verb may come first and the task after it (:data:`_BE_TASK_VERB`).
_CLAUSE_BE_DONE = re.compile(
    r"^\s*(?:\(?[a-z0-9]{1,4}\)\s+)?(?:that\s+)?(?:the|a|an|any|all|its|their)\s"
    r"(?:(?!\b(?:will|would|should|shall|must|could|can|may|might|to|not|was|were|whether|that)\b)[^;]){0,150}?"
    r"\sbe\s+" + _BE_TASK_VERB,
    re.I,
)
# A resolution whose lettered clause tasks a named post with the subjunctive's bare verb ("RESOLVED that (a) the report
# be noted; and (b) the Commissioner provide a written update to the January meeting"): the clause sets a task
# (:data:`_SUBJECT_BARE_VERB`), though the resolution opens by noting a report. The clause may repeat the resolution's
# "That" after its number ("RESOLVED – (1) That the report be noted; (2) That the Clerk arrange a site visit").
_RESOLUTION_OPENING = re.compile(r"^\W*(?:it\s+was\s+)?(?:resolved|agreed|decided|recommended)\b", re.I)
_CLAUSE_BARE_VERB = re.compile(
    r"\(\w{1,3}\)\s+(?:(?i:that)\s+)?" + _SUBJECT_BARE_VERB.pattern.removeprefix("^")
)
# A matter deferred or postponed to a later meeting it names ("CR-20 deferred to the February SteerCo", "The item was
# postponed until the next meeting", "Deferred to next week's call"): the business is to be brought back then, an
# action as "be brought back" is; a deferral with no meeting named ("deferred pending a costed paper") is left to the
# model.
_DEFERRED_TO_MEETING = re.compile(
    rf"\b(?:deferred|postponed)\s+(?:to|until)\s+(?:the\s+)?(?:next\b|(?:{MONTHS})\b)[^.;,]{{0,30}}?"
    r"\b(?:meeting|board|steerco|call|committee|session|week)\b",
    re.I,
)


# Who will chair the meeting, with no meeting named ("@kim will chair.", "Jo will chair, as Sam is travelling", "Jo will
# chair and Lee will take notes"): the meeting's own arrangements, procedural like its welcome and apologies (corpus
# decision 1), not a task; "Jo will chair the June meeting" names a later meeting she takes on, and is left to the model.
_WILL_CHAIR = re.compile(
    r"^\W{0,4}(?:@[\w-]+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+will\s+chair"
    r"(?=\s*(?:[.,;:(]|$)|\s+(?:and|as|since|while|because)\b)"
)


# A concern stated as a clause ("LB raised a concern that the contract ends in March", "Members raised concerns that
# the site is unlit"): the speaker reports a view of the facts, a finding as "noted that" is, not a question, however
# much the model reads "raised concern" as asking; one that also asks ("... and asked whether ...") stays with the model.
_CONCERN_THAT = re.compile(r"\braised\s+(?:a\s+|the\s+)?concerns?\s+that\b", re.I)
_ALSO_ASKS = re.compile(r"\b(?:asked|queried|enquired|inquired|wondered)\b", re.I)


def _states_a_concern(text: str) -> bool:
    """Whether ``text`` states a concern as a clause (:data:`_CONCERN_THAT`) and asks nothing besides."""
    return (
        _CONCERN_THAT.search(text) is not None
        and _ALSO_ASKS.search(text) is None
        and not text.rstrip().endswith("?")
    )


# A matter left open, its open question the subject of a main clause that says it stayed undecided ("Whether the
# grant covers VAT was not settled.", "Whether to move the call is still to be decided.", "Whether the pilot goes on
# remains open."): the meeting's record of where the matter stands, a finding, not a question asked. An indirect
# question in a list of what was asked ("whether the scheme had been successful;") has no such clause after it.
_UNSETTLED_WHETHER = re.compile(
    r"^\W{0,4}whether\b[^.?!;]{3,200}?\b(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+)?(?:not|never|left)\s+"
    r"(?:been\s+)?(?:settled|decided|agreed|resolved|determined|concluded|open)"
    r"|(?:was|were|is|are|remains?|remained)\s+(?:still\s+)?(?:open|unclear|undecided|unresolved|unsettled"
    r"|to\s+be\s+(?:decided|settled|agreed|resolved|determined|confirmed)))\b[^?]*$",
    re.I,
)


# An answer under its label, as minutes set out a question and its reply ("Response: The DSL said that ...", "A: Three
# notices had been issued"): the reply records what the meeting was told, a finding in 512 of the corpus's 526 such
# lines (the rest actions) and a question in none, however much the model reads the exchange as asking.
_ANSWER_LABEL = re.compile(r"^\W{0,4}(?:\*\*)?(?:response|answer|reply|a)(?:\*\*)?\s*:\s+\S", re.I)
# A question reported with its answer after a semicolon, however the answer is put ("X asked whether anyone was going;
# nobody is.", "Y asked if there were enough tickets; there are 23"): the record of the exchange, a finding in 37 of
# the corpus's 38 such lines (the other an action) and a question in none. A second question after the semicolon
# ("...; and whether ...", "...; how ...?") keeps the line a question.
_ASKED_THEN_ANSWER = re.compile(
    r"\b(?:asked|queried|enquired|inquired|wondered)\s+(?:whether|if|what|why|how|when|who|which)\b[^;?]*;"
    r"(?!\s*(?:and|or|but|also|whether|if|what|why|how|when|who|which)\b)[^?]*$",
    re.I,
)
# What a paper set out, as the minutes summarise the briefing written before the meeting ("The report set out the
# provisional outturn for 2024/25", "The paper summarised the mock results", "It outlined three options"): the paper's
# content, other in every such line of the corpus (53 of 53), not what the meeting found.
_PAPER_CONTENTS = re.compile(
    r"^(?:(?:The|This)\s+(?:[\w'’-]+\s+){0,3}?(?:report|paper|briefing|update)|It)\s+"
    r"(?:set\s+out|summari[sz]ed|outlined|described|detailed)\b"
)


# A question put to a named post, reported as a request to explain ("The Chair asked the Director to explain why the
# target was missed", "Cllr X asked the CC to explain the reasons for the delay"): the answer is wanted there and then,
# a question in every such line of the corpus, where "asked the CC to set out / confirm ..." sets a task. A request to
# explain at a later point ("asked the Director to attend the March meeting to explain", "to explain in writing", "...
# at the next meeting") sets one, and is left to the model; so is "asked that ...", which words a request, and "asked
# what ... to explain", a question already.
_ASKED_TO_EXPLAIN = re.compile(
    r"\basked\s+(?:(?!\b(?:that|what|why|how|whether|if|attend|come|write|report)\b)[\w.,'’&-]+\s+){1,6}?to\s+explain\b"
    r"(?![^;]*\b(?:meeting|in\s+writing|report|by\s+\d|within|before)\b)",
    re.I,
)


# A request put to a person to do something ("kim asked lee to post the notes to the list", "The Chair asked the Clerk
# to book the hall"): a task set, an action in 347 of the corpus's 351 such lines and a question in one ("asked KW to
# clarify ..."), however much the model reads "asked" as a question. A request to explain or clarify wants an answer
# there and then (:data:`_ASKED_TO_EXPLAIN`), and "asked that / whether / for ..." words a question or a wish; "asked
# the question to the author" puts a question. A speaker's own "I / we / you asked them to ..." reports earlier
# correspondence, often with people outside the meeting, and is left to the model.
_ASKED_PERSON_TO = re.compile(
    r"^(?!(?i:i|we|you)\s)(?:the\s+)?@?[\w.-]+(?:\s+[A-Z][\w.-]*){0,3}\s+asked\s+(?:the\s+)?"
    r"(?!(?:that|what|why|how|whether|if|who|when|which|for|about)\b)@?[\w.-]+(?:\s+[A-Z][\w.-]*){0,3}\s+to\s+"
    r"(?!(?:be|explain|clarify|the|a|an|his|her|their|its|our|this|that|them|him|us|me|whether)\b)[a-z]+"
)


def _request_to_a_person(text: str) -> bool:
    """Whether ``text`` reports a request put to a person to do something (:data:`_ASKED_PERSON_TO`), not a direct
    question nor one answered in the same sentence (:func:`_answered_in_sentence`)."""
    return (
        "asked" in text
        and _ASKED_PERSON_TO.match(text) is not None
        and not text.rstrip().endswith("?")
        and not _answered_in_sentence(text)
    )


def _open_to_do(text: str) -> bool:
    """Whether ``text`` is an item of a to-do list still open (:data:`_OPEN_BOX`, "- [ ] @kim draft the policy —
    not started"): a task not yet done, an action as nearly every such line of the corpus is, however its status
    note reads, unless that note says it is done (:func:`_reports_action_done`)."""
    return _OPEN_BOX.match(text) is not None and not _reports_action_done(text)


def _bare_label(text: str) -> bool:
    """Whether ``text`` is a bare label line (:data:`_BARE_LABEL`) with no subject or object in it, or the body's
    decision as a lead-in to a list (:data:`_DECISION_LEAD_IN`)."""
    return (
        _BARE_LABEL.match(text) is not None and _CLAUSE_WORD.search(text) is None
    ) or _DECISION_LEAD_IN.match(text) is not None


def decide_labels(
    classes: list[str], probs: Any, action_threshold: float = 0.5, texts: list[str] | None = None
) -> list[str]:
    """``action`` when its probability reaches ``action_threshold``, else the most probable label.

    With ``texts``, a direct question (a sentence ending in "?") is never an action: it takes its most
    probable other label ("Can the CC share the plan?" asks; it assigns nothing); nor is a line that
    ends on a completion status ("... -- DONE", "...; closed.") or opens on a worded one (:data:`_STATUS_TAG_LEAD`):
    an earlier action reported on; nor
    one that sets nobody a task (:func:`_assigns_nothing`: when a meeting will be held, thanks, a preference).
    A paper received, written after a "Received:" label (:data:`_RECEIVED_PAPER`), or a matter a clause notes
    (:data:`_NOTED_MATTER`), or who presented a paper (:data:`_PRESENTER_LINE`, :data:`_PRESENTER_LABEL`), or a meeting
    bot's decision line (:data:`_BOT_DECISION`), or a resolution of the body's position (:func:`_stance_resolved`), is a
    ``finding``, not ``other``;
    a vote's tally (:data:`_VOTE_TALLY`), a decision logged under its reference (:data:`_LOGGED_DECISION`), a line of
    a list of role holders (:func:`_role_holder_line`) or of other bodies' meetings received (:data:`_BODY_MEETING_ROW`) is a
    ``finding`` unless it asks, and a label naming the paper an item considered
    (:data:`_PAPER_LABEL`) is ``other``. A line
    with no word at all (a date or a figure cut off a table row: "31/05/22") is ``other``, as every such
    line of the corpus is labelled, and so is website furniture (:func:`_web_furniture`) and a bare label
    line of one to four words ending in a colon ("Outcome:"), never anything else in the corpus, and so is who will
    chair, with no meeting named (:data:`_WILL_CHAIR`), and an action's owner and due fields on a line of their own
    (:func:`_owner_due_fields`), and background set before the discussion (:data:`_BACKGROUND_LINE`), an issue's title
    with its number (:data:`_ISSUE_TITLE`), a statement that the meeting is recorded (:data:`_MEETING_RECORDED`) and a
    notice of when the next meeting will be held (:data:`_NEXT_MEETING_NOTICE`). A concern stated as a clause (:func:`_states_a_concern`), or a matter
    recorded as left open (:data:`_UNSETTLED_WHETHER`), is a ``finding``, not a question; a request to explain put
    to a named post (:data:`_ASKED_TO_EXPLAIN`) is a ``question``, not an action or a finding. A question
    asked and answered in one sentence (:func:`_answered_in_sentence`) is neither a question nor an action: it
    records the exchange. A row of a list of actions naming its owner and due point, or a matter resolved to be put
    on a later agenda (:func:`_sets_a_task`), is an action, and so is a line the model reads as a finding
    that is an open to-do item (:func:`_open_to_do`), and so is a line the model reads as a question that reports a
    request put to a person to do something (:func:`_request_to_a_person`)."""
    import numpy as np

    scores = np.array(probs, dtype=float, copy=True, ndmin=2)
    if scores.size == 0:
        return []
    if "action" not in classes:
        return [classes[k] for k in scores.argmax(axis=1)]
    k_action = classes.index("action")
    if texts is not None:
        asks = np.fromiter(
            (
                t.rstrip().endswith("?")
                or _reports_action_done(t)
                or _assigns_nothing(t)
                or _STATUS_TAG_LEAD.match(t) is not None
                for t in texts
            ),
            dtype=bool,
            count=len(texts),
        )
        scores[asks, k_action] = -1.0
        if "question" in classes:
            answered = np.fromiter(map(_answered_in_sentence, texts), dtype=bool, count=len(texts))
            scores[answered, classes.index("question")] = -1.0
            scores[answered, k_action] = -1.0  # nor an action: it reports what was said
    best = scores.argmax(axis=1)  # the first of equal maxima, as max() over the row would pick
    best[scores[:, k_action] >= action_threshold] = k_action
    labels = [classes[k] for k in best]
    if texts is not None and "other" in classes:
        labels = [
            label
            if _WORD_OF_TWO.search(t)
            and not _web_furniture(t)
            and not _bare_label(t)
            and not _WILL_CHAIR.match(t)
            and not _owner_due_fields(t)
            and not _LOG_HEADER_ROW.match(t)
            and not _NOTHING_RECORDED.match(t)
            and not _BACKGROUND_LINE.match(t)
            and not _ISSUE_TITLE.search(t)
            and not (label != "question" and (_MEETING_RECORDED.search(t) or _NEXT_MEETING_NOTICE.search(t)))
            else "other"
            for label, t in zip(labels, texts, strict=True)
        ]
    if texts is not None and "finding" in classes:
        labels = [
            "finding"
            if label == "other"
            and (
                _RECEIVED_PAPER.match(t)
                or _NOTED_MATTER.match(t)
                or _PRESENTER_LINE.match(t)
                or _PRESENTER_LABEL.match(t)
                or _BOT_DECISION.match(t)
                or _stance_resolved(t)
            )
            or label != "question"
            and (
                _VOTE_TALLY.match(t)
                or _logged_decision(t)
                or _role_holder_line(t)
                or _BODY_MEETING_ROW.match(t)
            )
            else label
            for label, t in zip(labels, texts, strict=True)
        ]
    if texts is not None and "other" in classes:
        labels = [
            "other" if _PAPER_LABEL.match(t) or label == "finding" and _PAPER_CONTENTS.match(t) else label
            for label, t in zip(labels, texts, strict=True)
        ]
    if texts is not None and "finding" in classes:
        labels = [
            "finding"
            if label == "question"
            and (
                _states_a_concern(t)
                or _UNSETTLED_WHETHER.match(t)
                or _ANSWER_LABEL.match(t)
                or (";" in t and _ASKED_THEN_ANSWER.search(t))
            )
            else label
            for label, t in zip(labels, texts, strict=True)
        ]
    if texts is not None and "question" in classes:
        labels = [
            "question" if label in ("action", "finding") and _ASKED_TO_EXPLAIN.search(t) else label
            for label, t in zip(labels, texts, strict=True)
        ]
    if texts is not None:
        labels = [
            "action"
            if label != "question"
            and _sets_a_task(t)
            or label == "finding"
            and _open_to_do(t)
            or label == "question"
            and _request_to_a_person(t)
            else label
            for label, t in zip(labels, texts, strict=True)
        ]
    return labels


def apply_owner_tags(spans: list[SentenceSpan], labels: list[str]) -> list[str]:
    """Labels with the layout of owner tags applied: a line that only names an owner ("Action: CEO",
    :func:`pipeline.sentences.owner_tag`) is a label (``other``) and makes the sentence it closes, in the
    same item, an action, unless that sentence asks a question."""
    out = list(labels)
    for tag, closed in owner_tag_lines(spans).items():
        out[tag] = "other"
        if closed is not None and out[closed] != "question":
            out[closed] = "action"
    return out


class SentenceClassifier:
    """A fitted scikit-learn pipeline over :func:`document_features`, with its decision threshold
    and, for a model trained with them, the pretrained spaCy pipeline whose syntactic features
    (:mod:`pipeline.syntax`) it reads."""

    def __init__(self, estimator: Any, action_threshold: float = 0.5, syntax_nlp: Any = None) -> None:
        self.estimator = estimator
        self.action_threshold = action_threshold
        self.syntax_nlp = syntax_nlp

    def predict(self, spans: list[SentenceSpan]) -> list[Classified]:
        if not spans:
            return []
        from sklearn import config_context

        texts = [s.text for s in spans]
        extra = None
        if self.syntax_nlp is not None:
            from pipeline.syntax import syntax_features

            extra = syntax_features(self.syntax_nlp, texts)
        # the features are built here and always finite: skip scikit-learn's per-call input
        # checks, which cost as much as the prediction itself on a document's few hundred rows
        with config_context(assume_finite=True, skip_parameter_validation=True):
            probs = self.estimator.predict_proba(document_features(spans, extra))
        classes = [str(c) for c in self.estimator.classes_]
        labels = apply_owner_tags(spans, decide_labels(classes, probs, self.action_threshold, texts))
        column = {name: k for k, name in enumerate(classes)}
        chosen = probs[range(len(labels)), [column[label] for label in labels]].tolist()
        # built from a label of classes_ and a probability: no validation pass
        return [
            Classified.model_construct(label=label, confidence=round(confidence, 4))
            for label, confidence in zip(labels, chosen, strict=True)
        ]


def _trusted_estimators() -> list[tuple[str, type]]:
    """The scikit-learn estimator classes :data:`TRUSTED_TYPES` names, as ``all_estimators`` lists them."""
    import importlib

    from sklearn.base import BaseEstimator

    found = []
    for name in TRUSTED_TYPES:
        module, _, attr = name.rpartition(".")
        if module.startswith("sklearn."):
            cls = getattr(importlib.import_module(module), attr)
            if isinstance(cls, type) and issubclass(cls, BaseEstimator):
                found.append((attr, cls))
    return found


def import_skops_io() -> Any:
    """``skops.io``, imported without its start-up scan of all of scikit-learn.

    On import, skops builds its default list of trusted types from ``sklearn.utils.all_estimators()``,
    which imports every estimator module scikit-learn has: 1.5 s, a third of a batch run's start-up.
    We never rely on that default list: every load first refuses any type outside :data:`TRUSTED_TYPES`
    and then passes that list explicitly. So, for the import only, the scan is narrowed to the estimator
    classes :data:`TRUSTED_TYPES` names; skops's default list can only get shorter, never longer.
    If skops is already imported (by training, a test or the caller), it is used as it is."""
    import sys

    if "skops.io" in sys.modules:
        return sys.modules["skops.io"]
    import sklearn.utils

    trusted = _trusted_estimators()
    full_scan = sklearn.utils.all_estimators

    def narrowed(type_filter: Any = None) -> list[tuple[str, type]]:
        return trusted if type_filter is None else full_scan(type_filter)

    sklearn.utils.all_estimators = narrowed
    try:
        import skops.io
    finally:
        sklearn.utils.all_estimators = full_scan
    return skops.io


def load_model(path: Path | None = None, syntax_nlp: Any = None) -> SentenceClassifier:
    """Load a skops model, trusting only :data:`TRUSTED_TYPES`; anything else is refused.

    A model whose card says it was trained with a pretrained spaCy pipeline's features needs that
    pipeline (``syntax_nlp``, from :func:`pipeline.syntax.load_pretrained`): without it the model
    would see none of the features it learnt from, so loading it alone is refused; a different
    version of the pipeline than the card records only warns."""
    sio = import_skops_io()
    path = path or model_path(syntax_nlp)
    untrusted = [t for t in sio.get_untrusted_types(file=path) if t not in TRUSTED_TYPES]
    if untrusted:
        raise ValueError(f"{path} holds types outside the trusted list: {untrusted}")
    card_path = card_path_of(path)
    card = json.loads(card_path.read_text(encoding="utf-8")) if card_path.exists() else {}
    threshold = float(card.get("decision", {}).get("action_threshold", 0.5))
    trained_with = card.get("spacy_model")
    if trained_with and syntax_nlp is None:
        raise ValueError(
            f"{path} was trained with the features of the spaCy pipeline {trained_with.get('name')!r}: "
            f"load it with that pipeline (--spacy-model {trained_with.get('name')})"
        )
    if syntax_nlp is not None:
        from pipeline.syntax import pipeline_info

        if not trained_with:
            raise ValueError(f"{path} was trained without spaCy pipeline features; it cannot use them")
        have = pipeline_info(syntax_nlp)
        if (have["name"], have["version"]) != (trained_with.get("name"), trained_with.get("version")):
            warnings.warn(
                f"{path} was trained with {trained_with.get('name')} {trained_with.get('version')}, "
                f"but {have['name']} {have['version']} is loaded: its features may differ; retrain with "
                "`minutes train --spacy-model`",
                stacklevel=2,
            )
    estimator = sio.load(path, trusted=list(TRUSTED_TYPES))
    return SentenceClassifier(estimator, action_threshold=threshold, syntax_nlp=syntax_nlp)


@functools.lru_cache(maxsize=1)
def load_default_model() -> SentenceClassifier | None:
    """The shipped model, loaded once per process (None, with a warning, when it is missing)."""
    path = model_path()
    if not path.exists():
        warnings.warn(
            f"no trained sentence model at {path}; using the rule baseline (run `minutes train`)",
            stacklevel=2,
        )
        return None
    return load_model(path)


@functools.lru_cache(maxsize=2)
def load_syntax_model(spacy_model: str) -> SentenceClassifier:
    """The model trained with the features of the installed spaCy pipeline ``spacy_model`` (a package
    name or folder), with that pipeline loaded; once per process and pipeline.

    Raises :class:`pipeline.syntax.SpacyModelError` when the pipeline is not installed or no model was
    trained with it, saying how to train one."""
    from pipeline.syntax import SpacyModelError, load_pretrained

    nlp = load_pretrained(spacy_model)
    path = model_path(nlp)
    if not path.exists():
        raise SpacyModelError(
            f"no sentence model trained with the features of {spacy_model!r} at {path}; build it with "
            f"`minutes train --spacy-model {spacy_model}`"
        )
    return load_model(path, syntax_nlp=nlp)


def classify_sentences(
    spans: list[SentenceSpan],
    method: str = "model",
    classifier: SentenceClassifier | None = None,
    spacy_model: str | None = None,
) -> list[Classified]:
    """Label every sentence; ``method`` is "model" (trained, the default) or "rules" (baseline).
    ``spacy_model`` (with "model") uses the model trained with that installed pretrained spaCy
    pipeline's features (:func:`load_syntax_model`) instead of the shipped one."""
    if method not in ("model", "rules"):
        raise ValueError(f"unknown classifier method {method!r}; use 'model' or 'rules'")
    if method == "model":
        model = classifier or (load_syntax_model(spacy_model) if spacy_model else load_default_model())
        if model is not None:
            return model.predict(spans)
    ruled = [rule_label(s) for s in spans]
    tagged = apply_owner_tags(spans, [c.label for c in ruled])
    return [
        c if c.label == label else Classified(label=label, confidence=0.7)
        for c, label in zip(ruled, tagged, strict=True)
    ]

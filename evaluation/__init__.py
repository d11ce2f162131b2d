"""Evaluation of pipeline output against hand-labelled gold (SCHEMA.md "Canonical forms",
"Alignment" and "Metrics"): corpus loading, canonical forms, sentence/action alignment, the
metrics, inter-annotator agreement and reports."""

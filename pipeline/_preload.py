"""Loads the pipeline's models on import, for the batch pool's fork server to preload.

Workers forked from the server then start with the classifier and the owner matcher's pipeline
already in memory (shared copy-on-write) instead of each loading its own. A failure here only
costs that saving: each worker loads the models itself, and reports any error per document.
"""

import warnings

try:
    from pipeline.batch import load_models

    load_models()
except Exception as exc:  # noqa: BLE001 - the fork server must start whatever happens here
    warnings.warn(f"models not preloaded in the fork server: {exc}", stacklevel=1)

"""Document classifiers: from a document's extracted text to a verdict for one criterion.

Public API (called by ``evidence.pipeline``)::

    from classifiers import ClassifyContext, classify
    decision = classify(text, criterion, ClassifyContext(year=2024, org="МБОУ СОШ № 5"))

Modules: ``doctype`` (what the document is), ``docdate``/``dates`` (its own date and number),
``topics`` (is it about the criterion), ``agreements`` (parties, subject, direction, term),
``steps`` (the ordered decision steps: kind → topic/agreement → issuer → date), ``decide``
(runs them; the most severe problem is the verdict, the others are named in the message),
``assessment`` (what the steps share). Data lives in ``config/``: ``lexicon.yaml`` (lemmatised
topic vocabulary), ``topics.yaml`` (per-criterion topic checks), ``vocabulary.yaml`` (headings,
months, authorities, agreement parties), ``messages.yaml`` (every message reviewers read);
``classifiers.vocabulary.use_config_dir`` switches to another folder.
"""

from classifiers.decide import ClassifyContext, classify

__all__ = ["ClassifyContext", "classify", "warm_up"]


def warm_up() -> None:
    """Load the morphological dictionaries and the lexicon (call once per worker process)."""
    from classifiers.lexicon import load_lexicon
    from classifiers.morph import analyzer

    analyzer()
    load_lexicon()

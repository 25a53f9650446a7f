"""Document classifiers: from a document's extracted text to a verdict for one criterion.

Public API (called by ``evidence.pipeline``)::

    from classifiers import ClassifyContext, classify
    decision = classify(text, criterion, ClassifyContext(year=2024, org="МБОУ СОШ № 5"))

Modules: ``doctype`` (what the document is), ``docdate``/``dates`` (its own date and number),
``topics`` (is it about the criterion), ``agreements`` (parties, subject, direction, term),
``decide`` (precedence and messages). Data lives in ``config/lexicon.yaml`` and
``config/topics.yaml``.
"""

from classifiers.decide import ClassifyContext, classify

__all__ = ["ClassifyContext", "classify", "warm_up"]


def warm_up() -> None:
    """Load the morphological dictionaries and the lexicon (call once per worker process)."""
    from classifiers.lexicon import load_lexicon
    from classifiers.morph import analyzer

    analyzer()
    load_lexicon()

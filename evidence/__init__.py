"""evidence-check: checks the evidence links of the mentoring-monitoring form (ЦМН)."""

__version__ = "0.1.0"

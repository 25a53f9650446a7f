"""The structural rules' vocabulary (``config/vocabulary.yaml``), compiled into patterns.

The rules ask :func:`vocabulary` for a pattern when they run, so a different configuration
folder (a coordinator's edited copy, a test's modified lexicon) takes effect through
:func:`use_config_dir` without re-importing anything. Every list of the file must be read
by a rule: a list nothing reads is refused when the file is loaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from config.settings import CONFIG_DIR
from config.yamlfile import load_yaml
from evidence.models import DocKind

_config_dir: Path = CONFIG_DIR


def config_dir() -> Path:
    """The folder the classifiers read their data from (``config/`` unless switched)."""
    return _config_dir


@contextmanager
def use_config_dir(path: Path) -> Iterator[None]:
    """Classify with the data files of another folder (lexicon, topics, vocabulary)."""
    global _config_dir
    previous, _config_dir = _config_dir, path
    try:
        yield
    finally:
        _config_dir = previous


def alternation(terms: list[str] | tuple[str, ...]) -> str:
    """``(a|b|c)`` of regular-expression fragments."""
    return "(" + "|".join(terms) + ")"


def words(terms: list[Any] | tuple[str, ...]) -> str:
    """``(?:a|b|c)``: a non-capturing alternation of fragments, to embed in a larger pattern."""
    return "(?:" + "|".join(str(t) for t in terms) + ")"


@dataclass(frozen=True)
class AgreementWords:
    """The words the agreement rules (classifiers/agreements.py) look for, each a
    non-capturing alternation to embed in their patterns; see the comments of the
    ``agreements:`` section of ``vocabulary.yaml`` for what each one is."""

    designation_named: str
    designation_further: str
    designation_any: str
    designation_or: str
    joint_designation: str
    collective_designation: str
    respectively: str
    party_side: str
    representative: str
    preamble_end: str
    subject_follows: str
    subject_heading: str
    subject_of: str
    mentor_stems: str
    mentee_stems: str
    mentor_nouns: str
    mentoring_nouns: str
    mentee_nouns: str
    mentor_roles: str
    mentors_are: str
    mentoring_setting: str
    acting_as: str
    mentoring_done: str
    mentees_are: str
    for_mentees: str
    mentee_prepositions: str
    mentoring_over: str
    assigned_to: str
    mentoring_support: str
    mentoring_passive: str
    by_forces: str
    newcomer_support: str
    newcomers: str
    young: str
    staff_lacking: str
    place_prepositions: str
    negations: str
    denied_after: str
    authority_names: str
    internal_mentors: str
    engaging_verbs: str
    own: str
    relative: str
    first_person: str
    first_person_possessive: str
    purpose: str
    mentoring_heads: str
    students: str
    pupils: str
    mentor_matters: str
    about: str
    mutual: str
    obliged: str
    obligations_heading: str
    article_heading: str
    session_schedule: str
    sessions: str
    events: str
    giving_roles: str
    taking_roles: str
    conductor: str
    term_words: str
    term_from: str
    term_until: str
    in_force_on_signing: tuple[str, ...]  # all of them in one sentence
    prolongation: str
    indefinite_term: str
    duration_lead: str
    duration_for: str
    numerals: tuple[tuple[str, int], ...]  # (word, number), longest word first
    duration_years: str
    duration_months: str
    academic_until: str
    academic_year: str
    locality: str
    between: str
    place_compound_prefixes: str
    trade_compound_prefixes: str


@dataclass(frozen=True)
class DateWords:
    """The words the date rules (classifiers/docdate.py) look for, each a non-capturing
    alternation; see the ``dates:`` section of ``vocabulary.yaml``."""

    approving_acts: str
    approves_attached: str
    stamp_acts: str
    act_nouns: str
    council_acts: str
    period_prepositions: str
    state_as_of: str
    state_line: str
    event_labels: str
    publication_labels: str
    meeting_ahead: str
    page_revision: str
    adopted: str
    adoption_record: str
    approving_order: str
    approval_stamp: str
    council_stamp: str
    cited_act_lines: str
    footer_acts: str
    grounds: str
    approved_participles: str
    foreign_acts: str
    subject_prepositions: str
    date_labels: str
    signature_block: str
    signer_positions: str
    year_words: str
    issue: str
    registration: str
    registration_dates: str
    own_requisites: str
    signed_on: str
    signing_statement: str
    registration_systems: str
    adopted_by_council: str
    period_until: str
    course_foot: str
    specialty_words: str
    birth_words: str
    career_words: str
    phone_words: str
    incoming_stamp: str
    form_requisites: str
    licences: str


@dataclass(frozen=True)
class StructureWords:
    """The words the document-kind rules (classifiers/doctype.py) look for, each a
    non-capturing alternation; see the ``structure:`` section of ``vocabulary.yaml``."""

    order_imperatives: str
    resolves: str
    appendix: str
    appendix_to: str
    appendix_of_acts: str
    stamp_words: str
    first_party: str
    agreement_made: str
    contract_subject: str
    contract_obliges: str
    agreement_itself: str
    parties_term: str
    body_starts: str
    regulation_itself: str
    regulation_sections: str
    programme_itself: str
    paper_self_reference: str
    certifying_verbs: str
    programme_named: str
    letter_salutation: str
    demonstratives: str
    personal_data: str
    consent: str
    site_user: str
    participation: str
    personal_papers: str
    addressees: str
    listed_acts: str
    report_sections: str
    report_itself: str
    check_requisites: str
    law_article: str
    pair_plan: str
    swot_quadrants: str
    grounds_instrumental: str
    site_widget: str
    site_informer: str
    weekdays: str
    download_links: str
    contents_headings: str
    programme_sections: str
    authority_heads: str
    pair_leaders: str
    pair_field_nonvalues: str
    pairs_deferred: str
    pupils_plans: str
    headline_predicates: str
    narrated_predicates: str


def _word_lists(cls: Any, section: _Reader, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """Each string field of a words dataclass from the section's list of the same name."""
    return {f.name: words(section.list(f.name)) for f in fields(cls) if f.name not in skip}


@dataclass(frozen=True, eq=False)  # hashed by identity: patterns are cached per vocabulary
class Vocabulary:
    headings: tuple[tuple[str, DocKind, str], ...]  # (pattern, kind, subtype) in order
    months: tuple[str, ...]  # twelve patterns, January first
    authority: re.Pattern[str]
    territory: re.Pattern[str]  # the place an authority serves, on its letterhead
    own_letterhead: re.Pattern[str]
    support_body: re.Pattern[str]
    school_letterhead: re.Pattern[str]
    numbered_school: re.Pattern[str]  # a numbered school's type, before its «№»
    stamp_headings: tuple[str, ...]  # an electronic-signature stamp (fragments)
    stamp_fields: tuple[str, ...]
    stamp_signing_fields: tuple[str, ...]  # the stamp's field that gives the day of signing
    # a PDF reader's signature appearance: its opening labels, DN markers, timestamp and
    # version labels (classifiers/esign.py)
    stamp_appearance: tuple[tuple[str, ...], ...]
    portal_lines: re.Pattern[str]  # a legal portal's line (matched at a line's start)
    portal_notes: re.Pattern[str]  # a portal's parenthesised note (after its «(»)
    provide: re.Pattern[str]
    party_name_start: tuple[str, ...]  # fragments; a party's name in lower case after «и»
    mentor_staff: str  # alternation fragments, embedded in larger patterns
    mentee_people: str
    school_designation: re.Pattern[str]
    partner_designation: re.Pattern[str]
    school_name: re.Pattern[str]
    partner_name: re.Pattern[str]
    name_abbreviations: tuple[tuple[str, str], ...]
    org_types: tuple[tuple[str, re.Pattern[str]], ...]  # (type, pattern), tried in order
    abbreviation_skip: frozenset[str]
    legal_form_word: re.Pattern[str]
    legal_form_abbreviation: re.Pattern[str]
    agreement: AgreementWords
    dates: DateWords
    structure: StructureWords
    # number words of a date written in words: (pattern, value), ordinals in the genitive
    # («тридцатого»), tens as cardinals («двадцать»), thousands («две тысячи»)
    date_numerals: tuple[tuple[str, str, int], ...] = ()

    @property
    def month_alternation(self) -> str:
        return alternation(self.months)

    def month_number(self, word: str) -> int | None:
        w = word.lower()
        for i, pattern in enumerate(self.months, 1):
            if re.fullmatch(pattern, w):
                return i
        return None


class _Reader:
    """Reads keys of a mapping and remembers which; leftovers are dead data."""

    def __init__(self, data: dict[str, Any], where: str) -> None:
        self.data, self.where, self.read = data, where, set[str]()

    def list(self, key: str) -> list[Any]:
        self.read.add(key)
        value = self.data.get(key)
        if not isinstance(value, list) or not value:
            raise ValueError(f"{self.where}: «{key}» must be a non-empty list")
        return value

    def mapping(self, key: str) -> dict[str, Any]:
        self.read.add(key)
        value = self.data.get(key)
        if not isinstance(value, dict) or not value:
            raise ValueError(f"{self.where}: «{key}» must be a non-empty mapping")
        return value

    def section(self, key: str) -> _Reader:
        self.read.add(key)
        value = self.data.get(key)
        if not isinstance(value, dict):
            raise ValueError(f"{self.where}: «{key}» must be a mapping")
        return _Reader(value, f"{self.where}:{key}")

    def check_all_read(self) -> None:
        unused = sorted(set(self.data) - self.read)
        if unused:
            raise ValueError(f"{self.where}: lists nobody reads: {', '.join(unused)}")


def _rx(terms: list[Any]) -> re.Pattern[str]:
    return re.compile(alternation([str(t) for t in terms]), re.IGNORECASE)


def _agreement_words(ag: _Reader) -> AgreementWords:
    numerals = sorted(
        ((str(w).lower(), int(n)) for w, n in ag.mapping("numerals").items()),
        key=lambda item: -len(item[0]),
    )
    return AgreementWords(
        **_word_lists(AgreementWords, ag, skip=("in_force_on_signing", "numerals")),
        in_force_on_signing=tuple(str(w).lower() for w in ag.list("in_force_on_signing")),
        numerals=tuple(numerals),
    )


@lru_cache(maxsize=4)
def load_vocabulary(folder: Path) -> Vocabulary:
    path = folder / "vocabulary.yaml"
    data = load_yaml(path) or {}
    top = _Reader(data, str(path))
    headings = tuple(
        (str(pattern), DocKind(str(kind)), str(subtype))
        for pattern, kind, subtype in top.list("headings")
    )
    months = tuple(str(m) for m in top.list("months"))
    if len(months) != 12:
        raise ValueError(f"{path}: «months» must list twelve months")
    ag = top.section("agreements")
    stamp = top.section("signature_stamp")
    portal = top.section("portal_notes")
    dates = top.section("dates")
    structure = top.section("structure")
    vocab = Vocabulary(
        headings=headings,
        months=months,
        authority=_rx(top.list("authorities")),
        territory=_rx(top.list("territory_names")),
        own_letterhead=_rx(top.list("own_letterhead")),
        support_body=_rx(top.list("support_bodies")),
        school_letterhead=_rx(top.list("school_letterhead")),
        numbered_school=_rx(top.list("numbered_school")),
        stamp_headings=tuple(str(t) for t in stamp.list("headings")),
        stamp_fields=tuple(str(t) for t in stamp.list("fields")),
        stamp_signing_fields=tuple(str(t) for t in stamp.list("signing_fields")),
        stamp_appearance=tuple(
            tuple(str(t) for t in stamp.list(k))
            for k in (
                "appearance_openings",
                "appearance_markers",
                "appearance_dates",
                "appearance_versions",
            )
        ),
        portal_lines=_rx(portal.list("lines")),
        portal_notes=_rx(portal.list("notes")),
        provide=_rx(ag.list("provide_verbs")),
        party_name_start=tuple(str(t) for t in ag.list("party_name_start")),
        mentor_staff=alternation([str(t) for t in ag.list("mentor_staff")]),
        mentee_people=alternation([str(t) for t in ag.list("mentee_people")]),
        school_designation=_rx(ag.list("school_designation")),
        partner_designation=_rx(ag.list("partner_designation")),
        school_name=_rx(ag.list("school_name")),
        partner_name=_rx(ag.list("partner_name")),
        name_abbreviations=tuple((str(a), str(b)) for a, b in ag.list("name_abbreviations")),
        org_types=tuple(
            (str(name), _rx(ag.section("org_types").list(str(name))))
            for name in ag.section("org_types").data
        ),
        abbreviation_skip=frozenset(str(w).lower() for w in ag.list("abbreviation_skip")),
        legal_form_word=re.compile(
            "^" + alternation([str(t) for t in ag.list("legal_form_words")]), re.IGNORECASE
        ),
        legal_form_abbreviation=re.compile(
            "^" + alternation([str(t) for t in ag.list("legal_form_abbreviations")]) + "$",
            re.IGNORECASE,
        ),
        agreement=_agreement_words(ag),
        dates=DateWords(**_word_lists(DateWords, dates)),
        structure=StructureWords(**_word_lists(StructureWords, structure)),
        date_numerals=tuple(
            (str(group), str(word), int(value))
            for group, words_ in top.mapping("date_numerals").items()
            for word, value in dict(words_).items()
        ),
    )
    ag.check_all_read()
    stamp.check_all_read()
    portal.check_all_read()
    dates.check_all_read()
    structure.check_all_read()
    top.check_all_read()
    return vocab


def vocabulary() -> Vocabulary:
    return load_vocabulary(_config_dir)

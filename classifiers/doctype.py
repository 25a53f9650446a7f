"""What a document is, judged from its own heading and structure (not from acts it cites).

Order of evidence:
1. the imperative of an order («ПРИКАЗЫВАЮ») before any «Приложение к приказу» -> an order
   (an order carrying its approved regulation as an appendix is still an order);
2. «постановляет / постановляю» under a ПОСТАНОВЛЕНИЕ heading -> a resolution (other);
3. «Приложение … к приказу …» opening the text -> the appendix: the kind of its own title
   (usually a regulation), flagged ``appendix_of_order``; with no title nor structure of its own
   (a list of pairs, a schedule), a part of the order it names;
4. a letter's salutation over an order's heading with its date and number (a covering note
   above the order it forwards) -> the order; a letter otherwise;
5. otherwise the first heading of the text that is not part of an approval stamp
   («УТВЕРЖДАЮ … Приказ № 5 от …» belongs to the stamp of a regulation);
6. otherwise structure alone: parties «именуемое в дальнейшем» (or a contract's subject «По
   договору … обязуется», or an excerpt naming «настоящее Соглашение» and its «Стороны») ->
   agreement, «Настоящее положение» (or a text opening with «1. Общие положения») ->
   regulation, a text calling itself «настоящая программа» / «… Программы» -> programme,
   the requisites of a check («Цель проверки: …», «Предмет проверки: …») -> report;
   a paper issued to a person naming itself in its certifying formula above any heading
   («Настоящее удостоверение свидетельствует …», its title on a cut-off half) -> that paper.

A heading word that opens a definition («Программа наставничества – это …»), the label
«Подробная информация» and a «Целевая модель …» over unnumbered prose name no document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from classifiers.lexicon import load_lexicon
from classifiers.morph import lemmas_of
from classifiers.vocabulary import Vocabulary, vocabulary
from evidence.models import DocKind

HEAD_CHARS = 4000


@lru_cache(maxsize=4)
def _heading_patterns(
    vocab: Vocabulary,
) -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], DocKind, str]]]:
    """The heading finder and the (pattern, kind, subtype) list, from config/vocabulary.yaml."""
    finder = re.compile(
        r"(?<![А-Яа-яЁё])[«\"“]?("
        + "|".join(f"(?:{p})" for p, _, _ in vocab.headings)
        + r")(?![А-Яа-яЁё])",
        re.IGNORECASE,
    )
    whole = [(re.compile(rf"^{p}$", re.IGNORECASE | re.DOTALL), k, s) for p, k, s in vocab.headings]
    return finder, whole


@lru_cache(maxsize=4)
def _glued_heading(vocab: Vocabulary) -> re.Pattern[str]:
    """«О Т Ч Е Т О В Ы П О Л Н Е Н И И» joined by the repair of letter-spaced words into
    «ОТЧЕТОВЫПОЛНЕНИИ» (OCR keeps no wider gap between the words): a title line in capitals, one
    run of letters — the heading word (group 1), the preposition «О»/«ОБ» and its object, a
    noun of action or state in the prepositional case («… о выполнении», «… о наставничестве»,
    «… о деятельности»), the way a title is built («ПЛАНОВЫЕПОКАЗАТЕЛИ» is no «план о …»)."""
    words = "|".join(f"(?:{p})" for p, _, _ in vocab.headings)
    return re.compile(
        rf"^[ \t]*((?i:{words}))(?=ОБ?[А-ЯЁ]{{2,}}?(?:ЕНИИ|АНИИ|СТВЕ|ОСТИ)[А-ЯЁ]*[ \t]*$)",
        re.MULTILINE,
    )


# an entry of a table of contents: the section's title, dot leaders and its page number
_TOC_ENTRY = re.compile(
    r"[^\n]{0,150}?(?:\.\s?){5,}\s*\d{1,3}(?!\d)|[^\n]{0,150}?…{2,}\s*\d{1,3}(?!\d)"
)
# … or the next entry after one on the same line (contents extracted as one line)
_TOC_BEFORE = re.compile(r"(?:(?:\.\s?){5,}|…{2,})\s*\d{1,3}\s+(?:\d+(?:\.\d+)*\.?\s*)?$")
# (a year's «г» glued to a date or after it — «29.03.2024г Отчет …» — ends a date, no word)
_LOWER_BEFORE = re.compile(r"[а-яё,](?<!\dг)(?<!\d г)\s*$")
# an abbreviation joined to the heading word by a hyphen at a line's start («SWOT-анализ»,
# «PR-отчёт»): the word still opens the title line
_JOINED_PREFIX = re.compile(r"[ \t]*[«\"“]?[A-ZА-ЯЁ0-9]{2,}-")
# A title line opening with adjectives of its heading word: «Образовательная программа …»,
# «Индивидуальная (персонализированная) программа …», «Информационное письмо»; the first one
# capitalised, a synonym in brackets allowed; a demonstrative («Настоящее положение …») opens
# a sentence of the body, not a title.
_ADJ_END = r"(?:ая|яя|ое|ее|ый|ий|ой)"
_TITLE_ADJECTIVES = (
    rf"[ \t]*[«\"“]?([А-ЯЁ][а-яё]+{_ADJ_END})(?:[ \t]+\(?[а-яё]+{_ADJ_END}\)?){{0,2}}[ \t]+"
)
# … on a line of a title's length that does not end a sentence
_TITLE_LINE_MAX = 200
# «Программа наставничества – это комплекс мероприятий …»: a term defined in a sentence (a
# glossary, a site's page), not a title; a dash between the words of a quoted name («Учитель –
# ученик») is no definition
_DEFINITION = re.compile(r"[^\n«\"“–—.]{0,80}?(?:\s*[–—]\s*|\s+-\s+)(?:это\s+)?[а-яё]")
# how often an excerpt must name «Стороны» to be the text of an agreement
_PARTIES_MENTIONS = 2
# the subtype of «целевая модель» (config/vocabulary.yaml), a local act only when built as one
_MODEL = "целевая модель"
# the subtype of «Информация о …» (config/vocabulary.yaml): an information letter may carry it
_INFORMATION = "информация"
# a numbered section or clause opening a line: «1.», «2.3.», «II.», «Раздел 1»
_NUMBERED = re.compile(
    r"^[ \t]*(?:\d+(?:\.\d+)*\.|[IVX]+\.|раздел\s+\d)", re.MULTILINE | re.IGNORECASE
)
# a clause number of two levels or more opening a line («1.1.», «2.3.4»): a heading word after it
# is the subject of a clause («1.1. Грамота … является наградой …»), not the document's title
_CLAUSE_NUMBER = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]*$")
# a text opening with the first clauses of a section («1.1. …», then «1.2. …»): its title and
# the section's heading were cut off (an excerpt of a regulation from a legal portal); a clause
# is a sentence (a numbered row of a table of indicators «1.1. Доля наставников – 5 %» is not)
_CLAUSES_OPENING = re.compile(
    r"\s*(\d{1,2})\.1\.?[ \t][^\n]{60,}[.;:][ \t]*\n(?=(?:.*?\n)?[ \t]*\1\.2\.?\s)", re.DOTALL
)
# A capitalised word opening a sentence inside a paragraph («… каждого. Программа
# наставничества позволит …»): the sentence before it ends in a word, not in «г.» or a number
_SENTENCE_END = re.compile(r"[а-яё][.!](?:\s|$)")
_SENTENCE_BEFORE = re.compile(r"(?<![А-ЯЁа-яё])[а-яё]{3,}[.!?][ \t]+$")
# a page listing documents: this many lines of cited acts, making up this share of its lines
_LISTED_ACTS_MIN = 3
_LISTED_ACTS_SHARE = 1 / 3
# «Информация о …», «ИНФОРМАЦИЯ по итогам …»: a report's title names its subject
_SUBJECT_FOLLOWS = re.compile(r"\s*(?:о|об|по|за|к|на)\s", re.IGNORECASE)
# «1) наставничество – …; 2) форма наставничества – …»: numbered definitions of terms, the
# section «Основные понятия» of a regulation whose title was cut off
_DEFINITION_ITEM = re.compile(r"(?:^|[;.]\s*)(\d{1,2})\)\s*[а-яё][^;\n]{0,80}?\s[–—-]\s")
_DEFINITION_ITEMS_MIN = 3
# «… наставляемого. Наставник — участник программы …»: a term defined at the start of a
# sentence, the way an act's section «Основные понятия» is written (a term, a dash, its genus in
# lower case); «… — это …» is the wording of a page explaining a word, not of an act
_TERM_DEFINED = re.compile(
    r"(?:^|[.;:]\s+|\n\s*)(?:\d{1,2}(?:\.\d{1,2})+\.?\s+)?[А-ЯЁ][а-яё]+(?:\s[а-яё]+){0,3}"
    r"\s[–—-]\s(?!это\s)[а-яё]"
)
_TERMS_DEFINED_MIN = 3
# a text opening in the middle of a sentence: an excerpt cut out of a document (a site's page
# quoting the same glossary opens with its own heading, menu or prose)
_MID_SENTENCE = re.compile(r"\s*[а-яё]")
# «2.7. Куратор … программы. 3. Цели и задачи …»: the last clause of a section (ending a
# sentence) followed by the next section's number and title — a local act's numbering with its
# title cut off (group 1: the section of the clause, group 2: the next section)
_CLAUSE_THEN_SECTION = re.compile(
    # (the clause's number may be glued to its first word: «1.6.Наставничество является …»)
    r"(?:^|\s)(\d{1,2})\.\d{1,2}(?:\.\d{1,2})*\.?(?:[ \t]|(?=[А-ЯЁ]))[^\n]*?(?:\n[^\n]*?){0,3}?[.;:]\s+"
    r"(\d{1,2})\.[ \t]*[А-ЯЁ][а-яё]"
)
# «3. МЕХАНИЗМ РЕАЛИЗАЦИИ … / 3.1. Наставник назначается … . / 3.2. …»: a numbered section's
# title on its own line followed by its first clauses (each a sentence; a PDF's text may break
# a clause into many short lines)
_SECTION_WITH_CLAUSES = re.compile(
    r"(?:^|\n)[ \t]*(\d{1,2})\.[ \t]*[А-ЯЁ][^\n]{3,150}\n[ \t]*\1\.1\.?[ \t][^\n]{20,}"
    r"(?:\n[^\n]{1,80}){0,15}?[.;:][ \t]*\n(?:[^\n]*\n){0,3}?[ \t]*\1\.2\.?[ \t]"
)
# «Дорожная карта, наставничество / - адаптировать молодого педагога …;»: a line under a
# heading that goes on with an item of a list in lower case — the text was cut out of a
# document, the heading above it is the name a site gave the file
_LIST_GOES_ON = re.compile(r"[^\n]*\n(?:[ \t]*\n)*[ \t]*[-–—•·*][ \t]*[а-яё]")
# a list's item naming a link at a page's end: «2.План проверок», «- Приказ»
_LINK_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-–—•·*])[ \t]*\S[^\n]{0,80}")
_LINK_ITEMS_MIN = 2
# a clause number before a heading word inside a line (a text extracted as one line):
# «… наставляемого. 2.7. Целевая модель наставничества - система …» is a clause's subject
_CLAUSE_INLINE = re.compile(r"[.;:][ \t]+\d{1,2}(?:\.\d{1,2})+\.?[ \t]*$")
# the first definition opens the excerpt (a page's text may quote a glossary further down)
_DEFINITION_OPENS = 200
# a clause number of two levels opening a line: «1.3.», «2.4 …»
_CLAUSE_LINE = re.compile(r"^[ \t]*\d{1,2}\.\d{1,2}\.?(?:[ \t]|$)", re.MULTILINE)
_GROUNDS_MIN = 2
# how far into a text with no readable heading a regulation's first section may start
_SECTION_REACH = 1500
# a title in capitals on a line of its own: «ТРЕБОВАНИЯ К ОФОРМЛЕНИЮ …» (two words at least)
_CAPS_TITLE = re.compile(r"^[ \t]*[А-ЯЁ]{3,}(?:[ \t,\-–«»\"]+[А-ЯЁ]{1,})+[ \t»\"]*$", re.MULTILINE)
# the first numbered section of an act: «1. Нормативное обеспечение», «I. Общие положения»
_FIRST_SECTION = re.compile(r"\n[ \t]*(?:1|I)\.[ \t]*[А-ЯЁ]")
# an act's own requisites, its number before its date: «№ 202 от 13.02.2019»
_NUMBER_THEN_DATE = re.compile(r"№\s*\d[\w/-]*\s+от\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}")
# «Распоряжение Правительства … / от 9 декабря 2020 г. N 552-рп»: the act's requisites on the
# line right under its name and issuer — the title of the act a text reproduces
_REQUISITES_BELOW = re.compile(r"[^\n]*\n[ \t]*от[ \t]+[^\n№]{4,40}?(?:№|N)[ \t]*\d")
# how many of a check's requisites («Цель проверки:», «Предмет проверки:» …) make its report
_CHECK_REQUISITES_MIN = 2
# the strengths and the weaknesses both named
_SWOT_QUADRANTS_MIN = 2
# a heading naming a topic rather than a document («Мониторинг …», «Внутришкольный мониторинг»):
# a site's section name when a document's own heading follows it closely
_TOPIC_HEADING = "мониторинг"
_TOPIC_FOLLOWED = 300
# a site section's tabs of school years, each alone on its line («2024-2025 / 2022-2024»)
_YEAR_TAB = re.compile(r"^[ \t]*20\d\d[ \t]*[-–—/][ \t]*(?:20)?\d\d[ \t]*$", re.MULTILINE)
_YEAR_TABS_MIN = 2
# a document's title with nothing after it, under a page's prose: the name of a link
_LINK_PROSE_MIN = 100
# a paragraph of prose, not a title: this long, this many words, more than one sentence
_PROSE_LINE_MIN = 150
_PROSE_WORDS_MIN = 15
# how far back an approval stamp may reach on the line of a heading it holds: «Принято на
# заседании педагогического совета <full name of the organisation> Протокол от … № …»
_STAMP_REACH = 260
# the last element of an approval stamp: the head's signature «Петрова А. В.», «А.В. Петрова»
# or the date «от 31.08.2023 г.»
_STAMP_ENDS = re.compile(
    r"(?:(?<![А-Яа-яЁё])[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.(?:[ \t]*[А-ЯЁ][а-яё]+)?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}[ \t]*(?:г\.)?)[ \t]*$"
)
# the longest line of a stamp stacked in short lines («Педагогическим Советом МКОУ»)
_STAMP_LINE_MAX = 60
# a record's number opening the line under the rest of its name: «Протокол педагогического
# совета / № 4 от …»
_NUMBER_BELOW = re.compile(r"[^\n№]{0,80}\n[ \t]*(?:№|N[ \t]*\d)")
# … or on its own line: «ПРИНЯТО: Протокол заседания педагогического совета №5 от …»
_NUMBER_ON_LINE = re.compile(r"[^\n№]{0,80}(?:№|N[ \t]*\d)")
# how far the title of a local act follows the label of its register entry («Локальный акт № …»)
_LABEL_REACH = 200
# download links under the documents a site's page offers
_DOWNLOADS_MIN = 3
# a section's number before its name in a table of contents («4.4.План мероприятий …»)
_ENTRY_NUMBER = re.compile(r"(?:^|\s)\d{1,2}(?:\.\d{1,2})*\.?[ \t]*$")
_PLAN_ENTRIES_MIN = 3
_CONTENTS_REACH = 1500  # the first entries of a table of contents
_GENERIC_ACT = "акт"
# a licence named on the letterhead of the organisation that issues a paper (or in its details)
_ISSUER_LICENCE = "лицензия"
# the fields of a licence's requisites listed on its line: «, серия …», «: № … от …»
_DETAILS_FIELDS = re.compile(r"[^\n]*?[,:;]")
# an order's kind of act issued by the head of an organisation or of an authority
_DIRECTIVE = "распоряжение"
# an act's date and number on the line right under its heading: «29.03.2012 № 85», «от 5 мая
# 2024 г. № 12-од», «№ 85 от 29.03.2012» (a place's line «г. Хабаровск» may stand between)
_REQUISITES_UNDER = re.compile(
    r"[ \t]*\n(?:[ \t]*\n){0,3}(?:[ \t]*г\.[ \t]*[А-ЯЁ][^\n]{0,40}\n(?:[ \t]*\n){0,3})?"
    r"(?=[^\n]*?(?:№|N[ \t]*\d))[^\n]*?(?<!\d)\d{1,2}»?"
    r"(?:[./]\d{1,2}[./]|[ \t]+[а-яё]+[ \t]+)\d{2,4}"
)
# an order's date and number under its heading, a signature's stamp lines between them
_ORDER_DATE_UNDER = re.compile(
    r"(?:[^\n]{0,60}\n){1,8}?[ \t]*от[ \t]+(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}[ \t]+[а-яё]+[ \t]+\d{4})"
    r"[^\n]{0,20}(?:\n(?:[ \t]*\n){0,2}[^\n]{0,20})?№[ \t]*\d"
)
# how far under a file's title an order's heading is read (the letterhead between)
_TITLED_ORDER_REACH = 600
# how far above its heading an act's letterhead is read
_LETTERHEAD_REACH = 300
# a news item: the section's line (config/lexicon.yaml group, at most this many words), the
# publication line within this many lines under it, all within the text's first characters
_NEWS_SECTIONS = "news_sections"
_NEWS_SECTION_WORDS = 3
_NEWS_DATE_LINES = 3
_NEWS_REACH = 3000
# the site's title line may stand over the section's line, given as the path to the page
# («МБОУ «СОШ № 4» / Главная / Новости»): the path's last step names the section
_NEWS_HEAD_LINES = 2
_PATH_STEP = re.compile(r"[ \t]*[/>»|][ \t]*")
# «14.11.2024 | Автор: Пресс-центр | Просмотров: 87»: a news item's own line under its headline
# — its date, then the labels of a news feed (config/lexicon.yaml group)
_NEWS_META = "news_meta"
_NEWS_META_LINE = re.compile(r"[ \t]*\d{1,2}[./]\d{1,2}[./]\d{2,4}\b[^\n]*?[|,][ \t]*([А-ЯЁа-яё]+)")
# a news item's dateline: a clock time and a date alone on a line («11:39 / 23 апреля 2024»), on
# one of the text's first lines (a rubric's line may stand over it)
_CLOCK = r"(?:[01]?\d|2[0-3]):[0-5]\d"
_TIMELINE_LINES = 3
# a news item's headline (config/lexicon.yaml group): an act the object of a verb in the past
# tense («В Минске подписали соглашение о …»), among the text's first lines, over prose
_NEWS_ACT_VERBS = "news_act_verbs"
_PAST_TENSE = re.compile(r"[а-яё]{2,}л[аио]?")
_HEADLINE_OBJECT_WORDS = 3
_HEADLINE_LINES = 6
# the card of an act in a register of legal acts (config/lexicon.yaml groups): «Label: value»
# lines within the text's first characters, one naming the act's kind
_CARD_KIND_LABELS = "card_kind_labels"
_CARD_FIELDS = "card_fields"
_CARD_FIELD = re.compile(
    r"^[ \t]*([А-ЯЁ][А-ЯЁа-яё \t-]{2,60}?)[ \t]*:[ \t]*(\S[^\n]*?)[ \t]*$", re.MULTILINE
)
_CARD_REACH = 1500
# titles of a local act that also name a numbered section of an act's body (config/lexicon.yaml
# group): «3. Порядок закрепления наставника» is a section, «ПОРЯДОК / проведения …» a title
_SECTION_TITLE_ACTS = "section_title_acts"
# a section's number before the word, opening its line or following the end of a sentence
# (a text extracted as one line): «3. », «2.4 », «IV. »
_SECTION_NUMBER_BEFORE = re.compile(
    r"(?:^|[.;:!?][ \t]+)(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)[ \t]*$", re.MULTILINE
)
# a line this long is a text extracted as one line (title and body run together): its last
# character tells nothing of the title
_SENTENCE_LINE_MAX = 300


@dataclass(frozen=True)
class _Patterns:
    """The structural rules' patterns: the grammar here, the words from ``vocabulary.yaml``."""

    imperative: re.Pattern[str]
    resolves: re.Pattern[str]
    appendix: re.Pattern[str]
    stamp_before: re.Pattern[str]
    parties: re.Pattern[str]
    body_mark: re.Pattern[str]
    agreement_alone: re.Pattern[str]
    agreement_itself: re.Pattern[str]
    parties_term: re.Pattern[str]
    programme_itself: re.Pattern[str]
    paper_itself: re.Pattern[str]
    letter: re.Pattern[str]
    title_adjectives: re.Pattern[str]
    demonstrative: re.Pattern[str]
    regulation_itself: re.Pattern[str]
    regulation_text: re.Pattern[str]
    regulation_opening: re.Pattern[str]
    personal_data: re.Pattern[str]
    consent: re.Pattern[str]
    site_user: re.Pattern[str]
    participation: re.Pattern[str]
    listed_act: re.Pattern[str]
    short_name: re.Pattern[str]
    report_section: re.Pattern[str]
    regulation_section: re.Pattern[str]
    grounds_listed: re.Pattern[str]
    site_widget: re.Pattern[str]
    report_itself: re.Pattern[str]
    swot_quadrant: re.Pattern[str]
    law_article: re.Pattern[str]
    news_dateline: re.Pattern[str]
    publication_line: re.Pattern[str]
    headline: re.Pattern[str]
    predicate_after: re.Pattern[str]
    download_link: re.Pattern[str]
    contents: re.Pattern[str]
    contents_word: re.Pattern[str]
    programme_section: re.Pattern[str]
    authority_signature: re.Pattern[str]
    grounds_label: re.Pattern[str]
    check_requisite: re.Pattern[str]
    news_timeline: re.Pattern[str]
    story_day: re.Pattern[str]


@lru_cache(maxsize=4)
def _patterns(vocab: Vocabulary) -> _Patterns:
    w, ag = vocab.structure, vocab.agreement
    i = re.IGNORECASE
    # what an agreement's preamble is built of, without «(далее — …)», which defines terms in
    # every kind of act: parties «именуемые в дальнейшем», «с одной стороны», «заключили …»
    preamble = rf"{ag.designation_named}|{w.first_party}|{w.agreement_made}"
    day = (
        rf"(?:\d{{1,2}}[ \t]+{vocab.month_alternation}[ \t]+\d{{4}}(?:[ \t]*г\.?)?"
        rf"|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}(?:[ \t]*г\.?)?)"
    )
    return _Patterns(
        # «ПРИКАЗЫВАЮ»; «ПРИКАЗЫВАЕМ» in a joint order of several authorities
        imperative=re.compile(rf"(?<![а-яё])({w.order_imperatives})(?![а-яё])", i),
        resolves=re.compile(rf"(?<![а-яё]){w.resolves}(?![а-яё])", i),
        appendix=re.compile(
            rf"{w.appendix}\s*(?:№\s*\d+[а-я]?\s*|\d+\s*)?[,.]?\s*{w.appendix_to}\s+"
            rf"({w.appendix_of_acts})",
            i,
        ),
        # «УТВЕРЖДАЮ … Приказ № 5 от …»: a heading in the stamp of another document
        stamp_before=re.compile(w.stamp_words, i),
        # The preamble of an agreement: parties designated, represented, «заключили настоящий …».
        parties=re.compile(rf"{preamble}|\(\s*{ag.designation_further}\s*[-–—]", i),
        body_mark=re.compile(w.body_starts, i),
        # … and the subject of a civil-law contract «1.1. По договору … Исполнитель обязуется …»;
        # or a sentence opening a line (a clause) in which the text names itself an agreement
        # «1.1 Настоящий коллективный договор заключён между …» (its title page cut off)
        agreement_alone=re.compile(
            rf"{preamble}|(?:^|\n)\s*(?:1\.1\.?\s*)?{w.contract_subject}\b[^.\n]{{0,150}}?"
            rf"{w.contract_obliges}"
            rf"|(?:^|\n)[ \t]*(?:1\.1\.?[ \t]*)?(?=(?-i:[А-ЯЁ])){w.agreement_itself}",
            i,
        ),
        agreement_itself=re.compile(rf"(?<![а-яё]){w.agreement_itself}", i),
        parties_term=re.compile(rf"(?<![А-Яа-яЁё]){w.parties_term}(?![а-яё])"),
        # a programme that names itself: «настоящая программа», «цели и задачи Программы»
        programme_itself=re.compile(
            rf"(?i:{w.programme_itself})|(?<=[а-яё] ){w.programme_named}(?![а-яё])"
        ),
        # a paper issued to a person naming itself in its certifying formula: «Настоящее
        # удостоверение свидетельствует …» (the paper's word captured)
        paper_itself=re.compile(
            rf"(?<![а-яё])(?:{w.paper_self_reference})[а-яё]*\s+([а-яё]+)\s+"
            rf"(?:{w.certifying_verbs})[а-яё]*",
            i,
        ),
        # the salutation of a letter on its own line: «Уважаемые коллеги!», «Уважаемый Иван
        # Петрович!»
        letter=re.compile(rf"^[ \t]*{w.letter_salutation}\s+[^\n!]{{2,60}}!", re.MULTILINE),
        title_adjectives=re.compile(rf"{_TITLE_ADJECTIVES}$"),
        demonstrative=re.compile(w.demonstratives, i),
        regulation_itself=re.compile(w.regulation_itself, i),
        regulation_text=re.compile(rf"{w.regulation_sections}|{w.regulation_itself}", i),
        # a text that opens with a regulation's first section «1. Общие положения» (its title
        # page cut off): the words of its clauses are no heading
        regulation_opening=re.compile(rf"\s*(?:1|I)\.?\s*(?:{w.regulation_sections})(?![а-яё])", i),
        personal_data=re.compile(w.personal_data, i),
        consent=re.compile(w.consent, i),
        site_user=re.compile(w.site_user, i),
        participation=re.compile(w.participation, i),
        # a line of a list of acts: «- Приказ министерства … от 17.02.2022 № 631 "О …"» (a
        # bullet or an item number allowed), with a date, a number or a quoted title
        # «(далее – Грамота)», «(далее по тексту - Положение)»: a short name an act defines
        short_name=re.compile(rf"\(\s*(?:{ag.designation_further})\s*[-–—:]?\s*[«\"“]?$", i),
        listed_act=re.compile(
            rf"^[ \t]*(?:[-–—•·*]|\d{{1,2}}[.)])?[ \t]*(?:{w.listed_acts})(?![а-яё])"
            r"[^\n]*?(?:\d|«|\")",
            re.MULTILINE | i,
        ),
        # «1. Аналитическая часть», «I. ОБЩИЕ СВЕДЕНИЯ ОБ ОБРАЗОВАТЕЛЬНОЙ ОРГАНИЗАЦИИ»: a section
        # of a report, numbered or opening a line
        report_section=re.compile(
            rf"(?:^|\n|\s(?=(?:\d{{1,2}}|[IVX]+)\.))[ \t]*(?:(?:\d{{1,2}}|[IVX]+)\.?[ \t]*)?"
            rf"(?:{w.report_sections})(?![а-яё])",
            i,
        ),
        # «… Положение о … 1. Общие положения 1.1. …»: a regulation's first numbered section
        # after a title the rules could not read (OCR-damaged, cut off)
        regulation_section=re.compile(
            rf"(?:^|\s)(?:1|I)\.?[ \t]*(?:{w.regulation_sections})(?![а-яё])", i
        ),
        # «– Распоряжением Министерства … от …»: a line of grounds in the instrumental case
        grounds_listed=re.compile(
            rf"^[ \t]*[-–—•·*][ \t]*(?:{w.grounds_instrumental})(?![а-яё])", re.MULTILINE | i
        ),
        site_widget=re.compile(w.site_widget, i),
        # «Положение об оказании платных услуг    скачать»: a download link ending a line
        download_link=re.compile(
            rf"(?:^|[ \t])(?:{w.download_links})[ \t]*(?:\([^)\n]{{0,30}}\))?[ \t]*$",
            re.MULTILINE | i,
        ),
        contents=re.compile(rf"\s*(?:{w.contents_headings})(?![а-яё])", i),
        contents_word=re.compile(rf"(?<![а-яё])(?:{w.contents_headings})(?![а-яё])", i),
        # «1. ПАСПОРТ ПРОГРАММЫ РАЗВИТИЯ ........ 4»: an entry of a programme's contents
        programme_section=re.compile(
            rf"^[ \t]*\d{{1,2}}\.?[ \t]*(?:{w.programme_sections})(?![а-яё])", re.MULTILINE | i
        ),
        # «Основание для проведения проверки: План работы …»: a label of the grounds right
        # before the word (the act the document rests on)
        grounds_label=re.compile(rf"(?:{vocab.dates.grounds})[ \t]*$", i),
        # «Цель проверки: …», «Предмет проверки: …» opening a line (or alone on it, the value
        # on the next line, as the card of a check in a register prints it): a check's requisites
        check_requisite=re.compile(
            rf"^[ \t]*(?:\d{{1,2}}[.)][ \t]*)?((?:{w.check_requisites}))[ \t]*(?::|$)",
            re.MULTILINE | i,
        ),
        # «… возложить на … Л.П. Иванову. Глава администрации города Канаш В.И. Полукарова»: a
        # signature opening a line or a sentence, the head of an authority and his name
        authority_signature=re.compile(
            rf"(?:^|(?<=[.;])[ \t]+)(?=[А-ЯЁ])(?i:{w.authority_heads})[ \t]+"
            rf"(?i:{vocab.authority.pattern}|{vocab.territory.pattern})[^\n.;]{{0,80}}?"
            # the name beside the position, after the signature's blank or on the next line
            r"[ \t_]*\n?[ \t_]*(?<=[\s_])[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.[ \t]?[А-ЯЁ][а-яё]+",
            re.MULTILINE,
        ),
        report_itself=re.compile(w.report_itself, i),
        swot_quadrant=re.compile(w.swot_quadrants, i),
        # «Статья 15. Сетевая форма …» opening a line
        law_article=re.compile(
            rf"(?:^|\n)[ \t]*(?:{w.law_article})[ \t]+(\d{{1,3}})(?:\.\d{{1,2}})?\.[ \t]+[А-ЯЁ]"
        ),
        # «Положение о … утверждено»: a news headline ends with a lower-case predicate
        headline=re.compile(rf"[ \t](?:{w.headline_predicates})[ \t]*[.!]?[ \t]*$", re.MULTILINE),
        # «Договор (был) подписан в целях …»: the word, then at once a lower-case predicate — the
        # subject of a sentence reporting the act (a title names its subject: «Договор о …»)
        predicate_after=re.compile(
            rf"[ \t]+(?:был[аио]?[ \t]+)?(?:{w.narrated_predicates})(?![а-яё])"
        ),
        # «Четверг, 15 декабря 2022 г.» on a line of its own, opening the text
        # «Дата публикации 02.12.21» opening a line: the day a site's page was posted
        publication_line=re.compile(
            rf"[ \t]*(?:{vocab.dates.publication_labels})[ \t]*:?[ \t]*\d", i
        ),
        news_dateline=re.compile(
            rf"\s*(?:{w.weekdays}),?[ \t]+\d{{1,2}}[ \t]+[а-яё]+[ \t]+\d{{4}}[ \t]*(?:г\.?)?[ \t]*\n",
            i,
        ),
        # «11:39 / 23 апреля 2024», «23.04.2024, 11:39»: a time and a date alone on a line
        news_timeline=re.compile(
            rf"[ \t]*(?:{_CLOCK}[ \t]*[/|,·•–—-]?[ \t]*{day}|{day}[ \t]*[/|,·•–—-]?[ \t]*"
            rf"(?:в[ \t]+)?{_CLOCK})[ \t]*",
            i,
        ),
        # «30 мая в музыкальном зале …», «31 мая 2018 года состоялось …»: a story opening with
        # the day it tells of
        story_day=re.compile(
            rf"\d{{1,2}}[ \t]+{vocab.month_alternation}(?:[ \t]+\d{{4}}[ \t]*(?:г\.|года)?)?[ \t]+[а-яё]",
            i,
        ),
    )


def _rx() -> _Patterns:
    return _patterns(vocabulary())


def imperative() -> re.Pattern[str]:
    """The imperative of an order: «ПРИКАЗЫВАЮ», «ОБЯЗЫВАЮ»."""
    return _rx().imperative


def participation() -> re.Pattern[str]:
    """«Сертификат участника», «принял(а) участие», «за участие»: a paper attesting one's part
    in an event."""
    return _rx().participation


def personal_paper(kind: KindResult) -> bool:
    """A paper issued to a person — a participation certificate, a diploma, a грамота, a letter
    of thanks (``personal_papers`` of vocabulary.yaml): «иной документ» that proves no
    organisation's act, under any criterion."""
    return (
        kind.kind is DocKind.OTHER
        and re.fullmatch(vocabulary().structure.personal_papers, kind.subtype, re.IGNORECASE)
        is not None
    )


def appendix() -> re.Pattern[str]:
    """«Приложение № 2 к приказу …»: the appendix of an act (group 1: the act)."""
    return _rx().appendix


@dataclass(frozen=True)
class Heading:
    kind: DocKind
    subtype: str
    start: int
    end: int


@dataclass(frozen=True)
class KindResult:
    kind: DocKind
    subtype: str
    heading: Heading | None
    title_start: int  # where the document's own title block starts (heading or text start)
    title_end: int  # where its body starts
    reason: str
    confidence: float
    flags: tuple[str, ...] = ()


def _heading_word(word: str) -> tuple[DocKind, str] | None:
    """The kind and subtype a word of «headings» names, or None for any other word."""
    w = re.sub(r"\s+", " ", word.strip(' «"“'))
    for pat, kind, sub in _heading_patterns(vocabulary())[1]:
        if pat.match(w):
            return kind, sub
    return None


def _classify_word(word: str) -> tuple[DocKind, str]:
    return _heading_word(word) or (DocKind.OTHER, re.sub(r"\s+", " ", word.strip(' «"“')).lower())


def headings(text: str, limit: int = HEAD_CHARS) -> list[Heading]:
    """Words that stand as a document's heading (line start, CAPITALS, or followed by a date/№),
    excluding those inside an approval stamp."""
    rx = _rx()
    out: list[Heading] = []
    head = text[:limit]
    for m in _heading_patterns(vocabulary())[0].finditer(head):
        word = m.group(1)
        start, end = m.start(1), m.end(1)
        line_begin = head.rfind("\n", 0, start) + 1
        at_line_start = head[line_begin:start].strip(' \t«"“') == "" or bool(
            _JOINED_PREFIX.fullmatch(head, line_begin, start)
        )
        titled = None if at_line_start else _titled(rx, head, line_begin, start)
        if titled is not None:
            at_line_start, start = True, titled
        letters = [c for c in word if c.isalpha()]
        upper = len(letters) >= 3 and all(c.isupper() for c in letters)
        after = head[end : end + 25]
        before = head[max(0, start - 40) : start]
        marked = bool(re.match(r"\s*(?:от\s+)?(?:[«\"]?\s*\d|№|N\s*\d)", after))
        capital = word[0].isupper() and not _LOWER_BEFORE.search(before)
        if not (at_line_start or upper or marked or capital):
            continue
        if _LOWER_BEFORE.search(before) and not (at_line_start or upper):
            continue
        if rx.short_name.search(head, max(0, start - 40), start):
            continue  # «(далее – Грамота)»: the short name of what the act is about
        if not upper and (
            _CLAUSE_NUMBER.match(head, line_begin, start)
            or _CLAUSE_INLINE.search(head, max(line_begin, start - 20), start)
        ):
            continue  # «1.1. Грамота … является ведомственной наградой»: a clause's subject
        if not upper and rx.grounds_label.search(head, line_begin, start):
            continue  # «Основание для проведения проверки: План работы …»: the act it rests on
        if not (at_line_start or upper or marked) and _SENTENCE_BEFORE.search(
            head, line_begin, start
        ):
            continue  # «… каждого. Программа наставничества позволит …»: prose, not a title
        toc = _TOC_ENTRY.match(head, end)
        if (toc and not _contents_between(rx, head, end, toc.end())) or _TOC_BEFORE.search(
            head, line_begin, start
        ):
            continue  # «5. Мониторинг программы ........ 13»: a section listed in the contents
        kind, sub = _classify_word(word)
        if _section_title_word(word) and not _act_title(head, word, line_begin, start, upper):
            continue  # «3. Порядок закрепления наставника»: a section of the body, not a title
        if (
            sub == _ISSUER_LICENCE
            and not upper
            and (not at_line_start or _DETAILS_FIELDS.match(head, end))
        ):
            # «… Дата создания 01.09.1952 Лицензия от 07.06.2015 № 5217 серия …»: a licence's
            # requisites as a field of an organisation's details (a table read into one line),
            # not the licence, whose title stands on a line of its own; so is a line of details
            # «Лицензия, серия 66Л01 № 005171, выдана …, даёт право …» (a title lists no fields)
            continue
        if (kind is DocKind.ORDER or sub == "письмо") and not (upper or marked):
            # «Приказ Минпросвещения России от …», «Письмо Минобрнауки России от …» opening a
            # line of a list of grounds is a cited act; a document's own heading stands alone
            # or is followed by its number.
            rest = head[end : head.find("\n", end) if head.find("\n", end) != -1 else len(head)]
            # «Приказ Министерства … №202 от 13.02.2019 | О внесении изменений …» opening the
            # text: a page titled by the order it holds (a citation gives the date first)
            # («Распоряжение Правительства … / от … N …»: or under it, on the next line)
            own_title = not head[:line_begin].strip() and bool(
                _NUMBER_THEN_DATE.search(rest) or _REQUISITES_BELOW.match(head, end)
            )
            if (
                rest.strip(" .:")
                and not own_title
                and not rx.imperative.search(head[end : end + 3000])
            ):
                continue
        if not upper and _defines(head, end):
            continue
        if (
            kind is DocKind.ORDER
            and not upper
            and _after_prose(head, line_begin)
            and not rx.imperative.search(head[end : end + 3000])
        ):
            continue  # «… НАШИ ПОЗДРАВЛЕНИЯ! / Приказ № 778 Минспорта РФ от …»: a news text's source
        if not (upper or marked) and _prose_line(head, line_begin, start):
            continue  # «Соглашение о сотрудничестве подписали представители …»: a news paragraph
        if not (upper or marked) and rx.headline.search(
            head, end, head.find("\n", end) if "\n" in head[end:] else len(head)
        ):
            continue  # «Положение о наставничестве обучающихся утверждено»: a news headline
        if not (upper or marked) and rx.predicate_after.match(head, end):
            continue  # «Договор подписан в целях …»: a sentence about the act, not its title
        if word.lower().startswith("информац") and not (
            marked or _SUBJECT_FOLLOWS.match(head, end)
        ):
            continue  # «Подробная информация», a page's label: a report's title names its subject
        # «УТВЕРЖДАЮ … Приказ № 5 от …», «Принято на заседании педагогического совета …
        # Протокол от … № …» — the stamp of another document (within its paragraph)
        stamp_zone = head[max(0, start - _STAMP_REACH) : start]
        in_stamp = bool(rx.stamp_before.search(stamp_zone[-120:])) or bool(
            "\n" not in stamp_zone and rx.stamp_before.search(stamp_zone)
        )
        # «ПРИНЯТО … на педагогическом совете … / протокол № 2 от …» in two columns: a
        # lower-case act word inside the stamps' paragraph names the stamp's record, never
        # the document (a document's own heading is in capitals or capitalised)
        in_stamp = in_stamp or bool(
            word[:1].islower()
            and rx.stamp_before.search(stamp_zone[stamp_zone.rfind("\n\n") + 1 :])
        )
        # «ПРИНЯТО / УТВЕРЖДАЮ: / Педагогическим Советом МКОУ / Директор МКОУ / Протокол № 1 от
        # …»: two stamps side by side read column after column, each line a short paragraph —
        # the record under the stamp's word, however many short lines stand between
        in_stamp = in_stamp or (marked and _stacked_stamp(rx, stamp_zone))
        order_follows = bool(rx.imperative.search(head[end : end + 1500]))
        # «СОГЛАСОВАНО / Протокол педагогического совета / № 4 от …»: the stamp's record, its
        # number and date on the line under the name of the council — or on its line, for a
        # protocol (a title «Положение о … в МКОУ СОШ №2» numbers its school); a heading in
        # capitals is the document's own
        numbered_below = not upper and (
            bool(_NUMBER_BELOW.match(head, end))
            or (sub == "протокол" and bool(_NUMBER_ON_LINE.match(head, end)))
        )
        if (
            in_stamp
            and (marked or numbered_below or kind is DocKind.ORDER)
            and not (kind is DocKind.ORDER and order_follows)
        ):
            continue
        out.append(Heading(kind, sub, start, end))
    glued = [
        m
        for m in _glued_heading(vocabulary()).finditer(head)
        if not any(h.start <= m.start(1) < h.end for h in out)
    ]
    for m in glued:
        out.append(Heading(*_classify_word(m.group(1)), m.start(1), m.end(1)))
    if glued:
        out.sort(key=lambda h: h.start)
    return out


def _stacked_stamp(rx: _Patterns, zone: str) -> bool:
    """The zone above a heading ends in a stamp: its word («ПРИНЯТО», «УТВЕРЖДАЮ») opens a line
    and every line after it is a stamp's short line (a council, a position, a signature)."""
    last = None
    for m in rx.stamp_before.finditer(zone):
        last = m
    if last is None or zone[zone.rfind("\n", 0, last.start()) + 1 : last.start()].strip():
        return False
    rest = zone[last.end() :].split("\n")[1:]
    return bool(rest) and all(len(line.strip()) <= _STAMP_LINE_MAX for line in rest)


def _section_title_word(word: str) -> bool:
    """«Правила», «Порядок», «Регламент», «Инструкция»: a local act's title that may as well
    name a section of an act's body."""
    terms = load_lexicon().terms(_SECTION_TITLE_ACTS)
    return tuple(lemmas_of(word)[:1]) in terms


def _act_title(head: str, word: str, line_begin: int, start: int, upper: bool) -> bool:
    """The word stands as a local act's title, not as a section's: capitalised, no section's
    number before it («3. Порядок …», «… процесса. 4. Правила …»), and (unless in capitals)
    its line is no sentence ending in a full stop («Порядок взаимодействия … просим
    определить.»)."""
    if not word[:1].isupper():
        return False
    if _SECTION_NUMBER_BEFORE.search(head, max(line_begin, start - 30), start):
        return False
    if upper:
        return True
    line_end = head.find("\n", start)
    line = head[start : line_end if line_end != -1 else len(head)].rstrip()
    return len(line) > _SENTENCE_LINE_MAX or not line.endswith((".", ";", ":"))


def _contents_between(rx: _Patterns, head: str, start: int, end: int) -> bool:
    """«ПРОГРАММА ВОСПИТАНИЯ на 2021-2022 Содержание ПОЯСНИТЕЛЬНАЯ ЗАПИСКА ...... 3» (a text
    extracted as one line): the heading «Содержание» of the table of contents (capitalised, a
    heading, not «… и содержание деятельности» of an entry) stands between the word and the
    first entry's dot leaders — the word is the document's title above its contents."""
    return any(m.group()[0].isupper() for m in rx.contents_word.finditer(head, start, end))


def _lists_acts(rx: _Patterns, text: str) -> bool:
    """A site's page that lists documents («Документы: - Приказ … от … № …»), not a document:
    lines of cited acts make up a good share of its lines and nothing is numbered as clauses."""
    head = text[:8000]
    acts = len(rx.listed_act.findall(head))
    lines = sum(1 for line in head.split("\n") if line.strip())
    return (
        acts >= _LISTED_ACTS_MIN
        and acts >= _LISTED_ACTS_SHARE * lines
        and not rx.programme_itself.search(head)
        and not rx.regulation_text.search(head)
    )


def _link_list(text: str, h: Heading) -> bool:
    """The heading names an item of the list of links a page ends with: every line from the
    heading's one to the end is a short numbered or bulleted item, and prose ending a sentence
    stands above the list."""
    line_begin = text.rfind("\n", 0, h.start) + 1
    marker = text[line_begin : h.start]
    if not marker.strip() or not _LINK_ITEM.fullmatch(marker + "x"):
        return False
    lines = text[:line_begin].rstrip("\n").split("\n")
    block = [line for line in text[line_begin:].split("\n") if line.strip()]
    while lines and _LINK_ITEM.fullmatch(lines[-1]) and not lines[-1].rstrip().endswith("."):
        block.insert(0, lines.pop())
    prose = "\n".join(lines).strip()
    return (
        len(block) >= _LINK_ITEMS_MIN
        and all(
            _LINK_ITEM.fullmatch(line) and not line.rstrip().endswith((".", ";")) for line in block
        )
        and len(prose) >= _LINK_PROSE_MIN
        and prose.endswith(".")
    )


def _defines(head: str, end: int) -> bool:
    """The heading word opens a sentence defining it («Программа наставничества – это …»)."""
    if _DEFINITION.match(head, end) is None:
        return False
    line_end = head.find("\n", end)
    line = head[end : line_end if line_end != -1 else len(head)].rstrip()
    # the sentence ends the line, or wraps on to the next one in lower case
    wraps = line_end != -1 and re.match(r"[ \t]*[а-яё]", head[line_end + 1 :]) is not None
    return len(line) > 60 and (line.endswith((".", ";")) or wraps)


def _prose_line(head: str, line_begin: int, start: int) -> bool:
    """The heading word opens a paragraph of prose: a long line of many words ending a
    sentence («Соглашение … подписали представители колледжей. Об этом рассказали …»); a
    title is short and does not end in a full stop."""
    if head[line_begin:start].strip(' \t«"“'):
        return False
    line_end = head.find("\n", start)
    if line_end == -1:
        if len(head) >= HEAD_CHARS:
            return False  # the line runs past the head: cannot tell
        line_end = len(head)  # the last line of the text
    line = head[start:line_end].rstrip()
    return (
        len(line) >= _PROSE_LINE_MIN
        and line.endswith(".")
        and len(line.split()) >= _PROSE_WORDS_MIN
        and line.count(". ") >= 1
    )


# the paragraphs of prose over an act's word that make it a text's reference, not its heading
_PROSE_ABOVE_MIN = 2


def _after_prose(head: str, line_begin: int) -> bool:
    """Paragraphs of prose stand over the line: long lines of many words ending a sentence (a
    news item, a letter). An act's own heading has only its letterhead and stamps over it, so an
    order named under prose and followed by no order's text is the source the prose cites."""
    prose = 0
    for line in head[:line_begin].split("\n"):
        line = line.strip()
        if len(line.split()) >= _PROSE_WORDS_MIN and line.endswith((".", "!", "?")):
            prose += 1
            if prose >= _PROSE_ABOVE_MIN:
                return True
    return False


def _titled(rx: _Patterns, head: str, line_begin: int, start: int) -> int | None:
    """Where a title line starts when only adjectives of the heading word precede it on its
    line («Индивидуальная (персонализированная) программа наставничества»), else None."""
    m = rx.title_adjectives.match(head, line_begin, start)
    if m is None:
        # «… «Утверждаю» Приказ № … от 31.08.2023 г. Директор ____ Петрова А. В. Учебный план
        # на …»: an approval stamp run together with the title on one line — the title's
        # adjectives follow the stamp's last element, a signature or a date
        reach = max(line_begin, start - _STAMP_REACH)
        m = rx.title_adjectives.search(head, max(line_begin, start - 80), start)
        if (
            m is None
            or rx.demonstrative.match(m.group(1))
            or not _STAMP_ENDS.search(head, reach, m.start(1))
            or not rx.stamp_before.search(head, reach, m.start(1))
        ):
            return None
        return m.start(1)
    if rx.demonstrative.match(m.group(1)):
        return None
    line_end = head.find("\n", start)
    line = head[line_begin : line_end if line_end != -1 else len(head)].rstrip()
    if len(line) > _TITLE_LINE_MAX or line.endswith((".", ";", ",")):
        return None
    return m.start(1)


def _plans_contents(rx: _Patterns, text: str, found: list[Heading]) -> KindResult | None:
    """«Содержание 1. Информационная справка … 4.4. План мероприятий … 4.5. План мероприятий …
    5.1. План-график …»: a text that opens with its table of contents names the sections, not
    itself; a document whose sections are plans of events or work is a plan (a year's plan of
    work made of the plans of its activities)."""
    opening = rx.contents.match(text)
    if opening is None:
        return None
    passport = rx.programme_section.search(text, opening.end(), opening.end() + _CONTENTS_REACH)
    if passport is not None and _TOC_ENTRY.match(text, passport.start()):
        # «СОДЕРЖАНИЕ / Пояснительная записка …… 3 / 1. Паспорт программы развития …… 4»: only a
        # programme has a passport — the contents are a programme's
        return KindResult(
            DocKind.PROGRAMME,
            "программа",
            None,
            0,
            opening.end(),
            f"оглавление программы («{passport.group().strip()}»)",
            0.55,
        )
    entries = [h for h in found if _ENTRY_NUMBER.search(text, max(0, h.start - 12), h.start)]
    plans = [h for h in entries if h.kind is DocKind.PROGRAMME]
    others = [h for h in entries if h.kind not in (DocKind.PROGRAMME, DocKind.OTHER)]
    if len(plans) < _PLAN_ENTRIES_MIN or len(plans) <= len(others):
        return None
    return KindResult(
        DocKind.PROGRAMME,
        "план",
        None,
        0,
        opening.end(),
        f"оглавление из разделов-планов («{text[plans[0].start : plans[0].end]}» и др.)",
        0.55,
    )


def _labelled_title(text: str, found: list[Heading], h: Heading) -> Heading:
    """«Локальный акт № 12 к Уставу / ПОЛОЖЕНИЕ о …»: the generic word «акт» labels the act's
    entry in the register of local acts; the act's own title (a kind of its own) follows it.
    «Лицензия на образовательную деятельность № … / УДОСТОВЕРЕНИЕ …»: a line of the letterhead
    of the organisation that issues the paper names its licence; the paper's own title follows
    in capitals (so does a licence's own title: «ЛИЦЕНЗИЯ»)."""
    if h.subtype == _ISSUER_LICENCE and not text[h.start : h.end].isupper():
        titles = [g for g in found if text[g.start : g.end].isupper()]
    elif h.subtype == _GENERIC_ACT:
        titles = [g for g in found if g.kind not in (DocKind.OTHER, DocKind.ORDER)]
    else:
        return h
    return next((g for g in titles if h.end < g.start <= h.end + _LABEL_REACH), h)


def _paper_itself(rx: _Patterns, text: str, found: list[Heading]) -> KindResult | None:
    """«Настоящее удостоверение свидетельствует о том, что …» above every heading (or with
    none): the right half of a photographed удостоверение, its title on the cut-off left half,
    names itself in its certifying formula; the headings under it are its body's (the course's
    programme, a table of its disciplines), not its title."""
    end = found[0].start if found else 6000
    for m in rx.paper_itself.finditer(text, 0, end):
        named = _heading_word(m.group(1))
        if named is None:
            continue
        return KindResult(
            named[0],
            named[1],
            None,
            m.start(),
            _body_start(text, m.end()),
            f"документ называет себя: «{' '.join(m.group().split())}»",
            0.75,
        )
    return None


def _body_start(text: str, start: int, limit: int = 600) -> int:
    m = _rx().body_mark.search(text, start, start + limit)
    return m.start() if m else min(len(text), start + limit)


def _untitled(text: str, kind: DocKind, subtype: str, why: str, confidence: float) -> KindResult:
    """A kind read from the text's structure, not from a title: the body starts at its top."""
    return KindResult(kind, subtype, None, 0, _body_start(text, 0), why, confidence)


def detect_kind(text: str) -> KindResult:
    kind = _detect_kind(text)
    directive = _approving_directive(text, kind)
    if directive is not None:
        issuer = _authority_directive(text)
        if issuer is not None:
            # «МИНИСТЕРСТВО … / РАСПОРЯЖЕНИЕ / 1. Утвердить Положение … / Министр … / ПОЛОЖЕНИЕ»:
            # an authority's распоряжение with the act it approves attached is the authority's
            # act, not the attached regulation (a school's order over its regulation is read
            # as the regulation it approves)
            return KindResult(
                DocKind.OTHER,
                _DIRECTIVE,
                directive,
                directive.start,
                _body_start(text, directive.end),
                f"распоряжение органа власти «{issuer}»",
                0.85,
            )
    if kind.kind is DocKind.ORDER and kind.subtype == _DIRECTIVE:
        issuer = _authority_directive(text)
        if issuer is not None:
            # «ГЛАВА АДМИНИСТРАЦИИ … / РАСПОРЯЖЕНИЕ / от …»: an authority's act (like its
            # постановление), not an organisation's own order
            return replace(
                kind,
                kind=DocKind.OTHER,
                reason=f"распоряжение органа власти «{issuer}»",
                confidence=0.85,
            )
    return kind


def _approving_directive(text: str, kind: KindResult) -> Heading | None:
    """The «РАСПОРЯЖЕНИЕ» heading over the act a text was read as («appendix_of_order»: the
    approving act's heading first, the approved act's title under it)."""
    if "appendix_of_order" not in kind.flags or kind.heading is None:
        return None
    first = next(iter(headings(text[: kind.heading.start])), None)
    return first if first is not None and first.subtype == _DIRECTIVE else None


def _alone_on_line(text: str, h: Heading) -> bool:
    line_a = text.rfind("\n", 0, h.start) + 1
    line_b = text.find("\n", h.end)
    return (
        not text[line_a : h.start].strip(' \t«"')
        and not text[h.end : len(text) if line_b < 0 else line_b].strip()
    )


def _own_heading(text: str, orders: list[Heading]) -> Heading | None:
    """The order's own heading among those above its operative part: a site's page or file
    card titles the document it shows on one line («Приказ № 19 от 17.01.2022 Об …», «Приказ
    Об организации …») above the document itself, whose heading of the same act stands alone
    on its line («ПРИКАЗ», its date line under it) — that heading, not the page's, is the
    document's."""
    if not orders:
        return None
    first = orders[0]
    if _alone_on_line(text, first):
        return first
    return next(
        (h for h in orders[1:] if h.subtype == first.subtype and _alone_on_line(text, h)), first
    )


def _authority_directive(text: str) -> str | None:
    """The authority whose распоряжение the text is, or None: its letterhead — the paragraph
    right above a «РАСПОРЯЖЕНИЕ» heading, or the heading's own line up to the date or number
    («Распоряжение Правительства РФ от …») — names an authority (an administration, a
    government, a ministry) and no educational organisation (a school's letterhead names its
    founder too)."""
    vocab = vocabulary()
    # no letterhead read (a portal's page gives the text, then «Распоряжение / 500 / date»): the
    # act's signature names the head of an authority
    signed = _rx().authority_signature.search(text, 0, HEAD_CHARS)
    by_signature = (
        " ".join(signed.group().split())
        if signed and not vocab.own_letterhead.search(signed.group())
        else None
    )
    for h in headings(text[:HEAD_CHARS]):
        if h.subtype != _DIRECTIVE:
            continue
        above = re.split(
            r"\n[ \t]*\n", text[max(0, h.start - _LETTERHEAD_REACH) : h.start].rstrip()
        )
        line_end = text.find("\n", h.end)
        line = text[h.end : line_end if line_end != -1 else len(text)]
        header = above[-1] + " " + re.split(r"\s(?:от|№|N)\s", line + " ", maxsplit=1)[0]
        if _authority_named(header):
            return " ".join(header.split())[-150:]
        if by_signature:
            return by_signature
    return None


def _detect_kind(text: str) -> KindResult:
    rx = _rx()
    card = _register_card(text)
    if card is not None:
        return card
    head = text[:HEAD_CHARS]
    imp = rx.imperative.search(text, 0, 12000)
    app = rx.appendix.search(head)
    if app:
        line_begin = head.rfind("\n", 0, app.start()) + 1
        if app.start() > 600 and head[line_begin : app.start()].strip():
            app = None
    found = headings(head)

    if imp and (app is None or imp.start() < app.start()):
        before = [h for h in found if h.start < imp.start()]
        order = _own_heading(text, [h for h in before if h.kind is DocKind.ORDER])
        resolution = next((h for h in before if h.subtype == "постановление"), None)
        if (
            resolution
            and (order is None or resolution.start < order.start)
            and rx.resolves.search(text)
        ):
            return _resolution(text, resolution)
        start = order.start if order else 0
        sub = order.subtype if order else "приказ"
        return KindResult(
            DocKind.ORDER,
            sub,
            order,
            start,
            _body_start(text, order.end if order else 0),
            f"распорядительная часть «{imp.group()}»",
            0.95 if order else 0.85,
        )

    res = rx.resolves.search(head)
    if res:
        resolution = next((h for h in found if h.subtype == "постановление"), None)
        if resolution and resolution.start < res.start():
            return _resolution(text, resolution)

    if app:
        after = [h for h in found if h.start > app.end() and h.kind is not DocKind.ORDER]
        # the appendix's own title follows the «Приложение … к приказу …» block, or (a title
        # page printed first, the block under it) precedes it
        above = [h for h in found if h.end <= app.start() and h.kind is not DocKind.ORDER]
        own = after[0] if after else (above[0] if above else None)
        own = _labelled_title(text, found, own) if own else None
        kind = own.kind if own else DocKind.OTHER
        sub = own.subtype if own else "приложение"
        if own is None:
            # no title of its own: the structure of its text — a regulation's sections, or the
            # parties' preamble of an agreement (a template contract approved by a resolution),
            # whichever comes first
            reg = rx.regulation_text.search(text, 0, 6000)
            agr = rx.agreement_alone.search(text, 0, 8000)
            if agr and (reg is None or agr.start() < reg.start()):
                kind, sub = DocKind.AGREEMENT, "договор"
            elif reg:
                kind = DocKind.REGULATION
            else:
                # «Приложение № 2 к приказу … «О …» / СПИСОК НАСТАВЛЯЕМЫХ / № | ФИО | …»: a list
                # of pairs, a schedule — no act of its own, a part of the order it names (dated
                # by that order's requisites in its stamp)
                kind, sub = _appendix_parent(text, app)
        start = own.start if own else app.end()
        return KindResult(
            kind,
            sub,
            own,
            start,
            _body_start(text, own.end if own else app.end()),
            "приложение к приказу: «" + " ".join(app.group().split()) + "»",
            0.85,
            # a contract's template is dated by its parties when they sign it, not by the act
            # approving the template
            () if kind is DocKind.AGREEMENT else ("appendix_of_order",),
        )

    letter = rx.letter.search(head)
    # «Публичный доклад директора … Уважаемые коллеги!»: a report read out to its audience opens
    # with a salutation too; a letter has no report's title above it
    titled_report = bool(
        found
        and found[0].kind is DocKind.REPORT
        and found[0].subtype != _INFORMATION
        and found[0].start < (letter.start() if letter else 0)
    )
    forwarded = _forwarded_order(text, found, letter.end()) if letter else None
    if forwarded is not None and imp is None:
        # «Уважаемые коллеги! … просим Вас … / ПРИКАЗ / 29.03.2012 № 85 / О проведении …»: a
        # covering note above the order it forwards — the order is the document posted
        return KindResult(
            DocKind.ORDER,
            forwarded.subtype,
            forwarded,
            forwarded.start,
            _body_start(text, forwarded.end),
            f"заголовок «{text[forwarded.start : forwarded.end]}» с датой и номером под "
            "сопроводительным письмом",
            0.8,
        )
    if (
        letter
        and imp is None
        and not titled_report
        and not (found and found[0].start < letter.start() - 600)
    ):
        # «Руководителям … Уважаемые коллеги! … информирует»: a letter, whatever it is about
        return KindResult(
            DocKind.OTHER,
            "письмо",
            None,
            0,
            letter.start(),
            f"обращение «{letter.group().strip()}»",
            0.85,
        )

    titled = _titled_order(text, found) if imp is None else None
    if titled is not None or (found and found[0].kind is DocKind.ORDER and imp is None):
        # «ПРИКАЗ от … № … Об утверждении положения …» over a text with no «ПРИКАЗЫВАЮ»: the
        # order's heading is the title block of the act it approves, which follows it.
        order = titled if titled is not None else found[0]
        approved = next(
            (
                h
                for h in found
                if h.start > order.end
                and h.kind in (DocKind.REGULATION, DocKind.PROGRAMME, DocKind.REPORT)
                and h.start - order.end < 1500
            ),
            None,
        )
        if approved is None and titled is not None:
            # «Порядок перевода … / АДМИНИСТРАЦИЯ … / ПРИКАЗ / от 01.09.2025 / № 380 / Об
            # утверждении Порядка …»: a file card's title names the act the order approves,
            # the order itself follows with its date and number (its operative part cut off),
            # and no approved act follows it — the order is the document
            return KindResult(
                DocKind.ORDER,
                titled.subtype,
                titled,
                titled.start,
                _body_start(text, titled.end),
                f"заголовок «{text[titled.start : titled.end]}» с датой и номером под "
                "названием файла",
                0.75,
            )
        if approved is not None:
            return KindResult(
                approved.kind,
                approved.subtype,
                approved,
                approved.start,
                _body_start(text, approved.end),
                f"заголовок «{text[approved.start : approved.end]}» под реквизитами "
                "утверждающего приказа",
                0.85,
                ("appendix_of_order",),
            )

    dateline = rx.news_dateline.match(text) if imp is None else None
    # («ГОД МОЛОДЕЖИ / 11:39 / 23 апреля 2024 / …»: or a time and a date, a rubric over them)
    dated_at = dateline.end() if dateline else (_news_timeline(rx, text) if imp is None else None)
    if (
        dated_at is not None
        and not rx.parties.search(text, 0, 8000)
        and not _posted_document(text, found, dated_at)
    ):
        # «Четверг, 15 декабря 2022 г. / … подписали соглашение …»: a news item about a
        # document, not the document
        why = "новость сайта с датой и " + ("днём недели" if dateline else "временем публикации")
        return _untitled(text, DocKind.OTHER, "новость", why, 0.6)
    news = _news_item(rx, text) if imp is None else None
    if news is not None and not rx.parties.search(text, 0, 8000):
        # «Новости / Защита проекта – Программа развития … / Дата публикации 02.12.21 / Директор
        # … прошёл обучение …»: the headline of a news item names a document, not its title;
        # the section's line heads the item, its publication date the item's own
        return KindResult(
            DocKind.OTHER,
            "новость",
            news,
            news.start,
            _body_start(text, news.end),
            f"новость сайта: раздел «{text[news.start : news.end]}», заголовок, дата публикации",
            0.6,
        )
    headline = _act_headline(text, found) if imp is None else None
    if headline is not None and not rx.parties.search(text, 0, 8000):
        # «В Минске подписали соглашение о … / Соглашение … подписали накануне …»: a headline
        # telling what was done with an act, prose under it — a news item about the act
        why = f"заголовок новости «{text[headline[0] : headline[1]].strip()[:80]}»"
        return _untitled(text, DocKind.OTHER, "новость", why, 0.6)

    opening = rx.regulation_opening.match(text)
    clauses = None if (opening or found) else _CLAUSES_OPENING.match(text, 0, 6000)
    if (
        (opening or clauses)
        and not rx.programme_itself.search(text, 0, 6000)
        and not rx.agreement_alone.search(text, 0, 8000)
    ):
        if opening:
            end, reason = (
                opening.end(),
                f"текст открывается разделом «{' '.join(opening.group().split())}»",
            )
        else:
            assert clauses is not None
            section = clauses.group(1)
            end, reason = clauses.end(), f"текст открывается пунктами {section}.1, {section}.2"
        return KindResult(DocKind.REGULATION, "положение", None, 0, end, reason, 0.6)

    if (
        found
        and imp is None
        and not text[: found[0].start].strip(' \t«"“')
        and _LIST_GOES_ON.match(text, found[0].end)
    ):
        section = _SECTION_WITH_CLAUSES.search(text, found[0].end, found[0].end + _SECTION_REACH)
        if (
            section
            and not rx.programme_itself.search(text, 0, 6000)
            and not rx.agreement_alone.search(text, 0, 8000)
        ):
            # «Дорожная карта, наставничество / - …; / 3. МЕХАНИЗМ … / 3.1. …»: the name of a
            # file over an excerpt of a regulation's sections
            return KindResult(
                DocKind.REGULATION,
                "положение",
                None,
                0,
                section.start(),
                f"под названием «{text[found[0].start : found[0].end]}» отрывок с разделом "
                f"{section.group(1)} и его пунктами",
                0.55,
            )

    plans = _plans_contents(rx, text, found) if imp is None else None
    if plans is not None:
        return plans

    paper = _paper_itself(rx, text, found) if imp is None else None
    if paper is not None:
        return paper

    if found and imp is None and _link_list(text, found[0]):
        # «… Цель проверки: … / 1.Фото столовой / 2.План проверок / 3.Приказ»: a page's text
        # ending in the list of its links, not a document
        return KindResult(
            DocKind.OTHER,
            "ссылка на документ",
            found[0],
            found[0].start,
            len(text),
            f"название «{text[found[0].start : found[0].end]}» в списке ссылок страницы",
            0.6,
        )

    if found:
        first = _labelled_title(text, found, found[0])
        if first.subtype == _TOPIC_HEADING:
            if (
                rx.site_widget.search(text, 0, first.start)
                or len(_YEAR_TAB.findall(text, 0, first.start)) >= _YEAR_TABS_MIN
            ):
                # «Размер шрифта … Обычная версия … Мониторинг системы образования …»: a site's
                # page under the name of its section, not a monitoring report; so is a title
                # under the section's tabs of school years («Наставничество / 2024-2025 /
                # 2022-2024 / Мониторинг реализации …»)
                return KindResult(
                    DocKind.OTHER,
                    "страница сайта",
                    first,
                    first.start,
                    _body_start(text, first.end),
                    f"страница сайта с разделом «{text[first.start : first.end]}»",
                    0.6,
                )
            following = next(
                (
                    h
                    for h in found[1:]
                    if h.subtype != _TOPIC_HEADING and h.start - first.end < _TOPIC_FOLLOWED
                ),
                None,
            )
            if following is not None:
                # «Внутришкольный мониторинг / Положение о …»: the section's name over the
                # document's own title
                first = following
        elif first.subtype == _MODEL and not text[first.start : first.end].isupper():
            # «Раздел: Целевая модель наставничества / Сетевое взаимодействие / ДОГОВОР № 2 …»:
            # the model named in a site's section line over a document whose own title, in
            # capitals, follows — the title, not the topic it serves
            own = next(
                (
                    h
                    for h in found[1:]
                    if h.subtype != _MODEL
                    and text[h.start : h.end].isupper()
                    and h.start - first.end < _TOPIC_FOLLOWED
                ),
                None,
            )
            if own is not None:
                first = own
        kind, sub = first.kind, first.subtype
        conf = 0.9 if kind is not DocKind.ORDER else 0.75
        line_begin = text.rfind("\n", 0, first.start) + 1
        line_end = text.find("\n", first.end)
        line_end = len(text) if line_end == -1 else line_end
        prose = text[:line_begin].strip()
        if (
            imp is None
            and line_begin > 0
            and not text[line_end:].strip()
            and not text[line_begin : first.start].strip(' \t«"“')
            and len(text[first.start : line_end].strip()) <= _TITLE_LINE_MAX
            and len(prose) >= _LINK_PROSE_MIN
            and prose.endswith(".")
            # («Публичный доклад подготовлен … в соответствии с …»: the text above names
            # itself the report, its own words, not a page's about a link)
            and not rx.report_itself.search(text, 0, line_begin)
        ):
            # «Наставничество – это … / Положение об организации наставничества …»: a page's
            # text ending in a document's title, which names the link to it (no body follows)
            return KindResult(
                DocKind.OTHER,
                "ссылка на документ",
                first,
                first.start,
                len(text),
                f"название документа «{text[first.start : first.end]}» без его текста",
                0.6,
            )
        if kind is DocKind.CERTIFICATE and rx.report_section.search(text, 0, first.start):
            # «АНАЛИТИЧЕСКАЯ ЧАСТЬ … Лицензия от … №»: a report's table of the organisation's
            # details, not the licence itself
            kind, sub = DocKind.REPORT, "отчёт"
        head = text[:6000]
        if kind is DocKind.AGREEMENT and not rx.parties.search(text[:8000]):
            # a consent to process one's personal data («Я, …, даю согласие на обработку …»)
            # or a site's terms binding its user: not an agreement of organisations, whose
            # clause on the data of the people they exchange binds «Стороны» (named so at
            # least twice) and whose «согласие» is boilerplate («при недостижении согласия»)
            if rx.personal_data.search(head) and (
                rx.site_user.search(head)
                or (
                    rx.consent.search(head)
                    and len(rx.parties_term.findall(head)) < _PARTIES_MENTIONS
                )
            ):
                kind, sub, conf = DocKind.OTHER, "пользовательское соглашение", 0.8
            else:
                conf = 0.7
        article = rx.law_article.search(text, first.end, 6000)
        if (
            kind is DocKind.AGREEMENT
            and article
            and article.group(1) != "1"
            and not rx.agreement_alone.search(text, 0, 8000)
        ):
            # «Договор о сетевой форме … / Статья 15. Сетевая форма …»: under a contract's
            # name, a law's article quoted or commented (a contract's own articles start at 1,
            # after its parties' preamble) — an article about such contracts, not the contract
            kind, sub, conf = DocKind.OTHER, "статья о документе", 0.6
        if kind is DocKind.CERTIFICATE and rx.participation.search(text[:3000]):
            kind, sub = DocKind.OTHER, "сертификат"
        if sub == _MODEL and not (
            _NUMBERED.search(text, first.end, 6000) or rx.regulation_text.search(text, 0, 6000)
        ):
            # «Целевая модель наставничества …» over paragraphs of prose (a site's page about
            # the model): a local act is built of numbered sections and clauses
            kind, sub, conf = DocKind.OTHER, "текст о целевой модели", 0.6
        stamp = rx.stamp_before.match(text.lstrip())
        caps = _CAPS_TITLE.search(text, 0, first.start) if stamp and kind is DocKind.OTHER else None
        if caps and _FIRST_SECTION.search(text, caps.end(), first.start):
            # «УТВЕРЖДЕНО Ректор … / ТРЕБОВАНИЯ К … / 1. Нормативное обеспечение / - Постановление
            # …»: a local act approved by the head, under a title the rules have no word for;
            # the acts it cites follow its first section
            return KindResult(
                DocKind.REGULATION,
                "локальный акт",
                None,
                caps.start(),
                caps.end(),
                f"под грифом утверждения заголовок «{' '.join(caps.group().split())[:80]}» и "
                "нумерованные разделы",
                0.6,
            )
        if kind in (DocKind.PROGRAMME, DocKind.OTHER) and _lists_acts(rx, text):
            # «Программа „Наставничество в школе“ … Документы: - Приказ …»: a site's section
            # that lists the acts of a programme is not the programme (nor the first act listed)
            kind, sub, conf = DocKind.OTHER, "страница со списком документов", 0.6
        elif len(rx.download_link.findall(text, 0, 8000)) >= _DOWNLOADS_MIN:
            # «Информация об оказании платных услуг / Положение … скачать / Образец договора …
            # скачать»: a site's section offering several files, none of them the document
            kind, sub, conf = DocKind.OTHER, "страница со списком документов", 0.6
        return KindResult(
            kind,
            sub,
            first,
            first.start,
            _body_start(text, first.end),
            f"заголовок документа «{text[first.start : first.end]}»",
            conf,
        )

    section = rx.report_section.search(text, 0, 3000)
    if section:
        # «Алексеевка, 2011 г. 1. Общая характеристика …»: a public or self-inspection report
        # whose title was lost
        return KindResult(
            DocKind.REPORT,
            "отчёт",
            None,
            0,
            section.start(),
            f"раздел отчёта «{' '.join(section.group().split())}»",
            0.6,
        )
    numbered = rx.regulation_section.search(text, 0, _SECTION_REACH)
    excerpt = (
        f"раздел «{' '.join(numbered.group().split())}»" if numbered else None
    ) or _regulation_excerpt(rx, text)
    if (
        excerpt
        and not rx.programme_itself.search(text, 0, 6000)
        and not rx.agreement_alone.search(text, 0, 8000)
    ):
        return KindResult(DocKind.REGULATION, "положение", None, 0, 0, excerpt, 0.55)
    m = rx.agreement_alone.search(text[:8000])
    if m:
        return KindResult(
            DocKind.AGREEMENT,
            "договор",
            None,
            0,
            m.start(),
            f"стороны договора «{' '.join(m.group().split())[:60]}»",
            0.7,
        )
    itself = rx.agreement_itself.search(text, 0, 8000)
    if itself and len(rx.parties_term.findall(text, 0, 8000)) >= _PARTIES_MENTIONS:
        # the middle of an agreement: «настоящего Соглашения», «Стороны создадут …»
        return KindResult(
            DocKind.AGREEMENT,
            "соглашение",
            None,
            0,
            0,
            f"текст соглашения «{' '.join(itself.group().split())}», стороны названы «Стороны»",
            0.6,
        )
    if rx.regulation_itself.search(text[:6000]):
        return _untitled(text, DocKind.REGULATION, "положение", "«Настоящее положение»", 0.6)
    m = rx.programme_itself.search(text[:6000])
    if m:
        return _untitled(
            text, DocKind.PROGRAMME, "программа", f"программа называет себя «{m.group()}»", 0.6
        )
    quadrants = {m.group().split()[0][:4].lower() for m in rx.swot_quadrant.finditer(text, 0, 6000)}
    if len(quadrants) >= _SWOT_QUADRANTS_MIN:
        # «… | Сильные стороны | Слабые стороны | …» under a title the rules could not read (a
        # scan's OCR): the table of a SWOT analysis
        return _untitled(
            text, DocKind.REPORT, "анализ", "таблица SWOT-анализа: сильные и слабые стороны", 0.55
        )
    found_labels = rx.check_requisite.finditer(text, 0, _SECTION_REACH)
    labels = {m.group(1).split()[0].lower() for m in found_labels}
    if len(labels) >= _CHECK_REQUISITES_MIN:
        # «Основание для проведения проверки: … / Цель проверки: … / Предмет проверки: …» under
        # a title the excerpt lost: the report of a check (an audit, an internal control)
        return _untitled(
            text, DocKind.REPORT, "отчёт", "реквизиты проверки: " + ", ".join(sorted(labels)), 0.55
        )
    m = rx.report_itself.search(text[:6000])
    if m:
        # «… Отчёт о результатах самообследования составлен в соответствии с …»: an excerpt of
        # a report that says how it was drawn up
        return _untitled(
            text,
            DocKind.REPORT,
            "отчёт",
            f"отчёт называет себя «{' '.join(m.group().split())[:80]}»",
            0.55,
        )
    return KindResult(
        DocKind.OTHER, "", None, 0, _body_start(text, 0), "заголовок документа не распознан", 0.5
    )


def _titled_order(text: str, found: list[Heading]) -> Heading | None:
    """An order's heading under a file's title, or None: the text's first line is the title of
    another act (a site's file card names the act an order approves), and the next heading is
    an order's, alone on its line within the letterhead's reach, its date and number under it."""
    if len(found) < 2 or found[0].kind is DocKind.ORDER or text[: found[0].start].strip():
        return None
    line_end = text.find("\n", found[0].end)
    if line_end == -1 or line_end - found[0].start > _TITLE_LINE_MAX:
        return None
    h = found[1]
    if (
        h.kind is DocKind.ORDER
        and h.subtype != _DIRECTIVE
        and h.start - line_end < _TITLED_ORDER_REACH
        and _alone_on_line(text, h)
        and _ORDER_DATE_UNDER.match(text, h.end)
    ):
        return h
    return None


_NONBLANK_LINE = re.compile(r"[^\n]*\S[^\n]*")


def _lines(text: str, n: int) -> list[tuple[int, int]]:
    """The spans of the text's first n lines that are not blank."""
    out: list[tuple[int, int]] = []
    for m in _NONBLANK_LINE.finditer(text):
        out.append((m.start(), m.end()))
        if len(out) == n:
            break
    return out


def _news_timeline(rx: _Patterns, text: str) -> int | None:
    """Where a news item's dateline ends, or None: a time and a date alone on one of the text's
    first lines («ГОД МОЛОДЕЖИ / 11:39 / 23 апреля 2024»), short lines over it (a rubric)."""
    for a, b in _lines(text, _TIMELINE_LINES):
        if rx.news_timeline.fullmatch(text, a, b):
            return b
        if len(text[a:b].strip()) > _STAMP_LINE_MAX:
            return None
    return None


def _act_headline(text: str, found: list[Heading]) -> tuple[int, int] | None:
    """The span of a news headline, or None: among the text's first lines and over any heading,
    a short line in which an act is the object of a verb in the past tense («В Минске подписали
    соглашение о …», «Школы заключили договор …»), a paragraph of prose under it."""
    verbs = set(load_lexicon().terms(_NEWS_ACT_VERBS))
    lines = _lines(text, _HEADLINE_LINES)
    for n, (a, b) in enumerate(lines[:-1]):
        if found and a >= found[0].start:
            return None
        line = text[a:b].strip()
        if len(line) > _TITLE_LINE_MAX or line.endswith("."):
            continue
        words = re.findall(r"[А-ЯЁа-яё]+", line)
        done = next(
            (
                k
                for k, w in enumerate(words)
                if _PAST_TENSE.fullmatch(w.lower()) and tuple(lemmas_of(w)[:1]) in verbs
            ),
            None,
        )
        if done is None or not any(
            _heading_word(lemma) is not None
            for w in words[done + 1 : done + 1 + _HEADLINE_OBJECT_WORDS]
            for lemma in lemmas_of(w)[:1]
        ):
            continue
        if _prose_paragraph(_paragraph_at(text, lines[n + 1][0])):
            return a, b
    return None


def _register_card(text: str) -> KindResult | None:
    """The card of an act in a register of legal acts, or None: «Label: value» lines opening the
    text, one naming the act's kind («Вид документа: Приказ»), another a requisite of the act
    («Дата документа: 12.02.2020», «Номер документа: 14-НП») — the card is the act it describes,
    of the kind its value names (an authority's распоряжение, as its постановление, is kind
    other)."""
    lexicon = load_lexicon()
    kind_labels = set(lexicon.terms(_CARD_KIND_LABELS))
    field_labels = set(lexicon.terms(_CARD_FIELDS))
    value: re.Match[str] | None = None
    fields = 0
    first = last = None
    for m in _CARD_FIELD.finditer(text, 0, _CARD_REACH):
        label = tuple(lemmas_of(m.group(1)))
        if label in kind_labels and value is None:
            value = m
        elif label in field_labels:
            fields += 1
        else:
            continue
        first = m.start() if first is None else first
        last = m.end()
    if value is None or not fields or first is None or last is None:
        return None
    word = _heading_word(" ".join(lemmas_of(value.group(2))))
    if word is None:
        return None
    kind, sub = word
    if kind is DocKind.ORDER and sub == _DIRECTIVE and _authority_named(text[first:last]):
        kind = DocKind.OTHER
    return KindResult(
        kind,
        sub,
        None,
        first,
        _body_start(text, last),
        f"карточка реестра актов: «{' '.join(value.group().split())}»",
        0.85,
    )


def _posted_document(text: str, found: list[Heading], after: int) -> bool:
    """A document posted under a blog's dateline: the first line under «Среда, 11 сентября 2013
    г.» is a document's title («Анализ деятельности МБДОУ … за 2012 – 2013 учебный год»), a
    short line opening with its heading word; a news item goes on with a headline telling what
    happened («Колледж и гимназия заключили соглашение …»)."""
    if not found or text[after : found[0].start].strip(' \t\n«"“'):
        return False
    line_end = text.find("\n", found[0].end)
    line = text[found[0].start : line_end if line_end != -1 else len(text)]
    return len(line.strip()) <= _TITLE_LINE_MAX and not line.rstrip().endswith((".", "!"))


def _news_item(rx: _Patterns, text: str) -> Heading | None:
    """The section's line heading a site's news item, or None: the first line names the news
    section («Новости», «Новости колледжа»), a line «Дата публикации …» follows the headline
    within a few lines, and a paragraph of narrative prose follows that line (a document posted
    on a page goes on with its own title or numbered clauses, not with prose)."""
    lines = [line.strip() for line in text[:_NEWS_REACH].split("\n") if line.strip()]
    if len(lines) < 3:
        return None
    k = next((k for k in range(_NEWS_HEAD_LINES) if _news_section(lines[k], k)), None)
    if k is None:
        return _dated_story(rx, text, lines)
    for n, line in enumerate(lines[k + 1 : k + 1 + _NEWS_DATE_LINES], k + 1):
        if rx.publication_line.match(line) or _news_meta_line(line):
            body = _paragraph(text, lines[n + 1]) if n + 1 < len(lines) else ""
            if _prose_paragraph(body):
                start = text.find(lines[k])
                return Heading(DocKind.OTHER, "новость", start, start + len(lines[k]))
            return None
    return _dated_story(rx, text, lines)


def _dated_story(rx: _Patterns, text: str, lines: list[str]) -> Heading | None:
    """The section's line heading a news item with no publication line, or None: a line that is
    the news section's name alone (the site's name may stand above it), a headline under it,
    and a paragraph of narrative under that opening with the day it tells of («30 мая в зале
    детского сада состоялось собрание …») — a document posted on a page goes on with its own
    text, not with the story of a day."""
    for k in range(min(_NEWS_HEAD_LINES, len(lines) - 2)):
        if not _news_section(lines[k], 0):
            continue
        headline = lines[k + 1]
        if len(headline) > _TITLE_LINE_MAX or headline.endswith((".", "!")):
            return None
        body = _paragraph(text, lines[k + 2])
        if (
            rx.story_day.match(body)
            and len(body) >= _PROSE_LINE_MIN
            and len(body.split()) >= _PROSE_WORDS_MIN
            # a sentence ended (the excerpt may cut the paragraph)
            and _SENTENCE_END.search(body)
        ):
            start = text.find(lines[k])
            return Heading(DocKind.OTHER, "новость", start, start + len(lines[k]))
        return None
    return None


def _news_section(line: str, n: int) -> bool:
    """The line names a site's news section: the whole first line («Новости колледжа»), or the
    last step of the path to the page on the first two («Главная / Новости»)."""
    steps = _PATH_STEP.split(line)
    names = ([line] if n == 0 else []) + (steps[-1:] if len(steps) > 1 else [])
    sections = load_lexicon().terms(_NEWS_SECTIONS)
    for name in names:
        words = lemmas_of(name)
        if 0 < len(words) <= _NEWS_SECTION_WORDS and any(
            tuple(words[: len(term)]) == term for term in sections
        ):
            return True
    return False


def _news_meta_line(line: str) -> bool:
    """«14.11.2024 | Автор: … | Просмотров: 87»: a date and a news feed's label after it."""
    m = _NEWS_META_LINE.match(line)
    if m is None:
        return False
    labels = {(w,) for w in lemmas_of(line[m.start(1) :])}
    return bool(labels & set(load_lexicon().terms(_NEWS_META)))


def _paragraph(text: str, first: str) -> str:
    """The paragraph a line opens, its wrapped lines joined (up to a blank line)."""
    start = text.find(first)
    return first if start == -1 else _paragraph_at(text, start)


def _paragraph_at(text: str, start: int) -> str:
    """The paragraph from a position, its wrapped lines joined (up to a blank line)."""
    end = text.find("\n\n", start)
    return " ".join(text[start : end if end != -1 else len(text)].split())


def _prose_paragraph(body: str) -> bool:
    """A paragraph of narrative prose: long, of many words, ending a sentence, no numbered
    clause (a document goes on with its own title or clauses)."""
    return (
        len(body) >= _PROSE_LINE_MIN
        and len(body.split()) >= _PROSE_WORDS_MIN
        and body.endswith((".", "!"))
        and not _NUMBERED.match(body)
    )


def _regulation_excerpt(rx: _Patterns, text: str) -> str | None:
    """Why a text with no heading is the middle of a regulation, or None: it opens with
    numbered definitions «1) термин – …; 2) …», or lists its legal grounds in the instrumental
    case («– Распоряжением …») next to clauses numbered «1.3.»."""
    head = text[:6000]
    items = list(_DEFINITION_ITEM.finditer(head))
    numbers = [int(m.group(1)) for m in items[:_DEFINITION_ITEMS_MIN]]
    if (
        len(numbers) == _DEFINITION_ITEMS_MIN
        and items[0].start() < _DEFINITION_OPENS
        and numbers == list(range(numbers[0], numbers[0] + _DEFINITION_ITEMS_MIN))
    ):
        return "текст открывается нумерованными определениями понятий «1) … – …»"
    if len(rx.grounds_listed.findall(head)) >= _GROUNDS_MIN and _CLAUSE_LINE.search(head):
        return "перечень правовых оснований («– Распоряжением …») и пункты «N.N.»"
    terms = list(_TERM_DEFINED.finditer(head))
    if (
        len(terms) >= _TERMS_DEFINED_MIN
        and terms[0].start() < _SECTION_REACH
        and _MID_SENTENCE.match(text)
        and not rx.site_widget.search(head)
    ):
        return "текст открывается определениями понятий «Термин — …»"
    section = _SECTION_WITH_CLAUSES.search(head, 0, _SECTION_REACH)
    if section:
        return f"раздел {section.group(1)} с пунктами {section.group(1)}.1, {section.group(1)}.2"
    for m in _CLAUSE_THEN_SECTION.finditer(head, 0, _SECTION_REACH + 500):
        if int(m.group(2)) == int(m.group(1)) + 1:
            return f"пункты раздела {m.group(1)} и следующий раздел {m.group(2)}"
    return None


def _forwarded_order(text: str, found: list[Heading], after: int) -> Heading | None:
    """The order a letter forwards, or None: below the letter's salutation, an order's own
    heading alone on its line in capitals («ПРИКАЗ», «Р А С П О Р Я Ж Е Н И Е» repaired) with its
    date and number on the next lines («29.03.2012 № 85»), as an act is printed; a letter citing
    an order names it inside a sentence («… приказом от … № …»)."""
    for h in found:
        if (
            h.start > after
            and h.kind is DocKind.ORDER
            and text[h.start : h.end].isupper()
            and _alone_on_line(text, h)
            and _REQUISITES_UNDER.match(text, h.end)
        ):
            return h
    return None


def _appendix_parent(text: str, app: re.Match[str]) -> tuple[DocKind, str]:
    """The kind of the act an appendix with no title of its own is part of: an organisation's
    приказ (or распоряжение) is an order; a постановление, or a распоряжение whose stamp names an
    authority («Приложение к распоряжению администрации города …»), an authority's act."""
    parent = _heading_word(" ".join(lemmas_of(app.group(1))))
    if parent is None or parent[0] is not DocKind.ORDER:
        return DocKind.OTHER, "приложение"
    stamp_end = text.find("\n\n", app.end())
    stamp = text[app.start() : stamp_end if stamp_end != -1 else app.end() + _LETTERHEAD_REACH]
    if parent[1] == _DIRECTIVE and _authority_named(stamp):
        return DocKind.OTHER, _DIRECTIVE
    return parent


def _authority_named(part: str) -> bool:
    """The part names an authority and no educational organisation (a school's letterhead
    names its founder too)."""
    vocab = vocabulary()
    return bool(vocab.authority.search(part)) and not vocab.own_letterhead.search(part)


def _resolution(text: str, h: Heading) -> KindResult:
    return KindResult(
        DocKind.OTHER,
        "постановление",
        h,
        h.start,
        _body_start(text, h.end),
        "заголовок «ПОСТАНОВЛЕНИЕ» и «постановляет»",
        0.9,
    )

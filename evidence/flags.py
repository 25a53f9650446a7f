"""Flags: what a reviewer should know about a row beyond its verdict, each with a Russian title.

A flag is a short id in ``results.jsonl`` (``needs_review``, ``text_capped``…); a few carry an
argument after a colon (``resolved_viewer:yandex_disk``, ``zip_members:3``). Reports never show
the raw id: ``flag_title`` gives the Russian wording. To add a flag: a member here with its
title; ``tests/web/test_flags.py`` scans the source and fails for a flag emitted without one.
"""

from __future__ import annotations

import enum


class Flag(enum.StrEnum):
    """Every flag the pipeline can emit; the value is the id written to results."""

    # rows
    NEEDS_REVIEW = "needs_review"
    COUNT_MISMATCH = "count_mismatch"
    VALUE_ONLY = "value_only"
    VALUE_ZERO = "value_zero"
    VALUE_ZERO_WITH_LINK = "value_zero_with_link"
    SOME_LINKS_INVALID = "some_links_invalid"
    INTERNAL_ERROR = "internal_error"
    OVERRULED = "overruled"
    # links and fetching
    SCHEME_ADDED = "scheme_added"
    SPACES_ENCODED = "spaces_encoded"
    BOT_PROTECTION = "bot_protection"
    LYING_CONTENT_TYPE = "lying_content_type"
    BYTES_CAPPED = "bytes_capped"
    RESOLVED_VIEWER = "resolved_viewer"
    CONFIRMED_DOWNLOAD = "confirmed_download"
    META_REFRESH = "meta_refresh"
    SOFT_404_PROBE = "soft_404_probe"
    # extraction
    PAGES_CAPPED = "pages_capped"
    OCR_PAGES_CAPPED = "ocr_pages_capped"
    ROWS_CAPPED = "rows_capped"
    TEXT_CAPPED = "text_capped"
    TIME_CAPPED = "time_capped"
    MEMORY_CAPPED = "memory_capped"
    CRASHED = "crashed"
    ZIP_MEMBERS = "zip_members"
    ZIP_MEMBERS_CAPPED = "zip_members_capped"
    NEEDS_OCR = "needs_ocr"
    OCR = "ocr"
    OCR_TOP = "ocr_top"
    # classification
    LOW_CONFIDENCE = "low_confidence"
    CITED_DATES_SKIPPED = "cited_dates_skipped"
    TEMPLATE_UNFILLED = "template_unfilled"
    DATE_FROM_SIGNATURE = "date_from_signature"
    DATE_FROM_ESIGN = "date_from_esign"
    DATE_IN_FUTURE = "date_in_future"
    ISSUER_NOT_REPORTING_ORG = "issuer_not_reporting_org"
    AGREEMENT_EXPIRED = "agreement_expired"
    AUTO_PROLONGATION = "auto_prolongation"
    TERM_UNKNOWN = "term_unknown"
    APPENDIX_OF_ORDER = "appendix_of_order"

    @property
    def label(self) -> str:
        """The Russian title shown in reports and the workspace."""
        return FLAG_TITLES[self]

    @property
    def review(self) -> bool:
        """A flag that asks a person to look even when the verdict is ``ok``."""
        return self in _REVIEW


FLAG_TITLES: dict[Flag, str] = {
    Flag.NEEDS_REVIEW: "нужна ручная проверка",
    Flag.COUNT_MISMATCH: "документов меньше заявленного",
    Flag.VALUE_ONLY: "только значение",
    Flag.VALUE_ZERO: "значение 0",
    Flag.VALUE_ZERO_WITH_LINK: "значение 0, но ссылка дана",
    Flag.SOME_LINKS_INVALID: "часть ссылок не подтверждает",
    Flag.INTERNAL_ERROR: "внутренняя ошибка",
    Flag.OVERRULED: "вердикт отменён проверяющим",
    Flag.SCHEME_ADDED: "добавлен http://",
    Flag.SPACES_ENCODED: "пробелы в адресе заменены на %20",
    Flag.BOT_PROTECTION: "защита от роботов",
    Flag.LYING_CONTENT_TYPE: "сервер указал неверный тип файла",
    Flag.BYTES_CAPPED: "файл больше лимита, прочитано начало",
    Flag.RESOLVED_VIEWER: "открыт файл из просмотрщика",
    Flag.CONFIRMED_DOWNLOAD: "скачано после подтверждения загрузки",
    Flag.META_REFRESH: "страница перенаправила на другой адрес",
    Flag.SOFT_404_PROBE: "сайт отвечает 200 на любой адрес",
    Flag.PAGES_CAPPED: "прочитаны не все страницы",
    Flag.OCR_PAGES_CAPPED: "распознаны не все страницы",
    Flag.ROWS_CAPPED: "прочитаны не все строки таблицы",
    Flag.TEXT_CAPPED: "текст слишком длинный, прочитано начало",
    Flag.TIME_CAPPED: "превышено время извлечения",
    Flag.MEMORY_CAPPED: "превышен лимит памяти при извлечении",
    Flag.CRASHED: "сбой при извлечении текста",
    Flag.ZIP_MEMBERS: "файлов прочитано в архиве",
    Flag.ZIP_MEMBERS_CAPPED: "в архиве прочитаны не все файлы",
    Flag.NEEDS_OCR: "ожидает распознавания",
    Flag.OCR: "распознан скан (OCR)",
    Flag.OCR_TOP: "распознан только верх первой страницы",
    Flag.LOW_CONFIDENCE: "низкая уверенность",
    Flag.CITED_DATES_SKIPPED: "пропущены даты цитируемых актов",
    Flag.TEMPLATE_UNFILLED: "незаполненный шаблон",
    Flag.DATE_FROM_SIGNATURE: "дата взята из подписи",
    Flag.DATE_FROM_ESIGN: "дата взята из штампа электронной подписи",
    Flag.DATE_IN_FUTURE: "дата документа в будущем",
    Flag.ISSUER_NOT_REPORTING_ORG: "документ издан другой организацией",
    Flag.AGREEMENT_EXPIRED: "срок соглашения истёк",
    Flag.AUTO_PROLONGATION: "автопролонгация",
    Flag.TERM_UNKNOWN: "срок действия соглашения не указан",
    Flag.APPENDIX_OF_ORDER: "приложение к приказу",
}

_REVIEW = frozenset({Flag.NEEDS_REVIEW, Flag.COUNT_MISMATCH, Flag.BOT_PROTECTION})


def flag_title(flag: str) -> str:
    """Russian title of a flag id as written in results (``base`` or ``base:argument``).

    An id unknown to this version (results of a newer one) is shown as it is.
    """
    base, _, arg = flag.partition(":")
    try:
        member = Flag(base)
    except ValueError:
        return flag
    return f"{member.label}: {arg}" if arg else member.label


def is_review_flag(flag: str) -> bool:
    return flag.partition(":")[0] in {f.value for f in _REVIEW}

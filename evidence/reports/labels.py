"""Russian labels for what reports show: verdict colours, flag names, document kinds."""

from __future__ import annotations

from evidence.models import Verdict

# Background colours per verdict (reports and XLSX fills): red = dead or missing,
# orange = wrong document, yellow = date problems, green = ok.
VERDICT_COLOURS: dict[Verdict, str] = {
    Verdict.NO_LINK: "F4B6B6",
    Verdict.NOT_A_URL: "F4B6B6",
    Verdict.BLOCKED: "E0B0E8",
    Verdict.UNREACHABLE: "F4B6B6",
    Verdict.HTTP_ERROR: "F4B6B6",
    Verdict.SOFT_404: "F4B6B6",
    Verdict.WEB_PAGE: "F9D3A5",
    Verdict.UNREADABLE: "F9D3A5",
    Verdict.WRONG_TYPE: "F9D3A5",
    Verdict.OFF_TOPIC: "F9D3A5",
    Verdict.WRONG_DIRECTION: "F9D3A5",
    Verdict.NO_DATE: "FFF0A8",
    Verdict.WRONG_YEAR: "FFF0A8",
    Verdict.OK: "C8EBC8",
}

VERDICT_EXPLANATIONS: dict[Verdict, str] = {
    Verdict.NO_LINK: "значение заявлено, а ссылки на документ нет",
    Verdict.NOT_A_URL: "в поле текст или относительный путь, а не ссылка",
    Verdict.BLOCKED: "адрес во внутренней сети или недопустимая схема; не открывался",
    Verdict.UNREACHABLE: "сайт не отвечает: ошибка DNS, соединения, TLS или тайм-аут",
    Verdict.HTTP_ERROR: "сервер ответил ошибкой 4xx/5xx (в т.ч. 404)",
    Verdict.SOFT_404: "сервер ответил 200, но это страница «Страница не найдена»",
    Verdict.WEB_PAGE: "ссылка на страницу сайта, а не на документ",
    Verdict.UNREADABLE: "документ, но текст извлечь не удалось",
    Verdict.WRONG_TYPE: "документ другого вида, чем требует критерий",
    Verdict.OFF_TOPIC: "вид верный, но документ не о том, что требует критерий",
    Verdict.WRONG_DIRECTION: "соглашение, по которому наставники — ваши сотрудники/обучающиеся",
    Verdict.NO_DATE: "дату документа найти не удалось",
    Verdict.WRONG_YEAR: "документ не того года или соглашение не действовало в отчётном году",
    Verdict.OK: "документ доступен, нужного вида, по теме и с нужной датой",
}

FLAG_TITLES: dict[str, str] = {
    "needs_review": "нужна ручная проверка",
    "bot_protection": "защита от роботов",
    "count_mismatch": "документов меньше заявленного",
    "value_only": "только значение",
    "value_zero": "значение 0",
    "value_zero_with_link": "значение 0, но ссылка дана",
    "some_links_invalid": "часть ссылок не подтверждает",
    "scheme_added": "добавлен http://",
    "bytes_capped": "файл больше лимита, прочитано начало",
    "pages_capped": "прочитаны не все страницы",
    "ocr_pages_capped": "распознаны не все страницы",
    "time_capped": "превышено время извлечения",
    "needs_ocr": "ожидает распознавания",
    "ocr": "распознан скан (OCR)",
    "lying_content_type": "сервер указал неверный тип файла",
    "low_confidence": "низкая уверенность",
    "cited_dates_skipped": "пропущены даты цитируемых актов",
    "agreement_expired": "срок соглашения истёк",
    "auto_prolongation": "автопролонгация",
    "appendix_of_order": "приложение к приказу",
    "template_unfilled": "незаполненный шаблон",
    "internal_error": "внутренняя ошибка",
}


def flag_title(flag: str) -> str:
    base, _, arg = flag.partition(":")
    if base == "resolved_viewer":
        return f"открыт файл из просмотрщика ({arg})"
    title = FLAG_TITLES.get(base, flag)
    return f"{title}: {arg}" if arg and base in FLAG_TITLES else title

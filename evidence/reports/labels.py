"""Russian labels for what reports show: verdict colours, flag names, document kinds."""

from __future__ import annotations

from evidence.flags import FLAG_TITLES, Flag, flag_title
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

# Flags and their Russian titles live with the Flag enum; re-exported for the report writers.
__all__ = ["FLAG_TITLES", "VERDICT_COLOURS", "VERDICT_EXPLANATIONS", "Flag", "flag_title"]

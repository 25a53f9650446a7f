"""Russian messages for link-level verdicts decided from the HTTP exchange."""

from __future__ import annotations

from evidence.models import FileKind

_STATUS_TEXT = {
    400: "неверный запрос",
    401: "документ закрыт паролем (требуется вход)",
    403: "доступ к документу запрещён",
    404: "документ не найден",
    405: "метод не поддерживается",
    406: "сервер отказался отдать документ",
    408: "сервер не дождался запроса",
    410: "документ удалён с сайта",
    429: "слишком много запросов, сайт временно ограничил доступ",
    451: "доступ ограничен по юридическим причинам",
    500: "внутренняя ошибка сервера",
    502: "ошибка шлюза (сайт за прокси не отвечает)",
    503: "сервис временно недоступен",
    504: "шлюз не дождался ответа сайта",
}

WEB_PAGE = "Ссылка ведёт на страницу сайта, а не на документ"
BOT_WALL = (
    "Сайт закрыт защитой от роботов ({service}): это не мёртвая ссылка, документ нужно "
    "проверить вручную в браузере"
)
SOFT_404 = "Страница не найдена: сайт ответил «{phrase}», хотя формально вернул код 200"
SOFT_404_PROBE = (
    "Страница не найдена: сайт показывает по этой ссылке ту же страницу, что и по "
    "заведомо несуществующему адресу"
)
SOFT_404_REDIRECT = (
    "Страница не найдена: сайт перенаправляет эту ссылку туда же, куда и несуществующие "
    "адреса ({target})"
)
LOGIN_WALL = "Доступ к файлу закрыт: сервис требует войти в аккаунт; откройте доступ по ссылке"
_DOCUMENT_TITLES = {
    FileKind.PDF: "PDF",
    FileKind.DOC: "Word",
    FileKind.DOCX: "Word",
    FileKind.RTF: "Word",
    FileKind.ODT: "OpenDocument",
    FileKind.XLS: "Excel",
    FileKind.XLSX: "Excel",
    FileKind.ODS: "OpenDocument",
}


def broken_upload(claimed: FileKind, html: bool) -> str:
    """A file whose name or type claims a document but which holds an HTML or text message."""
    what = "HTML-текст" if html else "текст"
    title = _DOCUMENT_TITLES.get(claimed, claimed.value.upper())
    return f"Документ не читается: файл повреждён: вместо документа {title} — {what}"


def http_error(status: int) -> str:
    text = _STATUS_TEXT.get(status)
    if text is None:
        if 400 <= status < 500:
            text = "ошибка запроса, документ недоступен"
        elif status >= 500:
            text = "ошибка на стороне сайта"
        else:
            text = "неожиданный ответ вместо документа"
    return f"Сервер ответил {status}: {text}"


HOST_GIVEN_UP = (
    "Сайт {host} не отвечает: {count} ссылки подряд на нём не открылись за отведённое время, "
    "проверочный запрос тоже остался без ответа. Остальные ссылки на этот сайт не "
    "запрашивались, чтобы не задерживать проверку; проверьте их позже"
)

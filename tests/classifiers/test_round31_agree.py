"""Round-31 shapes, in own wording: an agreement whose obligations never say who provides the
mentors, but whose schedule of the mentoring sessions says who conducts each one — a label
(«Проводит: …, методист Центра») or a column («Ведущий», «Ответственный (наставник)») — is
read as the conductors' party providing the mentors; a plan of organisational events with its
«Ответственный» column, or a schedule whose conductors name no party, says nothing of it."""

from __future__ import annotations

from evidence.models import DocKind, Verdict

_PREAMBLE = (
    "СОГЛАШЕНИЕ № 4\nо совместной работе в рамках программы наставничества\n\n"
    "г. Котлас                                             2 октября 2024 г.\n\n"
    "Государственное бюджетное учреждение «Региональный методический центр» (ГБУ РМЦ) в "
    "лице директора Лукиной О.П. и муниципальное бюджетное дошкольное образовательное "
    "учреждение «Детский сад № 8 «Ромашка» (МБДОУ № 8) в лице заведующего Серовой А.А., "
    "действующие на основании уставов, заключили настоящее соглашение.\n\n"
    "1. Предмет соглашения\n"
    "1.1. Стороны организуют методическое сопровождение молодых воспитателей по программе "
    "наставничества «Шаг навстречу».\n"
    "1.2. Встречи проводятся по расписанию (Приложение).\n\n"
    "2. Срок действия\n"
    "2.1. Соглашение действует с 2 октября 2024 г. по 30 июня 2025 г.\n\n"
    "Директор ГБУ РМЦ ________ О.П. Лукина\n"
    "Заведующий МБДОУ № 8 ________ А.А. Серова\n\n"
)


def test_schedule_labels_name_the_conductors_party(judge) -> None:
    text = _PREAMBLE + (
        "Приложение\n"
        "Расписание наставнических занятий с молодыми воспитателями\n\n"
        "1) 15.10.2024. Адаптация детей раннего возраста.\n"
        "   Ведущий: Зотова Н.Ю., методист\n"
        "   ГБУ РМЦ.\n"
        "2) 19.11.2024. Игровые технологии. Ведущий: Зотова Н.Ю., методист ГБУ РМЦ.\n"
        "3) 17.12.2024. Работа с родителями. Ведущий: Пахомов Е.В., методист ГБУ РМЦ.\n"
        "4) 21.01.2025. Итоговое занятие. Ведущий: Зотова Н.Ю.\n"
    )
    d = judge(text, "2.1", year=2024, org="ГБУ РМЦ Котлас")
    assert d.doc_kind is DocKind.AGREEMENT
    assert d.doc_date == "2024-10-02"
    assert d.verdict is Verdict.WRONG_DIRECTION
    d = judge(text, "2.1", year=2024, org="МБДОУ № 8 Ромашка Котлас")
    assert d.verdict is Verdict.OK


def test_schedule_column_of_the_mentor_in_charge(judge) -> None:
    text = _PREAMBLE + (
        "Приложение\n"
        "График консультаций наставников\n\n"
        "Дата | Тема | Ответственный (наставник) | Кто участвует\n"
        "15.10.2024 | Режим дня | Зотова Н.Ю., ГБУ РМЦ | воспитатели МБДОУ № 8\n"
        "19.11.2024 | Игры | Пахомов Е.В., ГБУ РМЦ | воспитатели МБДОУ № 8\n"
        "17.12.2024 | Праздник | Зотова Н.Ю., ГБУ РМЦ | воспитатели МБДОУ № 8\n"
    )
    d = judge(text, "2.1", year=2024, org="ГБУ РМЦ Котлас")
    assert d.verdict is Verdict.WRONG_DIRECTION


def test_plan_of_events_with_those_responsible_is_not_mentoring(judge) -> None:
    text = _PREAMBLE + (
        "Приложение\n"
        "План мероприятий по реализации программы наставничества\n\n"
        "Дата | Мероприятие | Ответственный | Участники\n"
        "15.10.2024 | Совещание | Лукина О.П., ГБУ РМЦ | воспитатели МБДОУ № 8\n"
        "19.11.2024 | Анкетирование | Зотова Н.Ю., ГБУ РМЦ | воспитатели МБДОУ № 8\n"
        "17.12.2024 | Отчёт | Лукина О.П., ГБУ РМЦ | воспитатели МБДОУ № 8\n"
    )
    d = judge(text, "2.1", year=2024, org="ГБУ РМЦ Котлас")
    assert d.verdict is not Verdict.WRONG_DIRECTION


def test_schedule_of_mentoring_sessions_with_only_an_organiser(judge) -> None:
    text = _PREAMBLE + (
        "Приложение\n"
        "График встреч наставников с наставляемыми\n\n"
        "1. 15.10.2024 – Режим дня. Ответственный: Лукина О.П., ГБУ РМЦ.\n"
        "2. 19.11.2024 – Игры. Ответственный: Лукина О.П., ГБУ РМЦ.\n"
        "3. 17.12.2024 – Праздник. Проводит: Зотова Н.Ю.\n"
    )
    d = judge(text, "2.1", year=2024, org="ГБУ РМЦ Котлас")
    assert d.verdict is not Verdict.WRONG_DIRECTION

"""Round-22 shapes other than agreements, in own wording: a paper issued to a person (a
participation certificate, a diploma, a грамота) is no evidence of an organisation's act even
where the criterion takes «иной документ»; an approval stamp that names the meeting which
approved the document dates it by that meeting's protocol; a scan's OCR speck after the
month's name («21 марта. 2024 г.») does not break the date."""

from __future__ import annotations

from classifiers.dates import find_dates
from evidence.models import DocKind, Verdict

# -- a person's paper proves no mentors' association ------------------------------------------


def test_a_conference_diploma_on_mentors_associations_is_no_association(judge) -> None:
    text = (
        "ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ГОРОДА ВОЛОГДЫ\n\n"
        "ДИПЛОМ\n\n"
        "награждается\n"
        "Сидоренко Марина Викторовна,\n"
        "учитель математики МОУ «СОШ № 12»,\n"
        "за участие в городской научно-практической конференции\n"
        "«Школьное методическое объединение наставников: опыт и перспективы»\n\n"
        "Начальник департамента ____________ Е.П. Зуева\n"
        "12.02.2025\n"
    )
    d = judge(text, "9.3", year=2025)
    assert d.verdict is Verdict.WRONG_TYPE
    assert d.doc_kind is DocKind.OTHER
    assert "выданный человеку" in d.message
    assert "удостоверение о повышении квалификации" not in d.message


def test_a_certificate_of_a_speech_at_a_seminar_is_no_association(judge) -> None:
    text = (
        "СЕРТИФИКАТ\n\n"
        "выдан Ковалёвой Ирине Сергеевне, руководителю методического объединения наставников "
        "МБОУ «Гимназия № 2», в том, что она выступила с докладом «Как мы организовали работу "
        "наставников» на региональном семинаре для педагогов.\n\n"
        "Ректор ГАУ ДПО «Институт развития образования» ________ О.Н. Лебедев\n"
        "г. Вологда, 18.10.2024\n"
    )
    d = judge(text, "9.3", year=2024)
    assert d.verdict is Verdict.WRONG_TYPE
    assert "выданный человеку" in d.message


def test_a_honour_certificate_of_the_associations_head_is_no_association(judge) -> None:
    text = (
        "ПОЧЁТНАЯ ГРАМОТА\n\n"
        "награждается\n"
        "Лысенко Татьяна Андреевна,\n"
        "руководитель методического объединения наставников МАОУ «Лицей № 1»,\n"
        "за большой вклад в сопровождение молодых педагогов\n\n"
        "Директор ______ В.В. Карпов\n"
        "Приказ от 20.05.2024 № 77-к\n"
    )
    d = judge(text, "9.3", year=2024)
    assert d.verdict is Verdict.WRONG_TYPE
    assert d.doc_kind is DocKind.OTHER


# negatives: the association's own «иной документ» still proves it; 9.2 keeps its message
def test_a_protocol_of_the_associations_meeting_still_proves_it(judge) -> None:
    text = (
        "ПРОТОКОЛ № 2\n"
        "заседания методического объединения наставников МБОУ «СОШ № 8»\n\n"
        "от 14.11.2024\n\n"
        "Присутствовали: 11 человек (наставники и молодые специалисты).\n"
        "Повестка: 1. Итоги взаимопосещения уроков. 2. Дневник наставника.\n"
        "СЛУШАЛИ: руководителя МО наставников Ефимову Л.П.\n"
        "РЕШИЛИ: продолжить работу наставнических пар.\n\n"
        "Руководитель МО ________ Л.П. Ефимова\n"
    )
    d = judge(text, "9.3", year=2024)
    assert d.verdict is Verdict.OK
    assert d.doc_kind is DocKind.OTHER


def test_a_participation_certificate_under_9_2_keeps_its_seminar_message(judge) -> None:
    text = (
        "СЕРТИФИКАТ УЧАСТНИКА\n\n"
        "подтверждает, что Ильина Ольга Петровна приняла участие в вебинаре "
        "«Наставник молодого учителя»\n\n"
        "Директор ________ Н.Н. Орлова\n"
    )
    d = judge(text, "9.2", year=2024)
    assert d.verdict is Verdict.WRONG_TYPE
    assert "удостоверение о повышении квалификации" in d.message


# -- an approval stamp that names the approving meeting: its protocol dates the document ------

ASSOCIATION_PLAN = """{head}

ПЛАН РАБОТЫ
методического объединения наставников
МАОУ «Лицей № 6» на 2024–2025 учебный год

1 | Заседание № 1: распределение наставнических пар | сентябрь | руководитель МО
2 | Открытые уроки наставников | ноябрь | наставники
3 | Заседание № 2: итоги полугодия | январь | руководитель МО
4 | Заседание № 3: итоги года | май | руководитель МО
"""


def test_a_plan_approved_at_the_associations_meeting_is_dated_by_its_protocol(judge) -> None:
    head = (
        "Утверждён на заседании методического объединения наставников\n"
        "протокол № 1 от 29.08.2024\n"
        "Руководитель МО ________ Р.Р. Галиева"
    )
    d = judge(ASSOCIATION_PLAN.format(head=head), "9.3", year=2024)
    assert d.verdict is Verdict.OK
    assert d.doc_date == "2024-08-29"


def test_a_regulation_approved_by_a_councils_decision_is_dated_by_its_protocol(judge) -> None:
    text = (
        "УТВЕРЖДЕНО\n"
        "решением педагогического совета\n"
        "МБОУ «Гимназия № 3» г. Тулы\n"
        "(протокол от 30.08.2024 № 1)\n\n"
        "ПОЛОЖЕНИЕ\n"
        "о методическом объединении наставников\n\n"
        "1. Общие положения\n"
        "1.1. Методическое объединение наставников создаётся в Гимназии для сопровождения "
        "молодых педагогов.\n"
    )
    d = judge(text, "9.3", year=2024)
    assert d.doc_kind is DocKind.REGULATION
    assert d.doc_date == "2024-08-30"


# negatives: a council's protocol beside, under or inside an order's approval left blank
def test_a_councils_protocol_beside_a_blank_order_stamp_does_not_date_it(judge) -> None:
    head = (
        "ПРИНЯТО                          УТВЕРЖДЕНО\n"
        "на педагогическом совете         приказом директора\n"
        "протокол № 1 от 29.08.2024       от «___» ________ 20__ г. № ___"
    )
    assert judge(ASSOCIATION_PLAN.format(head=head), "9.3", year=2024).doc_date is None


def test_a_council_stamp_below_the_heads_approval_does_not_date_it(judge) -> None:
    head = (
        "УТВЕРЖДАЮ\n"
        "Директор ________ А.А. Петров\n\n"
        "РАССМОТРЕНО\n"
        "на заседании МО наставников\n"
        "протокол № 1 от 28.08.2024"
    )
    assert judge(ASSOCIATION_PLAN.format(head=head), "9.3", year=2024).doc_date is None


def test_a_protocol_cited_in_a_blank_order_stamp_does_not_date_it(judge) -> None:
    head = (
        "УТВЕРЖДЕНО\n"
        "приказом директора от ____________ № ____\n"
        "(по решению педагогического совета, протокол № 1 от 29.08.2024)"
    )
    assert judge(ASSOCIATION_PLAN.format(head=head), "9.3", year=2024).doc_date is None


# -- a speck after the month's name read by OCR as a dot or a comma ---------------------------


def test_a_dot_after_the_month_on_an_orders_date_line_is_read_through(judge) -> None:
    text = (
        "МКОУ «Октябрьская ООШ»\n\n"
        "ПРИКАЗ\n\n"
        "от 02 сентября. 2024 г.                                   № 87-о\n\n"
        "О закреплении наставников\n\n"
        "ПРИКАЗЫВАЮ:\n"
        "1. Закрепить наставником молодого специалиста Орлова П.С. учителя физики Гаврилову Е.М.\n"
        "2. Контроль исполнения приказа оставляю за собой.\n\n"
        "Директор ________ И.К. Мазур\n"
    )
    d = judge(text, "1.3", year=2024)
    assert d.doc_kind is DocKind.ORDER
    assert d.doc_date == "2024-09-02"


def test_a_comma_after_the_month_on_a_certificate_is_read_through(judge) -> None:
    text = (
        "СЕРТИФИКАТ\nучастника\n\n"
        "настоящим подтверждается, что Мельникова Дарья Олеговна\n"
        "приняла участие в онлайн-семинаре «Молодой педагог и наставник»\n\n"
        "17 октября, 2024 года\n\n"
        "Директор ЦНППМ ____________ А.Б. Крылов\n"
    )
    d = judge(text, "9.2", year=2024)
    assert d.verdict is Verdict.WRONG_TYPE
    assert d.doc_date == "2024-10-17"


def test_a_sentence_ending_on_a_month_is_not_joined_to_a_year_that_opens_the_next() -> None:
    text = "Отчёты сдаются до 30 апреля. 2025 год объявлен Годом защитника Отечества."
    assert find_dates(text) == []


def test_a_councils_protocol_after_the_heads_signed_approval_does_not_date_it(judge) -> None:
    # flowed into one line by a page's extraction: the head's approval (month and year only),
    # then the council's stamp in lower case
    head = (
        "УТВЕРЖДАЮ Директор МАОУ «Лицей № 6» ____________ Смирнова О.В. сентябрь, 2024 г. "
        "Принят на заседании методического совета протокол № 1 от 28.08.2024"
    )
    assert judge(ASSOCIATION_PLAN.format(head=head), "9.3", year=2024).doc_date is None

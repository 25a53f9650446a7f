"""Round-28 shapes (blind52–53), in own wording: a certificate's «Дата выдачи» label with nothing
after it and no value under it is the blank whose underscores a photo's OCR dropped — the
course's end does not stand in, however the form's number was read; «03.06.2024 по 14.06.2024»
is a range even when the OCR glued its «с» to the word before; a council's adoption stamp
whose organisation is named with an abbreviation («г. Глазова», «им. А.С. Пушкина») dates the
положение; a справка for the total number of personalised programmes (3.0) must give a count."""

from __future__ import annotations

from evidence.models import DocKind, Verdict

# -- «Дата выдачи» alone on its line: a blank the OCR dropped ---------------------------------

_ISSUE_BELOW_BODY = (
    "Министерство образования и науки Республики Татарстан\n"
    "ГАОУ ДПО «Институт развития образования Республики Татарстан»\n\n"
    "УДОСТОВЕРЕНИЕ\n"
    "о повышении квалификации\n\n"
    "Настоящее удостоверение свидетельствует о том, что\n"
    "Галиева Резеда Ильдаровна\n"
    "в период с 11 ноября 2024 г. по 22 ноября 2024 г.\n"
    "прошла обучение по программе «Наставничество: практики сопровождения педагогов»\n"
    "в объёме 72 часов\n\n"
    "Регистрационный номер: 7719\n"
    "Дата выдачи:\n"
    "Казань\n\n"
    "Ректор\n"
    "Секретарь\n"
)


def test_issue_date_label_with_no_value_leaves_a_certificate_undated(judge) -> None:
    # the number was read beside its label, the issue date's line is empty: a blank
    d = judge(_ISSUE_BELOW_BODY, "9.2", year=2024, org="Гимназия 7")
    assert d.doc_kind is DocKind.CERTIFICATE
    assert d.verdict is Verdict.NO_DATE
    assert d.doc_date is None


def test_issue_date_read_under_its_label_dates_the_certificate(judge) -> None:
    text = _ISSUE_BELOW_BODY.replace("Дата выдачи:\n", "Дата выдачи:\n25.11.2024\n")
    d = judge(text, "9.2", year=2024, org="Гимназия 7")
    assert d.verdict is Verdict.OK
    assert d.doc_date == "2024-11-25"


def test_issue_verb_before_the_holders_name_is_no_blank_date(judge) -> None:
    # «Выдано / Галиевой Резеде Ильдаровне»: the verb's complement is the person, not a date —
    # no issue-date field at all, the course's end dates it
    text = _ISSUE_BELOW_BODY.replace("Дата выдачи:\nКазань\n", "Казань\n").replace(
        "Настоящее удостоверение свидетельствует о том, что\nГалиева Резеда Ильдаровна\n",
        "Выдано\nГалиевой Резеде Ильдаровне в том, что она\n",
    )
    d = judge(text, "9.2", year=2024, org="Гимназия 7")
    assert d.verdict is Verdict.OK
    assert d.doc_date == "2024-11-22"


# -- a range «… по …» whose «с» the OCR glued to the word before ------------------------------

_GLUED_RANGE = (
    "Автономная некоммерческая организация дополнительного профессионального образования\n"
    "«Академия педагогического роста»\n\n"
    "УДОСТОВЕРЕНИЕ\n"
    "о повышении квалификации\n"
    "№ 772411093305\n\n"
    "Настоящее удостоверение выдано\n"
    "Орлову Денису Викторовичу\n"
    "в том, что онс 11.11.2024 по 22.11.2024 прошёл обучение\n"
    "по программе «Наставник молодого учителя» в объёме 36 часов.\n\n"
    "Регистрационный номер 24-5512\n"
    "Директор            Л.М. Савина\n"
)


def test_range_with_a_glued_preposition_is_dated_by_its_end(judge) -> None:
    d = judge(_GLUED_RANGE, "9.2", year=2024, org="СОШ 19")
    assert d.verdict is Verdict.OK
    assert d.doc_date == "2024-11-22"


def test_date_before_po_and_no_second_date_is_no_range(judge) -> None:
    # «выдано 25.11.2024 по итогам обучения»: «по» with no date after it opens no range
    text = _GLUED_RANGE.replace(
        "Настоящее удостоверение выдано\nОрлову Денису Викторовичу\n",
        "Настоящее удостоверение выдано 25.11.2024 по итогам обучения\nОрлову Денису Викторовичу\n",
    )
    d = judge(text, "9.2", year=2024, org="СОШ 19")
    assert d.verdict is Verdict.OK
    assert d.doc_date == "2024-11-25"


# -- a council's adoption stamp naming its school with an abbreviation -------------------------

_ADOPTED = (
    "РАССМОТРЕНО\n"
    "на заседании педагогического совета\n"
    "МБОУ «СОШ им. А.С. Пушкина» г. Глазова\n"
    "протокол от 30.08.2024 № 1\n\n"
    "ПОЛОЖЕНИЕ\n"
    "о моральном поощрении педагогов-наставников\n\n"
    "1. Общие положения\n"
    "1.1. Положение устанавливает меры нематериального поощрения наставников школы.\n"
    "2. Меры поощрения\n"
    "2.1. Благодарность директора, почётная грамота, размещение сведений о наставнике на "
    "сайте школы.\n"
    "2.2. Присвоение звания «Лучший наставник года».\n"
    "3. Заключительные положения\n"
    "3.1. Положение вступает в силу с 1 сентября 2024 года.\n"
)


def test_adoption_stamp_with_abbreviated_names_dates_the_regulation(judge) -> None:
    d = judge(_ADOPTED, "11.2", year=2024, org="СОШ им. Пушкина Глазов")
    assert d.doc_kind is DocKind.REGULATION
    assert d.doc_date == "2024-08-30"


def test_approval_stamp_still_dates_it_beside_the_council(judge) -> None:
    # an approval by order stands over the council's protocol
    text = _ADOPTED.replace(
        "ПОЛОЖЕНИЕ\n", "УТВЕРЖДЕНО\nприказом директора\nот 02.09.2024 № 88-од\n\nПОЛОЖЕНИЕ\n"
    )
    d = judge(text, "11.2", year=2024, org="СОШ им. Пушкина Глазов")
    assert d.doc_date == "2024-09-02"


# -- 3.0: the справка gives the number of programmes ------------------------------------------

_FESTIVAL = (
    "МАОУ «Лицей № 12» г. Новосибирска\n\n"
    "СПРАВКА\n"
    "о проведении фестиваля наставнических практик участников программ наставничества\n\n"
    "Фестиваль проведён 18 апреля 2024 г. в актовом зале лицея. В нём приняли участие "
    "14 наставников и 19 наставляемых, представивших результаты работы по программам "
    "наставничества.\n\n"
    "Оценка выступлений жюри (средний балл из 5):\n"
    "Актуальность представленной программы – 4,6\n"
    "Практическая значимость – 4,3\n\n"
    "Лучшие практики рекомендованы к публикации на сайте лицея.\n\n"
    "25.04.2024\n"
    "Заместитель директора по УВР                 Т.Н. Волкова\n"
)


def test_programmes_report_without_a_count_of_programmes_is_off_topic(judge) -> None:
    d = judge(_FESTIVAL, "3.0", year=2024, org="Лицей 12")
    assert d.verdict is Verdict.OFF_TOPIC
    assert "сколько" in d.message


def test_programmes_counted_by_their_forms_prove_the_total(judge) -> None:
    # no «программ» beside the numbers: the rows of forms are counted
    text = _FESTIVAL.replace(
        "Лучшие практики",
        "Реализуемые персонализированные программы наставничества по формам:\n"
        "учитель – учитель | 5\n"
        "ученик – ученик | 3\n\n"
        "Лучшие практики",
    )
    d = judge(text, "3.0", year=2024, org="Лицей 12")
    assert d.verdict is Verdict.OK


def test_programmes_counted_in_words_after_them_prove_the_total(judge) -> None:
    text = _FESTIVAL.replace(
        "Лучшие практики",
        "В лицее реализуются персонализированные программы наставничества в количестве "
        "7 (семи).\n\nЛучшие практики",
    )
    d = judge(text, "3.0", year=2024, org="Лицей 12")
    assert d.verdict is Verdict.OK

"""Round-12 shapes of agreements and dates: a designation said «именуемое далее «…»» (without
«в дальнейшем»), parties named without designations and then called by their proper names
or head nouns («Гимназия», «Детский сад»), a town wrapped to the next line inside a party's
name, and a year later than next year (a misread blank «20__ г.»), which is never a
document's year. The documents are written for these tests."""

from __future__ import annotations

from classifiers.agreements import analyse
from evidence.models import Verdict

# --- «именуемое далее «Исполнитель»»: a designation without «в дальнейшем» ---

SERVICES_REVERSED = """ДОГОВОР № 7
о наставнической поддержке педагогов

г. Омск                                                                    12.02.2024

Бюджетное профессиональное образовательное учреждение Омской области «Омский колледж
транспортного строительства» (БПОУ «ОКТС»), именуемое далее «Исполнитель», в лице директора
Головина Петра Ивановича, и муниципальное бюджетное общеобразовательное учреждение «Гимназия
№ 9» г. Омска, именуемое далее «Заказчик», в лице директора Ереминой Анны Сергеевны,
заключили настоящий договор.

1. Предмет договора
1.1. Исполнитель выделяет мастеров производственного обучения в качестве наставников молодых
учителей физики Заказчика.

2. Срок действия: с 12.02.2024 по 30.06.2025.

Исполнитель: БПОУ «ОКТС»      Заказчик: МБОУ «Гимназия № 9»
"""


def test_designation_said_named_further_is_read(judge) -> None:
    facts = analyse(SERVICES_REVERSED, None, None, 2024)
    assert [p.designation for p in facts.parties] == ["Исполнитель", "Заказчик"]
    assert facts.provider == 0


def test_reporting_party_that_sends_mentors_is_reversed(judge) -> None:
    d = judge(SERVICES_REVERSED, "2.1", year=2024, org="Омский колледж транспортного строительства")
    assert d.verdict is Verdict.WRONG_DIRECTION


ENTERPRISE_NAMED = """Соглашение № 3-Н

пос. Заречный                                                         «3» сентября 2024 г.

Акционерное общество «Заречный механический завод», именуемое в дальнейшем «Предприятие»,
в лице генерального директора Лосева О.В., с одной стороны, и муниципальное бюджетное
общеобразовательное учреждение «Средняя школа № 2», именуемое далее по тексту «Школа», в лице
директора Тихоновой Е.А., с другой стороны, заключили настоящее соглашение о нижеследующем.

1. Предприятие направляет своих инженеров наставниками обучающихся 9–11 классов Школы по
программе профессиональных проб.
2. Школа определяет наставляемых и предоставляет помещения для встреч.
3. Соглашение действует до 31 августа 2025 года.
"""


def test_designation_named_further_by_text_is_read(judge) -> None:
    facts = analyse(ENTERPRISE_NAMED, None, None, 2024)
    assert [p.designation for p in facts.parties] == ["Предприятие", "Школа"]
    d = judge(ENTERPRISE_NAMED, "2.1", year=2024, org="МБОУ «Средняя школа № 2»")
    assert d.verdict is Verdict.OK


# --- parties without designations are called by their proper names or head nouns ---

SITE_PAGE_AGREEMENT = """Главная | Об учреждении | Новости | Наставничество | Контакты
Поиск   Версия для слабовидящих
Главная » Наставничество » Партнёры

Соглашение о сотрудничестве

г. Тамбов, 5 февраля 2025 года

Муниципальное автономное общеобразовательное учреждение «Гимназия искусств» г.
Тамбова в лице директора Беловой Ирины Павловны и муниципальное бюджетное дошкольное
образовательное учреждение «Детский сад «Ромашка» в лице заведующего Ивановой Ольги Петровны
договорились о следующем.

Гимназия направляет учителей музыки наставниками молодых воспитателей детского сада «Ромашка».
Детский сад «Ромашка» определяет наставляемых и составляет график встреч.

Соглашение действует до 31 августа 2026 года.

Дата публикации: 10.02.2025   Теги: наставничество
"""


def test_parties_without_designations_are_called_by_their_head_nouns() -> None:
    facts = analyse(SITE_PAGE_AGREEMENT, None, None, 2025)
    assert len(facts.parties) == 2
    assert facts.parties[0].name.startswith("Муниципальное автономное")
    assert facts.provider == 0


def test_site_page_agreement_reversed_for_the_mentoring_party(judge) -> None:
    d = judge(SITE_PAGE_AGREEMENT, "2.1", year=2025, org="МАОУ «Гимназия искусств»")
    assert d.verdict is Verdict.WRONG_DIRECTION


def test_site_page_agreement_counts_for_the_mentored_party(judge) -> None:
    d = judge(SITE_PAGE_AGREEMENT, "2.1", year=2025, org="МБДОУ «Детский сад «Ромашка»")
    assert d.verdict is not Verdict.WRONG_DIRECTION


PLAIN_TWO_SCHOOLS = """СОГЛАШЕНИЕ
о наставничестве

с. Луговое                                                             14.10.2024

Муниципальное казённое общеобразовательное учреждение «Луговская средняя школа» в лице
директора Орлова Н.Н. и муниципальное казённое общеобразовательное учреждение «Полевская
основная школа» в лице директора Гусевой Т.А. заключили настоящее соглашение.

1. Полевская основная школа подбирает из числа своих педагогов наставников для молодых учителей
Луговской средней школы.
2. Соглашение действует до 31.12.2025.
"""


def test_same_head_noun_is_no_alias_but_the_proper_name_is() -> None:
    facts = analyse(PLAIN_TWO_SCHOOLS, None, None, 2024)
    assert len(facts.parties) == 2
    assert all("школа" not in p.aliases for p in facts.parties)
    assert facts.provider == 1


# --- a year later than next year is a misread blank, never the document's year ---

SCANNED_BLANK_CERTIFICATE = """АНО ДПО «Учебный центр «Развитие»

УДОСТОВЕРЕНИЕ
о повышении квалификации

Настоящее удостоверение выдано Смирновой Ольге Ивановне в том, что она
прошла обучение по дополнительной профессиональной программе
«Наставничество в образовательной организации» в объёме 36 часов

Город Самара
2090 г.
"""


def test_a_year_after_next_year_is_no_certificate_year(judge) -> None:
    d = judge(SCANNED_BLANK_CERTIFICATE, "9.2", year=2024)
    assert d.verdict is not Verdict.WRONG_YEAR
    assert "2090" not in d.message


CERTIFICATE_WITH_YEAR = SCANNED_BLANK_CERTIFICATE.replace("2090 г.", "2024 г.")


def test_a_plausible_certificate_year_is_still_read(judge) -> None:
    d = judge(CERTIFICATE_WITH_YEAR, "9.2", year=2024)
    assert d.verdict is not Verdict.NO_DATE
    assert d.verdict is not Verdict.WRONG_YEAR


ORDER_BLANK_YEAR = """МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ШКОЛА № 4»

ПРИКАЗ
2099 год                                                                      № ___

О мониторинге реализации целевой модели наставничества

ПРИКАЗЫВАЮ:
1. Провести мониторинг реализации целевой модели наставничества в школе.
"""


def test_a_typed_year_after_next_year_is_no_order_year(judge) -> None:
    d = judge(ORDER_BLANK_YEAR, "1.3", year=2024)
    assert d.verdict is not Verdict.WRONG_YEAR
    assert "2099" not in d.message


# --- a date that opens a sentence with a one-letter preposition after it is an event's date ---

NEWS_EVENT = """Новости школы

Уважаемые родители! Приглашаем вас принять участие в работе родительского патруля по
проверке организации горячего питания обучающихся начальных классов.

14 октября 2024 г. в столовой школы состоится дегустация блюд нового меню с участием
представителей родительского комитета.
Запись по телефону у классных руководителей.
"""


def test_an_event_date_opening_a_sentence_is_no_own_date(judge) -> None:
    d = judge(NEWS_EVENT, "1.3", year=2024)
    assert d.doc_date is None


MEETING_NOTE = """Объявление

Для педагогов района проводится цикл семинаров по сопровождению молодых учителей.
Ближайшее занятие:
3 марта 2025 года с участниками встретится методист центра развития образования.
Регистрация обязательна.
"""


def test_an_event_date_before_a_preposition_with_a_name_is_no_own_date(judge) -> None:
    d = judge(MEETING_NOTE, "1.3", year=2025)
    assert d.doc_date is None


# --- a date in a parenthesis that opens with an act's name belongs to that act ---

ADMISSION_PAGE = """ПОРЯДОК ЗАЧИСЛЕНИЯ в 10-й класс в 2025 году
Приём заявлений начинается после получения аттестатов об основном общем образовании.
Зачисление проводится по результатам индивидуального отбора (распоряжение управления
образования администрации городского округа город Нижнекамск Республики Татарстан от 14.02.2025
№ 31-р) в профильные классы.
"""


def test_a_date_in_a_long_cited_parenthesis_is_no_own_date(judge) -> None:
    d = judge(ADMISSION_PAGE, "2.3", year=2025)
    assert d.doc_date is None


REPORT_CITING = """Справка
по итогам внутреннего мониторинга реализации целевой модели наставничества

Мониторинг проведён в соответствии с планом (приказ муниципального казённого учреждения
«Управление образования и молодёжной политики Первомайского муниципального округа» от
11.01.2024 № 3) по показателям мониторинга.

Доля педагогов-наставников — 18 %.

Директор                                     Е.В. Шилова
20.05.2024
"""


def test_the_report_keeps_its_own_date_not_the_cited_order(judge) -> None:
    d = judge(REPORT_CITING, "1.4", year=2024)
    assert d.doc_date == "2024-05-20"

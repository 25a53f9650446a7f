"""Several problems at once: the most severe verdict (DESIGN.md order), every problem named."""

from __future__ import annotations

from tests.classifiers.test_agreements import SCHOOL_MENTORS, make

OLD_ORDER_OTHER_TOPIC = """МБОУ «Увинская СОШ № 4»

ПРИКАЗ

от 16.09.2022                                                  № 131

О проведении мониторинга адаптации обучающихся 1-х и 5-х классов

В целях своевременного выявления трудностей адаптации

ПРИКАЗЫВАЮ:
1. Провести мониторинг адаптации обучающихся 1-х и 5-х классов в октябре 2022 года.
2. Педагогу-психологу подготовить аналитическую справку.

Директор __________ С.М. Аксёнова
"""


def test_old_order_on_another_topic_is_off_topic_and_names_the_year(judge) -> None:
    d = judge(OLD_ORDER_OTHER_TOPIC, "1.3")
    assert d.verdict.value == "off_topic"  # more severe than wrong_year
    assert "Кроме того" in d.message and "16.09.2022" in d.message and "2024" in d.message
    assert d.details["other_problems"] == ["wrong_year"]


REGULATION_2025 = """УТВЕРЖДЕНО
приказом директора МБОУ «СОШ № 4»
от 10.01.2025 № 5

ПОЛОЖЕНИЕ
о системе наставничества педагогических работников

1. Общие положения
1.1. Настоящее положение определяет порядок организации наставничества педагогических работников.
1.2. Наставник назначается из числа опытных педагогов.
"""


def test_wrong_kind_is_first_and_the_late_date_is_named_too(judge) -> None:
    d = judge(REGULATION_2025, "1.3")
    assert d.verdict.value == "wrong_type"
    assert "Кроме того" in d.message and "10.01.2025" in d.message


def test_reversed_agreement_that_expired_names_both(judge) -> None:
    text = make(duties=SCHOOL_MENTORS, term="3.1. Соглашение действует до 31.08.2022.", year=2021)
    d = judge(text, "2.1", org="МБОУ СОШ № 12")
    assert d.verdict.value == "wrong_direction"  # before wrong_year in the documented order
    assert "Кроме того" in d.message and "31.08.2022" in d.message


def test_a_single_problem_is_named_alone(judge) -> None:
    d = judge(OLD_ORDER_OTHER_TOPIC.replace("2022", "2024"), "1.3")
    assert d.verdict.value == "off_topic"
    assert "Кроме того" not in d.message and "other_problems" not in d.details

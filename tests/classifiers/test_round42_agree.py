"""Round-42 shape of an agreement: a party said to lack the staff for its newcomers' support
(«испытывает дефицит опытных педагогов для сопровождения молодых …») is the mentees' side, not
the mentors' provider."""

from __future__ import annotations

from collections.abc import Callable

from evidence.models import Decision, Verdict

HEAD = """СОГЛАШЕНИЕ
о сотрудничестве в сфере наставничества

г. Кедровск                                                        «5» марта 2024 г.

МАДОУ «Детский сад № 12 «Ласточка»» (далее – Базовая организация) в лице заведующего Смирновой
Ольги Петровны, действующей на основании Устава, и МАДОУ «Детский сад № 31 «Солнышко»»
(далее – Партнёр) в лице заведующего Котовой Веры Ильиничны, действующей на основании Устава,
договорились о следующем:

1. Предмет соглашения
1.1. Предметом Соглашения является наставничество молодых педагогов.
"""

TAIL = """
2. Обязательства Базовой организации
2.1. Закрепить за каждым молодым воспитателем Партнёра опытного воспитателя.

3. Срок действия
3.1. Соглашение действует со дня подписания до 31 мая 2025 года.
"""

BASE = "МАДОУ Детский сад № 12 Кедровск"
PARTNER = "МАДОУ Детский сад № 31 Кедровск"


def doc(sentence: str) -> str:
    return HEAD + "1.2. " + sentence + "\n" + TAIL


LACKING = doc(
    "Партнёр испытывает дефицит опытных педагогов для сопровождения вновь принятых работников."
)
SENDING = doc("Партнёр направляет опытных педагогов для сопровождения вновь принятых работников.")


def test_lacking_party_is_the_mentees_side(judge: Callable[..., Decision]) -> None:
    assert judge(LACKING, "2.1", org=BASE).verdict is Verdict.WRONG_DIRECTION


def test_lacking_party_reporting_is_not_reversed(judge: Callable[..., Decision]) -> None:
    assert judge(LACKING, "2.1", org=PARTNER).verdict is not Verdict.WRONG_DIRECTION


def test_need_worded_otherwise_is_the_mentees_side(judge: Callable[..., Decision]) -> None:
    text = doc("Партнёр нуждается в опытных педагогах для сопровождения молодых специалистов.")
    assert judge(text, "2.1", org=BASE).verdict is Verdict.WRONG_DIRECTION


def test_sending_party_still_provides(judge: Callable[..., Decision]) -> None:
    assert judge(SENDING, "2.1", org=BASE).verdict is Verdict.OK
    assert judge(SENDING, "2.1", org=PARTNER).verdict is Verdict.WRONG_DIRECTION

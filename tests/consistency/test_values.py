import pytest

from evidence.consistency import parse_value


@pytest.mark.parametrize(
    ("raw", "number"),
    [
        pytest.param("1 002", 1002, id="space_thousands"),
        pytest.param("1\u00a0002", 1002, id="nbsp_thousands"),
        pytest.param("15,5", 15.5, id="decimal_comma"),
        pytest.param("15.5", 15.5, id="decimal_point"),
        pytest.param("12 чел.", 12, id="people_suffix"),
        pytest.param("85 %", 85, id="percent_sign"),
        pytest.param("да", 1, id="yes"),
        pytest.param("Нет", 0, id="no"),
        pytest.param(" 7 ", 7, id="padded"),
        pytest.param("-3", -3, id="negative"),
    ],
)
def test_numbers_as_typed(raw: str, number: float) -> None:
    parsed = parse_value(raw)
    assert parsed.number == number
    assert not parsed.missing and not parsed.invalid


@pytest.mark.parametrize("raw", ["", "  ", "-", "—"])
def test_missing_is_not_zero(raw: str) -> None:
    parsed = parse_value(raw)
    assert parsed.missing and parsed.number is None and parsed.display is None


@pytest.mark.parametrize("raw", ["много", "3 4", "12 из 15", "1.2.3"])
def test_not_a_number(raw: str) -> None:
    parsed = parse_value(raw)
    assert parsed.invalid and parsed.display == raw

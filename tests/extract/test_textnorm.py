from __future__ import annotations

import pytest

from evidence.textnorm import fold, normalise


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("ПPИKAЗ", "ПРИКАЗ", id="latin_capitals_in_cyrillic_word"),
        pytest.param("нacтaвник", "наставник", id="latin_lowercase_in_cyrillic_word"),
        pytest.param("от 12.09.2024 N 145", "от 12.09.2024 N 145", id="latin_N_kept"),
        pytest.param("Microsoft Word", "Microsoft Word", id="latin_words_kept"),
        pytest.param(
            "oT 12.09.2024 № 145 о наставничестве",
            "оТ 12.09.2024 № 145 о наставничестве",
            id="all_lookalike_word_in_russian_line",
        ),
        pytest.param(
            "в формате Word или PDF, ТЕХ",
            "в формате Word или PDF, ТЕХ",
            id="latin_words_in_russian_line_kept",
        ),
        pytest.param(
            "Пишите на mail@school.ru или http://school.ru/top",
            "Пишите на mail@school.ru или http://school.ru/top",
            id="addresses_in_russian_line_kept",
        ),
        pytest.param("настав-\nничества", "наставничества", id="hyphenation_joined"),
        pytest.param("настав\u00adничества", "наставничества", id="soft_hyphen"),
        pytest.param("северо-западный", "северо-западный", id="inner_hyphen_kept"),
        pytest.param("2023-\n2024", "2023-\n2024", id="digits_not_joined"),
        pytest.param(
            "ПРИКАЗ\n\n\n\nот   12.09.2024\t№\u00a0145",
            "ПРИКАЗ\n\nот 12.09.2024 № 145",
            id="spaces_collapsed_lines_kept",
        ),
        pytest.param("уче\u0308бный", "учёбный", id="nfc"),
        pytest.param("Учёба", "Учёба", id="yo_kept"),
        pytest.param("a\r\nb\fc", "a\nb\n\nc", id="line_ends"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_fold_for_comparisons() -> None:
    assert fold("Приказ об Учёбе") == "приказ об учебе"
    assert fold(normalise("ПPИKAЗ")) == "приказ"

"""Organisation type from the name (config/orgtypes.yaml), and the batch column that overrides it."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence.batch import read_batch
from evidence.models import ItemResult, Verdict
from evidence.spravka.orgtypes import load_orgtypes

NAMES = [
    pytest.param("МБДОУ «Детский сад № 5 «Ромашка»»", "preschool", id="mbdou_romashka"),
    pytest.param("МАДОУ ЦРР д/с № 214", "preschool", id="madou_crr_ds"),
    pytest.param("д/с № 14 «Солнышко»", "preschool", id="ds_slash"),
    pytest.param("МБДОУ № 12", "preschool", id="mbdou_number_only"),
    pytest.param(
        "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 3»",
        "preschool",
        id="full_preschool",
    ),
    pytest.param("Детский сад комбинированного вида № 41", "preschool", id="sad_lowercase_words"),
    pytest.param("МАОУ СОШ № 12", "general", id="maou_sosh"),
    pytest.param("МБОУ ООШ д. Ключи", "general", id="oosh"),
    pytest.param("МКОУ «НОШ № 2»", "general", id="nosh"),
    pytest.param("МБОУ «Гимназия № 56»", "general", id="gymnasium"),
    pytest.param("МАОУ «Лицей № 1»", "general", id="lyceum"),
    pytest.param("МБОУ «Школа № 7»", "general", id="school"),
    pytest.param("МКОУ «Кадетская школа-интернат»", "general", id="boarding"),
    pytest.param("ГБОУ «Кадетский корпус»", "general", id="cadet_corps"),
    pytest.param("МБОУ СШ № 5", "general", id="ou_sh_is_secondary_school"),
    pytest.param("МАОУ «Центр образования № 2»", "general", id="education_centre"),
    pytest.param(
        "МБОУ «Начальная школа – детский сад № 1»", "general", id="primary_school_kindergarten"
    ),
    pytest.param("Филиал МБОУ «СОШ № 3» — ООШ с. Ивановка", "general", id="branch_of_school"),
    pytest.param(
        "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
        "школа № 8»",
        "general",
        id="full_general",
    ),
    pytest.param("МБУ ДО ДШИ им. П.И. Чайковского", "additional", id="dshi_is_not_a_school"),
    pytest.param("МБУ ДО «Детская школа искусств № 3»", "additional", id="school_of_arts_words"),
    pytest.param("Детская музыкальная школа № 1", "additional", id="music_school"),
    pytest.param("МБОУ ДО ДЮСШ", "additional", id="dyussh"),
    pytest.param("МАУ ДО СШ «Олимп»", "additional", id="sports_school_do"),
    pytest.param("МАУ СШОР № 2", "additional", id="sshor"),
    pytest.param("МБУ ДО «Дом детского творчества»", "additional", id="ddt_words"),
    pytest.param("МБУ ДО ЦДТ «Радуга»", "additional", id="cdt"),
    pytest.param("МБУ ДО «Станция юных техников»", "additional", id="young_technicians"),
    pytest.param("МБУ «Центр дополнительного образования»", "additional", id="cdo_words"),
    pytest.param("ГБПОУ «Ижевский промышленно-экономический колледж»", "vocational", id="college"),
    pytest.param("ГАПОУ УР «Ижевский политехнический колледж»", "vocational", id="gapou"),
    pytest.param("Ижевский техникум индустрии питания", "vocational", id="technikum"),
    pytest.param("Филиал ГБПОУ «Сарапульский колледж»", "vocational", id="branch_of_college"),
    pytest.param("БПОУ УР «Медицинское училище»", "vocational", id="uchilishche"),
    pytest.param("МБУ «ППМС-центр»", "other", id="psychological_centre"),
    pytest.param("Управление образования Администрации города", "other", id="authority"),
    pytest.param("ООО «Школьник»", "other", id="shop_named_schoolboy"),
]


@pytest.mark.parametrize(("name", "expected"), NAMES)
def test_type_from_name(name: str, expected: str) -> None:
    assert load_orgtypes().classify(name) == expected


@pytest.mark.parametrize(
    ("declared", "expected"),
    [("ДОО", "preschool"), ("общеобразовательная", "general"), ("СПО", "vocational"),
     ("Дополнительного образования", "additional"), ("", "other"), ("что-то", "other")],
)  # fmt: skip
def test_batch_column_overrides_the_name(declared: str, expected: str) -> None:
    # «ППМС-центр» is «иная» by its name; the column says what it is (an unknown word: the name).
    assert load_orgtypes().classify("МБУ «ППМС-центр»", declared) == expected


def test_type_column_is_read_and_survives_results_jsonl(tmp_path: Path) -> None:
    batch = tmp_path / "batch.csv"
    batch.write_text(
        "Организация;ИНН;Критерий;Значение;Ссылка;Тип ОО\n"
        "МБУ «ППМС-центр»;1;1.1;1;https://x.ru/p.pdf;дошкольная\n"
        "МАОУ СОШ № 12;2;1.1;1;https://x.ru/q.pdf;\n",
        encoding="utf-8",
    )
    items = read_batch(batch)
    assert [i.org_type for i in items] == ["дошкольная", ""]
    assert "org_type" not in items[1].to_dict()  # older fingerprints and stored rows unchanged
    result = ItemResult(
        row=1, org=items[0].org, criterion="1.1", url="", final_url=None, verdict=Verdict.OK,
        flags=[], doc_kind=None, doc_date=None, doc_number=None, message="", evidence=None,
        org_type=items[0].org_type,
    )  # fmt: skip
    line = result.to_dict()
    assert line["org_type"] == "дошкольная"
    assert ItemResult.from_dict(line).org_type == "дошкольная"
    assert "org_type" not in ItemResult.from_dict({**line, "org_type": ""}).to_dict()

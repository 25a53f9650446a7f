"""Forms in the form's own layout read into the same items and findings as the long CSV."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from evidence.consistency import check_consistency
from evidence.errors import BatchError
from evidence.formlayout import looks_like_form, read_form_file, read_form_folder
from evidence.models import BatchItem
from tests.consistency.formfiles import PARTNERS_ROW, write_form

ORG = "МБОУ «СОШ № 78»"
PDF = "https://school78.ru/files/{}.pdf"

# A school repeating the seed's typical errors (seed 004).
VALUES: dict[str, tuple[object, str, str]] = {
    "0.1": (54, "", ""),
    "0.2": ("1 002", "", ""),
    "1.1": (1, PDF.format("order1"), ""),
    "1.3": (1, "", ""),
    "2.1": (0, "", ""),
    "3.0": (20, PDF.format("report"), ""),
    "3.1": (15, PDF.format("p1"), ""),
    "3.2": (27, PDF.format("p2"), ""),
    "3.6": (2, PDF.format("p6"), ""),
    "3.7": (1, PDF.format("p7"), "ученик - студент"),
    "4.0": (3, "", ""),
    "5.0": (320, "", ""),
    "5.1": (51, "", ""),
    "5.2": (75, "", ""),
    "5.4": (11, "", ""),
    "6.0": (250, "", ""),
    "6.1": (270, "", ""),
    "7.1": ("105", "", ""),
    "8.0": (10, "", ""),
    "8.1": (12, "", "двое приняты в декабре"),
    "10.0": (50, "", ""),
    "10.1": (10, "", ""),
}


def write_long_csv(path: Path, org: str, values: dict[str, tuple[object, str, str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["org", "criterion", "value", "url", "note"])
        for code, (value, url, note) in values.items():
            writer.writerow([org, code, value, url, note])
    return path


def read_long_csv(path: Path) -> list[BatchItem]:
    with open(path, encoding="utf-8", newline="") as fh:
        return [
            BatchItem(
                row=n,
                org=r["org"],
                criterion=r["criterion"],
                value=r["value"],
                url=r["url"],
                note=r["note"],
            )
            for n, r in enumerate(csv.DictReader(fh), start=1)
        ]


def comparable(findings: list[Any]) -> list[tuple[Any, ...]]:
    return [(f.org, f.rule, f.criteria, f.values, f.severity, f.message) for f in findings]


@pytest.mark.parametrize(
    "layout",
    [
        pytest.param({}, id="one_sheet_with_headings"),
        pytest.param({"per_section_sheets": True}, id="sheet_per_section"),
        pytest.param({"column_offset": 2, "hyperlinks": True}, id="shifted_columns_hyperlinks"),
    ],
)
def test_form_round_trips_to_the_same_findings_as_long_csv(
    tmp_path: Path, layout: dict[str, Any]
) -> None:
    form = read_form_file(
        write_form(tmp_path / "form.xlsx", ORG, VALUES, partners="ООО «Ромашка»", **layout)
    )
    long = read_long_csv(write_long_csv(tmp_path / "batch.csv", ORG, VALUES))
    assert form.unmapped == []
    assert {(i.criterion, i.value, i.url, i.note) for i in form.items} == {
        (i.criterion, i.value, i.url, i.note) for i in long
    }
    expected = check_consistency(long)
    assert {f.rule for f in expected} >= {
        "programmes_sum",
        "mentee_groups_le_mentees",
        "student_mentors_le_students_15_19",
        "young_mentees_le_young",
        "external_mentors_without_agreement",
        "teachers_equal_title_page",
        "percent_range",
        "document_link_given",
    }
    assert comparable(check_consistency(form.items)) == comparable(expected)


def test_unmapped_rows_are_reported_not_dropped(tmp_path: Path) -> None:
    extra = [(2, "Количество проведённых совместных мероприятий с партнёрами", 7)]
    path = write_form(
        tmp_path / "form.xlsx", ORG, {"2.1": (1, PDF.format("a"), "")}, extra_rows=extra
    )
    batch = read_form_file(path)
    (unmapped,) = batch.unmapped
    assert unmapped.file == "form.xlsx" and unmapped.text == extra[0][1]
    assert unmapped.score < 80 and unmapped.row > 1
    assert "не удалось определить показатель" in unmapped.message
    assert [i.criterion for i in batch.items] == ["2.1"]


def test_partner_list_row_is_known(tmp_path: Path) -> None:
    path = write_form(
        tmp_path / "form.xlsx", ORG, {"2.1": (1, PDF.format("a"), "")}, partners="ООО «Ромашка»"
    )
    batch = read_form_file(path)
    assert batch.unmapped == [] and PARTNERS_ROW not in {i.criterion for i in batch.items}


def test_loose_wording_maps_by_section(tmp_path: Path) -> None:
    wording = {
        "8.2": "Общее количество педагогов",  # section 8: without young specialists
        "10.0": "Общее количество педагогов",  # section 10: all teachers
        "8.0": "Общее количество молодых специалистов",
        "10.1": "Общее количество молодых специалистов",
        "3.1": "Кол-во персонализированных программ по форме «ученик — ученик»",
        "7.2": "Уровень удовлетворённости наставников участием в завершённых программах",
    }
    values = {code: (n, "", "") for n, code in enumerate(wording, start=11)}
    batch = read_form_file(write_form(tmp_path / "form.xlsx", ORG, values, wording=wording))
    assert batch.unmapped == []
    assert {i.criterion: i.value for i in batch.items} == {c: str(v[0]) for c, v in values.items()}


def test_age_bounds_decide_between_similar_rows(tmp_path: Path) -> None:
    # the 10–19 total typed under section 6's heading still maps to 5.0, not 6.0
    extra = [(6, "Общее количество обучающихся в возрасте от 10 до 19 лет", 320)]
    batch = read_form_file(
        write_form(tmp_path / "form.xlsx", ORG, {"6.0": (250, "", "")}, extra_rows=extra)
    )
    assert sorted((i.criterion, i.value) for i in batch.items) == [("5.0", "320"), ("6.0", "250")]


def test_folder_numbers_rows_over_files_and_names_orgs(tmp_path: Path) -> None:
    write_form(
        tmp_path / "a.xlsx", "Школа А", {"6.0": (10, "", ""), "6.1": (20, "", "")}, all_rows=False
    )
    write_form(
        tmp_path / "b.xlsx", "Школа Б", {"6.0": (30, "", ""), "6.1": (2, "", "")}, all_rows=False
    )
    (tmp_path / "notes.txt").write_text("not a form", encoding="utf-8")
    batch = read_form_folder(tmp_path)
    assert [i.row for i in batch.items] == [1, 2, 3, 4]
    assert [i.org for i in batch.items] == ["Школа А", "Школа А", "Школа Б", "Школа Б"]
    assert [loc.file for loc in batch.locations] == ["a.xlsx", "a.xlsx", "b.xlsx", "b.xlsx"]
    (finding,) = check_consistency(batch.items)
    assert finding.org == "Школа А" and finding.rule == "student_mentors_le_students_15_19"


def test_org_falls_back_to_file_name(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(
        [
            "№ п/п",
            "Наименование критерия",
            "Критерий",
            None,
            "Источник информации",
            None,
            "Примечания",
        ]
    )
    sheet.append([1, "Общее количество обучающихся в возрасте от 15 до 19 лет", "количество", 250])
    workbook.save(tmp_path / "СОШ 5.xlsx")
    (item,) = read_form_file(tmp_path / "СОШ 5.xlsx").items
    assert (item.org, item.criterion, item.value) == ("СОШ 5", "6.0", "250")


def test_looks_like_form(tmp_path: Path) -> None:
    form = write_form(tmp_path / "form.xlsx", ORG, {"1.1": (1, PDF.format("a"), "")})
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["org", "criterion", "value", "url", "note"])
    sheet.append([ORG, "1.1", 1, PDF.format("a"), ""])
    workbook.save(tmp_path / "long.xlsx")
    russian = Workbook()
    sheet = russian.active
    assert sheet is not None
    sheet.append(["Организация", "Критерий", "Значение", "Источник информации", "Примечание"])
    sheet.append([ORG, "1.1", 1, PDF.format("a"), ""])
    russian.save(tmp_path / "long_ru.xlsx")
    assert looks_like_form(form)
    assert not looks_like_form(tmp_path / "long.xlsx")
    assert not looks_like_form(tmp_path / "long_ru.xlsx")
    assert not looks_like_form(write_long_csv(tmp_path / "batch.csv", ORG, VALUES))


def test_unreadable_file_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(BatchError, match=r"broken\.xlsx"):
        read_form_file(tmp_path / "broken.xlsx")
    with pytest.raises(BatchError, match=r"broken\.xlsx"):
        read_form_folder(tmp_path)
    with pytest.raises(BatchError):
        read_form_folder(tmp_path / "missing")


def test_table_without_value_column_header(tmp_path: Path) -> None:
    # seed 004 section 4: «Критерий | Единица измерения | Источник информации», the value typed
    # in a column the header does not name
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Наименование отчитывающейся организации", None, ORG])
    sheet.append(
        ["4. Включенность предприятий (организаций) в программы наставничества в роли наставников"]
    )
    sheet.append(["Критерий", "Единица измерения", "Источник информации"])
    wording = "Количество наставников из предприятий концерн Калашников, Ижсталь, Буммаш"
    sheet.append([wording, "количество", "ссылка на информационную справку", None, 4])
    workbook.save(tmp_path / "s4.xlsx")
    (item,) = read_form_file(tmp_path / "s4.xlsx").items
    assert (item.org, item.criterion, item.value, item.url) == (ORG, "4.2", "4", "")


def test_org_name_in_the_label_cell(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "6. Включенность обучающихся"
    sheet.append([f"Наименование отчитывающейся организации: {ORG}"])
    sheet.append(["№ п/п", "Наименование критерия", "Критерий", None, "Источник информации"])
    sheet.append([1, "Общее количество обучающихся", "количество", 250])  # section 6 by sheet
    workbook.save(tmp_path / "inline.xlsx")
    (item,) = read_form_file(tmp_path / "inline.xlsx").items
    assert (item.org, item.criterion) == (ORG, "6.0")


def test_seed_section_1_screenshot(tmp_path: Path) -> None:
    # seed 004, «Показатель 1»: a relative path and an order's title instead of links
    values: dict[str, tuple[object, str, str]] = {
        "1.1": (1, "dokumenty-all-52_74.html", ""),
        "1.2": (1, 'Приказ №227 от 06.05.2022 г. "Об утверждении решения Экспертного совета"', ""),
        "1.3": (0, "", ""),
        "1.4": (0, "dokumenty-all-52_233.h", ""),
    }
    batch = read_form_file(write_form(tmp_path / "s1.xlsx", ORG, values, all_rows=False))
    assert [(i.criterion, i.value) for i in batch.items] == [
        ("1.1", "1"),
        ("1.2", "1"),
        ("1.3", "0"),
        ("1.4", "0"),
    ]
    findings = check_consistency(batch.items)
    assert [(f.rule, f.criteria) for f in findings] == [
        ("document_link_given", ["1.1"]),
        ("document_link_given", ["1.2"]),
    ]
    assert "dokumenty-all-52_74.html" in findings[0].message


def test_rows_pasted_without_the_header(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Наименование отчитывающейся организации", ORG])
    sheet.append(["Ответственный по техническим вопросам", "Дьяконова Екатерина Николаевна"])
    sheet.append(["Тип организации:", "Общеобразовательная организация"])
    sheet.append(["Общее количество педагогов:", 54])
    rows = [
        [
            "8",
            "Общее количество молодых специалистов (до 35 лет, первые три года работы), работающих в образовательной организации",
            "количество",
            10,
        ],
        [
            "",
            "Количество молодых специалистов, участвующих в программах наставничества в роли наставляемых",
            "количество",
            12,
            "",
            "",
            "приняты в декабре",
        ],
        [
            "",
            "Наличие локального акта об оплате работы наставника",
            "1 - да / 0 - нет",
            1,
            "ссылка на документ",
            PDF.format("pay"),
        ],
        ["", "Количество выездных заседаний наставников", "количество", 2],
    ]
    for row in rows:
        sheet.append(row)
    workbook.save(tmp_path / "pasted.xlsx")
    batch = read_form_file(tmp_path / "pasted.xlsx")
    assert [(i.criterion, i.value, i.url, i.note) for i in batch.items] == [
        ("0.1", "54", "", ""),
        ("8.0", "10", "", ""),
        ("8.1", "12", "", "приняты в декабре"),
        ("11.1", "1", PDF.format("pay"), ""),
    ]
    assert [u.text for u in batch.unmapped] == ["Количество выездных заседаний наставников"]

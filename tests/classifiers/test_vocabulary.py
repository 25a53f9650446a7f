"""The classifiers' vocabulary is data: every list is read, and editing the YAML changes decisions."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from classifiers import ClassifyContext, classify
from classifiers.lexicon import load_lexicon
from classifiers.vocabulary import load_vocabulary, use_config_dir
from config.settings import CONFIG_DIR
from evidence.criteria import load_catalogue
from evidence.evaluate import run_evaluation
from evidence.models import Decision, Verdict
from evidence.textnorm import normalise

DATA_FILES = ("lexicon.yaml", "topics.yaml", "messages.yaml", "vocabulary.yaml")


def decide(text: str, criterion: str, org: str | None = None) -> Decision:
    found = load_catalogue().get(criterion)
    assert found is not None
    return classify(normalise(text), found, ClassifyContext(year=2024, org=org))


@pytest.fixture
def edited(tmp_path: Path) -> Callable[[str, Callable[[dict[str, object]], None]], Path]:
    """A copy of the classifiers' data folder with one file edited by ``change``."""
    for name in DATA_FILES:
        shutil.copy(CONFIG_DIR / name, tmp_path / name)

    def edit(name: str, change: Callable[[dict[str, object]], None]) -> Path:
        path = tmp_path / name
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        return tmp_path

    return edit


def test_every_lexicon_group_is_read_by_some_rule() -> None:
    lexicon = load_lexicon()
    lexicon.used.clear()
    run_evaluation(render=False)  # the labelled corpus exercises every rule
    assert set(lexicon.groups) - lexicon.used == set()


def test_a_vocabulary_list_nobody_reads_is_refused(edited: Callable[..., Path]) -> None:
    folder = edited("vocabulary.yaml", lambda d: d["agreements"].update(unused_words=["слово"]))
    with pytest.raises(ValueError, match="unused_words"):
        load_vocabulary(folder)


ASSOCIATION = """МБОУ «СОШ № 9»

ПРИКАЗ

от 02.09.2024 № 88

О создании творческой лаборатории наставников

В целях поддержки молодых педагогов

ПРИКАЗЫВАЮ:
1. Создать творческую лабораторию наставников школы.
2. Руководителем творческой лаборатории наставников назначить Иванову И.И.
3. Утвердить план работы творческой лаборатории наставников на 2024/2025 учебный год.

Директор ______ П.П. Петров
"""


def test_a_lexicon_term_added_in_yaml_changes_the_verdict(edited: Callable[..., Path]) -> None:
    """A coordinator adds «творческая лаборатория наставников» as a form of association."""
    assert decide(ASSOCIATION, "9.3").verdict is Verdict.OFF_TOPIC
    folder = edited(
        "lexicon.yaml", lambda d: d["groups"]["association"].append("творческий лаборатория")
    )
    with use_config_dir(folder):
        assert decide(ASSOCIATION, "9.3").verdict is Verdict.OK


MISSPELT_MONTH = """МБОУ «СОШ № 9»

ПРИКАЗ

«12» сентебря 2024 г.                      № 140

О проведении мониторинга реализации целевой модели наставничества

ПРИКАЗЫВАЮ:
1. Провести мониторинг реализации целевой модели наставничества в 2024 году.
2. Заместителю директора подготовить справку по итогам мониторинга наставничества.

Директор ______ П.П. Петров
"""


def test_a_month_spelling_added_in_yaml_finds_the_date(edited: Callable[..., Path]) -> None:
    assert decide(MISSPELT_MONTH, "1.3").doc_date != "2024-09-12"
    folder = edited(
        "vocabulary.yaml",
        lambda d: d["months"].__setitem__(8, "сент[яе]бр[а-я]{0,3}"),
    )
    with use_config_dir(folder):
        found = decide(MISSPELT_MONTH, "1.3")
    assert (found.verdict, found.doc_date) == (Verdict.OK, "2024-09-12")


AGREEMENT = """СОГЛАШЕНИЕ № 3
о сетевом взаимодействии в сфере наставничества
г. Пермь                                             «05» сентября 2024 г.

Муниципальное автономное общеобразовательное учреждение «Лицей № 2», в лице директора Орловой Н.В., действующего на основании Устава, именуемое в дальнейшем «Лицей», с одной стороны, и Государственное бюджетное учреждение здравоохранения «Городская клиническая больница № 4», в лице главного врача Сомова Д.А., действующего на основании Устава, именуемое в дальнейшем «Больница», с другой стороны, заключили настоящее соглашение о нижеследующем:

1. Предмет соглашения
1.1. Предметом соглашения является организация наставничества в отношении обучающихся медицинских классов Лицея.

2. Обязанности сторон
2.1. Больница обязуется направлять своих врачей в качестве наставников обучающихся Лицея.
2.2. Лицей обязуется формировать группы наставляемых.

3. Срок действия
3.1. Соглашение действует до 31.08.2025.
"""


def test_a_partner_word_added_in_yaml_tells_the_reporting_party(
    edited: Callable[..., Path],
) -> None:
    """Without the form's name, the party roles decide; «Больница» is not a known partner word."""
    assert "needs_review" in decide(AGREEMENT, "2.1").flags
    folder = edited(
        "vocabulary.yaml",
        lambda d: d["agreements"]["partner_designation"].append("больниц"),
    )
    with use_config_dir(folder):
        found = decide(AGREEMENT, "2.1")
    assert found.verdict is Verdict.OK and "needs_review" not in found.flags


def test_a_message_reworded_in_yaml_is_shown(edited: Callable[..., Path]) -> None:
    folder = edited(
        "messages.yaml",
        lambda d: d["messages"].__setitem__("no_date", "Дата не указана — уточните у школы."),
    )
    undated = MISSPELT_MONTH.replace("«12» сентебря 2024 г.", "")
    with use_config_dir(folder):
        found = decide(undated, "1.3")
    assert (found.verdict, found.message) == (
        Verdict.NO_DATE,
        "Дата не указана — уточните у школы.",
    )


PORTAL_VERSION_LINE = """Актуально на 20.02.2024

Утверждено
приказом Министерства образования и науки Удмуртской Республики
от 17 марта 2023 г. N 402

ПОЛОЖЕНИЕ
о региональном конкурсе «Наставник года»

1. Общие положения
1.1. Настоящее Положение определяет порядок проведения конкурса среди наставников.
"""


def test_a_portal_line_added_in_yaml_is_not_the_documents_date(
    edited: Callable[..., Path],
) -> None:
    """A portal's «Актуально на …» line is not known: its date is taken; named in YAML, the
    line is blanked."""
    assert decide(PORTAL_VERSION_LINE, "1.1").doc_date == "2024-02-20"
    folder = edited(
        "vocabulary.yaml", lambda d: d["portal_notes"]["lines"].append(r"актуально\s+на")
    )
    with use_config_dir(folder):
        assert decide(PORTAL_VERSION_LINE, "1.1").doc_date == "2023-03-17"

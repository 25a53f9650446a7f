"""The classifiers' vocabulary is data: every list is read, and editing the YAML changes decisions."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from classifiers import ClassifyContext, classify
from classifiers.docdate import own_date
from classifiers.doctype import detect_kind
from classifiers.lexicon import load_lexicon
from classifiers.vocabulary import load_vocabulary, use_config_dir
from config.settings import CONFIG_DIR
from evidence.criteria import load_catalogue
from evidence.evaluate import run_evaluation
from evidence.models import Decision, DocKind, Verdict
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


# --- The agreements' words (the «agreements:» section): parties, mentors, obligations, term ---

SCHOOL_ORG = "МБОУ СОШ № 12"


def agreement(
    duties: str,
    term: str = "3.1. Соглашение действует до 31.08.2025.",
    named: str = "именуемое в дальнейшем",
    signed: str = "«02» сентября 2024 г.",
) -> str:
    return (
        f"СОГЛАШЕНИЕ № 7\nо сотрудничестве в сфере наставничества\nг. Ижевск          {signed}\n\n"
        "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
        f"школа № 12», в лице директора Петровой И.И., действующего на основании Устава, {named} "
        "«Школа», с одной стороны, и Общество с ограниченной ответственностью «ТехноПром», в лице "
        f"директора Волкова А.П., действующего на основании Устава, {named} «Партнёр», с другой "
        "стороны, заключили настоящее соглашение о нижеследующем:\n\n"
        "1. Предмет соглашения\n1.1. Предметом соглашения является реализация программ "
        "наставничества в рамках целевой модели наставничества.\n\n"
        f"2. Обязанности сторон\n{duties}\n\n3. Срок действия\n{term}\n\n4. Подписи сторон\n"
    )


PARTNER_SENDS = (
    "2.1. Партнёр обязуется:\n- направлять своих сотрудников для осуществления наставничества "
    "в отношении обучающихся Школы;\n2.2. Школа обязуется:\n- формировать группы наставляемых."
)


def test_a_designation_phrase_added_in_yaml_finds_the_parties(
    edited: Callable[..., Path],
) -> None:
    """«называемое в дальнейшем» is not a known designation phrase: no parties, no direction."""
    text = agreement(PARTNER_SENDS, named="называемое в дальнейшем")
    assert decide(text, "2.1", SCHOOL_ORG).details["parties"] == []
    folder = edited(
        "vocabulary.yaml",
        lambda d: d["agreements"]["designation_named"].append(r"называем\w*\s+в\s+дальнейшем"),
    )
    with use_config_dir(folder):
        found = decide(text, "2.1", SCHOOL_ORG)
    assert [p["designation"] for p in found.details["parties"]] == ["Школа", "Партнёр"]
    assert found.details["mentor_provider"] == "Партнёр"


SCHOOL_ACTS = (
    "2.1. Педагоги Школы исполняют роль наставников молодых специалистов Партнёра.\n"
    "2.2. Партнёр обязуется:\n- предоставлять помещения для встреч."
)


def test_a_mentor_verb_added_in_yaml_detects_a_reversed_agreement(
    edited: Callable[..., Path],
) -> None:
    """«исполняют роль наставников» is not a known verb: who mentors is unknown; named in YAML,
    the school is the provider, the agreement reversed."""
    before = decide(agreement(SCHOOL_ACTS), "2.1", SCHOOL_ORG)
    assert before.details["mentor_provider"] is None
    assert before.verdict is not Verdict.WRONG_DIRECTION
    folder = edited(
        "vocabulary.yaml",
        lambda d: d["agreements"]["acting_as"].append(r"исполня\w+\s+(?:функци\w+|рол\w+)"),
    )
    with use_config_dir(folder):
        found = decide(agreement(SCHOOL_ACTS), "2.1", SCHOOL_ORG)
    assert found.details["mentor_provider"] == "Школа"
    assert found.verdict is Verdict.WRONG_DIRECTION


def test_an_obligation_word_removed_in_yaml_loses_the_obligations_direction(
    edited: Callable[..., Path],
) -> None:
    """«Партнёр обязуется …» opens the partner's obligations, so «направлять своих сотрудников»
    below it is the partner's; without «обязу…» in YAML nobody is known to provide mentors."""
    duties = (
        "2.1. Партнёр обязуется на безвозмездной основе\n"
        "- направлять своих сотрудников для осуществления наставничества."
    )
    assert decide(agreement(duties), "2.1", SCHOOL_ORG).details["mentor_provider"] == "Партнёр"
    folder = edited(
        "vocabulary.yaml",
        lambda d: d["agreements"]["obliged"].remove(r"обязу\w+"),
    )
    with use_config_dir(folder):
        assert decide(agreement(duties), "2.1", SCHOOL_ORG).details["mentor_provider"] is None


def test_a_mutual_phrase_added_in_yaml_makes_the_agreement_mutual(
    edited: Callable[..., Path],
) -> None:
    duties = "2.1. Стороны обоюдно выделяют сотрудников для наставничества."
    assert decide(agreement(duties), "2.1", SCHOOL_ORG).details["mutual"] is False
    folder = edited("vocabulary.yaml", lambda d: d["agreements"]["mutual"].append("обоюдно"))
    with use_config_dir(folder):
        assert decide(agreement(duties), "2.1", SCHOOL_ORG).details["mutual"] is True


def test_a_numeral_added_in_yaml_reads_the_term(edited: Callable[..., Path]) -> None:
    """«сроком на шесть лет» from 2015: unknown number, unknown term; with «шесть: 6» in YAML
    the agreement ended in 2021 and is not in force in 2024."""
    text = agreement(
        PARTNER_SENDS,
        term="3.1. Соглашение заключено сроком на шесть лет.",
        signed="«01» сентября 2015 г.",
    )
    before = decide(text, "2.1", SCHOOL_ORG)
    assert before.details["term"]["end"] is None and before.verdict is Verdict.OK
    folder = edited("vocabulary.yaml", lambda d: d["agreements"]["numerals"].update({"шесть": 6}))
    with use_config_dir(folder):
        found = decide(text, "2.1", SCHOOL_ORG)
    assert found.details["term"]["end"] == "2021-08-31"
    assert found.verdict is Verdict.WRONG_YEAR


def test_a_prolongation_phrase_added_in_yaml_keeps_the_agreement_in_force(
    edited: Callable[..., Path],
) -> None:
    text = agreement(
        PARTNER_SENDS,
        term=(
            "3.1. Соглашение действует до 31.08.2020.\n3.2. При отсутствии возражений сторон "
            "соглашение возобновляется на тот же срок."
        ),
        signed="«01» сентября 2019 г.",
    )
    assert decide(text, "2.1", SCHOOL_ORG).verdict is Verdict.WRONG_YEAR
    folder = edited(
        "vocabulary.yaml", lambda d: d["agreements"]["prolongation"].append(r"возобновля\w+")
    )
    with use_config_dir(folder):
        found = decide(text, "2.1", SCHOOL_ORG)
    assert found.verdict is Verdict.OK and "auto_prolongation" in found.flags


# --- The date rules' words (the «dates:» section) ---

CERTIFICATE = """АНО ДПО «Центр развития наставничества»

УДОСТОВЕРЕНИЕ
о повышении квалификации № 0457

Настоящее удостоверение свидетельствует о том, что Иванова Мария Петровна прошла обучение по дополнительной профессиональной программе «Наставничество в образовательной организации» в объёме 36 часов.

Регистрационный номер 1245
Дата вручения 14.10.2024
"""


def test_an_issue_word_added_in_yaml_dates_a_certificate(edited: Callable[..., Path]) -> None:
    """«Дата вручения» is not a known issue line: the certificate is undated; named in YAML,
    its date is the date of issue."""

    def dated() -> tuple[str | None, str]:
        text = normalise(CERTIFICATE)
        found = own_date(text, detect_kind(text), 2024)
        return (found.date.isoformat() if found.date else None), found.how

    assert dated() == (None, "none")
    folder = edited("vocabulary.yaml", lambda d: d["dates"]["issue"].append(r"дата\s+вручения"))
    with use_config_dir(folder):
        assert dated() == ("2024-10-14", "issue")


# --- The structural rules' words (the «structure:» section) ---

HEADLESS_PROCEDURE = """1. Настоящий порядок определяет условия закрепления наставников за молодыми педагогами школы.
2. Наставник назначается приказом директора с согласия педагога.
3. Наставник и наставляемый составляют индивидуальный план на учебный год.
"""


def test_a_self_naming_phrase_added_in_yaml_tells_a_regulation(
    edited: Callable[..., Path],
) -> None:
    """A text without a heading: «Настоящее положение» would make it a regulation, «Настоящий
    порядок» does not until named in YAML."""
    text = normalise(HEADLESS_PROCEDURE)
    assert detect_kind(text).kind is DocKind.OTHER
    folder = edited(
        "vocabulary.yaml",
        lambda d: d["structure"]["regulation_itself"].append(r"настоящий\s+порядок"),
    )
    with use_config_dir(folder):
        assert detect_kind(text).kind is DocKind.REGULATION


ORDER_IMPERATIVE = """МБОУ «СОШ № 9»

О закреплении наставников

В целях поддержки молодых педагогов

ПОРУЧАЮ:
1. Закрепить наставников за молодыми педагогами школы.
2. Контроль исполнения оставляю за собой.

Директор ______ П.П. Петров
"""


def test_an_imperative_added_in_yaml_makes_an_order(edited: Callable[..., Path]) -> None:
    text = normalise(ORDER_IMPERATIVE)
    assert detect_kind(text).kind is not DocKind.ORDER
    folder = edited(
        "vocabulary.yaml", lambda d: d["structure"]["order_imperatives"].append("поручаю")
    )
    with use_config_dir(folder):
        assert detect_kind(text).kind is DocKind.ORDER

"""Development part of the evaluation corpus (rules were tuned on it)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass

from tests.eval_corpus.blocks import (
    CITED,
    DIRECTORS,
    PARTNERS,
    SCHOOLS,
    date_number_line,
    ocr_noise,
    ru_date,
)


@dataclass
class Doc:
    name: str
    text: str
    criterion: str
    year: int
    verdict: str
    kind: str
    date: str | None
    org: str = ""
    render: str = ""  # docx | pdf | scan | jpeg | "" (txt only)


GEN = {
    "Школа": "Школы",
    "Учреждение": "Учреждения",
    "ОО": "ОО",
    "Партнёр": "Партнёра",
    "Предприятие": "Предприятия",
    "Организация-наставник": "Организации-наставника",
}

ORDER_TOPICS = {
    # key: (title, body items, mentions)
    "teachers": (
        "Об утверждении положения о системе наставничества педагогических работников",
        [
            "Утвердить Положение о системе наставничества педагогических работников {short} (приложение 1).",
            "Назначить куратором внедрения системы наставничества педагогических работников заместителя директора по УВР {dir}.",
            "Закрепить наставников за молодыми специалистами согласно приложению 2.",
        ],
    ),
    "students": (
        "Об утверждении положения о системе наставничества обучающихся",
        [
            "Утвердить Положение о системе наставничества обучающихся {short} (приложение).",
            "Классным руководителям организовать работу наставнических пар из числа обучающихся в форме «ученик – ученик».",
            "Куратору программы наставничества обучающихся {dir} обеспечить мониторинг участия обучающихся.",
        ],
    ),
    "both": (
        "О внедрении целевой модели наставничества педагогических работников и обучающихся",
        [
            "Утвердить Положение о системе наставничества педагогических работников и обучающихся {short}.",
            "Утвердить дорожную карту внедрения целевой модели наставничества на {y}-{y1} учебный год.",
            "Назначить куратором целевой модели наставничества {dir}.",
        ],
    ),
    "monitoring": (
        "О проведении внутреннего мониторинга реализации целевой модели наставничества",
        [
            "Провести в октябре {y} года внутренний мониторинг реализации целевой модели наставничества в {short}.",
            "Утвердить показатели мониторинга реализации целевой модели наставничества (приложение).",
            "Куратору {dir} подготовить информационную справку по итогам мониторинга в срок до 30.10.{y}.",
        ],
    ),
    "pairs": (
        "О закреплении наставнических пар на {y}-{y1} учебный год",
        [
            "Закрепить наставников за молодыми специалистами и обучающимися согласно приложению.",
            "Наставникам разработать персонализированные программы наставничества.",
            "Контроль за работой наставнических пар возложить на {dir}.",
        ],
    ),
    "vsoko": (
        "О проведении мониторинга качества образования",
        [
            "Провести мониторинг качества образования по итогам I полугодия {y} года.",
            "Утвердить график внутришкольного контроля и оценки качества образования.",
            "Заместителю директора {dir} подготовить аналитическую справку о результатах ВСОКО.",
        ],
    ),
    "food": (
        "Об организации горячего питания обучающихся",
        [
            "Организовать горячее питание обучающихся 1-11 классов с 01.09.{y}.",
            "Назначить ответственным за организацию питания {dir}.",
            "Классным руководителям вести ежедневный учёт питающихся.",
        ],
    ),
}


def order_text(
    rnd: random.Random,
    topic: str,
    d: dt.date | None,
    num: str,
    *,
    style: int,
    cited: int = 2,
    amended: bool = False,
    spaced: bool = False,
    appendix: str | None = None,
    template: bool = False,
) -> str:
    school, short = rnd.choice(SCHOOLS)
    title, items = ORDER_TOPICS[topic]
    y = d.year if d else 2024
    fmt = {"short": short, "dir": rnd.choice(DIRECTORS), "y": y, "y1": y + 1, "y0": y - 1}
    heading = (
        rnd.choice(["ПРИКАЗ", "П Р И К А З", "Приказ", "ПРИКАЗ"]) if not spaced else "П Р И К А З"
    )
    lines = [school.upper() if rnd.random() < 0.5 else school, f"({short})", ""]
    if template:
        dn = "«__» ____________ 20__ г.                    № ____"
    else:
        assert d is not None
        dn = date_number_line(d, num, style, rnd)
    city = rnd.choice(["г. Ижевск", "с. Ключи", "", "г. Сарапул"])
    if rnd.random() < 0.5:
        lines += [heading, "", dn, city]
    else:
        lines += [heading, city, dn]
    lines += ["", title.format(**fmt), ""]
    if amended:
        lines += [f"(в ред. приказа от 15.01.{y + 1} № 3)", ""]
    grounds = rnd.sample(CITED, k=min(cited, len(CITED)))
    lead = rnd.choice(["В соответствии с", "На основании", "Во исполнение", "Руководствуясь"])
    preamble = f"{lead} " + ", ".join(g.format(y0=y - 1) for g in grounds)
    preamble += rnd.choice(
        [
            ", в целях реализации мероприятий национального проекта «Образование»",
            "",
            ", а также в целях повышения качества образования",
        ]
    )
    imp = rnd.choice(["ПРИКАЗЫВАЮ:", "приказываю:", "П Р И К А З Ы В А Ю:"])
    lines += [preamble, "", imp]
    for i, it in enumerate(items, 1):
        lines.append(f"{i}. {it.format(**fmt)}")
    lines.append(f"{len(items) + 1}. Контроль за исполнением настоящего приказа оставляю за собой.")
    lines += ["", f"Директор                                          {rnd.choice(DIRECTORS)}", ""]
    if rnd.random() < 0.4:
        lines += ["С приказом ознакомлены:", "_____________ / ____________ /", ""]
    if appendix:
        lines += [appendix, ""]
    return "\n".join(lines)


def regulation_text(
    rnd: random.Random, subject: str, d: dt.date, num: str, body: list[str], *, stamp_style: int
) -> str:
    school, short = rnd.choice(SCHOOLS)
    ds = ru_date(d, stamp_style, rnd)
    stamps = [
        f"УТВЕРЖДЕНО\nприказом директора {short}\nот {ds} № {num}",
        f"Приложение № 1\nк приказу {short}\nот {ds} № {num}",
        f"СОГЛАСОВАНО\nПедагогическим советом\n(протокол от {ru_date(d - dt.timedelta(days=3), 1, rnd)} № 1)\n\nУТВЕРЖДАЮ\nДиректор {short}\n________ {rnd.choice(DIRECTORS)}\nПриказ № {num} от {ds}",
        f"Принято на заседании педагогического совета\nпротокол № 2 от {ds}\nВведено в действие приказом № {num} от {ds}",
    ]
    lines = [
        school,
        "",
        stamps[stamp_style % len(stamps)],
        "",
        "ПОЛОЖЕНИЕ",
        subject,
        "",
        "1. Общие положения",
    ]
    lines.append(f"1.1. Настоящее положение разработано в соответствии с {CITED[0]} и {CITED[3]}.")
    lines += body
    return "\n".join(lines)


def _orders(rnd: random.Random) -> Iterator[Doc]:
    n = 0
    cases = [
        # criterion, topic, order year offset, expected
        ("1.1", "teachers", 0, "ok"),
        ("1.1", "teachers", -2, "ok"),
        ("1.1", "teachers", 1, "wrong_year"),
        ("1.1", "students", -1, "off_topic"),
        ("1.1", "both", -1, "ok"),
        ("1.1", "food", 0, "off_topic"),
        ("1.1", "pairs", 0, "off_topic"),
        ("1.2", "students", 0, "ok"),
        ("1.2", "students", -3, "ok"),
        ("1.2", "teachers", -1, "off_topic"),
        ("1.2", "both", -2, "ok"),
        ("1.2", "students", 1, "wrong_year"),
        ("1.3", "monitoring", 0, "ok"),
        ("1.3", "monitoring", -1, "wrong_year"),
        ("1.3", "vsoko", 0, "off_topic"),
        ("1.3", "teachers", 0, "off_topic"),
        ("1.3", "monitoring", 0, "ok"),
        ("2.3", "pairs", 0, "ok"),
        ("2.4", "pairs", -1, "ok"),
        ("2.3", "food", 0, "off_topic"),
    ]
    for rep in range(3):
        for crit, topic, off, verdict in cases:
            n += 1
            year = rnd.choice([2023, 2024])
            d = dt.date(year + off, rnd.randint(1, 12), rnd.randint(1, 28))
            num = rnd.choice(
                [
                    str(rnd.randint(1, 300)),
                    f"{rnd.randint(1, 300)}-од",
                    f"{rnd.randint(1, 99)}/1-о",
                    f"{rnd.randint(1, 99)}-а",
                ]
            )
            text = order_text(
                rnd,
                topic,
                d,
                num,
                style=n,
                cited=rnd.randint(1, 3),
                amended=(n % 7 == 0),
                spaced=(n % 5 == 0),
            )
            render = ""
            if rep == 0 and n % 4 == 0:
                text = ocr_noise(text, rnd)
            if rep == 1 and n % 6 == 0:
                render = "docx"
            if rep == 2 and n % 9 == 0:
                render = "pdf"
            yield Doc(
                f"order_{n:03d}", text, crit, year, verdict, "order", d.isoformat(), render=render
            )
    # unfilled templates
    for i in range(4):
        text = order_text(
            rnd, "teachers" if i % 2 else "monitoring", None, "", style=0, template=True
        )
        yield Doc(
            f"order_template_{i}", text, "1.1" if i % 2 else "1.3", 2024, "no_date", "order", None
        )
    # order with the approved regulation appended in the same file: still an order
    for i in range(4):
        d = dt.date(2022 + i % 2, 9, 1 + i)
        app = (
            f"Приложение 1\nк приказу от {ru_date(d, 1, rnd)} № {40 + i}\n\nПОЛОЖЕНИЕ\nо системе наставничества педагогических работников\n\n"
            "1. Общие положения\n1.1. Настоящее Положение определяет порядок наставничества педагогических работников."
        )
        text = order_text(rnd, "teachers", d, str(40 + i), style=i + 1, appendix=app)
        yield Doc(f"order_with_appendix_{i}", text, "1.1", 2024, "ok", "order", d.isoformat())


def _regulations(rnd: random.Random) -> Iterator[Doc]:
    bodies = {
        "teachers": (
            "о системе наставничества педагогических работников",
            [
                "1.2. Наставничество педагогических работников направлено на адаптацию молодых специалистов.",
                "2. Права и обязанности наставника",
                "2.1. Наставник обязан оказывать помощь наставляемому.",
            ],
        ),
        "payment": (
            "об оплате труда работников",
            [
                "1.2. Положение устанавливает порядок выплат стимулирующего характера.",
                "3. Выплаты за наставничество",
                "3.1. Педагогическим работникам, осуществляющим наставничество, устанавливается доплата в размере 10 % должностного оклада за каждого наставляемого.",
            ],
        ),
        "incentive": (
            "о нематериальном поощрении наставников",
            [
                "1.2. Положение определяет формы нематериального поощрения педагогических работников, осуществляющих наставничество.",
                "2. Формы поощрения",
                "2.1. Наставникам вручаются почётные грамоты и благодарственные письма, сведения о лучших наставниках размещаются на доске почёта.",
            ],
        ),
        "payment_nomentor": (
            "об оплате труда работников",
            [
                "1.2. Положение устанавливает порядок выплат стимулирующего характера.",
                "3. Премирование",
                "3.1. Премия выплачивается по итогам квартала за высокие результаты работы.",
            ],
        ),
        "association": (
            "о методическом объединении наставников",
            [
                "1.2. Методическое объединение наставников является структурным подразделением методической службы.",
                "2. Задачи",
                "2.1. Методическое объединение наставников координирует работу наставников с молодыми педагогами.",
            ],
        ),
    }
    cases = [
        ("1.1", "teachers", "wrong_type"),
        ("11.1", "payment", "ok"),
        ("11.2", "incentive", "ok"),
        ("11.1", "payment_nomentor", "off_topic"),
        ("11.2", "payment", "off_topic"),
        ("9.3", "association", "ok"),
        ("1.2", "teachers", "wrong_type"),
    ]
    n = 0
    for _rep in range(3):
        for crit, key, verdict in cases:
            n += 1
            subject, body = bodies[key]
            d = dt.date(rnd.choice([2021, 2022, 2023]), rnd.randint(1, 12), rnd.randint(1, 28))
            text = regulation_text(rnd, subject, d, str(rnd.randint(5, 200)), body, stamp_style=n)
            flags_render = "docx" if n % 8 == 0 else ""
            yield Doc(
                f"regulation_{n:03d}",
                text,
                crit,
                2024,
                verdict,
                "regulation",
                d.isoformat(),
                render=flags_render,
            )


def report_text(rnd: random.Random, kind: str, d: dt.date | None, year: int) -> str:
    school, short = rnd.choice(SCHOOLS)
    head = rnd.choice(["ИНФОРМАЦИОННАЯ СПРАВКА", "Аналитическая справка", "СПРАВКА"])
    lines = [school, ""]
    if d and rnd.random() < 0.5:
        lines += [head, f"от {ru_date(d, rnd.randint(0, 7), rnd)}"]
        sign_date = None
    else:
        lines += [head]
        sign_date = d
    if kind == "vsoko":
        lines += [
            "о результатах внутренней системы оценки качества образования",
            "",
            f"В соответствии с {CITED[3]} проведён мониторинг качества образования.",
            "Доля обучающихся, успевающих на «4» и «5», составила 46 %.",
            "Доля выпускников, получивших аттестат, составила 100 %.",
        ]
    else:
        lines += [
            f"по итогам внутреннего мониторинга реализации целевой модели наставничества в {short} за {year} год",
            "",
            f"Мониторинг проведён на основании {CITED[1]} и {CITED[0]}.",
            "Цель мониторинга — оценка эффективности реализации программ наставничества.",
        ]
        if kind in ("indicators", "both"):
            lines += [
                "Результаты по показателям мониторинга:",
                "Показатель | Значение",
                f"Доля обучающихся в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого | {rnd.randint(20, 70)} %",
                f"Доля молодых специалистов, вошедших в программы наставничества | {rnd.randint(30, 100)} %",
                f"Количество наставников (по приказу) | {rnd.randint(3, 20)}",
                f"Уровень удовлетворённости наставляемых участием в программах наставничества | {rnd.randint(70, 95)} %",
            ]
        if kind in ("swot", "both"):
            lines += [
                "Для оценки качества программы проведён SWOT-анализ реализуемой программы наставничества.",
                "Таблица 1. Сильные и слабые стороны программы наставничества",
                "Сильные стороны: заинтересованность педагогов, опыт наставников.",
                "Слабые стороны: нехватка времени у наставников.",
                "Возможности: участие в конкурсах. Угрозы: текучесть кадров.",
            ]
    lines += [
        "",
        "Выводы: работа по реализации целевой модели наставничества ведётся в соответствии с планом."
        if kind != "vsoko"
        else "Выводы: качество образования стабильно.",
        "",
    ]
    if sign_date:
        lines += [
            f"{ru_date(sign_date, rnd.randint(0, 7), rnd)}",
            f"Заместитель директора по УВР __________ {rnd.choice(DIRECTORS)}",
        ]
    else:
        lines += [f"Заместитель директора по УВР __________ {rnd.choice(DIRECTORS)}"]
    return "\n".join(lines)


def _reports(rnd: random.Random) -> Iterator[Doc]:
    cases = [
        ("indicators", 0, "ok"),
        ("both", 0, "ok"),
        ("swot", 0, "off_topic"),
        ("vsoko", 0, "off_topic"),
        ("indicators", -1, "wrong_year"),
        ("indicators", 0, "ok"),
    ]
    n = 0
    for _rep in range(4):
        for kind, off, verdict in cases:
            n += 1
            year = rnd.choice([2023, 2024])
            d = dt.date(year + off, rnd.choice([10, 11, 12]), rnd.randint(1, 28))
            text = report_text(rnd, kind, d, year + off)
            render = "pdf" if n % 7 == 0 else ""
            yield Doc(
                f"report_{n:03d}",
                text,
                "1.4",
                year,
                verdict,
                "report",
                d.isoformat(),
                render=render,
            )
    for i in range(3):
        d = dt.date(2024, 10, 10 + i)
        text = report_text(rnd, "indicators", d, 2024).replace(
            "по итогам внутреннего мониторинга",
            "о персонализированных программах наставничества и по итогам мониторинга",
        )
        text += "\nКоличество персонализированных программ наставничества: 12, из них «ученик – ученик» — 5."
        yield Doc(f"report_prog_{i}", text, "3.0", 2024, "ok", "report", d.isoformat())


def agreement_text(
    rnd: random.Random,
    *,
    subject: str,
    direction: str,
    d: dt.date,
    term: str,
    school_desig: str,
    partner_desig: str,
) -> tuple[str, str]:
    school, short = rnd.choice(SCHOOLS)
    partner, _pshort = rnd.choice(PARTNERS)
    head = rnd.choice(
        ["СОГЛАШЕНИЕ", "ДОГОВОР", "Договор о сетевом взаимодействии", "СОГЛАШЕНИЕ О СОТРУДНИЧЕСТВЕ"]
    )
    num = rnd.choice([f"№ {rnd.randint(1, 40)}", "", f"№ {rnd.randint(1, 40)}/н"])
    title_sub = (
        " в рамках реализации целевой модели наставничества"
        if subject == "mentoring" and rnd.random() < 0.5
        else ""
    )
    first_school = rnd.random() < 0.5
    p_school = f"{school} ({short}), в лице директора {rnd.choice(DIRECTORS)}, действующего на основании Устава, именуемое в дальнейшем «{school_desig}»"
    p_partner = f"{partner}, в лице генерального директора {rnd.choice(DIRECTORS)}, действующего на основании Устава, именуемое в дальнейшем «{partner_desig}»"
    a, b = (p_school, p_partner) if first_school else (p_partner, p_school)
    lines = [
        f"{head} {num}{title_sub}".strip(),
        "",
        f"г. Ижевск                                        {ru_date(d, rnd.randint(0, 7), rnd)}",
        "",
        f"{a}, с одной стороны, и {b}, с другой стороны, совместно именуемые «Стороны», заключили настоящее соглашение о нижеследующем:",
        "",
        "1. Предмет соглашения",
    ]
    if subject == "mentoring":
        lines.append(
            "1.1. Предметом настоящего соглашения является взаимодействие Сторон в реализации программ наставничества в рамках целевой модели наставничества."
        )
    else:
        lines += [
            "1.1. Стороны обязуются путём объединения усилий совместно действовать в рамках настоящего соглашения для успешного решения своих задач и углубления делового сотрудничества.",
            "1.2. Деятельность Сторон осуществляется без образования совместного юридического лица.",
        ]
    lines += ["", "2. Права и обязанности Сторон"]
    if subject == "mentoring":
        if direction == "partner":
            lines += [
                f"2.1. {partner_desig} обязуется:",
                f"- направлять своих сотрудников для осуществления наставничества в отношении обучающихся {GEN.get(school_desig, school_desig)};",
                "- обеспечивать участие наставников в мероприятиях программы.",
                f"2.2. {school_desig} обязуется:",
                "- формировать группы наставляемых из числа обучающихся;",
                "- создавать условия для встреч наставников и наставляемых.",
            ]
        elif direction == "school":
            lines += [
                f"2.1. {school_desig} обязуется:",
                "- предоставлять педагогических работников в качестве наставников для молодых специалистов Партнёра;",
                "- направлять обучающихся 10-11 классов в качестве наставников для воспитанников.",
                f"2.2. {partner_desig} обязуется:",
                "- формировать группы наставляемых;",
                "- предоставлять помещения для проведения встреч.",
            ]
        elif direction == "mentors_as":
            lines += [
                f"2.1. Наставниками выступают работники {GEN.get(partner_desig, partner_desig)}, наставляемыми являются обучающиеся {GEN.get(school_desig, school_desig)}.",
                "2.2. Стороны согласуют план мероприятий на учебный год.",
            ]
        else:  # unclear
            lines += [
                "2.1. Стороны совместно организуют мероприятия по наставничеству.",
                "2.2. Стороны обмениваются информацией о ходе реализации программ наставничества.",
            ]
    else:
        lines += [
            "2.1. Стороны проводят совместные конференции, семинары, выставки.",
            "2.2. Стороны обмениваются информацией о планируемых мероприятиях.",
        ]
    lines += ["", "3. Срок действия соглашения"]
    lines.append(term)
    lines += [
        "",
        "4. Подписи сторон",
        f"{school_desig}: ______ {rnd.choice(DIRECTORS)}",
        f"{partner_desig}: ______ {rnd.choice(DIRECTORS)}",
    ]
    return "\n".join(lines), short


def _agreements(rnd: random.Random) -> Iterator[Doc]:
    n = 0
    desigs = [
        ("Школа", "Партнёр"),
        ("Учреждение", "Предприятие"),
        ("Школа", "Организация-наставник"),
        ("ОО", "Партнёр"),
    ]
    for rep in range(3):
        for case in [
            "ok_until",
            "ok_duration",
            "ok_prolong",
            "expired",
            "general",
            "reverse",
            "ok_period",
            "future",
            "mentors_as",
            "unclear",
        ]:
            n += 1
            year = 2024
            sd, pd = desigs[n % len(desigs)]
            if case == "expired":
                d = dt.date(2021, 9, 1)
                term = "3.1. Соглашение вступает в силу с момента подписания и действует до 31.08.2022."
                verdict = "wrong_year"
            elif case == "ok_until":
                d = dt.date(2023, rnd.randint(1, 12), 15)
                term = f"3.1. Настоящее соглашение вступает в силу с момента его подписания и действует до 31 августа {year + 1} года."
                verdict = "ok"
            elif case == "ok_duration":
                d = dt.date(2023, 9, 1)
                term = "3.1. Соглашение заключено сроком на 3 (три) года и вступает в силу с момента подписания."
                verdict = "ok"
            elif case == "ok_prolong":
                d = dt.date(2020, 9, 1)
                term = "3.1. Соглашение заключено сроком на один год. Если ни одна из сторон не заявит о его расторжении за месяц до окончания срока, соглашение считается продлённым на тот же срок."
                verdict = "ok"
            elif case == "ok_period":
                d = dt.date(2024, 1, 10)
                term = f"3.1. Срок действия соглашения: с 10.01.{year} по 31.12.{year}."
                verdict = "ok"
            elif case == "future":
                d = dt.date(2025, 2, 1)
                term = "3.1. Соглашение вступает в силу с момента подписания и действует до 31.08.2026."
                verdict = "wrong_year"
            else:
                d = dt.date(2023, 9, 5)
                term = "3.1. Соглашение вступает в силу с момента подписания и действует в течение пяти лет."
                verdict = {
                    "general": "off_topic",
                    "reverse": "wrong_direction",
                    "mentors_as": "ok",
                    "unclear": "ok",
                }[case]
            direction = {"reverse": "school", "mentors_as": "mentors_as", "unclear": "unclear"}.get(
                case, "partner"
            )
            text, short = agreement_text(
                rnd,
                subject="general" if case == "general" else "mentoring",
                direction=direction,
                d=d,
                term=term,
                school_desig=sd,
                partner_desig=pd,
            )
            org = short if rep != 2 else ""
            render = "docx" if n % 5 == 0 else ("scan" if n in (7, 18) else "")
            yield Doc(
                f"agreement_{n:03d}",
                text,
                "2.1",
                year,
                verdict,
                "agreement",
                d.isoformat(),
                org=org,
                render=render,
            )


def programme_text(rnd: random.Random, form: str, personalised: bool) -> str:
    school, short = rnd.choice(SCHOOLS)
    if not personalised:
        return "\n".join(
            [
                school,
                "",
                f"Утверждаю\nДиректор {short}\nприказ № {rnd.randint(1, 90)} от {ru_date(dt.date(2023, 8, 30), 1, rnd)}",
                "",
                "ПРОГРАММА НАСТАВНИЧЕСТВА",
                f"{short} на 2023-2028 годы",
                "",
                "1. Пояснительная записка",
                f"Программа наставничества {short} разработана в соответствии с {CITED[0]}.",
                "Программа реализуется в формах «учитель – учитель», «ученик – ученик», «учитель – ученик».",
                "2. Цели и задачи программы",
                "Цель: раскрытие личностного потенциала каждого обучающегося и педагога.",
            ]
        )
    mentor, mentee = {
        "students": (
            "Кузнецова Анна, обучающаяся 10 «А» класса",
            "Иванов Пётр, обучающийся 6 «Б» класса",
        ),
        "teachers": (
            "Петрова Ольга Ивановна, учитель математики высшей категории",
            "Смирнов Илья Андреевич, молодой специалист, учитель физики",
        ),
        "teacher_student": (
            "Сидорова Елена Викторовна, учитель биологии",
            "Орлов Максим, обучающийся 9 «В» класса",
        ),
    }[form]
    form_ru = {
        "students": "ученик – ученик",
        "teachers": "учитель – учитель",
        "teacher_student": "учитель – ученик",
    }[form]
    head = rnd.choice(
        [
            "Персонализированная программа наставничества",
            "ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА",
            "Индивидуальный план наставничества",
        ]
    )
    lines = [
        school,
        "",
        head,
        f"Форма наставничества: «{form_ru}»" if rnd.random() < 0.7 else "",
        f"Наставник: {mentor}",
        f"Наставляемый: {mentee}",
        "Срок реализации: сентябрь 2024 — май 2025",
        "",
        "Цель: адаптация наставляемого, развитие компетенций.",
        "План мероприятий:",
        "1. Диагностика затруднений наставляемого — сентябрь.",
        "2. Совместная подготовка к мероприятиям — октябрь–декабрь.",
        "3. Подведение итогов программы — май.",
        "",
        "Наставник ________   Наставляемый ________",
    ]
    return "\n".join(x for x in lines if x != "")


def _programmes(rnd: random.Random) -> Iterator[Doc]:
    cases = [
        ("3.1", "students", True, "ok"),
        ("3.2", "teachers", True, "ok"),
        ("3.6", "teacher_student", True, "ok"),
        ("3.1", "teachers", True, "off_topic"),
        ("3.2", "students", True, "off_topic"),
        ("3.2", "teachers", False, "off_topic"),
        ("3.7", "students", True, "off_topic"),  # a listed form is not «иная» (seed 004)
    ]
    n = 0
    for _rep in range(3):
        for crit, form, pers, verdict in cases:
            n += 1
            text = programme_text(rnd, form, pers)
            yield Doc(
                f"programme_{n:03d}",
                text,
                crit,
                2024,
                verdict,
                "programme",
                "2023-08-30" if not pers else None,
                render="docx" if n % 6 == 0 else "",
            )


def certificate_text(rnd: random.Random, d: dt.date, topic: str, seminar: bool) -> str:
    course = {
        "mentoring": "«Наставничество в образовательной организации: технологии и практики»",
        "other": "«Оказание первой помощи пострадавшим в образовательной организации»",
    }[topic]
    start = d - dt.timedelta(days=12)
    if seminar:
        return "\n".join(
            [
                "СЕРТИФИКАТ",
                "участника",
                "подтверждает, что",
                "Петрова Ольга Ивановна",
                f"приняла участие в семинаре {course}",
                f"{ru_date(d, 2, rnd)}",
                "Директор АОУ ДПО УР ИРО ________",
            ]
        )
    return "\n".join(
        [
            "АОУ ДПО УР «Институт развития образования»",
            "",
            "УДОСТОВЕРЕНИЕ",
            "о повышении квалификации",
            f"180003{rnd.randint(100000, 999999)}",
            "Регистрационный номер 4512",
            "Город Ижевск",
            f"Дата выдачи {ru_date(d, rnd.choice([1, 2]), rnd)}",
            "",
            "Настоящее удостоверение свидетельствует о том, что",
            "Смирнова Наталья Викторовна",
            f"с {ru_date(start, 1, rnd)} по {ru_date(d, 1, rnd)}",
            "прошла повышение квалификации в (на)",
            "АОУ ДПО УР «Институт развития образования»",
            f"по дополнительной профессиональной программе {course}",
            "в объёме 36 часов",
        ]
    )


def _certificates(rnd: random.Random) -> Iterator[Doc]:
    cases = [
        (0, "mentoring", False, "ok", "certificate"),
        (-1, "mentoring", False, "wrong_year", "certificate"),
        (0, "other", False, "off_topic", "certificate"),
        (0, "mentoring", True, "wrong_type", "other"),
    ]
    n = 0
    for _rep in range(4):
        for off, topic, sem, verdict, kind in cases:
            n += 1
            d = dt.date(2024 + off, rnd.randint(2, 11), rnd.randint(1, 28))
            render = "jpeg" if n in (3, 9) else ""
            yield Doc(
                f"certificate_{n:03d}",
                certificate_text(rnd, d, topic, sem),
                "9.2",
                2024,
                verdict,
                kind,
                d.isoformat(),
                render=render,
            )


def _others(rnd: random.Random) -> Iterator[Doc]:
    reso = (
        "МИНИСТЕРСТВО ОБРАЗОВАНИЯ АРХАНГЕЛЬСКОЙ ОБЛАСТИ\n\nПОСТАНОВЛЕНИЕ\n\nот 3 июля 2023 г. № 18\n\nОБ УТВЕРЖДЕНИИ ПОЛОЖЕНИЯ О СИСТЕМЕ НАСТАВНИЧЕСТВА ПЕДАГОГИЧЕСКИХ РАБОТНИКОВ\n\n"
        "В соответствии с областным законом от 2 июля 2013 года № 712-41-ОЗ министерство образования постановляет:\n1. Утвердить прилагаемое Положение о системе наставничества педагогических работников."
    )
    yield Doc("other_resolution_1", reso, "1.1", 2024, "wrong_type", "other", "2023-07-03")
    yield Doc(
        "other_resolution_2",
        reso.replace("3 июля 2023 г. № 18", "15.03.2022 № 7"),
        "1.2",
        2024,
        "wrong_type",
        "other",
        "2022-03-15",
    )
    user = (
        "Пользовательское соглашение\n\nНастоящим я даю согласие на обработку моих персональных данных (фамилия, имя, отчество, телефон) "
        "оператору сайта школы в целях обратной связи. Согласие действует до его отзыва."
    )
    yield Doc("other_user_agreement", user, "2.1", 2024, "wrong_type", "other", None)
    proto = (
        "ПРОТОКОЛ № 2\nзаседания педагогического совета\nот 30.08.2024\n\nПрисутствовали: 25 человек.\nПовестка: 1. О внедрении целевой модели наставничества.\n"
        "Слушали: куратора наставничества. Решили: одобрить программу наставничества."
    )
    yield Doc("other_protocol_1", proto, "1.1", 2024, "wrong_type", "other", "2024-08-30")
    yield Doc("other_protocol_2", proto, "1.4", 2024, "wrong_type", "other", "2024-08-30")
    for i in range(3):
        d = dt.date(2023, 9, 1 + i)
        app = (
            f"Приложение № 1\nк приказу от {ru_date(d, i, rnd)} № {50 + i}\n\nПОЛОЖЕНИЕ\nо системе наставничества педагогических работников\n\n1. Общие положения\n"
            "1.1. Настоящее положение определяет цели и порядок наставничества педагогических работников.\n1.2. Наставник назначается приказом директора."
        )
        yield Doc(
            f"other_appendix_{i}", app, "1.1", 2024, "wrong_type", "regulation", d.isoformat()
        )


def _base_documents(seed: int) -> list[Doc]:
    rnd = random.Random(seed)
    out: list[Doc] = []
    for gen in (_orders, _regulations, _reports, _agreements, _programmes, _certificates, _others):
        out.extend(gen(rnd))
    return out


KINDERGARTEN = (
    "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 8»",
    "МБДОУ № 8",
)


def _reverse_agreements(rnd: random.Random) -> Iterator[Doc]:
    """Reporting school's own people mentor the partner's: wrong_direction (and its mirror, ok)."""
    school, short = SCHOOLS[0]
    kg, kshort = KINDERGARTEN
    variants = [
        (
            "Сторона 1",
            "Сторона 2",
            "2.1. Сторона 1 направляет обучающихся 9-11 классов в качестве наставников для воспитанников Стороны 2.\n2.2. Сторона 2 предоставляет помещения.",
        ),
        (
            "Школа",
            "Детский сад",
            "2.1. Наставниками выступают обучающиеся Школы, наставляемыми являются воспитанники Детского сада.\n2.2. Детский сад согласует график встреч.",
        ),
        (
            "Лицей",
            "Колледж",
            "2.1. Лицей обязуется:\n- предоставлять педагогов в качестве наставников для студентов Колледжа;\n2.2. Колледж обязуется:\n- формировать группы наставляемых.",
        ),
        (
            "Учреждение",
            "Организация",
            "2.1. Учреждение делегирует своих педагогических работников для наставничества в отношении молодых специалистов Организации.\n2.2. Организация обеспечивает условия.",
        ),
    ]
    n = 0
    for i, (d1, d2, duties) in enumerate(variants):
        for org_is_first in (True, False):
            n += 1
            d = dt.date(2023, 9, 1 + i)
            first, second = (school, kg) if org_is_first else (kg, school)
            fshort, sshort = (short, kshort) if org_is_first else (kshort, short)
            text = (
                f"СОГЛАШЕНИЕ О СЕТЕВОМ ВЗАИМОДЕЙСТВИИ № {n}\nв рамках реализации целевой модели наставничества\n\n"
                f"г. Сарапул                                  {ru_date(d, i, rnd)}\n\n"
                f"{first} ({fshort}), в лице директора {DIRECTORS[i]}, действующего на основании Устава, именуемое в дальнейшем «{d1}», "
                f"с одной стороны, и {second} ({sshort}), в лице заведующего {DIRECTORS[i + 1]}, действующего на основании Устава, "
                f"именуемое в дальнейшем «{d2}», с другой стороны, заключили настоящее соглашение о нижеследующем:\n\n"
                "1. Предмет соглашения\n1.1. Сотрудничество Сторон в реализации программ наставничества.\n\n"
                f"2. Обязанности сторон\n{duties}\n\n3. Срок действия\n3.1. Соглашение действует до 31.08.2026.\n"
            )
            # The party that provides mentors is always the first designation (d1).
            org = fshort
            yield Doc(
                f"agreement_rev_{n:02d}",
                text,
                "2.1",
                2024,
                "wrong_direction",
                "agreement",
                d.isoformat(),
                org=org,
                render="docx" if n == 3 else "",
            )
            yield Doc(
                f"agreement_fwd_{n:02d}",
                text,
                "2.1",
                2024,
                "ok",
                "agreement",
                d.isoformat(),
                org=sshort,
            )


def _undated(rnd: random.Random) -> Iterator[Doc]:
    """Documents without any own date: no_date (the date rule needs one)."""
    for i in range(4):
        d = dt.date(2024, 9, 2)
        text = order_text(rnd, ["teachers", "students", "monitoring", "pairs"][i], d, "5", style=1)
        lines = [ln for ln in text.split("\n") if "№ 5" not in ln and "2024" not in ln[:40]]
        text = "\n".join(lines)
        crit = ["1.1", "1.2", "1.3", "2.3"][i]
        yield Doc(f"order_undated_{i}", text, crit, 2024, "no_date", "order", None)
    for i in range(3):
        text = report_text(rnd, "indicators", None, 2024).replace(" за 2024 год", "")
        yield Doc(f"report_undated_{i}", text, "1.4", 2024, "no_date", "report", None)
    text, _ = agreement_text(
        rnd,
        subject="mentoring",
        direction="partner",
        d=dt.date(2024, 1, 1),
        term="3.1. Соглашение вступает в силу с момента подписания.",
        school_desig="Школа",
        partner_desig="Партнёр",
    )
    text = "\n".join(ln for ln in text.split("\n") if "г. Ижевск" not in ln)
    yield Doc("agreement_undated", text, "2.1", 2024, "no_date", "agreement", None)


def _layouts(rnd: random.Random) -> Iterator[Doc]:
    """Order title blocks laid out as tables or with the date above the heading."""
    for i in range(6):
        d = dt.date(2024, 2 + i, 10 + i)
        text = order_text(rnd, "monitoring", d, f"{30 + i}-од", style=i)
        ds = ru_date(d, i, rnd)
        block = [
            f"| {ds} | | № {30 + i}-од |",
            f"{ds}\nПРИКАЗ\n№ {30 + i}-од",
            f"ПРИКАЗ\n\n{ds}\t\t\t\t№ {30 + i}-од",
        ][i % 3]
        lines = text.split("\n")
        start = next(k for k, ln in enumerate(lines) if ln.replace(" ", "").upper() == "ПРИКАЗ")
        end = next(k for k, ln in enumerate(lines) if ln.startswith("О проведении"))
        lines[start:end] = [block, ""]
        render = "pdf" if i == 2 else ("scan" if i in (0, 4) else "")
        yield Doc(
            f"order_layout_{i}",
            "\n".join(lines),
            "1.3",
            2024,
            "ok",
            "order",
            d.isoformat(),
            render=render,
        )


def dev_documents(seed: int = 20241) -> list[Doc]:
    rnd = random.Random(seed + 1)
    out = _base_documents(seed)
    for gen in (_reverse_agreements, _undated, _layouts):
        out.extend(gen(rnd))
    return out

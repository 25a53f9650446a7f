"""What every format extractor shares: the per-document context and the partial result."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from evidence.errors import ExtractionError
from evidence.extract.limits import ExtractLimits

log = logging.getLogger("evidence.extract")

# Russian reasons shown to users (the verdict ``unreadable`` carries them).
CORRUPT = "файл повреждён или обрезан"
ENCRYPTED = "PDF защищён паролем"
EMPTY_FILE = "пустой файл"
NO_TEXT = "в документе нет текста"
BLANK_SCAN = "пустой скан: текст не распознан"
NEEDS_OCR = "текст не извлечён: нужен распознаватель (OCR), а он отключён"
BOMB = "архив превышает допустимый размер после распаковки"
TOO_BIG_IMAGE = "изображение слишком большое для распознавания"
NO_SUPPORTED_MEMBERS = "в архиве нет документов поддерживаемых форматов"


def time_exceeded(seconds: float) -> str:
    return f"извлечение текста прервано: превышено время ({seconds:g} с)"


def memory_exceeded(megabytes: int) -> str:
    return f"извлечение текста прервано: не хватило памяти (лимит {megabytes} МБ)"


def unsupported(kind: str) -> str:
    return f"формат «{kind}» не поддерживается для извлечения текста"


class TimeLimitError(ExtractionError):
    """The wall-time budget of the document ran out."""


@dataclass
class Context:
    """Limits, the deadline and the flags of one document's extraction."""

    limits: ExtractLimits
    deadline: float
    flags: list[str] = field(default_factory=list)
    ocr_pages: int = 0
    depth: int = 0  # nesting level of archives
    unpacked: int = 0  # bytes inflated from ZIP containers so far (bomb guard)

    @classmethod
    def start(cls, limits: ExtractLimits) -> Context:
        return cls(limits=limits, deadline=time.monotonic() + limits.timeout)

    def flag(self, name: str) -> None:
        if name not in self.flags:
            self.flags.append(name)

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def check_time(self) -> None:
        if self.remaining() <= 0:
            raise TimeLimitError(time_exceeded(self.limits.timeout))


@dataclass
class Text:
    """What a format extractor returns: text plus page counts; errors are raised instead."""

    text: str
    pages: int | None = None
    # The reason to report when ``text`` turns out empty (a blank scan is not an empty file).
    empty_reason: str = NO_TEXT

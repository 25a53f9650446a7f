# One image for every role of the distributed mode: Celery worker, Flower, a one-shot batch run.
#   docker build -t evidence-check .
#   docker run --rm evidence-check evidence-check --help
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Extraction tools: OCR with Russian, legacy Word, RTF, PDF utilities, fonts.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      tesseract-ocr tesseract-ocr-rus tesseract-ocr-eng catdoc antiword poppler-utils unrtf \
      fonts-dejavu-core redis-tools postgresql-client \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
COPY evidence ./evidence
COPY classifiers ./classifiers
COPY workers ./workers
COPY config ./config
RUN pip install '.[monitoring]'

# Celery refuses to run as root by default; run everything as an unprivileged user.
RUN useradd --create-home --uid 1000 evidence \
 && mkdir -p /data /home/evidence/.cache/evidence-check \
 && chown -R evidence:evidence /data /home/evidence
USER evidence
WORKDIR /data

CMD ["evidence-check", "workers", "--queues", "fast,ocr"]

# The trade-news pipeline with Airflow (CeleryExecutor), installed from uv.lock at build
# time: a container start fetches nothing. Build: docker compose build
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ghcr.io/astral-sh/uv:0.13.8 AS uv

FROM ${PYTHON_IMAGE} AS build
COPY --from=uv /uv /usr/local/bin/uv
ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/opt/venv
WORKDIR /opt/trade-news
# Dependencies first (cached while only the code changes), exactly as locked.
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --locked --no-default-groups --group airflow --no-install-project
COPY src ./src
COPY sql ./sql
RUN uv sync --locked --no-default-groups --group airflow

FROM ${PYTHON_IMAGE}
ARG AIRFLOW_UID=50000
RUN useradd --uid "${AIRFLOW_UID}" --gid 0 --home-dir /opt/airflow --create-home airflow \
    && mkdir -p /data /opt/airflow/dags /opt/airflow/logs \
    && chown -R "${AIRFLOW_UID}:0" /data /opt/airflow
# The project is installed in editable mode: the migrations in /opt/trade-news/sql are
# found next to the package.
COPY --from=build /opt/venv /opt/venv
COPY --from=build /opt/trade-news /opt/trade-news
COPY --chown=${AIRFLOW_UID}:0 dags /opt/airflow/dags
ENV PATH=/opt/venv/bin:$PATH \
    AIRFLOW_HOME=/opt/airflow \
    PYTHONUNBUFFERED=1
USER ${AIRFLOW_UID}
WORKDIR /opt/airflow
ENTRYPOINT ["airflow"]
CMD ["version"]

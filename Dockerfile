# itglue-rag: the API, MCP at /mcp and the chat page, for the production backends of
# docker-compose.yml (PostgreSQL + pgvector, Neo4j, Qdrant, Redis).
FROM python:3.11.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    ITGLUE_RAG_DATA_DIR=/data \
    ITGLUE_RAG_HOST=0.0.0.0 \
    ITGLUE_RAG_PORT=8000

WORKDIR /app
RUN useradd --create-home --uid 1000 itglue && mkdir -p /data && chown itglue /data

# torch first and pinned, CPU build: an unpinned torch pulls a multi-GB CUDA build.
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu

COPY pyproject.toml README.md ./
COPY core core
COPY stores stores
COPY sync sync
COPY retrievers retrievers
COPY nodes nodes
COPY graphs graphs
COPY tools tools
COPY server server
COPY understand understand
COPY verify verify
COPY reports reports
COPY evals evals
COPY langgraph.json ./
RUN pip install .

USER itglue
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/v1/health', timeout=4).status != 200)"
CMD ["itglue-rag", "serve"]

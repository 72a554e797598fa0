"""The project's own tools: make lint, corpus, parity and sdk-dist."""

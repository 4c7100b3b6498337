# Shortcuts for developers who have make; the README's two commands are ./run.sh and ./test.sh.
.PHONY: run test setup bench lint

setup:
	@./scripts/setup.sh

run:
	@./run.sh

test:
	@./test.sh

bench: setup
	@.venv/bin/python benchmarks/convert.py

lint: setup
	@.venv/bin/python -m ruff check plu_model validators exporters participation plu_cli app tests

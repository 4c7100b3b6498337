# PLU Studio — the two set-up commands (see README):
#   make run    install what is needed and open the app on the bundled sample plan
#   make test   install what is needed and run the whole test suite
.PHONY: run test setup bench lint

SAMPLE := resources/samples/sofia_zelena_polyana_pup.gml
# The official schemas: ../shared/schemas beside the checkout, else the user cache (filled by 'plu schemas fetch').
SCHEMAS := $(abspath $(firstword $(wildcard ../shared/schemas) $(wildcard $(HOME)/.cache/plu-studio/schemas)))

setup:
	@./scripts/setup.sh

run: setup
	@PLU_SCHEMA_DIR=$(SCHEMAS) .venv/bin/python main.py $(SAMPLE)

test: setup
	@if [ -z "$(SCHEMAS)" ]; then .venv/bin/plu schemas fetch; fi
	@PLU_SCHEMA_DIR=$(firstword $(SCHEMAS) $(HOME)/.cache/plu-studio/schemas) QT_QPA_PLATFORM=offscreen \
		.venv/bin/python -m pytest -q -p no:cacheprovider

bench: setup
	@PLU_SCHEMA_DIR=$(SCHEMAS) .venv/bin/python benchmarks/run.py

lint: setup
	@.venv/bin/python -m ruff check plu_model validators exporters participation plu_cli app tests

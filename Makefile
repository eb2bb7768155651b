# The contract of the project: CI and people run these same targets.
GO      ?= go
NODEDIR := testdata/duckdb
NODEDEPS := $(NODEDIR)/node_modules/.package-lock.json

.PHONY: all build release check test bench fuzz lint clean

all: build

build:
	$(GO) build -o bin/figures ./cmd/figures

## release: build the dataset from the shipped corpus; publish releases/<next version>/ if anything changed
release:
	$(GO) run ./cmd/figures release

## check: regenerate the latest release and compare it byte for byte with the committed one
check:
	$(GO) run ./cmd/figures release --check

## test: every test, including the real-reader check (DuckDB from npm, installed here)
test: $(NODEDEPS) lint
	FIGURES_REQUIRE_DUCKDB=1 $(GO) test ./...

$(NODEDEPS): $(NODEDIR)/package.json $(NODEDIR)/package-lock.json
	cd $(NODEDIR) && npm install --no-audit --no-fund --loglevel=error

## bench: per-stage benchmarks (MB/s, allocations)
bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

## fuzz: run each fuzz target for a while (FUZZTIME=30s by default)
FUZZTIME ?= 30s
fuzz:
	$(GO) test ./extract -run='^$$' -fuzz='^FuzzFind$$' -fuzztime=$(FUZZTIME)
	$(GO) test ./extract -run='^$$' -fuzz='^FuzzBuildView$$' -fuzztime=$(FUZZTIME)
	$(GO) test ./pipeline -run='^$$' -fuzz='^FuzzManifest$$' -fuzztime=$(FUZZTIME)

## lint: gofmt and go vet must be clean
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt needed: $$out"; exit 1; fi
	$(GO) vet ./...

clean:
	rm -rf bin $(NODEDIR)/node_modules

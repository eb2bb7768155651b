# The contract of the project: CI and people run these same targets.
GO      ?= go
NODEDIR := testdata/duckdb
NODEDEPS := $(NODEDIR)/node_modules/.package-lock.json
BROWSERDIR := testdata/browser
BROWSERDEPS := $(BROWSERDIR)/node_modules/.package-lock.json
RTDIR   := testdata/recognizers
RTDEPS  := $(RTDIR)/node_modules/.package-lock.json
PEER    ?= ../shared/peers/recognizers/run.js

.PHONY: all build beam release check test tools testdata-pdf bench fuzz lint clean eval

all: build

build:
	$(GO) build -buildvcs=auto -o bin/figures ./cmd/figures

## eval: score the extractor alone on the labelled sets (EVAL=../shared/eval: the shipped
## documents, seven unseen ones, three Korean ones) and write pipeline/quality.md, the
## measured quality the release codebook prints (run make release after it to publish it)
EVAL ?= ../shared/eval
eval: build
	bash testdata/eval/run.sh $(EVAL)

## beam: the Apache Beam command (see beam/ and the README)
beam:
	cd beam && $(GO) build -o ../bin/figures-beam .

## release: build the dataset from the shipped corpus; publish releases/<next version>/ if anything changed
release:
	$(GO) run ./cmd/figures release

## check: regenerate the latest release and compare it byte for byte with the committed one
check:
	$(GO) run ./cmd/figures release --check

## test: every test, including the real-reader check (DuckDB from npm, installed here) and
## the Apache Beam pipeline on its local runners (its own module, beam/)
test: $(NODEDEPS) $(BROWSERDEPS) tools lint
	FIGURES_REQUIRE_DUCKDB=1 FIGURES_REQUIRE_TOOLS=1 $(GO) test ./...
	cd beam && $(GO) test ./...

$(NODEDEPS): $(NODEDIR)/package.json $(NODEDIR)/package-lock.json
	cd $(NODEDIR) && npm install --no-audit --no-fund --loglevel=error

$(BROWSERDEPS): $(BROWSERDIR)/package.json $(BROWSERDIR)/package-lock.json
	cd $(BROWSERDIR) && npm install --no-audit --no-fund --loglevel=error

## tools: the Debian packages the tests run — pdftotext (poppler-utils) reads PDF documents,
## LibreOffice Calc opens the CSV files, Chromium loads the release page, Debian's Python with
## pandas runs the README's pandas snippet. Installed when missing.
APT_TOOLS := pdftotext:poppler-utils soffice:libreoffice-calc-nogui chromium:chromium
tools:
	@missing=""; for t in $(APT_TOOLS); do command -v $${t%%:*} >/dev/null || missing="$$missing $${t#*:}"; done; \
	/usr/bin/python3 -c 'import pandas' 2>/dev/null || missing="$$missing python3-pandas"; \
	if [ -n "$$missing" ]; then \
	  echo "installing$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends$$missing fonts-dejavu-core; \
	fi

## testdata-pdf: typeset the two-column test PDF again (needs groff with gropdf)
testdata-pdf:
	groff -ms -Tpdf testdata/pdf/two-column.ms > testdata/pdf/two-column.pdf

## bench: per-stage benchmarks (MB/s, allocations), then whole releases of generated 100 MB
## and 1 GB corpora (MB = 10^6 bytes; MB/s per core, figures/s, peak RSS, worker speed-up), and the throughput
## ratio to Microsoft Recognizers-Text on the same text. BENCH_SIZES=100M,1G by default;
## BENCH_DENSE=20M,200M: figure-dense documents (a yearbook of tables), each released on its own; "" for none.
BENCH_SIZES ?= 100M,1G
BENCH_DENSE ?= 20M,200M
bench: build $(RTDEPS)
	$(GO) test -run='^$$' -bench=. -benchmem ./...
	$(GO) run ./cmd/figures-bench --sizes $(BENCH_SIZES) --dense $(BENCH_DENSE) --figures bin/figures --recognizers $(RTDIR)/node_modules --peer $(PEER)

$(RTDEPS): $(RTDIR)/package.json
	cd $(RTDIR) && npm install --no-audit --no-fund --loglevel=error

## fuzz: run each fuzz target for a while (FUZZTIME=2m by default; CI runs 10000x, a count of
## inputs, since a duration can end in a spurious "context deadline exceeded" on Go 1.26).
## Crashers found are written under */testdata/fuzz/ and replayed by every go test.
FUZZTIME ?= 2m
FUZZ_TARGETS := extract:FuzzFind extract:FuzzBuildView extract:FuzzSentences extract:FuzzHTML pipeline:FuzzManifest pipeline:FuzzReview pipeline:FuzzSections pipeline/normalize:FuzzNameSpans pipeline/normalize:FuzzIdentityText pipeline/normalize:FuzzRows pipeline/normalize:FuzzCitationSpans out:FuzzWriteField
fuzz:
	@for t in $(FUZZ_TARGETS); do \
	  pkg=$${t%%:*}; name=$${t#*:}; \
	  echo "fuzz $$pkg $$name $(FUZZTIME)"; \
	  $(GO) test ./$$pkg -run='^$$' -fuzz="^$$name\$$" -fuzztime=$(FUZZTIME) || exit 1; \
	done

## lint: gofmt and go vet must be clean
## lint: gofmt, go vet, and actionlint (pinned, built from the Go module proxy) on the
## GitHub Actions workflow shipped for forks
ACTIONLINT := github.com/rhysd/actionlint/cmd/actionlint@v1.7.12
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt needed: $$out"; exit 1; fi
	$(GO) vet ./...
	cd beam && $(GO) vet ./...
	$(GO) run $(ACTIONLINT) .github/workflows/*.yml

clean:
	rm -rf bin $(NODEDIR)/node_modules $(RTDIR)/node_modules $(BROWSERDIR)/node_modules

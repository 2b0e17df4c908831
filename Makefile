# pinatascan: `make test` is the one command that runs every test.
GO       ?= go
FUZZTIME ?= 10s
BIN      ?= bin
.PHONY: all build test check-tools bench fuzz lint clean

all: lint test build

## build: both commands (pinatascan, pinatavet) into ./bin
build:
	$(GO) build -o $(BIN)/ ./cmd/...

## test: go vet and every test, including the git and pre-commit end-to-end tests
test: check-tools
	$(GO) vet ./...
	$(GO) test ./...

## check-tools: the end-to-end tests drive real git and the real pre-commit
## framework; fail clearly, before any test runs, when either is missing
check-tools:
	@for tool in git pre-commit; do \
		command -v $$tool >/dev/null 2>&1 || { \
			echo "make: $$tool is not installed; the git and hook tests need it (Debian: apt-get install $$tool, or run .ci/run as root)" >&2; \
			exit 1; }; \
	done

## bench: issue 7's targets as whole processes against rg and git (bench/run.sh:
## exits non-zero when one is missed), then every Go benchmark, briefly
BENCHTIME ?= 200ms
.PHONY: bench-go bench-profile
bench:
	@rc=0; bash bench/run.sh || rc=$$?; \
	$(MAKE) --no-print-directory bench-go || rc=1; \
	exit $$rc

## bench-go: every Go benchmark, no tests (-short skips the 50,000-commit history)
bench-go:
	$(GO) test -short -bench . -benchtime $(BENCHTIME) -run '^$$' ./...

## bench-profile: a CPU profile of the directory scan of GOROOT/src, read with pprof
bench-profile:
	@mkdir -p $(BIN)
	$(GO) test -run '^$$' -bench BenchmarkWalkScan -benchtime 20x -cpuprofile $(BIN)/walk.cpu -o $(BIN)/walk.test ./internal/walk/
	$(GO) tool pprof -top -nodecount 30 $(BIN)/walk.test $(BIN)/walk.cpu

## fuzz: run every fuzz target for FUZZTIME each (default 10s; a count
## such as 20000x also works); see scripts/fuzz.sh
fuzz:
	@GO=$(GO) bash scripts/fuzz.sh $(FUZZTIME)

## lint: gofmt must list nothing (testdata aside), and go vet must pass
lint:
	@out=$$(find . -name '*.go' -not -path './.git/*' -not -path '*/testdata/*' | xargs gofmt -l); \
	if [ -n "$$out" ]; then echo "gofmt needed on:" >&2; echo "$$out" >&2; exit 1; fi
	$(GO) vet ./...

clean:
	rm -rf $(BIN)

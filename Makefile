# pinatascan: `make test` is the one command that runs every test.
GO       ?= go
FUZZTIME ?= 10s
BIN      ?= bin
# Static, as the release is built (.goreleaser.yaml): what is tested is what
# ships, and a static binary starts sooner, which the end-to-end tests pay
# over a thousand times.
CGO_ENABLED ?= 0
export CGO_ENABLED
.PHONY: all build test check-tools bench fuzz lint clean release-check

all: lint test build

## build: both commands (pinatascan, pinatavet) into ./bin
build:
	$(GO) build -o $(BIN)/ ./cmd/...

## test: go vet and every test, including the git and pre-commit end-to-end tests.
## -count=1: every test runs every time. The end-to-end results depend on git,
## pre-commit and the Go toolchain, which go test's result cache does not track,
## and filling that cache costs seconds (it hashes every file a test opened).
## internal/cli is named first: go test starts packages in the order given, and
## the end-to-end tests are the longest package, so the others run beside it
## rather than after it. Temporary files go to TMPDIR when it is set, else to a
## new RAM-backed directory when one is fit (scripts/ramdir.sh), removed after.
GOTEST = $(GO) test -count=1 ./internal/cli ./...
test: check-tools
	$(GO) vet ./...
	@if [ -z "$${TMPDIR:-}" ] && ram=$$(bash scripts/ramdir.sh) && [ -n "$$ram" ]; then \
		trap 'chmod -R u+w "$$ram"; rm -rf "$$ram"' EXIT; trap 'exit 130' INT TERM HUP; \
		export TMPDIR="$$ram"; echo "TMPDIR=$$ram"; \
	fi; \
	echo "$(GOTEST)"; \
	$(GOTEST)

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

## release-check: goreleaser check, then a snapshot of the release (every
## archive and checksums.txt in ./dist) without the container image, which
## needs a Docker engine; then the Dockerfile's own checks (scripts/
## release-check.sh). Installs goreleaser $(GORELEASER_VERSION) with go install
## if it is missing. Heavy (12 builds), so not part of make test.
GORELEASER_VERSION ?= v2.16.0
GORELEASER ?= $(shell command -v goreleaser 2>/dev/null || echo $$($(GO) env GOPATH)/bin/goreleaser)
release-check:
	@$(GORELEASER) --version 2>/dev/null | grep -q "GitVersion:.*$(GORELEASER_VERSION:v%=%)" || \
		$(GO) install github.com/goreleaser/goreleaser/v2@$(GORELEASER_VERSION)
	$(GORELEASER) check
	$(GORELEASER) release --snapshot --clean --skip=docker
	bash scripts/release-check.sh dist

clean:
	rm -rf $(BIN) dist

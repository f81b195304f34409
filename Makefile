# Thin wrapper: the real build is CMake. `make run` and `make test` work on a fresh
# Debian/Ubuntu machine: they install what is missing first (.ci/install-deps).
#
#   make build   set-up and build; the program is build/bin/claimlens
#   make run     build, then the default essay in corpus/: its claims, its hedge density
#                (the author's and the reported), the actors it names, and its report
#                (one screen)
#   make test    build (and install Debian's chromium for the browser test of the HTML
#                report), run the suite; run it again under AddressSanitizer and
#                UndefinedBehaviorSanitizer; build the fuzzers, replay every committed
#                input and FUZZ_SMOKE_RUNS fixed mutants of them (tests/fuzz/mutate.py:
#                the same inputs, so the same verdict, on every run of a commit anywhere)
#   make fuzz    build the fuzzers and run each, randomised, for FUZZ_SECONDS (only
#                FUZZ_TARGETS if given; at most FUZZ_RUNS executions; FUZZ_WORKERS=N
#                processes each on one corpus, or FUZZ_FORK=N in fork mode:
#                tests/fuzz/run.sh)
#   make bench   the speed benchmark (bench/run.sh)

MAKEFLAGS += --no-print-directory

BUILD ?= build
ESSAY ?= corpus/nato-asia-restraint.txt
JOBS  ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release
FUZZ_SECONDS ?= 600
FUZZ_SMOKE_RUNS ?= 20000

.PHONY: all deps deps-browser configure build run test test-main test-sanitize fuzz fuzz-smoke fuzz-build bench install clean format

all: build

deps:
	@.ci/install-deps

deps-browser:
	@.ci/install-deps browser

configure: deps
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	@echo "== $(ESSAY): its claims (holder, likelihood on ICD 203, confidence, condition, recommendation)"
	@$(BUILD)/bin/claimlens claims $(ESSAY)
	@echo
	@echo "== $(ESSAY): how hedged the author's own voice is, and the views it reports"
	@$(BUILD)/bin/claimlens hedges --summary $(ESSAY)
	@echo
	@echo "== $(ESSAY): whom it is about"
	@$(BUILD)/bin/claimlens actors --summary $(ESSAY)
	@echo
	@echo "== $(ESSAY): the report (one screen; --format html for a page)"
	@$(BUILD)/bin/claimlens report $(ESSAY)

test: test-main test-sanitize fuzz-smoke

test-main: build deps-browser
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The whole suite again, built with ASan and UBSan; any report fails it.
test-sanitize: deps deps-browser
	@cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMLENS_SANITIZE=ON >/dev/null
	@cmake --build build-sanitize -j $(JOBS)
	cd build-sanitize && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

fuzz-build: deps
	@CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCLAIMLENS_FUZZ=ON -DCLAIMLENS_BUILD_TESTS=OFF >/dev/null
	@cmake --build build-fuzz -j $(JOBS)

# Deterministic: the committed corpus (every crash ever found) and fixed mutants of it.
fuzz-smoke: fuzz-build
	tests/fuzz/run.sh build-fuzz smoke $(FUZZ_SMOKE_RUNS) $(JOBS)

# Open-ended and randomised: finds new crashes; copy them into tests/fuzz/corpus.
fuzz: fuzz-build
	FUZZ_TARGETS="$(FUZZ_TARGETS)" FUZZ_RUNS="$(FUZZ_RUNS)" FUZZ_FORK="$(FUZZ_FORK)" \
	  FUZZ_WORKERS="$(FUZZ_WORKERS)" FUZZ_MERGE_ABOVE="$(FUZZ_MERGE_ABOVE)" \
	  tests/fuzz/run.sh build-fuzz fuzz $(FUZZ_SECONDS) $(JOBS)

bench: build
	bench/run.sh

install: build
	cmake --install $(BUILD)

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf $(BUILD) build-sanitize build-fuzz

# Thin wrapper: the real build is CMake. `make run` and `make test` work on a fresh
# Debian/Ubuntu machine: they install what is missing first (.ci/install-deps).

BUILD ?= build
ESSAY ?= corpus/nato-asia-restraint.txt
JOBS  ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release

.PHONY: all deps configure build run test clean format

all: build

deps:
	@.ci/install-deps

configure: deps
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/bin/claimlens sentences $(ESSAY)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf $(BUILD)

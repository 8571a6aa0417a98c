# Tokenbench: every set-up step on a fresh Debian 12 machine goes through here.
#   make run    install what is missing, build, start the app
#   make test   install what is missing, build, run every test (real keychain, offscreen widgets)

BUILD_DIR  ?= build
ASAN_DIR   ?= build-asan
BUILD_TYPE ?= RelWithDebInfo
# Warnings are errors in CI (CI=true) or when asked for.
WERROR     ?= $(if $(filter true 1 yes ON,$(CI) $(TOKENBENCH_WERROR)),ON,OFF)
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
CTEST_ARGS ?= --output-on-failure --timeout 300
# Tests wait on sockets, processes and the keychain far more than they compute (about 30 % of
# two cores at -j2), so twice as many run at once as there are cores: the suite took 49 s at -j2
# and 26 s at -j4 on two cores. The ASan run keeps one a core: it computes more.
TEST_JOBS  ?= $(shell echo $$(( 2 * $(JOBS) )))

DEB_PACKAGES := cmake ninja-build g++ make pkg-config \
	qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
	qtkeychain-qt6-dev libgl1-mesa-dev libqt6svg6 libfontconfig-dev \
	libqt6sql6-sqlite \
	dbus dbus-x11 gnome-keyring libsecret-tools openssl curl httpie python3-requests \
	xvfb xauth fonts-dejavu-core clang-format clang libclang-rt-14-dev \
	dpkg-dev file desktop-file-utils appstream groff-base man-db python3-yaml libyaml-cpp-dev git \
	libssl-dev tinyproxy nginx-light libxml2-utils

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
CLANG_FORMAT ?= clang-format
SOURCES = $(shell git ls-files --cached --others --exclude-standard '*.cpp' '*.h' 2>/dev/null || find src tests -name '*.cpp' -o -name '*.h')

.PHONY: all deps configure build run test format format-check asan package package-check clean \
	bench bench-deps

all: build

deps:
	@missing=""; \
	for p in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		$(SUDO) apt-get update -q && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	fi

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DTOKENBENCH_WERROR=$(WERROR)

configure: $(BUILD_DIR)/build.ninja
	cmake -S . -B $(BUILD_DIR) -DTOKENBENCH_WERROR=$(WERROR) >/dev/null

build: deps configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
		echo "No display here (DISPLAY and WAYLAND_DISPLAY are unset). To try Tokenbench without one:"; \
		echo "  xvfb-run -a make run"; \
		exit 1; \
	fi
	$(BUILD_DIR)/src/app/tokenbench --demo

test: build
	tests/support/with-keyring.sh ctest --test-dir $(BUILD_DIR) -j $(TEST_JOBS) $(CTEST_ARGS)

format:
	$(CLANG_FORMAT) -i $(SOURCES)

format-check:
	$(CLANG_FORMAT) --dry-run --Werror $(SOURCES)

# A separate build with AddressSanitizer and UndefinedBehaviorSanitizer, running the whole suite.
asan: deps
	cmake -S . -B $(ASAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTOKENBENCH_SANITIZE=ON \
		-DTOKENBENCH_WERROR=$(WERROR)
	cmake --build $(ASAN_DIR) -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/support/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		tests/support/with-keyring.sh ctest --test-dir $(ASAN_DIR) -j $(JOBS) $(CTEST_ARGS)

# Benchmarks: a Release-ish build of its own, every figure against a reference measured in the
# same run, written to docs/PERFORMANCE.md (bench/run-all.sh). Not part of `make test` or CI.
BENCH_DIR ?= build-bench
BENCH_PACKAGES := hyperfine time xvfb xauth curl httpie python3 dbus gnome-keyring

bench-deps: deps
	@missing=""; \
	for p in $(BENCH_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		$(SUDO) apt-get update -q && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	fi

bench: bench-deps
	cmake -S . -B $(BENCH_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DTOKENBENCH_WERROR=$(WERROR) -DTOKENBENCH_BUILD_TESTS=OFF
	cmake --build $(BENCH_DIR) -j $(JOBS)
	bench/run-all.sh $(BENCH_DIR) docs/PERFORMANCE.md

# The Debian package (CPack; library dependencies from dpkg-shlibdeps) in $(BUILD_DIR).
package: build
	rm -f $(BUILD_DIR)/tokenbench_*.deb
	cmake --build $(BUILD_DIR) --target package

# Checks the package's contents, installs it (it stays installed) and runs the installed app
# under Xvfb until its first paint.
package-check: package
	packaging/check-package.sh $(BUILD_DIR)

# The libFuzzer targets (clang, ASan and UBSan) in a build of their own, each run for FUZZ_SECONDS
# from its seed corpus in tests/fuzz/corpus; see docs/FUZZING.md.
FUZZ_DIR     ?= build-fuzz
FUZZ_SECONDS ?= 30

.PHONY: fuzz
fuzz: deps
	cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DCMAKE_CXX_COMPILER=clang++ -DTOKENBENCH_FUZZ=ON -DTOKENBENCH_BUILD_TESTS=OFF
	cmake --build $(FUZZ_DIR) -j $(JOBS) --target fuzz_all
	tests/fuzz/run.sh $(FUZZ_DIR) $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR)

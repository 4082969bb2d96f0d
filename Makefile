# SPDX-License-Identifier: GPL-2.0
#
# pagelint - static analysis of the Linux kernel's page-reference APIs.
#
#   make                                    build the sparse checker and the
#                                           GCC plugin (rules are committed)
#   make coccicheck [KDIR=tree] [M=dir] [MODE=report|patch|context|org]
#                   [RULES=a,b] [JOBS=n|J=n] [SPFLAGS=..] [V=1]
#                   [DEBUG_FILE=f]          run the semantic patches
#   make check                              install what is missing, test
#   make realtree                           every rule over linux-source-6.1
#   make bench-cocci                        every rule against one stock rule
#   make compare-cocci                      batched = one-file-per-process
#                                           findings on the whole v6.1 tree
#   make realtree-sparse realtree-gcc       the C engines over the v6.1
#                                           objects that name the catalogue
#   make bench-sparse bench-gcc             speed and memory against stock
#   make bench-mutants                      gup-put recall of every engine on
#                                           seeded v6.1 mutants
#   make pinned-demo                        the __pinned annotation on a driver
#   make kbuild-test                        C=1/C=2/M= and -fplugin= in kbuild
#   make cocci                              regenerate cocci/ from catalog/

KDIR  ?=
MODE  ?= report
RULES ?= all
JOBS  ?= $(if $(J),$(J),$(shell nproc 2>/dev/null || echo 1))
M     ?=

CATALOG   := catalog/pagelint.api
TEMPLATES := $(wildcard cocci/src/*.cocci.in)
RULEFILES := $(patsubst cocci/src/%.cocci.in,cocci/%.cocci,$(TEMPLATES))
SRCPARTS  := $(wildcard cocci/src/*.py cocci/src/*.smpl) catalog/pagelint.msg

.PHONY: all cocci lib sparse plugin deps coccicheck check check-cocci \
	check-generated check-era check-say check-driver check-lib check-sparse \
	check-gcc check-testcases check-catalog realtree realtree-sparse realtree-gcc \
	bench-cocci compare-cocci \
	bench-sparse bench-gcc bench-mutants pinned-demo kbuild-test clean

all: cocci sparse plugin

cocci: $(RULEFILES)
	@$(MAKE) -s -C sparse-checker annotate-pinned.cocci

cocci/%.cocci: cocci/src/%.cocci.in $(CATALOG) $(SRCPARTS) tools/gen-cocci
	tools/gen-cocci $(CATALOG) $< > $@.tmp && mv $@.tmp $@

deps:
	@tools/deps coccinelle patch sparse

# Names (KDIR, M, DEBUG_FILE) are taken from where make was started, also
# under make -C; without KDIR, the driver says it checks sample/.
coccicheck: deps
	@exec tools/pagelint-cocci -C "$(or $(PWD),$(CURDIR))" $(if $(KDIR),-k "$(KDIR)") \
		-m "$(MODE)" -r "$(RULES)" -j "$(JOBS)" $(if $(SPFLAGS),-s "$(SPFLAGS)") \
		$(if $(filter-out 0,$(V)),-v) $(if $(DEBUG_FILE),-d "$(DEBUG_FILE)") $(if $(M),"$(M)")

# The committed rules are tested as they are: check-generated says when
# they are not what the catalogue and templates make.
check: deps check-generated check-catalog check-era check-say check-driver check-lib \
	check-sparse check-gcc check-testcases

# The committed rules must be what the catalogue and templates make, and
# spatch must accept them (its lexer reads the Python in them too).
check-generated:
	@fail=0; for t in $(TEMPLATES); do \
		r=cocci/$$(basename $$t .in); \
		tools/gen-cocci $(CATALOG) $$t | cmp -s - $$r || \
			{ echo "$$r is stale: run 'make cocci' and commit it"; fail=1; }; \
		spatch --parse-cocci $$r > /dev/null 2>&1 || \
			{ echo "$$r: spatch cannot parse it"; fail=1; }; \
	done; exit $$fail

# The catalogue against the real headers of v6.1 and v6.12: every
# page-reference call they declare is known, with its arguments where the
# catalogue says (a few headers, taken from Debian's tarballs once).
check-catalog:
	@tests/catalog-headers

check-era:
	@tests/era-test

# The shared layer's two interpreters (C, Python) say the same in every era.
check-say: lib
	@tests/say-test

check-driver:
	@tests/driver-test

# The C engines' shared code: the catalogue reader and the era cache.
lib:
	@$(MAKE) -s -C lib

build/lib-test: tests/lib-test.c lib
	@mkdir -p build
	@$(CC) -Wall -o $@ $< lib/catalog.o lib/era.o lib/say.o

check-lib: build/lib-test
	@XDG_CACHE_HOME=$(CURDIR)/build/cache build/lib-test $(CURDIR)

check-cocci:
	@testcases/run -e cocci

# The sparse checker: built from Debian's sparse source, then its own tests
# (same output as stock sparse on every testcase and sample file).
sparse: lib
	@$(MAKE) -s -C sparse-checker

check-sparse: sparse
	@$(MAKE) -s -C sparse-checker check-cocci
	@sparse-checker/test-stock

# The GCC plugin: built for $(CC), then its own tests (-Werror, identical
# code, the cross-unit fact file, bad input).
plugin: lib
	@$(MAKE) -s -C gcc-plugin

check-gcc: plugin
	@cd gcc-plugin && ./test-plugin

# Last: every testcase through every engine, one total.
check-testcases: sparse plugin
	@testcases/run

# The whole v6.1 tree from Debian's linux-source-6.1, triaged in results/.
realtree: deps
	@tools/deps linux-source-6.1 time
	tools/realtree-cocci

# Six v6.1 directories, all rules against scripts/coccinelle/api/kvmalloc.cocci.
bench-cocci: deps
	@tools/deps linux-source-6.1
	@tools/bench-cocci -o results/linux-6.1/cocci-bench.txt

# Batches against one spatch per file and rule: the same findings.
compare-cocci: deps
	@tools/deps linux-source-6.1
	@tools/compare-cocci -o results/linux-6.1/batch-compare.txt

realtree-sparse: sparse
	@$(MAKE) -s -C sparse-checker realtree

realtree-gcc: plugin
	@$(MAKE) -s -C gcc-plugin realtree

bench-sparse: sparse
	@$(MAKE) -s -C sparse-checker bench

bench-gcc: plugin
	@$(MAKE) -s -C gcc-plugin bench

# The engines as they are built (make first); JOBS defaults to 2 here.
bench-mutants:
	@tools/deps coccinelle
	@tools/bench-mutants -j $(if $(filter command line environment,$(origin JOBS)),$(JOBS),2)

pinned-demo: sparse
	@$(MAKE) -s -C sparse-checker pinned-demo

kbuild-test: sparse plugin
	@$(MAKE) -s -C sparse-checker test-kbuild
	@cd gcc-plugin && ./kbuild-test

clean:
	rm -rf build
	@$(MAKE) -s -C lib clean
	@$(MAKE) -s -C sparse-checker clean
	@$(MAKE) -s -C gcc-plugin clean

# SPDX-License-Identifier: GPL-2.0
#
# pagelint - static analysis of the Linux kernel's page-reference APIs.
#
#   make                                    build the sparse checker and the
#                                           GCC plugin (rules are committed)
#   make coccicheck [KDIR=tree] [M=dir] [MODE=report|patch|context|org]
#                   [RULES=a,b] [JOBS=n]   run the semantic patches
#   make check                              install what is missing, test
#   make realtree [KVER=6.1|6.12]           every rule over linux-source-KVER
#   make realtree-sparse realtree-gcc       the C engines over the objects
#        [KVER=6.1|6.12]                    that name the catalogue
#   make bench-sparse bench-gcc             speed and memory against stock
#   make bench-mutants [KVER=6.1|6.12]      gup-put recall of every engine on
#                                           seeded mutants of the tree
#   make pinned-demo                        the __pinned annotation on a driver
#   make kbuild-test                        C=1/C=2/M= and -fplugin= in kbuild
#   make cocci                              regenerate cocci/ from catalog/

KDIR  ?= sample
MODE  ?= report
RULES ?= all
JOBS  ?= $(shell nproc 2>/dev/null || echo 1)
M     ?=
# Which of Debian's linux-source-* trees the real-tree targets use.
KVER  ?= 6.1

CATALOG   := catalog/pagelint.api
TEMPLATES := $(wildcard cocci/src/*.cocci.in)
RULEFILES := $(patsubst cocci/src/%.cocci.in,cocci/%.cocci,$(TEMPLATES))
SRCPARTS  := $(wildcard cocci/src/*.py cocci/src/*.smpl) catalog/pagelint.msg

.PHONY: all cocci lib sparse plugin deps coccicheck check check-cocci \
	check-generated check-era check-say check-driver check-lib check-sparse \
	check-gcc check-testcases check-catalog realtree realtree-sparse realtree-gcc \
	bench-sparse bench-gcc bench-mutants pinned-demo kbuild-test clean

all: cocci sparse plugin

cocci: $(RULEFILES)
	@$(MAKE) -s -C sparse-checker annotate-pinned.cocci

cocci/%.cocci: cocci/src/%.cocci.in $(CATALOG) $(SRCPARTS) tools/gen-cocci
	tools/gen-cocci $(CATALOG) $< > $@.tmp && mv $@.tmp $@

deps:
	@tools/deps coccinelle patch sparse

coccicheck: deps
	@tools/pagelint-cocci -k "$(KDIR)" -m "$(MODE)" -r "$(RULES)" -j "$(JOBS)" $(if $(M),"$(M)")

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

# The whole tree from Debian's linux-source-$(KVER), triaged in
# results/linux-$(KVER)/.
realtree: deps
	@tools/deps linux-source-$(KVER) time
	tools/realtree-cocci -v $(KVER)

realtree-sparse: sparse
	@$(MAKE) -s -C sparse-checker realtree KVER=$(KVER)

realtree-gcc: plugin
	@$(MAKE) -s -C gcc-plugin realtree KVER=$(KVER)

bench-sparse: sparse
	@$(MAKE) -s -C sparse-checker bench

bench-gcc: plugin
	@$(MAKE) -s -C gcc-plugin bench

# The engines as they are built (make first); JOBS defaults to 2 here.
bench-mutants:
	@tools/deps coccinelle
	@tools/bench-mutants -v $(KVER) -j $(if $(filter command line environment,$(origin JOBS)),$(JOBS),2)

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

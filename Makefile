# SPDX-License-Identifier: GPL-2.0
#
# pagelint - static analysis of the Linux kernel's page-reference APIs.
#
#   make coccicheck [KDIR=tree] [M=dir] [MODE=report|patch|context|org]
#                   [RULES=a,b] [JOBS=n]   run the semantic patches
#   make check                              install what is missing, test
#   make realtree                           every rule over linux-source-6.1
#   make cocci                              regenerate cocci/ from catalog/

KDIR  ?= sample
MODE  ?= report
RULES ?= all
JOBS  ?= $(shell nproc 2>/dev/null || echo 1)
M     ?=

CATALOG   := catalog/pagelint.api
TEMPLATES := $(wildcard cocci/src/*.cocci.in)
RULEFILES := $(patsubst cocci/src/%.cocci.in,cocci/%.cocci,$(TEMPLATES))
SRCPARTS  := $(wildcard cocci/src/*.py cocci/src/*.smpl)

.PHONY: all cocci lib deps coccicheck check check-cocci check-generated \
	check-era check-driver check-lib realtree clean

all: cocci

cocci: $(RULEFILES)

cocci/%.cocci: cocci/src/%.cocci.in $(CATALOG) $(SRCPARTS) tools/gen-cocci
	tools/gen-cocci $(CATALOG) $< > $@.tmp && mv $@.tmp $@

deps:
	@tools/deps coccinelle patch

coccicheck: deps
	@tools/pagelint-cocci -k "$(KDIR)" -m "$(MODE)" -r "$(RULES)" -j "$(JOBS)" $(if $(M),"$(M)")

# The committed rules are tested as they are: check-generated says when
# they are not what the catalogue and templates make.
check: deps check-generated check-era check-driver check-lib check-cocci

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

check-era:
	@tests/era-test

check-driver:
	@tests/driver-test

# The C engines' shared code: the catalogue reader and the era cache.
lib:
	@$(MAKE) -s -C lib

build/lib-test: tests/lib-test.c lib
	@mkdir -p build
	@$(CC) -Wall -o $@ $< lib/catalog.o lib/era.o

check-lib: build/lib-test
	@XDG_CACHE_HOME=$(CURDIR)/build/cache build/lib-test $(CURDIR)

check-cocci:
	@testcases/run -e cocci

# The whole v6.1 tree from Debian's linux-source-6.1, triaged in results/.
realtree: deps
	@tools/deps linux-source-6.1 time
	tools/realtree-cocci

clean:
	rm -rf build

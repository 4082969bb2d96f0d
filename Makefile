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
#   make realtree [KVER=6.1|6.12]           every rule over linux-source-KVER
#   make realtree-findings [KVER=..]        the same, findings and patch only
#   make realtree-fix [KVER=6.1|6.12]       pagelint fix over those findings
#                                           (results/linux-KVER/patches)
#   make bench-cocci                        every rule against one stock rule
#   make compare-cocci                      batched = one-file-per-process
#                                           findings on the whole v6.1 tree
#   make realtree-sparse realtree-gcc       the C engines over the objects
#        [KVER=6.1|6.12]                    that name the catalogue
#   make bench-sparse bench-gcc             speed and memory against stock
#   make bench-mutants [KVER=6.1|6.12]      gup-put recall of every engine on
#                                           seeded mutants of the tree
#   make pinned-demo                        the __pinned annotation on a driver
#   make kbuild-test                        C=1/C=2/M= and -fplugin= in kbuild
#   make fuzz-long [FUZZ_SECONDS=1500] [FUZZ_JOBS=1]  the long fuzz run (results/fuzz.txt)
#   make subsystem-sparse KOBJ=dir [DIRS=..] pagelint-sparse beside stock
#                                           sparse on whole subsystems
#   make subsystem-gcc KOBJ=dir [DIRS=..]   the plugin's two passes beside a
#                                           build without it, whole subsystems
#   make cocci                              regenerate cocci/ from catalog/
#   make install [PREFIX=/usr/local] [DESTDIR=]  the pagelint command, the
#                                           engines, rules, catalogue, man page
#   make bench-perpatch                     ci/pagelint-perpatch on a commit of
#                                           a few v6.1 files
#   make history                            Coccinelle recall on sites upstream
#                                           fixed between old releases

KDIR  ?=
MODE  ?= report
RULES ?= all
JOBS  ?= $(if $(J),$(J),$(shell nproc 2>/dev/null || echo 1))
M     ?=
# Which of Debian's linux-source-* trees the real-tree targets use.
KVER  ?= 6.1

CATALOG   := catalog/pagelint.api
TEMPLATES := $(wildcard cocci/src/*.cocci.in)
RULEFILES := $(patsubst cocci/src/%.cocci.in,cocci/%.cocci,$(TEMPLATES))
SRCPARTS  := $(wildcard cocci/src/*.py cocci/src/*.smpl) catalog/pagelint.msg

.PHONY: uninstall all cocci lib sparse plugin deps coccicheck check check-cocci \
	check-generated check-era check-say check-driver check-lib check-sparse \
	check-gcc check-fuzz fuzz-long check-testcases check-catalog realtree realtree-findings realtree-sparse realtree-gcc \
	bench-cocci compare-cocci \
	bench-sparse bench-gcc bench-mutants pinned-demo kbuild-test clean \
	install check-cli npm-tools bench-perpatch subsystem-sparse subsystem-gcc history check-fix realtree-fix

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
# Each suite ends with its own count; tests/check-all runs them in turn and
# ends with one line that counts them all.
CHECKS := check-generated check-catalog check-era check-say check-driver \
	check-lib check-sparse check-gcc check-fuzz check-cli check-fix check-testcases

check: deps
	@MAKE="$(MAKE)" tests/check-all $(CHECKS)

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
	@$(CC) -Wall -o $@ $< lib/catalog.o lib/era.o lib/say.o lib/facts.o

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

# Damaged input through every engine, each held to its oracle (tests/fuzz),
# on the engines built with ASan and UBSan (tests/fuzz-build): a short run
# of fixed seed here, the long one on real v6.1 files below.
check-fuzz: deps
	@tests/fuzz-build > /dev/null
	@tests/fuzz -s 1 -n 240 -j 2 --every gcc=6,cocci=40

FUZZ_SECONDS ?= 1500
FUZZ_JOBS ?= 1
fuzz-long: deps
	@tools/deps linux-source-6.1
	@tests/fuzz-build > /dev/null
	tests/fuzz -s 1 -n 5000 -j $(FUZZ_JOBS) --budget $(FUZZ_SECONDS) --kobj $$(tools/ktree fuzz) \
		--real 200 --every gcc=2,cocci=5 --figures results/fuzz.txt

# Last: every testcase through every engine, one total.
check-testcases: sparse plugin
	@testcases/run

# The whole tree from Debian's linux-source-$(KVER), triaged in
# results/linux-$(KVER)/.
realtree: deps
	@tools/deps linux-source-$(KVER) time
	tools/realtree-cocci -v $(KVER)

# pagelint fix over the findings of report.txt: results/linux-$(KVER)/patches/.
realtree-fix: deps
	@tools/deps linux-source-$(KVER) git perl
	tools/realtree-fix -v $(KVER)

# The same, findings only (report.txt, pagelint.patch): after a rule changed.
realtree-findings: deps
	@tools/deps linux-source-$(KVER) time
	tools/realtree-cocci -f -v $(KVER)

# Six v6.1 directories, all rules against scripts/coccinelle/api/kvmalloc.cocci.
bench-cocci: deps
	@tools/deps linux-source-6.1
	@tools/bench-cocci -o results/linux-6.1/cocci-bench.txt

# Batches against one spatch per file and rule: the same findings.
compare-cocci: deps
	@tools/deps linux-source-6.1
	@tools/compare-cocci -o results/linux-6.1/batch-compare.txt

realtree-sparse: sparse
	@$(MAKE) -s -C sparse-checker realtree KVER=$(KVER)

realtree-gcc: plugin
	@$(MAKE) -s -C gcc-plugin realtree KVER=$(KVER)

# pagelint-sparse beside stock sparse, kbuild C=2, over every object of
# DIRS (default: issue 13's subsystems) of the prepared O= directory KOBJ:
# hours; stop it any time and run it again to resume (chunks, state in
# build/subsystem-sparse/).  Figures and findings in SUBSYS_RESULTS.
subsystem-sparse: sparse
	@test -n "$(KOBJ)" || { echo "subsystem-sparse: KOBJ=<a prepared kbuild O= directory>"; exit 2; }
	@sparse-checker/subsystem-run -O "$(KOBJ)" -j $(if $(filter command line environment,$(origin JOBS)),$(JOBS),2) \
		-o build/subsystem-sparse/$(notdir $(abspath $(KOBJ))) \
		-r $(or $(SUBSYS_RESULTS),results/linux-$$($(MAKE) -s -C "$(KOBJ)" kernelversion | cut -d. -f1,2)) $(DIRS)

# The GCC plugin over every object of DIRS (default: issue 13's plugin
# subsystems) of the prepared O= directory KOBJ: built without it, then
# with it in two passes sharing a fact file; executable sections compared,
# crashes and lost objects counted.  An hour or more; stop it any time and
# run it again to resume (state in build/subsystem-gcc/).
subsystem-gcc: plugin
	@test -n "$(KOBJ)" || { echo "subsystem-gcc: KOBJ=<a prepared kbuild O= directory>"; exit 2; }
	@gcc-plugin/subsystem-run -O "$(KOBJ)" -j $(if $(filter command line environment,$(origin JOBS)),$(JOBS),2) \
		-o build/subsystem-gcc/$(notdir $(abspath $(KOBJ))) \
		-r $(or $(SUBSYS_RESULTS),results/linux-$$($(MAKE) -s -C "$(KOBJ)" kernelversion | cut -d. -f1,2)) $(DIRS)

bench-sparse: sparse
	@$(MAKE) -s -C sparse-checker bench

bench-gcc: plugin
	@$(MAKE) -s -C gcc-plugin bench

# The engines as they are built (make first); JOBS defaults to 2 here.
bench-mutants:
	@tools/deps coccinelle
	@tools/bench-mutants -v $(KVER) -j $(if $(filter command line environment,$(origin JOBS)),$(JOBS),2)

# The truth tables (results/history/RULE-OLD-NEW.txt, by tools/history-truth)
# are committed; the old trees come from mirrors (tools/history-trees,
# tools/history-export) into build/history/.  JOBS defaults to 2 here.
history:
	@tools/deps coccinelle
	@tools/history-run -j $(if $(filter command line environment,$(origin JOBS)),$(JOBS),2) -o results/history/summary.txt
	@grep -E '^== [a-z-]+ v|recall|precision' results/history/summary.txt

pinned-demo: sparse
	@$(MAKE) -s -C sparse-checker pinned-demo

kbuild-test: sparse plugin
	@$(MAKE) -s -C sparse-checker test-kbuild
	@cd gcc-plugin && ./kbuild-test

# The pagelint command (tools/pagelint): every option, the CI recipes,
# SARIF validation, make install into a temporary prefix.  The C-engine
# tests run when a prepared kbuild output directory is at build/kobj-base.
check-cli: sparse plugin npm-tools
	@tools/deps python3-jsonschema python3-yaml git
	@tests/cli-test -n build/npm $(if $(wildcard build/kobj-base/.prepared),-k build/kobj-base)

# pagelint fix on a small git repository the test builds, with the v6.1
# tree's own checkpatch.pl and get_maintainer.pl.
check-fix: deps
	@tools/deps git perl linux-source-6.1
	@tests/fix-test $(if $(wildcard build/kobj-base/.prepared),-k build/kobj-base)

# Test-only npm packages (the SARIF schema, Microsoft's SARIF multitool),
# pinned by tools/npm/package-lock.json, installed under build/npm.
npm-tools:
	@tools/deps-npm tools/npm build/npm

# make install: the command, pagelint-sparse and the plugin rebuilt with the
# installed catalogue's path compiled in (the copy works without the
# checkout), the semantic patches, the catalogue and the man page.
PREFIX    ?= /usr/local
DESTDIR   ?=
bindir    := $(PREFIX)/bin
datadir   := $(PREFIX)/share/pagelint
plugindir := $(PREFIX)/lib/pagelint
man1dir   := $(PREFIX)/share/man/man1
INST      := $(CURDIR)/build/install
INSTLIB   := $(INST)/lib/catalog.o $(INST)/lib/era.o $(INST)/lib/say.o $(INST)/lib/facts.o

# The sub-makes find sources through vpath (never their built files), so
# the checkout's own objects and binaries stay as they are.
vpaths = --eval='vpath %.c $(1)' --eval='vpath %.h $(1)' --eval='vpath Makefile $(1)'

install: sparse plugin
	@[ "$$(cat $(INST)/datadir 2>/dev/null)" = "$(datadir)" ] || { rm -rf $(INST) && \
		mkdir -p $(INST)/lib $(INST)/sparse $(INST)/gcc && echo "$(datadir)" > $(INST)/datadir; }
	@$(MAKE) -s -C $(INST)/lib -f $(CURDIR)/lib/Makefile $(call vpaths,$(CURDIR)/lib) \
		TOP=$(datadir)
	@# The checker's own objects name no path: the built ones, relinked.
	@ln -sf $(CURDIR)/sparse-checker/*.o $(INST)/sparse/
	@$(MAKE) -s -C $(INST)/sparse -f $(CURDIR)/sparse-checker/Makefile \
		$(call vpaths,$(CURDIR)/sparse-checker) LIBOBJS="$(INSTLIB)" pagelint-sparse
	@$(MAKE) -s -C $(INST)/gcc -f $(CURDIR)/gcc-plugin/Makefile \
		$(call vpaths,$(CURDIR)/gcc-plugin) LIBOBJ="$(INSTLIB)" \
		EXTRA_CXXFLAGS="-UPAGELINT_CATALOG -DPAGELINT_CATALOG='\"$(datadir)/catalog/pagelint.api\"'" \
		pagelint_plugin.so
	install -d $(DESTDIR)$(bindir) $(DESTDIR)$(plugindir) $(DESTDIR)$(man1dir) \
		$(DESTDIR)$(datadir)/tools $(DESTDIR)$(datadir)/cocci $(DESTDIR)$(datadir)/catalog
	@# Without debug information, which names the checkout.
	strip --strip-debug $(INST)/sparse/pagelint-sparse $(INST)/gcc/pagelint_plugin.so
	install -m 755 tools/pagelint $(INST)/sparse/pagelint-sparse $(DESTDIR)$(bindir)/
	install -m 644 $(INST)/gcc/pagelint_plugin.so $(DESTDIR)$(plugindir)/
	install -m 755 tools/pagelint-cocci tools/era $(DESTDIR)$(datadir)/tools/
	install -m 644 tools/pagelint-fix $(DESTDIR)$(datadir)/tools/
	install -m 644 cocci/*.cocci $(DESTDIR)$(datadir)/cocci/
	install -m 644 catalog/pagelint.api catalog/pagelint.msg $(DESTDIR)$(datadir)/catalog/
	install -m 644 tools/pagelint.1 $(DESTDIR)$(man1dir)/

# What install put there, and its own directories once empty.
uninstall:
	rm -f $(DESTDIR)$(bindir)/pagelint $(DESTDIR)$(bindir)/pagelint-sparse \
		$(DESTDIR)$(plugindir)/pagelint_plugin.so $(DESTDIR)$(man1dir)/pagelint.1
	rm -rf $(DESTDIR)$(datadir)/tools $(DESTDIR)$(datadir)/cocci $(DESTDIR)$(datadir)/catalog
	-rmdir $(DESTDIR)$(datadir) $(DESTDIR)$(plugindir) 2>/dev/null

# How long ci/pagelint-perpatch takes on a commit of a few v6.1 files.
bench-perpatch: deps
	@tools/deps bc git linux-source-6.1
	@tools/bench-perpatch build/linux-source-6.1 results/linux-6.1/perpatch-bench.txt

clean:
	rm -rf build
	@$(MAKE) -s -C lib clean
	@$(MAKE) -s -C sparse-checker clean
	@$(MAKE) -s -C gcc-plugin clean

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The checks, in the order they run (and report) on a file: one line each,
 * CHECK(name, "rule ids") for check_<name>.c's check_<name>.  Included with
 * different CHECK() definitions by pagelint.h (declarations), the driver
 * (its table) and link-test.c; the Makefile (objects) and testcase-report
 * (--rules) read it too, so it keeps this one-line-per-check shape.
 */
CHECK(gup, "gup-put gup-dma")
CHECK(vmalloc, "vmalloc-highmem")
CHECK(fault, "fault-insert insert-loop")
CHECK(kv, "kv-to-page")
CHECK(kaddr, "gup-kaddr")
CHECK(pinned, "gup-put")

/* SPDX-License-Identifier: GPL-2.0 */
/* A pointer whose type only the compilers see (the rules run --no-includes). */
extern void *unknown_ptr;

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * __pinned: a page pointer whose page was pinned (FOLL_PIN) and must go
 * back through unpin_user_page*().  pagelint-sparse (which defines
 * __PAGELINT__) checks it as a sparse address space; for stock sparse and
 * for compilers it is nothing, so an annotated tree builds and checks as
 * before.  It qualifies the page: struct page __pinned *page;
 * struct page __pinned **pages.
 */
#ifndef _PAGELINT_PINNED_H
#define _PAGELINT_PINNED_H

#if defined(__CHECKER__) && defined(__PAGELINT__)
# define __pinned	__attribute__((address_space(__pinned)))
#else
# define __pinned
#endif

#endif

/*
 * The file stops inside the subscript of an array that was never declared:
 * sparse leaves a sum with no usable operand in the release call.
 */
#include <linux/mm.h>

static void drop_first(void)
{
	put_page(table[
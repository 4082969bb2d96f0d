/*
 * A function whose name is a keyword: sparse says so and keeps the body,
 * nameless.  The calls in it must not trip the checks (they look calls up
 * by the name of the function they are in).
 */
int count_pages(void);

int while(void)
{
	return count_pages();
}

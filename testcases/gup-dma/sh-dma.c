// SPDX-License-Identifier: GPL-2.0
/*
 * A framebuffer write through SH's DMA engine (the shape of pvr2fb in
 * v5.4): the user pages are got and their kernel addresses,
 * page_address(pages[i]), are the source of dma_write_page().  A twin
 * only reads the pages with the CPU through the same address: quiet.
 */
#include <linux/mm.h>
#include <linux/slab.h>

int dma_write_page(unsigned int chan, unsigned long from, unsigned long to);
void dma_wait_for_completion(unsigned int chan);

static ssize_t fb_dma_write(unsigned int chan, unsigned long dst,
			    const char __user *buf, size_t count)
{
	unsigned int nr = (count + PAGE_SIZE - 1) >> PAGE_SHIFT;
	struct page **pages;
	int ret, i;

	pages = kmalloc_array(nr, sizeof(struct page *), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	ret = get_user_pages_fast((unsigned long)buf, nr, 0, pages);	/* WARN(gup-dma) */
	if (ret < nr) {
		nr = ret < 0 ? 0 : ret;
		ret = -EINVAL;
		goto out;
	}
	for (i = 0; i < nr; i++, dst += PAGE_SIZE) {
		dma_write_page(chan, (unsigned long)page_address(pages[i]), dst);
		dma_wait_for_completion(chan);
	}
	ret = count;
out:
	for (i = 0; i < nr; i++)
		put_page(pages[i]);
	kfree(pages);
	return ret;
}

static unsigned long fb_sum(const char __user *buf, unsigned int nr)
{
	struct page *pages[4];
	unsigned long sum = 0;
	int got, i;

	got = get_user_pages_fast((unsigned long)buf, nr, 0, pages);	/* QUIET(gup-dma) */
	for (i = 0; i < got; i++) {
		sum += *(unsigned long *)page_address(pages[i]);
		put_page(pages[i]);
	}
	return sum;
}

ssize_t fb_write(unsigned int chan, unsigned long dst,
		 const char __user *buf, size_t count)
{
	if (count < sizeof(long))
		return fb_sum(buf, 1);
	return fb_dma_write(chan, dst, buf, count);
}

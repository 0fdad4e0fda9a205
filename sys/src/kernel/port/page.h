/*
 * page.h: the physical page allocator.  Pure bookkeeping over page
 * frame numbers (no page is touched), so the host unit tests run it.
 * A bitmap says which frames are free; a count per frame says how many
 * address spaces share it (copy on write).
 */

typedef struct Palloc Palloc;
struct Palloc {
	uvlong	npage;		/* frames covered: 0 .. npage-1 */
	uvlong	nfree;
	uvlong	ntotal;		/* frames that were ever free */
	uvlong	hint;		/* where the next search starts */
	uchar	*freemap;	/* bit set: frame free */
	u16int	*ref;		/* share count of an allocated frame */
};

extern Palloc palloc;

usize	pagemetasize(uvlong npage);
void	pageinit(Palloc *pa, uvlong npage, void *meta);
void	pagefreerange(Palloc *pa, uvlong base, uvlong len);
void	pagereserve(Palloc *pa, uvlong base, uvlong len);
uvlong	pagealloc(Palloc *pa, uvlong n);
void	pagefree(Palloc *pa, uvlong pa0, uvlong n);
void	pageincref(Palloc *pa, uvlong addr);
int	pagedecref(Palloc *pa, uvlong addr);
int	pageref(Palloc *pa, uvlong addr);

/*
 * irqline.c: a shared interrupt line's holders (see irqline.h).
 */
#include <u.h>
#include "irqline.h"

/* irqlineopen: h becomes a holder, having seen nothing yet; 1 if the line is to be unmasked */
int
irqlineopen(Irqline *l, Irqhold *h)
{
	h->seen = l->count;
	h->owes = 0;
	h->next = l->hold;
	l->hold = h;
	l->claimed++;
	return l->nowe == 0;
}

/* irqlineclose: h lets go; 1 if the line is to be unmasked (the others are all done) */
int
irqlineclose(Irqline *l, Irqhold *h)
{
	Irqhold **p;

	for(p = &l->hold; *p; p = &(*p)->next)
		if(*p == h){
			*p = h->next;
			break;
		}
	l->claimed--;
	if(h->owes && --l->nowe == 0 && l->claimed > 0)
		return 1;
	return 0;
}

/* irqlineintr: an interrupt came (the caller masked the line): every holder owes a read */
void
irqlineintr(Irqline *l)
{
	Irqhold *h;

	l->count++;
	l->nowe = 0;
	for(h = l->hold; h; h = h->next){
		h->owes = 1;
		l->nowe++;
	}
}

/*
 * irqlineback: h starts a read: if it has taken the news of the last
 * interrupt, this read says it is done with its device.  1 if that
 * makes every holder done, so the line is to be unmasked.
 */
int
irqlineback(Irqline *l, Irqhold *h)
{
	if(h->owes && h->seen == l->count){
		h->owes = 0;
		return --l->nowe == 0;
	}
	return 0;
}

/* irqlinenews: has an interrupt come that h has not seen?  If so h has seen it now: 1 */
int
irqlinenews(Irqline *l, Irqhold *h)
{
	if(h->seen == l->count)
		return 0;
	h->seen = l->count;
	return 1;
}

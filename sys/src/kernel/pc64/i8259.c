/*
 * i8259.c: the pair of 8259 interrupt controllers, remapped so IRQ n
 * arrives as vector IRQBASE+n; every line masked until enabled.
 */
#include "../port/all.h"

enum {
	Pic1	= 0x20,
	Pic2	= 0xA0,
	Eoi	= 0x20,
};

static u16int mask = 0xFFFF & ~(1<<2);	/* the cascade stays open */

static void
setmask(void)
{
	outb(Pic1+1, mask);
	outb(Pic2+1, mask>>8);
}

/* i8259init: ICW1-4: edge triggered, cascaded, vectors 32-47 */
void
i8259init(void)
{
	outb(Pic1, 0x11);
	outb(Pic2, 0x11);
	outb(Pic1+1, IRQBASE);
	outb(Pic2+1, IRQBASE+8);
	outb(Pic1+1, 1<<2);
	outb(Pic2+1, 2);
	outb(Pic1+1, 0x01);
	outb(Pic2+1, 0x01);
	setmask();
}

/* i8259enable: let irq through */
void
i8259enable(int irq)
{
	mask &= ~(1<<irq);
	setmask();
}

/* i8259mask: hold irq back */
void
i8259mask(int irq)
{
	mask |= 1<<irq;
	setmask();
}

/* i8259eoi: end of interrupt for irq */
void
i8259eoi(int irq)
{
	if(irq >= 8)
		outb(Pic2, Eoi);
	outb(Pic1, Eoi);
}

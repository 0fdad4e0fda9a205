/*
 * uart.c: the kernel's own use of COM1 (a 16550 at 0x3f8): output from
 * the first instruction on, for the banner, the log and panics, and,
 * until the user-space cons server exists, a simple line-edited input
 * for the processes that inherit the boot console.
 */
#include "../port/all.h"

enum {
	COM1	= 0x3f8,
	Data	= 0,
	Ier	= 1,
	Fcr	= 2,
	Lcr	= 3,
	Mcr	= 4,
	Lsr	= 5,
	Dlab	= 0x80,
	Thre	= 0x20,
	Dr	= 0x01,
	IRQ4	= 4,
};

static struct {
	char	line[1024];	/* the line being typed */
	int	nline;
	char	ready[4096];	/* finished lines not yet read */
	int	rd, wr;
	int	eof;
} kin;

/* uartinit: 115200 baud, 8N1, FIFOs on, receive interrupts on */
void
uartinit(void)
{
	outb(COM1+Ier, 0);
	outb(COM1+Lcr, Dlab);
	outb(COM1+Data, 1);		/* divisor 1: 115200 */
	outb(COM1+Ier, 0);
	outb(COM1+Lcr, 0x03);		/* 8 bits, no parity, 1 stop */
	outb(COM1+Fcr, 0xC7);		/* FIFOs on and cleared, 14-byte trigger */
	outb(COM1+Mcr, 0x0B);		/* DTR, RTS, OUT2 (interrupts) */
}

/* uartputc: write one byte, waiting for room; \n becomes \r\n */
void
uartputc(int c)
{
	int i;

	if(c == '\n')
		uartputc('\r');
	for(i = 0; i < 100000 && (inb(COM1+Lsr) & Thre) == 0; i++)
		;
	outb(COM1+Data, c);
}

/* uartputs: write n bytes */
void
uartputs(char *s, int n)
{
	while(n-- > 0)
		uartputc(*s++);
}

/* uartgetc: a received byte, or -1 if none is waiting */
int
uartgetc(void)
{
	if(inb(COM1+Lsr) & Dr)
		return inb(COM1+Data);
	return -1;
}

static void
kinput(int c)
{
	int i;

	if(c == '\r')
		c = '\n';
	switch(c){
	case 0x08: case 0x7f:		/* backspace */
		if(kin.nline > 0){
			kin.nline--;
			uartputs("\b \b", 3);
		}
		return;
	case 0x15:			/* ^U */
		while(kin.nline > 0){
			kin.nline--;
			uartputs("\b \b", 3);
		}
		return;
	case 0x04:			/* ^D: end of input when the line is empty */
		if(kin.nline == 0){
			kin.eof = 1;
			wakeup(&kin);
			return;
		}
		break;
	}
	if(c != '\n' && c != 0x04){
		if(kin.nline < (int)sizeof kin.line - 1){
			kin.line[kin.nline++] = c;
			uartputc(c);
		}
		return;
	}
	if(c == '\n'){
		kin.line[kin.nline++] = '\n';
		uartputc('\n');
	}
	for(i = 0; i < kin.nline && kin.wr - kin.rd < (int)sizeof kin.ready; i++)
		kin.ready[kin.wr++ % sizeof kin.ready] = kin.line[i];
	kin.nline = 0;
	wakeup(&kin);
}

/* uartintr: IRQ 4: take in what arrived */
void
uartintr(void)
{
	int c;

	while((c = uartgetc()) >= 0)
		kinput(c);
}

/* kconsread: read a line (or what is left of one) from the boot console */
long
kconsread(void *buf, long n)
{
	char *p;
	long i;

	outb(COM1+Ier, 0x01);		/* receive interrupts, once someone reads */
	i8259enable(IRQ4);
	uartintr();
	while(kin.rd == kin.wr && !kin.eof){
		sleep(&kin);
		if(interrupted())
			return error(Eintr);
	}
	if(kin.rd == kin.wr){
		kin.eof = 0;
		return 0;
	}
	p = buf;
	for(i = 0; i < n && kin.rd != kin.wr; ){
		p[i] = kin.ready[kin.rd++ % sizeof kin.ready];
		if(p[i++] == '\n')
			break;
	}
	return i;
}

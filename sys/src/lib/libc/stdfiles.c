/*
 * stdin, stdout, stderr: the three standard streams, and the list
 * of every open stream.  stdout is line buffered, stderr unbuffered.
 */
#include <stdio.h>
#include "stdioimpl.h"

static uchar	inbuf[BUFSIZ];
static uchar	outbuf[BUFSIZ];

static FILE	f2 = {
	.fd = 2, .flags = FWR|FSTATIC, .mode = _IONBF,
	.buf = &f2.one, .size = 1, .rp = &f2.one, .re = &f2.one,
};
static FILE	f1 = {
	.fd = 1, .flags = FWR|FSTATIC, .mode = _IOLBF,
	.buf = outbuf, .size = sizeof outbuf, .rp = outbuf, .re = outbuf,
	.next = &f2,
};
static FILE	f0 = {
	.fd = 0, .flags = FRD|FSTATIC, .mode = _IOLBF,
	.buf = inbuf, .size = sizeof inbuf, .rp = inbuf, .re = inbuf,
	.next = &f1,
};

FILE	*stdin = &f0;
FILE	*stdout = &f1;
FILE	*stderr = &f2;
FILE	*_fhead = &f0;

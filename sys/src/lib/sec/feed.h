/* feed.h: libsec's own: the block buffering MD5 and SHA-1 share (feed.c) */
void	secfeed(u32int *h, uchar buf[64], int *nbuf, uvlong *len, void (*block)(u32int*, uchar*), void *p, usize n);

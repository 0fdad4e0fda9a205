/* fakehost.h: what fakehost.c gives a host test of commands */
long	sysr(long r);

/*
 * cmds1_sys.c: for cmds1_test, every system call of syscall.h as a
 * weak stub that fails with ENOSYS.  It is compiled as for Ninefold
 * and renamed with the rest (nf__sys_NAME); cmds1_test.c overrides the
 * calls the commands need with a fake kernel over the host's files, so
 * a system call added later needs no change here.
 */
#include <u.h>
#include <syscall.h>
#include <errno.h>

#define WEAKSTUB(num, name, nargs) \
	__attribute__((weak)) long _sys_##name(void) { return -ENOSYS; }
SYSCALLS(WEAKSTUB)

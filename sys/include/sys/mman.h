/*
 * sys/mman.h: mapping memory.  PROT_* and MAP_* come from syscall.h.
 */
#ifndef SYS_MMAN_H
#define SYS_MMAN_H

#include <sys/types.h>
#include <syscall.h>

void	*mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off);
int	munmap(void *addr, size_t len);

#endif

/*
 * strcpy: copy a string: its length found (strlen, eight bytes a
 * step), then copied whole (memcpy).
 */
#include <u.h>
#include <string.h>

/* Copy src, with its NUL, to dst; return dst. */
char*
strcpy(char *dst, const char *src)
{
	return memcpy(dst, src, strlen(src) + 1);
}

/*
 * string.h: memory and string functions.
 * Shared by the kernel and user space (the kernel uses only the
 * mem* functions and strlen, strcmp, strncmp, strchr, strrchr, strlcpy).
 */
#ifndef STRING_H
#define STRING_H

#include <stddef.h>

void	*memcpy(void *dst, const void *src, size_t n);
void	*memmove(void *dst, const void *src, size_t n);
void	*memset(void *p, int c, size_t n);
int	memcmp(const void *a, const void *b, size_t n);
void	*memchr(const void *p, int c, size_t n);

size_t	strlen(const char *s);
size_t	strnlen(const char *s, size_t max);
int	strcmp(const char *a, const char *b);
int	strncmp(const char *a, const char *b, size_t n);
char	*strcpy(char *dst, const char *src);
char	*strncpy(char *dst, const char *src, size_t n);
char	*strcat(char *dst, const char *src);
char	*strncat(char *dst, const char *src, size_t n);
size_t	strlcpy(char *dst, const char *src, size_t size);
size_t	strlcat(char *dst, const char *src, size_t size);
char	*strchr(const char *s, int c);
char	*strrchr(const char *s, int c);
char	*strstr(const char *s, const char *sub);
char	*strpbrk(const char *s, const char *set);
size_t	strspn(const char *s, const char *set);
size_t	strcspn(const char *s, const char *set);
char	*strtok(char *s, const char *sep);
char	*strtok_r(char *s, const char *sep, char **save);
char	*strdup(const char *s);
char	*strndup(const char *s, size_t n);
char	*strerror(int err);
char	*strsignal(int sig);
char	*strsep(char **sp, const char *sep);
char	*stpcpy(char *dst, const char *src);
char	*strchrnul(const char *s, int c);
void	*memrchr(const void *p, int c, size_t n);
void	*memccpy(void *dst, const void *src, int c, size_t n);
int	strcasecmp(const char *a, const char *b);
int	strncasecmp(const char *a, const char *b, size_t n);

#endif

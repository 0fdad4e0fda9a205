/*
 * stdio.h: buffered streams over file descriptors, and the printf
 * family (one formatter, shared with the kernel's snprintf), and the
 * scanf family.
 */
#ifndef STDIO_H
#define STDIO_H

#include <stddef.h>

typedef struct FILE FILE;

#define EOF		(-1)
#define BUFSIZ		4096
#define _IOFBF		0
#define _IOLBF		1
#define _IONBF		2
#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2

extern FILE	*stdin;
extern FILE	*stdout;
extern FILE	*stderr;

FILE	*fopen(const char *path, const char *mode);
FILE	*fdopen(int fd, const char *mode);
int	fclose(FILE *f);
int	fflush(FILE *f);
int	setvbuf(FILE *f, char *buf, int mode, size_t size);
int	fileno(FILE *f);
int	feof(FILE *f);
int	ferror(FILE *f);
void	clearerr(FILE *f);
int	fseek(FILE *f, long off, int whence);
long	ftell(FILE *f);
void	rewind(FILE *f);

size_t	fread(void *buf, size_t size, size_t n, FILE *f);
size_t	fwrite(const void *buf, size_t size, size_t n, FILE *f);
int	fgetc(FILE *f);
int	getc(FILE *f);
int	getchar(void);
int	ungetc(int c, FILE *f);
char	*fgets(char *s, int n, FILE *f);
int	fputc(int c, FILE *f);
int	putc(int c, FILE *f);
int	putchar(int c);
int	fputs(const char *s, FILE *f);
int	puts(const char *s);

int	printf(const char *fmt, ...);
int	fprintf(FILE *f, const char *fmt, ...);
int	dprintf(int fd, const char *fmt, ...);
int	sprintf(char *buf, const char *fmt, ...);
int	snprintf(char *buf, size_t n, const char *fmt, ...);
int	vprintf(const char *fmt, __builtin_va_list ap);
int	vfprintf(FILE *f, const char *fmt, __builtin_va_list ap);
int	vdprintf(int fd, const char *fmt, __builtin_va_list ap);
int	vsprintf(char *buf, const char *fmt, __builtin_va_list ap);
int	vsnprintf(char *buf, size_t n, const char *fmt, __builtin_va_list ap);

int	scanf(const char *fmt, ...);
int	fscanf(FILE *f, const char *fmt, ...);
int	sscanf(const char *s, const char *fmt, ...);
int	vscanf(const char *fmt, __builtin_va_list ap);
int	vfscanf(FILE *f, const char *fmt, __builtin_va_list ap);
int	vsscanf(const char *s, const char *fmt, __builtin_va_list ap);

long	getdelim(char **line, size_t *n, int delim, FILE *f);
long	getline(char **line, size_t *n, FILE *f);

void	perror(const char *s);
int	remove(const char *url);
int	rename(const char *old, const char *new);

#endif

/*
 * libc_str_test.c: libc's string, memory, ctype, sort, malloc and small
 * functions against glibc or known answers
 */
#include "libc_test.h"

static int	sgn(int x) { return x < 0 ? -1 : x > 0; }

/* The string and memory functions against glibc (or known answers). */
void
teststring(void)
{
	static const char *strs[] = { "", "a", "abc", "abd", "ab", "hello world", "\x80\xff", "aaab", "aab" };
	char a[64], b[64], big[300], big2[300], *p, *q;
	int fails, i, j, c, n;

	fails = 0;
#define T(cond, ...) do { if(!(cond)){ fail("string", __VA_ARGS__); fails++; } } while(0)
	/* strlen reads aligned words: every start and length, bytes above 0x80 and 0x01 around the NUL */
	for(i = 0; i < 16; i++)
		for(n = 0; n < 40; n++){
			memset(big, i & 1 ? 0x81 : 0x01, sizeof big);
			big[i + n] = 0;
			T(nf_strlen(big + i) == (size_t)n, "strlen at %d of %d bytes", i, n);
			memset(big2, 'X', sizeof big2);
			T(nf_strcpy(big2 + 3, big + i) == big2 + 3 && memcmp(big2 + 3, big + i, n + 1) == 0
				&& big2[n + 4] == 'X' && big2[2] == 'X', "strcpy at %d of %d bytes", i, n);
		}
	for(i = 0; i < 9; i++){
		const char *s = strs[i];
		T(nf_strlen(s) == strlen(s), "strlen(\"%s\")", s);
		for(n = 0; n < 5; n++)
			T(nf_strnlen(s, n) == strnlen(s, n), "strnlen(\"%s\", %d)", s, n);
		for(j = 0; j < 9; j++){
			const char *t = strs[j];
			T(sgn(nf_strcmp(s, t)) == sgn(strcmp(s, t)), "strcmp(\"%s\", \"%s\")", s, t);
			for(n = 0; n < 5; n++){
				T(sgn(nf_strncmp(s, t, n)) == sgn(strncmp(s, t, n)), "strncmp(\"%s\", \"%s\", %d)", s, t, n);
				T(sgn(nf_memcmp(s, t, n < 1+strlen(s) && n < 1+strlen(t) ? n : 0))
					== sgn(memcmp(s, t, n < 1+strlen(s) && n < 1+strlen(t) ? n : 0)), "memcmp %d %d %d", i, j, n);
			}
			T(nf_strstr(s, t) == strstr(s, t), "strstr(\"%s\", \"%s\")", s, t);
			T(nf_strspn(s, t) == strspn(s, t), "strspn(\"%s\", \"%s\")", s, t);
			T(nf_strcspn(s, t) == strcspn(s, t), "strcspn(\"%s\", \"%s\")", s, t);
			T(nf_strpbrk(s, t) == strpbrk(s, t), "strpbrk(\"%s\", \"%s\")", s, t);
		}
		for(c = 0; c < 256; c += 1)
			if(c == 0 || c == 'a' || c == 'b' || c == 'o' || c == 0xff || c == 'z'){
				T(nf_strchr(s, c) == strchr(s, c), "strchr(\"%s\", %d)", s, c);
				T(nf_strrchr(s, c) == strrchr(s, c), "strrchr(\"%s\", %d)", s, c);
				T(nf_memchr(s, c, strlen(s)) == memchr(s, c, strlen(s)), "memchr(\"%s\", %d)", s, c);
			}
	}
	T(nf_strchr("abc", 'a' + 256) == strchr("abc", 'a' + 256), "strchr int arg");

	/* copies */
	memset(a, 'X', sizeof a);
	T(nf_strcpy(a, "hello") == a && strcmp(a, "hello") == 0 && a[6] == 'X', "strcpy");
	T(nf_strcat(a, " you") == a && strcmp(a, "hello you") == 0, "strcat");
	T(nf_strncat(a, "123456", 3) == a && strcmp(a, "hello you123") == 0, "strncat");
	memset(a, 'X', sizeof a);
	memset(b, 'X', sizeof b);
	T(nf_strncpy(a, "ab", 6) == a && memcmp(a, strncpy(b, "ab", 6), 8) == 0, "strncpy pad");
	T(nf_strncpy(a, "abcdefgh", 4) == a && memcmp(a, strncpy(b, "abcdefgh", 4), 8) == 0, "strncpy cut");
	memset(a, 'X', sizeof a);
	T(nf_strlcpy(a, "hello", 4) == 5 && strcmp(a, "hel") == 0, "strlcpy cut");
	T(nf_strlcpy(a, "hi", 10) == 2 && strcmp(a, "hi") == 0, "strlcpy");
	T(nf_strlcpy(a, "zz", 0) == 2 && strcmp(a, "hi") == 0, "strlcpy 0");
	T(nf_strlcat(a, "there", 6) == 7 && strcmp(a, "hithe") == 0, "strlcat cut");
	T(nf_strlcat(a, "!", 6) == 6 && strcmp(a, "hithe") == 0, "strlcat full");
	T(nf_strlcat(a, "x", 3) == 4 && strcmp(a, "hithe") == 0, "strlcat short buffer");
	strcpy(a, "  one, two,,three  ");
	strcpy(b, a);
	for(p = nf_strtok(a, " ,"), q = strtok(b, " ,"); p != NULL || q != NULL;
	    p = nf_strtok(NULL, " ,"), q = strtok(NULL, " ,")){
		if(p == NULL || q == NULL || p - a != q - b){
			fail("string", "strtok");
			fails++;
			break;
		}
	}
	p = nf_strdup("duplicate me");
	T(p != NULL && strcmp(p, "duplicate me") == 0, "strdup");
	nf_free(p);
	p = nf_strndup("duplicate me", 3);
	T(p != NULL && strcmp(p, "dup") == 0, "strndup");
	nf_free(p);
	T(strcmp(nf_strerror(2), "file does not exist") == 0, "strerror(ENOENT)");
	T(strcmp(nf_strerror(112), "server gone") == 0, "strerror(EHOSTDOWN)");
	T(strcmp(nf_strerror(9999), "unknown error") == 0, "strerror unknown");

	/* memory: every length and overlap up to a few dozen bytes */
	for(n = 0; n < 70; n++)
		for(i = 0; i < 8; i++)
			for(j = 0; j < 8; j++){
				for(c = 0; c < 300; c++)
					big[c] = big2[c] = c * 7 + 3;
				T(nf_memmove(big + 100 + i, big + 100 + j, n) == big + 100 + i, "memmove ret");
				memmove(big2 + 100 + i, big2 + 100 + j, n);
				T(memcmp(big, big2, sizeof big) == 0, "memmove %d %d %d", n, i, j);
				T(nf_memcpy(big + i, big + 150 + j, n) == big + i, "memcpy ret");
				memcpy(big2 + i, big2 + 150 + j, n);
				T(memcmp(big, big2, sizeof big) == 0, "memcpy %d %d %d", n, i, j);
				T(nf_memset(big + i, j * 40, n) == big + i, "memset ret");
				memset(big2 + i, j * 40, n);
				T(memcmp(big, big2, sizeof big) == 0, "memset %d %d %d", n, i, j);
			}

	/* ctype, over every byte and EOF */
	for(c = -1; c < 256; c++){
#define CT(f) T(!nf_##f(c) == !f(c), #f "(%d)", c)
		CT(isalnum); CT(isalpha); CT(isblank); CT(iscntrl); CT(isdigit);
		CT(isgraph); CT(islower); CT(isprint); CT(ispunct); CT(isspace);
		CT(isupper); CT(isxdigit);
		T(nf_tolower(c) == tolower(c), "tolower(%d)", c);
		T(nf_toupper(c) == toupper(c), "toupper(%d)", c);
	}
	group("string", fails);
}

typedef struct Rec Rec;
struct Rec {
	int	key;
	int	seq;
	char	pad[16];
};

static int
intcmp(const void *a, const void *b)
{
	int x = *(const int*)a, y = *(const int*)b;
	return x < y ? -1 : x > y;
}

static int
reccmp(const void *a, const void *b)
{
	return intcmp(&((const Rec*)a)->key, &((const Rec*)b)->key);
}

/* qsort on many shapes of input; bsearch for present and absent keys. */
void
testsort(void)
{
	static const int sizes[] = { 0, 1, 2, 3, 7, 8, 9, 10, 17, 50, 100, 1000, 10000 };
	static int x[10000], y[10000];
	static Rec r[1000];
	int fails, shape, i, n, key, *hit;
	size_t k;

	fails = 0;
	srand(5);
	for(k = 0; k < sizeof sizes / sizeof sizes[0]; k++)
		for(shape = 0; shape < 6; shape++){
			n = sizes[k];
			for(i = 0; i < n; i++){
				switch(shape){
				case 0: x[i] = rand(); break;
				case 1: x[i] = i; break;
				case 2: x[i] = n - i; break;
				case 3: x[i] = 5; break;
				case 4: x[i] = rand() % 4; break;
				default: x[i] = i % 2 ? i : -i; break;
				}
				y[i] = x[i];
			}
			nf_qsort(x, n, sizeof x[0], intcmp);
			qsort(y, n, sizeof y[0], intcmp);
			if(memcmp(x, y, n * sizeof x[0]) != 0){
				fail("sort", "qsort n=%d shape %d", n, shape);
				fails++;
			}
			for(i = 0; i < n; i += 1 + n/50){
				key = x[i];
				hit = nf_bsearch(&key, x, n, sizeof x[0], intcmp);
				if(hit == NULL || *hit != key){
					fail("sort", "bsearch n=%d shape %d key %d", n, shape, key);
					fails++;
				}
			}
			if(shape == 1){
				key = -1;
				if(nf_bsearch(&key, x, n, sizeof x[0], intcmp) != NULL
				|| (key = n, nf_bsearch(&key, x, n, sizeof x[0], intcmp)) != NULL){
					fail("sort", "bsearch absent n=%d", n);
					fails++;
				}
			}
		}
	for(i = 0; i < 1000; i++){
		r[i].key = rand() % 100;
		r[i].seq = i;
	}
	nf_qsort(r, 1000, sizeof r[0], reccmp);
	for(i = 1; i < 1000; i++)
		if(r[i-1].key > r[i].key){
			fail("sort", "qsort records at %d", i);
			fails++;
			break;
		}
	group("sort", fails);
}

/* malloc, free, realloc, calloc over the fake heap. */
void
testmalloc(void)
{
	enum { N = 2000 };
	static unsigned char *p[N];
	static size_t sz[N];
	long top, base;
	int fails, i, k, bad;
	size_t j;
	unsigned char *q, *z;

	fails = 0;
	srand(3);
	base = brkoff;
	for(k = 0; k < 200000; k++){
		i = rand() % N;
		if(p[i] != NULL){
			for(bad = 0, j = 0; j < sz[i]; j++)
				bad |= p[i][j] != (unsigned char)(i + j);
			if(bad){
				fail("malloc", "block %d corrupted", i);
				fails++;
				break;
			}
			if(rand() % 3 == 0){
				sz[i] = rand() % (rand() % 10 == 0 ? 50000 : 200);
				q = nf_realloc(p[i], sz[i]);
				if(sz[i] == 0){
					p[i] = NULL;
					continue;
				}
				p[i] = q;
			}else{
				nf_free(p[i]);
				p[i] = NULL;
				continue;
			}
		}else{
			sz[i] = rand() % (rand() % 10 == 0 ? 50000 : 200);
			p[i] = nf_malloc(sz[i]);
		}
		if(p[i] == NULL || ((unsigned long)p[i] & 15) != 0){
			fail("malloc", "bad pointer %p for %zu bytes", (void*)p[i], sz[i]);
			fails++;
			break;
		}
		for(j = 0; j < sz[i]; j++)
			p[i][j] = i + j;
	}
	for(i = 0; i < N; i++){
		nf_free(p[i]);
		p[i] = NULL;
	}
	/*
	 * everything is free and merged into one block on top of the
	 * heap, which went back to the kernel but for 64 KiB (and a page)
	 */
	if(brkoff > base + 64*1024 + 4096 + 16 || ((long)heap + brkoff) % 4096 != 0){
		fail("malloc", "heap not trimmed: %ld bytes above %ld", brkoff - base, base);
		fails++;
	}
	/* a big block freed on top goes back at once; one below a block in use stays */
	top = brkoff;
	q = nf_malloc(1<<20);
	z = nf_malloc(100000);	/* more than the 64 KiB kept: above q */
	if(q == NULL || z == NULL || z < q || brkoff < top + (1<<20)){
		fail("malloc", "big block: heap %ld, was %ld", brkoff, top);
		fails++;
	}
	k = brkoff;
	nf_free(q);
	if(brkoff != k){
		fail("malloc", "trimmed below a block in use");
		fails++;
	}
	nf_free(z);
	if(brkoff > top + 4096){
		fail("malloc", "big block not given back: heap %ld, was %ld", brkoff, top);
		fails++;
	}
	z = nf_calloc(1000, 10);
	for(bad = 0, j = 0; z != NULL && j < 10000; j++)
		bad |= z[j];
	if(z == NULL || bad){
		fail("malloc", "calloc not zeroed");
		fails++;
	}
	nf_free(z);
	nf_errno = 0;
	if(nf_calloc(SIZE_MAX / 2, 4) != NULL || nf_errno != ENOMEM){
		fail("malloc", "calloc overflow");
		fails++;
	}
	nf_errno = 0;
	if(nf_malloc(SIZE_MAX - 8) != NULL || nf_errno != ENOMEM){
		fail("malloc", "huge malloc");
		fails++;
	}
	if(nf_malloc(sizeof heap) != NULL){
		fail("malloc", "malloc past the heap");
		fails++;
	}
	q = nf_malloc(0);
	if(q == NULL){
		fail("malloc", "malloc(0)");
		fails++;
	}
	nf_free(q);
	nf_free(NULL);
	group("malloc", fails);
}

/* getline, strsep, strcasecmp, basename, dirname and friends. */
void
testmisc(void)
{
	static const char *bn[][3] = {
		/* path, basename, dirname */
		{ "/a/b", "b", "/a" }, { "/a/b/", "b", "/a" }, { "a", "a", "." }, { "/", "/", "/" },
		{ "a/b", "b", "a" }, { "/a", "a", "/" }, { "//a//b//", "b", "//a" }, { "", ".", "." },
		{ "file:/a/b", "b", "file:/a" }, { "file:/a", "a", "file:/" }, { "file:/", "file:/", "file:/" },
		{ "env:", "env:", "env:" }, { "env:x", "x", "env:" }, { "proc:/1/status", "status", "proc:/1" },
	};
	char path[] = "/tmp/nflibcgXXXXXX", buf[64], *line, *s, *tok;
	NFFILE *f;
	size_t n, i;
	long r;
	int fails, fd, k;

	fails = 0;
#undef T
#define T(cond, ...) do { if(!(cond)){ fail("misc", __VA_ARGS__); fails++; } } while(0)
	fd = mkstemp(path);
	for(k = 0; k < 3000; k++)
		if(write(fd, "y", 1) != 1)
			break;
	if(write(fd, "\nshort\n\nlast", 12) != 12)
		T(0, "write");
	close(fd);
	f = nf_fopen(path, "r");
	line = NULL;
	n = 0;
	r = nf_getline(&line, &n, f);
	T(r == 3001 && line[3000] == '\n' && line[3001] == 0 && n > 3001, "getline long: %ld", r);
	r = nf_getline(&line, &n, f);
	T(r == 6 && strcmp(line, "short\n") == 0, "getline short");
	r = nf_getline(&line, &n, f);
	T(r == 1 && strcmp(line, "\n") == 0, "getline empty");
	r = nf_getline(&line, &n, f);
	T(r == 4 && strcmp(line, "last") == 0, "getline last");
	r = nf_getline(&line, &n, f);
	T(r == -1, "getline eof");
	nf_fclose(f);
	f = nf_fopen(path, "r");
	r = nf_getdelim(&line, &n, 'o', f);
	nf_fclose(f);
	T(r == 3004 && line[r-1] == 'o', "getdelim: %ld", r);
	nf_free(line);
	unlink(path);

	strcpy(buf, "a,b,,c");
	s = buf;
	k = 0;
	while((tok = nf_strsep(&s, ",")) != NULL)
		k += snprintf(path + k, sizeof path - k, "[%s]", tok);
	T(strcmp(path, "[a][b][][c]") == 0, "strsep: %s", path);
	T(nf_strcasecmp("Hello", "hELLO") == 0 && nf_strcasecmp("abc", "ABD") < 0 && nf_strcasecmp("b", "A") > 0
		&& nf_strncasecmp("abcX", "ABCy", 3) == 0 && nf_strncasecmp("ab", "abc", 5) < 0, "strcasecmp");
	for(i = 0; i < sizeof bn / sizeof bn[0]; i++){
		strcpy(buf, bn[i][0]);
		s = nf_basename(buf);
		T(strcmp(s, bn[i][1]) == 0, "basename(%s): %s", bn[i][0], s);
		strcpy(buf, bn[i][0]);
		s = nf_dirname(buf);
		T(strcmp(s, bn[i][2]) == 0, "dirname(%s): %s", bn[i][0], s);
	}
	T(nf_stpcpy(buf, "abc") == buf + 3 && strcmp(buf, "abc") == 0, "stpcpy");
	T(nf_memrchr("abca", 'a', 4) == NULL || strcmp((char*)nf_memrchr(buf, 'a', 3), "abc") == 0, "memrchr");
	T(strcmp(nf_strsignal(SIGINT), "interrupt") == 0 && strcmp(nf_strsignal(99), "unknown signal") == 0, "strsignal");
	group("misc", fails);
}

/*
 * libc_fmt_test.c: libc's printf engine, strtol, strtod and scanf against glibc
 */
#include "libc_test.h"

/* Compare one snprintf result with glibc's. */
static int
cmpfmt(const char *what, const char *a, int ra, const char *b, int rb)
{
	if(ra != rb || strcmp(a, b) != 0){
		fail("fmt", "%s: got \"%s\" (%d), want \"%s\" (%d)", what, a, ra, b, rb);
		return 1;
	}
	return 0;
}

#define F(...) do { \
	char a_[2048], b_[2048]; \
	int ra_ = nf_snprintf(a_, sizeof a_, __VA_ARGS__); \
	int rb_ = snprintf(b_, sizeof b_, __VA_ARGS__); \
	fails += cmpfmt(#__VA_ARGS__, a_, ra_, b_, rb_); \
} while(0)

/* nf_snprintf without the compiler's format checking, for %r. */
static int
plain(const char *fmt, char *buf, size_t n)
{
	int (*f)(char*, size_t, const char*, ...);

	f = nf_snprintf;
	return f(buf, n, fmt);
}

/* Integer, string, character and pointer conversions against glibc. */
void
testfmtint(void)
{
	static const char *ifmts[] = {
		"%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "% 05d",
		"%.3d", "%8.3d", "%-8.3d|", "%08.3d", "%.0d", "%+.0d", "% .0d",
		"%-+8d|", "%+ d", "%0-6d|", "%1d", "%.10d", "%20.15d",
	};
	static const char *ufmts[] = {
		"%u", "%x", "%X", "%o", "%#x", "%#X", "%#o", "%#.0o", "%#.0x",
		"%#.3x", "%#08x", "%#8x", "%-#8x|", "%08o", "%#08o", "%.0x", "%.5o",
		"%#5.3o", "%12u", "%-12u|", "%012X",
	};
	static const int ivals[] = { 0, 1, -1, 42, -42, 7, 100, 99999, INT_MAX, INT_MIN, 255, -255 };
	static const unsigned uvals[] = { 0, 1, 8, 0xff, 0x1234abcd, 0777, UINT_MAX, 1000000 };
	char *volatile nul = NULL;
	int fails, x;
	size_t i, j;

	fails = 0;
	for(i = 0; i < sizeof ifmts / sizeof ifmts[0]; i++)
		for(j = 0; j < sizeof ivals / sizeof ivals[0]; j++){
			char a[256], b[256];
			int ra, rb;
			char what[64];

			ra = nf_snprintf(a, sizeof a, ifmts[i], ivals[j]);
			rb = snprintf(b, sizeof b, ifmts[i], ivals[j]);
			snprintf(what, sizeof what, "%s, %d", ifmts[i], ivals[j]);
			fails += cmpfmt(what, a, ra, b, rb);
		}
	for(i = 0; i < sizeof ufmts / sizeof ufmts[0]; i++)
		for(j = 0; j < sizeof uvals / sizeof uvals[0]; j++){
			char a[256], b[256];
			int ra, rb;
			char what[64];

			ra = nf_snprintf(a, sizeof a, ufmts[i], uvals[j]);
			rb = snprintf(b, sizeof b, ufmts[i], uvals[j]);
			snprintf(what, sizeof what, "%s, %u", ufmts[i], uvals[j]);
			fails += cmpfmt(what, a, ra, b, rb);
		}
	F("%ld %ld %ld", LONG_MIN, LONG_MAX, 0L);
	F("%lu %lx %lo", ULONG_MAX, ULONG_MAX, ULONG_MAX);
	F("%lld %llu %llx %#llX", LLONG_MIN, ULLONG_MAX, 0x123456789abcdefULL, 0xfedcba9876543210ULL);
	F("%hhd %hhu %hhx", 300, -1, 0x1ff);
	F("%hd %hu %hx", 70000, -1, 0x12345);
	F("%zu %zd %zx", SIZE_MAX, (ssize_t)-5, (size_t)0xabc);
	F("%jd %ju", INTMAX_MIN, UINTMAX_MAX);
	F("%td %tx", (ptrdiff_t)-12345, (ptrdiff_t)0x7f);
	F("%+ld|% 20ld|%-20ld|%020ld", LONG_MIN, LONG_MIN, LONG_MIN, LONG_MIN);
	F("%*d|%-*d|%*d", 6, 42, 6, 42, -6, 42);
	F("%.*d|%.*d|%*.*d", 5, 42, -3, 42, 8, 4, -7);
	F("%c%c%c", 'a', 'b', 'c');
	F("%5c|%-5c|%c", 'x', 'y', 0x41);
	F("%s|%10s|%-10s|%.3s|%10.3s|%-10.3s|%.0s|", "hello", "hello", "hello", "hello", "hello", "hello", "hello");
	F("%.*s|%*s|%-*s|", 2, "abcdef", 7, "ab", -7, "ab");
	F("%s", (char*)nul);
	F("%10s|", (char*)nul);
	F("%p %p", (void*)0x1234, (void*)0x7fffdeadbeef);
	F("%p|%20p|%-20p|", (void*)nul, (void*)0xabc, (void*)0xabc);
	F("%%|abc%%def|%d%%", 5);
	F("%s=%d (%#x) %c%% %5.2s", "key", 255, 255, 'z', "xyz");
	F("no conversions at all");
	F("%s", "");
	F("%d %s %u %x %c %ld %s", -1, "two", 3u, 4u, '5', 6L, "seven");
	F("%0*d|%0*d|", 6, -42, -6, -42);

	{
		char buf[16];
		int r;

		memset(buf, 'X', sizeof buf);
		r = nf_snprintf(buf, 5, "hello %s", "world");
		if(r != 11 || strcmp(buf, "hell") != 0 || buf[5] != 'X'){
			fail("fmt", "truncation: got \"%s\" %d", buf, r);
			fails++;
		}
		r = nf_snprintf(NULL, 0, "%d", 123456);
		if(r != 6){
			fail("fmt", "size 0: got %d", r);
			fails++;
		}
		r = nf_snprintf(buf, 1, "abc");
		if(r != 3 || buf[0] != 0){
			fail("fmt", "size 1: got %d", r);
			fails++;
		}
		r = nf_sprintf(buf, "%05d|%s", 42, "ok");
		if(r != 8 || strcmp(buf, "00042|ok") != 0){
			fail("fmt", "sprintf: got \"%s\" %d", buf, r);
			fails++;
		}
		x = plain("%r", buf, sizeof buf);
		if(x != 17 || strcmp(buf, "fake error stri") != 0){
			fail("fmt", "%%r: got \"%s\" %d", buf, x);
			fails++;
		}
		/* no error string: %r falls back to strerror(errno) */
		fakeerr = "";
		nf_errno = ENOENT;
		x = plain("<%r>", buf, sizeof buf);
		fakeerr = "fake error string";
		if(strlen(nf_strerror(ENOENT)) < 3 || x != (int)strlen(nf_strerror(ENOENT)) + 2
		|| strncmp(buf + 1, nf_strerror(ENOENT), strlen(buf) - 2) != 0){
			fail("fmt", "%%r without a string: got \"%s\" %d", buf, x);
			fails++;
		}
	}
	group("fmt_int", fails);
}

/* Floating point conversions against glibc, fixed cases and random ones. */
void
testfmtflt(void)
{
	static const double vals[] = {
		0.0, -0.0, 1.0, -1.0, 0.5, 0.25, 0.125, 1.5, 2.5, 3.5, 0.05, 0.15,
		0.35, 1e-5, 1e-4, 123456.0, 999999.5, 9.9999995, 1e6, 1e15, 1e16,
		1e17, 1e21, 1e100, 1.7976931348623157e308, 2.2250738585072014e-308,
		4.9406564584124654e-324, 3.141592653589793, 2.718281828459045,
		0.1, 0.2, 0.3, 1.0/3.0, 2.0/3.0, 100.0, 1e-300, 123.456, -987.654321,
		9.5, 0.95, 0.995, 0.9995, 5e-5, 12345678901234567890.0,
	};
	static const char *fmts[] = {
		"%f", "%e", "%g", "%E", "%G", "%F", "%.0f", "%.0e", "%.0g", "%#.0f",
		"%#.0e", "%#g", "%#.3g", "%.1f", "%.2f", "%.3e", "%.10f", "%.17g",
		"%.20e", "%.30f", "%.40g", "%10.3f|", "%-10.3f|", "%010.3f", "%+f",
		"% f", "%+.2e", "%012.4e", "%-12.4e|", "%+010g", "%.1g", "%.2g",
		"%.15g", "%.16g", "%.60e", "%.350f", "%g|%g",
	};
	char a[2048], b[2048], what[128];
	double v;
	unsigned long long bits;
	int fails, ra, rb, p, k;
	size_t i, j;

	fails = 0;
	for(i = 0; i < sizeof fmts / sizeof fmts[0]; i++)
		for(j = 0; j < sizeof vals / sizeof vals[0]; j++){
			ra = nf_snprintf(a, sizeof a, fmts[i], vals[j], -vals[j]);
			rb = snprintf(b, sizeof b, fmts[i], vals[j], -vals[j]);
			if(strcmp(fmts[i], "%#g") == 0 && vals[j] == 999999.5){
				/* glibc 2.36 prints 1.e+06, dropping the zeros # keeps */
				rb = snprintf(b, sizeof b, "1.00000e+06");
			}
			snprintf(what, sizeof what, "%s, %.17g", fmts[i], vals[j]);
			fails += cmpfmt(what, a, ra, b, rb);
		}
	F("%f %e %g %F %E %G", INFINITY, -INFINITY, INFINITY, INFINITY, -INFINITY, INFINITY);
	F("%f %e %g %F", NAN, NAN, -NAN, NAN);
	F("%10f|%-10e|%010g|%+f", INFINITY, -INFINITY, INFINITY, NAN);
	F("%Lf %Le %Lg", 1.5L, 2.25L, 1e10L);

	srand(9);
	for(k = 0; k < 20000 && fails < 20; k++){
		if(k % 2){
			bits = (unsigned long long)rand() << 42 ^ (unsigned long long)rand() << 21 ^ rand();
			memcpy(&v, &bits, sizeof v);
			if(isnan(v))
				continue;
		}else
			v = (rand() / (double)RAND_MAX - 0.5) * pow(10, rand() % 60 - 30);
		p = rand() % 22;
		ra = nf_snprintf(a, sizeof a, "%.*e|%.*g|%#.*g", p, v, p, v, p, v);
		rb = snprintf(b, sizeof b, "%.*e|%.*g|%#.*g", p, v, p, v, p, v);
		snprintf(what, sizeof what, "%%.%de|g|#g, %a", p, v);
		fails += cmpfmt(what, a, ra, b, rb);
		if(fabs(v) < 1e40){
			ra = nf_snprintf(a, sizeof a, "%.*f", p, v);
			rb = snprintf(b, sizeof b, "%.*f", p, v);
			snprintf(what, sizeof what, "%%.%df, %a", p, v);
			fails += cmpfmt(what, a, ra, b, rb);
		}
	}
	group("fmt_float", fails);
}

/* strtol, strtoul, strtoll, strtoull, atoi against glibc. */
void
teststrtol(void)
{
	static const char *strs[] = {
		"0", "123", "-123", "+42", "  \t\n 77", "0x1A", "0X1a", "0x", "0xg",
		"-0x10", "010", "09", "z", "Z9", "", "   ", "-", "+", "+-1", "- 1",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808",
		"-9223372036854775809", "18446744073709551615", "18446744073709551616",
		"99999999999999999999999", "-1", "-18446744073709551615",
		"-18446744073709551616", "1e5", "12abc", "0b101", "1_000", "7fffffffffffffff",
		"8000000000000000", "ffffffffffffffff", "10000000000000000", "zzzzzzzzzzzzz",
		"1y2p0ij32e8e7", "1y2p0ij32e8e8", "  -0", "00000000000000000000000000001",
	};
	static const int bases[] = { 0, 2, 8, 10, 16, 36 };
	char *ea, *eb;
	int fails, errna, errnb, ia, ib;
	size_t i, j;

	fails = 0;
	for(i = 0; i < sizeof strs / sizeof strs[0]; i++)
		for(j = 0; j < sizeof bases / sizeof bases[0]; j++){
			const char *s = strs[i];
			int b = bases[j];
#define CMP(fn, type, pf) do { \
	type va, vb; \
	nf_errno = 0; errno = 0; \
	va = nf_##fn(s, &ea, b); errna = nf_errno; \
	vb = fn(s, &eb, b); errnb = errno; \
	if(va != vb || errna != errnb || ea - s != eb - s){ \
		fail("strtol", #fn "(\"%s\", %d): got " pf " errno %d end %ld, want " pf " errno %d end %ld", \
			s, b, va, errna, (long)(ea - s), vb, errnb, (long)(eb - s)); \
		fails++; \
	} \
} while(0)
			CMP(strtol, long, "%ld");
			CMP(strtoll, long long, "%lld");
			CMP(strtoul, unsigned long, "%lu");
			CMP(strtoull, unsigned long long, "%llu");
		}
	/* bad bases */
	for(j = 0; j < 3; j++){
		int b = j == 0 ? 1 : j == 1 ? 37 : -2;
		nf_errno = 0;
		if(nf_strtol(strs[1], &ea, b) != 0 || nf_errno != EINVAL || ea != strs[1]){
			fail("strtol", "base %d: errno %d", b, nf_errno);
			fails++;
		}
	}
	nf_strtol("123", NULL, 10);
	for(i = 0; i < sizeof strs / sizeof strs[0]; i++){
		if(strlen(strs[i]) > 11)
			continue;
		ia = nf_atoi(strs[i]);
		ib = atoi(strs[i]);
		if(ia != ib){
			fail("strtol", "atoi(\"%s\"): got %d want %d", strs[i], ia, ib);
			fails++;
		}
	}
	group("strtol", fails);
}


/* strtod against glibc: fixed strings and random doubles printed many ways. */
void
teststrtod(void)
{
	static const char *strs[] = {
		"0", "-0", "1", "1.5", ".5", "5.", ".", "-.5e1", "1e", "1e+", "1e-2x",
		"  +3.25", "0x1p4", "0x1.8p1", "0X.8", "0x", "0xp1", "0x1.fffffffffffffp1023",
		"0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1074", "0x1.00000000000008p0",
		"0x1.00000000000018p0", "0x1.000000000000081p0",
		"inf", "-Infinity", "infin", "nan", "NaN(123)", "nan(", "in", "n",
		"1e308", "1.7976931348623157e308", "1.7976931348623158e308",
		"1.7976931348623159e308", "1e309", "-1e400", "2.2250738585072014e-308",
		"2.2250738585072011e-308", "4.9406564584124654e-324", "2.4703282292062327e-324",
		"2.4703282292062328e-324", "1e-330", "1e-400", "123456789012345678901234567890",
		"0.1", "0.2", "0.3", "3.14159265358979323846264338327950288",
		"9007199254740993", "9007199254740992.5", "9007199254740993.0000000000000000001",
		"1.00000000000000011102230246251565404236316680908203125",
		"1.00000000000000011102230246251565404236316680908203124",
		"1.00000000000000011102230246251565404236316680908203126",
		"0.000000000000000000000000000000000000000000001e45",
		"00000000000000000000000000000000012.5e-1", "1e00000000000000000000000000000001",
		"1e-99999999999999", "1e99999999999", "abc", "", "-", "+e1",
	};
	char buf[128], *ea, *eb;
	double a, b, v;
	unsigned long long bits;
	int fails, k, ra, rb, bad;
	size_t i;

	fails = 0;
	for(i = 0; i < sizeof strs / sizeof strs[0]; i++){
		nf_errno = errno = 0;
		a = nf_strtod(strs[i], &ea);
		ra = nf_errno;
		b = strtod(strs[i], &eb);
		rb = errno;
		bad = memcmp(&a, &b, sizeof a) != 0 && !(isnan(a) && isnan(b));
		if(bad || ea - strs[i] != eb - strs[i] || (ra == ERANGE) != (rb == ERANGE && (b == 0 || isinf(b)))){
			fail("strtod", "\"%s\": got %a end %ld errno %d, want %a end %ld errno %d",
				strs[i], a, (long)(ea - strs[i]), ra, b, (long)(eb - strs[i]), rb);
			fails++;
		}
	}
	srand(11);
	for(k = 0; k < 30000 && fails < 20; k++){
		if(k % 3 == 0){
			bits = (unsigned long long)rand() << 42 ^ (unsigned long long)rand() << 21 ^ rand();
			memcpy(&v, &bits, sizeof v);
			if(isnan(v) || isinf(v))
				continue;
		}else
			v = (rand() / (double)RAND_MAX) * pow(10, rand() % 80 - 40);
		switch(k % 5){
		case 0: snprintf(buf, sizeof buf, "%.17g", v); break;
		case 1: snprintf(buf, sizeof buf, "%.*e", rand() % 25, v); break;
		case 2: snprintf(buf, sizeof buf, "%a", v); break;
		case 3: snprintf(buf, sizeof buf, "%.30e", v); break;
		default: snprintf(buf, sizeof buf, "%.*g", rand() % 18 + 1, v); break;
		}
		a = nf_strtod(buf, &ea);
		b = strtod(buf, &eb);
		if(memcmp(&a, &b, sizeof a) != 0 || ea != eb){
			fail("strtod", "\"%s\": got %a, want %a", buf, a, b);
			fails++;
		}
	}
	if(nf_atof("2.5") != 2.5 || nf_strtof("0.1", NULL) != 0.1f){
		fail("strtod", "atof/strtof");
		fails++;
	}
	group("strtod", fails);
}

/* The scanf family against glibc. */
void
testscanf(void)
{
	static const char *ints[] = {
		"42", "-17 8", "  +5x", "0x1f 077", "0", "-0x10", "abc", "", "   ", "12345678901",
		"9 8 7 6", "0x", "08", "1,2", "077 0x1Ag",
	};
	static const char *ifmts[] = {
		"%d", "%d %d", "%i %i", "%x %o", "%u%n", "%3d%d", "%*d %d", "%d,%d", "%i%i",
		"%hhd %hd", "%2x%x", "%o%n %d", "x%d",
	};
	static const char *sfmts[] = {
		"%s %s", "%3s%s", "%c%c", "%5c", "%[a-z]%s", "%[^,],%s", "%[]a]%n%s", "%*s %s",
		"%[0-9x]%c", " %c%s", "%s%n", "%[-a]%s", "%2[^ ]%s",
	};
	static const char *strs[] = {
		"hello world", "ab,cd ef", "]]a]x rest", "  x y", "a", "", "0x12abc 3",
		"--a-b c", "abcdefgh",
	};
	static const char *flts[] = {
		"3.25", "-1e3 2", "1e", ".5 .", "inf nan", "0x1p3", "1.5e+2x", "+.e1",
		"12.5abc", "-0", "1e-400", "infinity", "nano",
	};
	static const char *ffmts[] = { "%f %lf", "%lf%n", "%3lf %lf", "%le %lg", "%*f %lf" };
	char sa[64], sb[64], ta[64], tb[64];
	int fails, ra, rb, x1, x2, y1, y2, n1, n2;
	long l1, l2;
	size_t i, j;

	fails = 0;
#undef T
#define T(cond, ...) do { if(!(cond)){ fail("scanf", __VA_ARGS__); fails++; } } while(0)
	for(i = 0; i < sizeof ints / sizeof ints[0]; i++)
		for(j = 0; j < sizeof ifmts / sizeof ifmts[0]; j++){
			x1 = x2 = y1 = y2 = n1 = n2 = -99;
			if(strstr(ifmts[j], "%n") != NULL){
				ra = nf_sscanf(ints[i], ifmts[j], &x1, &n1, &y1);
				rb = sscanf(ints[i], ifmts[j], &x2, &n2, &y2);
			}else if(strstr(ifmts[j], "%hh") != NULL){
				signed char c1 = -99, c2 = -99;
				short h1 = -99, h2 = -99;

				ra = nf_sscanf(ints[i], ifmts[j], &c1, &h1);
				rb = sscanf(ints[i], ifmts[j], &c2, &h2);
				x1 = c1; x2 = c2; y1 = h1; y2 = h2;
			}else{
				ra = nf_sscanf(ints[i], ifmts[j], &x1, &y1);
				rb = sscanf(ints[i], ifmts[j], &x2, &y2);
			}
			T(ra == rb && x1 == x2 && y1 == y2 && n1 == n2, "sscanf(\"%s\", \"%s\"): got %d %d %d %d, want %d %d %d %d",
				ints[i], ifmts[j], ra, x1, y1, n1, rb, x2, y2, n2);
		}
	for(i = 0; i < sizeof strs / sizeof strs[0]; i++)
		for(j = 0; j < sizeof sfmts / sizeof sfmts[0]; j++){
			memset(sa, 0, sizeof sa); memset(sb, 0, sizeof sb);
			memset(ta, 0, sizeof ta); memset(tb, 0, sizeof tb);
			n1 = n2 = -99;
			if(strstr(sfmts[j], "%n%s") != NULL){
				ra = nf_sscanf(strs[i], sfmts[j], sa, &n1, ta);
				rb = sscanf(strs[i], sfmts[j], sb, &n2, tb);
			}else if(strstr(sfmts[j], "%n") != NULL){
				ra = nf_sscanf(strs[i], sfmts[j], sa, &n1);
				rb = sscanf(strs[i], sfmts[j], sb, &n2);
			}else{
				ra = nf_sscanf(strs[i], sfmts[j], sa, ta);
				rb = sscanf(strs[i], sfmts[j], sb, tb);
			}
			T(ra == rb && memcmp(sa, sb, sizeof sa) == 0 && memcmp(ta, tb, sizeof ta) == 0 && n1 == n2,
				"sscanf(\"%s\", \"%s\"): got %d [%s] [%s] %d, want %d [%s] [%s] %d",
				strs[i], sfmts[j], ra, sa, ta, n1, rb, sb, tb, n2);
		}
	for(i = 0; i < sizeof flts / sizeof flts[0]; i++)
		for(j = 0; j < sizeof ffmts / sizeof ffmts[0]; j++){
			double d1 = -99, d2 = -99, e1 = -99, e2 = -99;
			float f1 = -99, f2 = -99;

			n1 = n2 = -99;
			if(j == 0){
				ra = nf_sscanf(flts[i], ffmts[j], &f1, &d1);
				rb = sscanf(flts[i], ffmts[j], &f2, &d2);
			}else if(j == 1){
				ra = nf_sscanf(flts[i], ffmts[j], &d1, &n1);
				rb = sscanf(flts[i], ffmts[j], &d2, &n2);
			}else if(j == 4){
				ra = nf_sscanf(flts[i], ffmts[j], &d1);
				rb = sscanf(flts[i], ffmts[j], &d2);
			}else{
				ra = nf_sscanf(flts[i], ffmts[j], &d1, &e1);
				rb = sscanf(flts[i], ffmts[j], &d2, &e2);
			}
			T(ra == rb && (f1 == f2 || (isnan(f1) && isnan(f2))) && (d1 == d2 || (isnan(d1) && isnan(d2)))
				&& (e1 == e2 || (isnan(e1) && isnan(e2))) && n1 == n2,
				"sscanf(\"%s\", \"%s\"): got %d %g %g %g %d, want %d %g %g %g %d",
				flts[i], ffmts[j], ra, f1, d1, e1, n1, rb, f2, d2, e2, n2);
		}
	ra = nf_sscanf("123456789012 0x7fffffffffffffff", "%ld %li", &l1, &l2);
	T(ra == 2 && l1 == 123456789012L && l2 == LONG_MAX, "%%ld: %d %ld %ld", ra, l1, l2);
	ra = nf_sscanf("50%", "%d%%", &x1);
	T(ra == 1 && x1 == 50, "%%%%");
	ra = nf_sscanf("abc", "abd");
	T(ra == 0, "literal mismatch: %d", ra);

	/* fscanf over a stream, with pushback between calls */
	{
		char path[] = "/tmp/nflibcsXXXXXX";
		NFFILE *f;
		int fd;

		fd = mkstemp(path);
		if(write(fd, "10 20 word\n3.5 rest\nx", 21) != 21)
			T(0, "write");
		close(fd);
		f = nf_fopen(path, "r");
		if(f != NULL){
			double d = 0;

			ra = nf_fscanf(f, "%d %d", &x1, &y1);
			T(ra == 2 && x1 == 10 && y1 == 20, "fscanf 1");
			ra = nf_fscanf(f, "%s %lf %s", sa, &d, ta);
			T(ra == 3 && strcmp(sa, "word") == 0 && d == 3.5 && strcmp(ta, "rest") == 0, "fscanf 2");
			ra = nf_fscanf(f, "%d", &x1);
			T(ra == 0 && nf_fgetc(f) == 'x', "fscanf mismatch keeps the byte");
			ra = nf_fscanf(f, "%d", &x1);
			T(ra == -1, "fscanf at eof: %d", ra);
			nf_fclose(f);
		}
		unlink(path);
	}
	group("scanf", fails);
}

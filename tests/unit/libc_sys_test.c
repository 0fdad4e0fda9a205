/*
 * libc_sys_test.c: setjmp, getopt, time and signals
 */
#include "libc_test.h"

static long	jb[8];
static int	depth;
static void	(*volatile lj)(long*, int) = nf_longjmp;

/* Jump back to jb from deep inside. */
static void __attribute__((noinline))
jumper(int n, int v)
{
	volatile char pad[100];

	pad[0] = n;
	if(n > 0)
		jumper(n - 1, v + pad[0] - n);
	depth = 99;
	lj(jb, v);
}

/* setjmp and longjmp: values, registers, the stack. */
void
testsetjmp(void)
{
	volatile int count, local;
	int fails, r;

	fails = 0;
#undef T
#define T(cond, ...) do { if(!(cond)){ fail("setjmp", __VA_ARGS__); fails++; } } while(0)
	count = 0;
	local = 5;
	r = nf_setjmp(jb);
	count++;
	if(r == 0){
		local = 6;
		jumper(20, 42);
	}
	T(r == 42 && count == 2 && local == 6 && depth == 99, "jump: r %d count %d", r, count);
	r = nf_setjmp(jb);
	if(r == 0)
		nf_longjmp(jb, 0);
	T(r == 1, "longjmp 0 gives 1: %d", r);
	group("setjmp", fails);
}

/* getopt over several argument vectors. */
void
testgetopt(void)
{
	char *av1[] = { "prog", "-ab", "-o", "out", "-cval", "--", "-x", "file", NULL };
	char *av2[] = { "prog", "-a", "-z", "-o", NULL };
	char *av3[] = { "prog", "x", "-a", NULL };
	char *av4[] = { "prog", "-", "-a", NULL };
	char out[256];
	int fails, c, len;

	fails = 0;
#undef T
#define T(cond, ...) do { if(!(cond)){ fail("getopt", __VA_ARGS__); fails++; } } while(0)
#define RUN(av, opts) do { \
	len = 0; out[0] = 0; nf_optind = 1; \
	while((c = nf_getopt(sizeof av / sizeof av[0] - 1, av, opts)) != -1) \
		len += snprintf(out + len, sizeof out - len, "%c%s%s,", c, nf_optarg ? "=" : "", nf_optarg ? nf_optarg : ""); \
	len += snprintf(out + len, sizeof out - len, "|%d", nf_optind); \
} while(0)
	nf_opterr = 0;
	RUN(av1, "abo:c:");
	T(strcmp(out, "a,b,o=out,c=val,|6") == 0, "1: %s", out);
	RUN(av2, "ao:");
	T(strcmp(out, "a,?,?,|4") == 0 && nf_optopt == 'o', "2: %s", out);
	RUN(av2, ":ao:");
	T(strcmp(out, "a,?,:,|4") == 0, "2 quiet: %s", out);
	RUN(av3, "a");
	T(strcmp(out, "|1") == 0, "3: %s", out);
	RUN(av4, "a");
	T(strcmp(out, "|1") == 0, "4: %s", out);
	nf_optind = 0;
	RUN(av1, "abo:c:");
	T(strcmp(out, "a,b,o=out,c=val,|6") == 0, "again: %s", out);
	nf_opterr = 1;
	group("getopt", fails);
}

/* gmtime, timegm, strftime, asctime against glibc in UTC; time() from sys:/time. */
void
testtime(void)
{
	static const char *fmts[] = {
		"%a %A %b %B %h", "%c", "%C %y %Y %G %g", "%d %e %j", "%D %F %T %R %r",
		"%H %I %k %l %M %S %p", "%m %n %t %%", "%u %w %U %W %V", "%x %X", "%s", "%z %Z",
		"plain text", "%Ec %Oy", "",
	};
	static const long fixed[] = {
		0, -1, 86399, 86400, 951782400, 951868800, 1700000000, -2208988800L, 4102444800L,
		68256000, 1230768000, 1230681600, 1104537600, 1104451200, 1293753600, 1293840000,
		-62135596800L, 253402300799L, 1583020800, 1709251199,
	};
	struct tm a, b, *p;
	struct timespec ts;
	struct timeval tv;
	char sa[256], sb[256];
	long t, u, now;
	int fails, k;
	size_t i, ra, rb;

	fails = 0;
#undef T
#define T(cond, ...) do { if(!(cond)){ fail("time", __VA_ARGS__); fails++; } } while(0)
	setenv("TZ", "UTC", 1);
	tzset();
	srand(17);
	for(k = 0; k < 20000 + (int)(sizeof fixed / sizeof fixed[0]) && fails < 20; k++){
		if(k < (int)(sizeof fixed / sizeof fixed[0]))
			t = fixed[k];
		else
			t = ((long)rand() << 20 ^ rand()) % (253402300799L + 62135596800L) - 62135596800L;
		memset(&a, 0, sizeof a);
		memset(&b, 0, sizeof b);
		p = nf_gmtime_r(&t, &a);
		gmtime_r(&t, &b);
		if(p != &a || a.tm_year != b.tm_year || a.tm_mon != b.tm_mon || a.tm_mday != b.tm_mday
		|| a.tm_hour != b.tm_hour || a.tm_min != b.tm_min || a.tm_sec != b.tm_sec
		|| a.tm_wday != b.tm_wday || a.tm_yday != b.tm_yday){
			fail("time", "gmtime(%ld): got %d-%d-%d %d:%d:%d w%d y%d", t, a.tm_year, a.tm_mon,
				a.tm_mday, a.tm_hour, a.tm_min, a.tm_sec, a.tm_wday, a.tm_yday);
			fails++;
			continue;
		}
		for(i = 0; i < sizeof fmts / sizeof fmts[0]; i++){
			if(t < -2208988800L && strchr(fmts[i], 'g') != NULL)
				continue;
			ra = nf_strftime(sa, sizeof sa, fmts[i], &a);
			rb = strftime(sb, sizeof sb, fmts[i], &b);
			if(ra != rb || strcmp(sa, sb) != 0){
				fail("time", "strftime(\"%s\", %ld): got \"%s\", want \"%s\"", fmts[i], t, sa, sb);
				fails++;
			}
		}
		if(strcmp(nf_asctime(&a), asctime(&b)) != 0 || strcmp(nf_ctime(&t), ctime(&t)) != 0){
			fail("time", "asctime/ctime(%ld): %s", t, nf_asctime(&a));
			fails++;
		}
		/* timegm of shifted fields normalises like glibc's */
		a.tm_mon += rand() % 40 - 20;
		a.tm_mday += rand() % 100 - 50;
		a.tm_hour += rand() % 60 - 30;
		a.tm_sec += rand() % 10000 - 5000;
		b = a;
		u = nf_timegm(&a);
		if(u != timegm(&b) || a.tm_mday != b.tm_mday || a.tm_mon != b.tm_mon || a.tm_yday != b.tm_yday
		|| a.tm_wday != b.tm_wday || a.tm_sec != b.tm_sec){
			fail("time", "timegm near %ld: got %ld want %ld", t, u, timegm(&b));
			fails++;
		}
	}
	ra = nf_strftime(sa, 5, "%Y-%m", &b);
	T(ra == 0, "strftime too small: %zu", ra);
	t = 1700000000;
	T(nf_localtime(&t)->tm_hour == 22 && nf_gmtime(&t)->tm_min == 13, "localtime is UTC");
	memset(&a, 0, sizeof a);
	a.tm_year = 70; a.tm_mday = 1;
	T(nf_mktime(&a) == 0 && nf_difftime(10, 4) == 6.0, "mktime, difftime");

	/* sys:/time says the real time was 1700000000 five seconds of uptime ago */
	mkdir("sys:", 0755);
	snprintf(sa, sizeof sa, "1700000000 %ld\n", nf__sys_nsec() - 5000000000L);
	putfile("sys:/time", sa);
	now = nf_time(NULL);
	T(now == 1700000005, "time(): %ld", now);
	T(nf_clock_gettime(CLOCK_REALTIME, &ts) == 0 && ts.tv_sec == 1700000005, "CLOCK_REALTIME: %ld", (long)ts.tv_sec);
	T(nf_clock_gettime(CLOCK_MONOTONIC, &ts) == 0 && ts.tv_sec < 1000000000, "CLOCK_MONOTONIC");
	T(nf_gettimeofday(&tv, NULL) == 0 && tv.tv_sec == 1700000005, "gettimeofday");
	T(nf_clock_gettime(99, &ts) < 0 && nf_errno == EINVAL, "bad clock");
	/* the CPU time: proc:/self/time's user and system ms */
	T(nf_clock() == -1, "clock without proc:/self/time: %ld", (long)nf_clock());
	mkdir("proc:", 0755);
	mkdir("proc:/self", 0755);
	putfile("proc:/self/time", "1250 40 9000 7 8\n");
	T(nf_clock() == 1290000, "clock(): %ld", (long)nf_clock());
	T(nf_clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) == 0 && ts.tv_sec == 1 && ts.tv_nsec == 290000000,
		"CLOCK_PROCESS_CPUTIME_ID: %ld.%09ld", (long)ts.tv_sec, ts.tv_nsec);
	T(nf_clock_getres(CLOCK_PROCESS_CPUTIME_ID, &ts) == 0 && ts.tv_nsec == 1000000, "its resolution: %ld", ts.tv_nsec);
	group("time", fails);
}

static int	caught[32];

static void
catcher(int sig)
{
	caught[sig]++;
}

/* signal, raise, sigprocmask, and the note handler's choices. */
void
testsignal(void)
{
	void (*h)(void*, char*);
	unsigned long set;
	int fails;

	fails = 0;
#undef T
#define T(cond, ...) do { if(!(cond)){ fail("signal", __VA_ARGS__); fails++; } } while(0)
	T(nf_signal(SIGINT, catcher) == NULL, "signal returns SIG_DFL");
	T(notehandler == (long)nf__sigdispatch, "notify(_sigdispatch)");
	T(nf_signal(SIGINT, catcher) == catcher, "signal returns the old handler");
	h = nf__sigdispatch;
	lastnoted = -1;
	h(NULL, "interrupt");
	T(caught[SIGINT] == 1 && lastnoted == 0, "interrupt caught: %d noted %ld", caught[SIGINT], lastnoted);
	lastnoted = -1;
	h(NULL, "sys: trap: page fault");
	T(lastnoted == 1, "fault is fatal: %ld", lastnoted);
	lastnoted = -1;
	h(NULL, "kill");
	T(lastnoted == 1, "kill is fatal");
	lastnoted = -1;
	h(NULL, "hangup");
	T(lastnoted == 1 && caught[SIGHUP] == 0, "hangup by default kills");
	nf_signal(SIGHUP, (void(*)(int))1);
	lastnoted = -1;
	h(NULL, "hangup");
	T(lastnoted == 0 && caught[SIGHUP] == 0, "hangup ignored");
	lastnoted = -1;
	h(NULL, "what is this");
	T(lastnoted == 1, "unknown note kills");
	nf_signal(SIGALRM, catcher);
	nf_sigemptyset(&set);
	nf_sigaddset(&set, SIGALRM);
	T(nf_sigismember(&set, SIGALRM) == 1 && nf_sigismember(&set, SIGINT) == 0, "sigset");
	nf_sigprocmask(SIG_BLOCK, &set, NULL);
	lastnoted = -1;
	h(NULL, "alarm");
	T(lastnoted == 0 && caught[SIGALRM] == 0, "blocked alarm waits");
	nf_sigprocmask(SIG_UNBLOCK, &set, NULL);
	T(caught[SIGALRM] == 1, "unblocked alarm runs: %d", caught[SIGALRM]);
	T(nf_raise(SIGINT) == 0 && caught[SIGINT] == 2, "raise runs the handler");
	T(nf_raise(SIGHUP) == 0, "raise of an ignored signal");
	T(nf_signal(SIGKILL, catcher) == (void(*)(int))-1 && nf_errno == EINVAL, "SIGKILL cannot be caught");
	T(nf_kill(7, SIGUSR1) == 0 && strcmp(lastnote, "usr1") == 0, "kill SIGUSR1: %s", lastnote);
	T(nf_kill(7, SIGTERM) == 0 && strcmp(lastnote, "kill") == 0, "kill SIGTERM");
	nf_signal(SIGINT, NULL);
	nf_signal(SIGALRM, NULL);
	group("signal", fails);
}

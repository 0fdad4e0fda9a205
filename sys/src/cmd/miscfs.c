/*
 * miscfs: null:, zero: and rand: (see miscfs(4)).  The tree is one
 * file, its root: opening name: itself gives the device.
 *
 * rand: is ChaCha20 (RFC 8439) used with fast key erasure: each read
 * runs the block function under the current key, takes the first 32
 * bytes of output as the next key and hands out the rest.  The key
 * starts from RDSEED/RDRAND when the CPU has them, mixed with timing
 * jitter; writes are mixed into it.
 */
#include <u.h>
#include <libc.h>
#include <fcall.h>
#include <9p.h>

enum {
	Null,
	Zero,
	Rand,
};

static char	*kinds[] = { "null", "zero", "rand" };
static int	kind;
static uchar	key[32];

#define ROTL(v, n)	((v)<<(n) | (v)>>(32-(n)))
#define QR(a, b, c, d) \
	a += b; d ^= a; d = ROTL(d, 16); \
	c += d; b ^= c; b = ROTL(b, 12); \
	a += b; d ^= a; d = ROTL(d, 8); \
	c += d; b ^= c; b = ROTL(b, 7)

static u32int
get32(uchar *p)
{
	return p[0] | p[1]<<8 | p[2]<<16 | (u32int)p[3]<<24;
}

/* chacha20block: RFC 8439's block function: 64 bytes of key stream into out */
void
chacha20block(uchar k[32], u32int counter, uchar nonce[12], uchar out[64])
{
	u32int s[16], x[16];
	int i;

	s[0] = 0x61707865;	/* "expand 32-byte k" */
	s[1] = 0x3320646e;
	s[2] = 0x79622d32;
	s[3] = 0x6b206574;
	for(i = 0; i < 8; i++)
		s[4+i] = get32(k + 4*i);
	s[12] = counter;
	for(i = 0; i < 3; i++)
		s[13+i] = get32(nonce + 4*i);
	memmove(x, s, sizeof x);
	for(i = 0; i < 10; i++){
		QR(x[0], x[4], x[8], x[12]);
		QR(x[1], x[5], x[9], x[13]);
		QR(x[2], x[6], x[10], x[14]);
		QR(x[3], x[7], x[11], x[15]);
		QR(x[0], x[5], x[10], x[15]);
		QR(x[1], x[6], x[11], x[12]);
		QR(x[2], x[7], x[8], x[13]);
		QR(x[3], x[4], x[9], x[14]);
	}
	for(i = 0; i < 16; i++){
		x[i] += s[i];
		out[4*i] = x[i];
		out[4*i+1] = x[i] >> 8;
		out[4*i+2] = x[i] >> 16;
		out[4*i+3] = x[i] >> 24;
	}
	memset(s, 0, sizeof s);
	memset(x, 0, sizeof x);
}

/* randbytes: n bytes of key stream into p; the key is replaced first */
void
randbytes(uchar *p, long n)
{
	static uchar nonce[12];
	uchar k[32], b[64];
	u32int ctr;
	long m;

	memmove(k, key, sizeof k);
	chacha20block(k, 0, nonce, b);
	memmove(key, b, 32);
	m = n < 32 ? n : 32;
	memmove(p, b+32, m);
	p += m;
	n -= m;
	for(ctr = 1; n > 0; ctr++){
		chacha20block(k, ctr, nonce, b);
		m = n < 64 ? n : 64;
		memmove(p, b, m);
		p += m;
		n -= m;
	}
	memset(k, 0, sizeof k);
	memset(b, 0, sizeof b);
}

/* randmix: fold n bytes at p into the key */
void
randmix(uchar *p, long n)
{
	static uchar mixnonce[12] = "mix in bytes";
	uchar b[64];
	long i;

	while(n > 0){
		for(i = 0; i < 32 && i < n; i++)
			key[i] ^= p[i];
		p += i;
		n -= i;
		chacha20block(key, 0, mixnonce, b);
		memmove(key, b, 32);
	}
	memset(b, 0, sizeof b);
}

static void
cpuid(u32int leaf, u32int r[4])
{
	__asm__ volatile("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3]) : "a"(leaf), "c"(0));
}

static uvlong
rdtsc(void)
{
	u32int lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return (uvlong)hi<<32 | lo;
}

/* hwrand: up to n 64-bit words from RDSEED, else RDRAND; how many */
static int
hwrand(uvlong *w, int n)
{
	u32int r[4];
	int seed, rd, i, tries;
	uchar ok;

	cpuid(0, r);
	seed = 0;
	if(r[0] >= 7){
		cpuid(7, r);
		seed = (r[1] >> 18) & 1;
	}
	cpuid(1, r);
	rd = (r[2] >> 30) & 1;
	if(!seed && !rd)
		return 0;
	for(i = 0; i < n; i++){
		for(tries = 0; tries < 100; tries++){
			ok = 0;
			if(seed)
				__asm__ volatile("rdseed %0; setc %1" : "=r"(w[i]), "=qm"(ok));
			else
				__asm__ volatile("rdrand %0; setc %1" : "=r"(w[i]), "=qm"(ok));
			if(ok)
				break;
		}
		if(!ok)
			break;
	}
	return i;
}

/* randseed: the first key, from the CPU's generator and timing jitter */
void
randseed(void)
{
	uvlong w[64];
	volatile uvlong spin;
	vlong t0, t1;
	int i, j, n;

	n = hwrand(w, 16);
	randmix((uchar*)w, n * sizeof w[0]);
	for(i = 0; i < 8; i++){
		for(j = 0; j < nelem(w); j++){
			t0 = nsec();
			for(spin = 0; spin < (uvlong)(j*7 + i) % 61 + 1; spin++)
				;
			t1 = nsec();
			w[j] = (uvlong)(t1 - t0) ^ rdtsc() << 17 ^ (uvlong)t1 << 40;
		}
		randmix((uchar*)w, sizeof w);
	}
	memset(w, 0, sizeof w);
}

static void
fsattach(Req *r)
{
	r->ofcall.qid = (Qid){0, 0, QTFILE};
	respond(r, nil);
}

static void
fsread(Req *r)
{
	switch(kind){
	case Null:
		r->ofcall.count = 0;
		break;
	case Zero:
		memset(r->ofcall.data, 0, r->ifcall.count);
		r->ofcall.count = r->ifcall.count;
		break;
	case Rand:
		randbytes((uchar*)r->ofcall.data, r->ifcall.count);
		r->ofcall.count = r->ifcall.count;
		break;
	}
	respond(r, nil);
}

static void
fswrite(Req *r)
{
	if(kind == Rand)
		randmix((uchar*)r->ifcall.data, r->ifcall.count);
	r->ofcall.count = r->ifcall.count;
	respond(r, nil);
}

static void
fsstat(Req *r)
{
	r->d.name = kinds[kind];
	r->d.uid = r->d.gid = r->d.muid = "none";
	r->d.mode = 0666;
	r->d.atime = r->d.mtime = time(nil);
	respond(r, dirdup9p(&r->d) < 0 ? Enomem : nil);
}

static Srv fs = {
	.attach = fsattach,
	.read = fsread,
	.write = fswrite,
	.stat = fsstat,
};

static void
usage(void)
{
	fprint(2, "usage: miscfs [-Ds] null|zero|rand [name]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	int stdio, i;

	stdio = 0;
	ARGBEGIN{
	case 'D':
		fs.chatty = 1;
		break;
	case 's':
		stdio = 1;
		break;
	default:
		usage();
	}ARGEND
	if(argc != (stdio ? 1 : 2))
		usage();
	for(i = 0; i < nelem(kinds); i++)
		if(strcmp(argv[0], kinds[i]) == 0)
			break;
	if(i == nelem(kinds))
		usage();
	kind = i;
	if(kind == Rand)
		randseed();
	if(stdio){
		fs.infd = 0;
		fs.outfd = 1;
		srv(&fs);
		exits(nil);
	}
	if(mountsrv(&fs, argv[1], MREPL) < 0)
		sysfatal("mount %s: %r", argv[1]);
	exits(nil);
}

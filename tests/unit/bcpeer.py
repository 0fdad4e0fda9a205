#!/usr/bin/env python3
# bcpeer.py: run random bc programs through Ninefold's bc built for the
# host and through a peer bc (GNU bc, /usr/bin/bc, by default), and
# print each program whose output (standard output, then whether
# standard error was empty) differs.  Build the host bc first:
#	gcc -DHOSTBC -o /tmp/bc sys/src/cmd/bc/*.c
#	python3 tests/unit/bcpeer.py /tmp/bc [peer] [count] [seed]
import random, subprocess, sys

mine = sys.argv[1]
peer = sys.argv[2] if len(sys.argv) > 2 else "/usr/bin/bc"
count = int(sys.argv[3]) if len(sys.argv) > 3 else 400
rnd = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)

def num():
	k = rnd.random()
	if k < 0.3:
		return str(rnd.randint(0, 20))
	if k < 0.5:
		return str(rnd.randint(0, 10**rnd.randint(1, 40)))
	if k < 0.8:
		i = str(rnd.randint(0, 10**rnd.randint(0, 8)))
		f = str(rnd.randint(0, 10**rnd.randint(1, 12))).zfill(rnd.randint(1, 6))
		return (i if rnd.random() < 0.7 else "") + "." + f
	return "." + str(rnd.randint(0, 999)).zfill(3)

def expr(d):
	if d <= 0 or rnd.random() < 0.2:
		n = num()
		return "-" + n if rnd.random() < 0.2 else n
	k = rnd.random()
	if k < 0.55:
		op = rnd.choice("+-*/%*+-")
		return "(" + expr(d-1) + op + expr(d-1) + ")"
	if k < 0.65:
		return "(" + expr(d-1) + ")^" + str(rnd.randint(-4, 12))
	if k < 0.72:
		return "sqrt(" + expr(d-1).lstrip("-") + ")" if rnd.random() < 0.5 else "sqrt(" + num() + ")"
	if k < 0.78:
		return rnd.choice(["length(", "scale("]) + expr(d-1) + ")"
	if k < 0.88:
		op = rnd.choice(["<", "<=", ">", ">=", "==", "!=", "&&", "||"])
		return "(" + expr(d-1) + op + expr(d-1) + ")"
	return "-(" + expr(d-1) + ")"

def program():
	lines = []
	if rnd.random() < 0.7:
		lines.append("scale=%d" % rnd.randint(0, 30))
	k = rnd.random()
	if k < 0.15:
		lines.append("obase=%d" % rnd.choice([2, 3, 7, 8, 16, 17, 100, 1000]))
	elif k < 0.25:
		b = rnd.choice([2, 8, 16])
		digs = "0123456789ABCDEF"[:b]
		lines.append("ibase=%d" % b)
		for i in range(3):
			s = "".join(rnd.choice(digs) for j in range(rnd.randint(1, 20)))
			if rnd.random() < 0.3:
				s += "." + "".join(rnd.choice(digs) for j in range(rnd.randint(1, 5)))
			lines.append(s)
		return "\n".join(lines) + "\n"
	for i in range(rnd.randint(1, 4)):
		lines.append(expr(rnd.randint(1, 4)))
	return "\n".join(lines) + "\n"

def vexpr(d):
	# an expression over the variables a-e too
	if d <= 0 or rnd.random() < 0.3:
		return rnd.choice(["a", "b", "c", "d", "e", "x[1]", "x[2]", num()])
	op = rnd.choice(["+", "-", "*", "/", "%", "<", "==", "&&"])
	return "(" + vexpr(d-1) + op + vexpr(d-1) + ")"

def stateprogram():
	# variables, arrays, assignment operators, ++ --, if, for, while, functions
	lines = ["scale=%d" % rnd.randint(0, 12)]
	lines.append("define f(p, q) { auto t; t = p*q; if (t > 100) return (t/7); return (t + p) }")
	lines.append("define g(y[], n) { auto i, s; for (i = 0; i <= n; i++) s += y[i]; y[0] = -1; return s }")
	for k in range(rnd.randint(3, 12)):
		v = rnd.choice("abcde")
		r = rnd.random()
		if r < 0.25:
			lines.append("%s = %s" % (v, vexpr(2)))
		elif r < 0.4:
			lines.append("%s %s= %s" % (v, rnd.choice("+-*/%"), vexpr(1)))
		elif r < 0.5:
			lines.append(rnd.choice(["%s++", "%s--", "++%s", "--%s"]) % v)
		elif r < 0.6:
			lines.append("x[%d] = %s; x[%d]" % (rnd.randint(0, 3), vexpr(1), rnd.randint(0, 3)))
		elif r < 0.7:
			lines.append("if (%s < %s) %s else { %s; %s }" % (vexpr(1), vexpr(1), vexpr(1), v, vexpr(1)))
		elif r < 0.78:
			lines.append("for (i = 0; i < %d; i++) { %s += i; if (i == %d) break }; %s" % (rnd.randint(0, 6), v, rnd.randint(0, 6), v))
		elif r < 0.85:
			lines.append("i = %d; while (i-- > 0) { if (i %% 2) continue; %s *= 2 }; %s" % (rnd.randint(0, 6), v, v))
		elif r < 0.93:
			lines.append("f(%s, %s)" % (vexpr(1), vexpr(1)))
		else:
			lines.append("g(x[], 3); x[0]")
		if rnd.random() < 0.3:
			lines.append(v)
	return "\n".join(lines) + "\n"

def libprogram():
	f = rnd.choice(["s", "c", "a", "l", "e", "j"])
	x = num()
	if f == "e":
		x = str(rnd.randint(-50, 50)) + "." + str(rnd.randint(0, 999))
	if rnd.random() < 0.3 and f not in "le":
		x = "-" + x
	sc = "scale=%d\n" % rnd.randint(0, 40) if rnd.random() < 0.5 else ""
	if f == "j":
		return sc + "j(%d, %s)\n" % (rnd.randint(-5, 5), x)
	return sc + "%s(%s)\n" % (f, x)

def run(cmd, text):
	try:
		p = subprocess.run(cmd, input=text.encode(), capture_output=True, timeout=20)
	except subprocess.TimeoutExpired:
		return ("timeout", False)
	return (p.stdout.decode(errors="replace"), len(p.stderr) > 0)

bad = 0
for i in range(count):
	lib = rnd.random() < 0.2
	text = libprogram() if lib else stateprogram() if rnd.random() < 0.4 else program()
	flags = ["-l"] if lib else []
	a = run([mine] + flags, text)
	b = run([peer] + flags, text)
	if a != b:
		bad += 1
		print("DIFF %s%r" % ("-l " if lib else "", text))
		print("  mine: %r" % (a,))
		print("  peer: %r" % (b,))
print("%d of %d differ" % (bad, count))
sys.exit(1 if bad else 0)

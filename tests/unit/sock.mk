# sock.mk: host tests of the sockets' pure parts in libc (sock_test.c):
# inet_pton/ntop/aton/addr/ntoa and the byte order against glibc's,
# getaddrinfo's numbers and services and its errors from dns:'s
# strings, getnameinfo, gethostbyname, and the errnos of netd's
# strings (_neterrno, _sysret).  Those files alone are compiled for the
# host against sys/include, every public name renamed nf_NAME, and
# dns: and the system call they use replaced by sock_test.c's fakes.
SOCKTEST := $(O)/tests/sock_test
UNITTESTS += $(SOCKTEST)
SOCKSRC := $(ROOT)/sys/src/lib/libc
SOCKFILES := inet byteorder getaddrinfo gethostbyname netaddr neterrno sysret strerror strlcpy
SOCKOBJ := $(addprefix $(O)/tests/sockobj/,$(addsuffix .o,$(SOCKFILES)))
SOCKNAMES := inet_pton inet_ntop inet_aton inet_addr inet_ntoa htonl htons ntohl ntohs \
	getaddrinfo freeaddrinfo gai_strerror getnameinfo gethostbyname getservbyname \
	hstrerror h_errno errno open close write pread errstr werrstr _sys_errstr strerror
SOCKREN := $(foreach n,$(SOCKNAMES),-D$(n)=nf_$(n))
SOCKHDRS := $(wildcard $(SOCKSRC)/*.h $(ROOT)/sys/include/*.h $(ROOT)/sys/include/*/*.h)

$(O)/tests/sockobj/%.o: $(SOCKSRC)/%.c $(SOCKHDRS)
	@mkdir -p $(dir $@)
	$(HCC) -std=c11 -O1 -g -Wall -Werror -ffreestanding -fno-pie -D__ninefold__ \
		$(SOCKREN) -I$(ROOT)/sys/include -c -o $@ $<

$(SOCKTEST): $(ROOT)/tests/unit/sock_test.c $(SOCKOBJ)
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) -no-pie -o $@ $< $(SOCKOBJ)

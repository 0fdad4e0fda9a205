# sec.mk: tests of libsec (sys/src/lib/sec), sec_test.c: the SHA-1
# and MD5 test suites of RFC 3174 and RFC 1321, and the same digests
# fed in pieces of every size.  Built with the sanitizers.
SECTEST := $(O)/tests/sec_test
UNITTESTS += $(SECTEST)
SECSAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined

$(SECTEST): $(ROOT)/tests/unit/sec_test.c $(ROOT)/sys/src/lib/sec/sha1.c $(ROOT)/sys/src/lib/sec/md5.c $(ROOT)/sys/include/sec.h
	@mkdir -p $(O)/tests/secobj
	$(HCC) $(HCFLAGS) $(SECSAN) -I$(ROOT)/sys/include -c -o $(O)/tests/secobj/sha1.o $(ROOT)/sys/src/lib/sec/sha1.c
	$(HCC) $(HCFLAGS) $(SECSAN) -I$(ROOT)/sys/include -c -o $(O)/tests/secobj/md5.o $(ROOT)/sys/src/lib/sec/md5.c
	$(HCC) $(HCFLAGS) $(SECSAN) -o $@ $< $(O)/tests/secobj/sha1.o $(O)/tests/secobj/md5.o

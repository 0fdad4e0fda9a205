# sec.mk: tests of libsec (sys/src/lib/sec), sec_test.c: the SHA-1
# and MD5 test suites of RFC 3174 and RFC 1321, and the same digests
# fed in pieces of every size.  Built with the sanitizers.
SECTEST := $(O)/tests/sec_test
UNITTESTS += $(SECTEST)
SECSAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined

SECSRC := $(ROOT)/sys/src/lib/sec
SECOBJ := $(O)/tests/secobj/sha1.o $(O)/tests/secobj/md5.o $(O)/tests/secobj/feed.o

$(O)/tests/secobj/%.o: $(SECSRC)/%.c $(SECSRC)/feed.h $(ROOT)/sys/include/sec.h
	@mkdir -p $(O)/tests/secobj
	$(HCC) $(HCFLAGS) $(SECSAN) -I$(ROOT)/sys/include -c -o $@ $<

$(SECTEST): $(ROOT)/tests/unit/sec_test.c $(SECOBJ)
	$(HCC) $(HCFLAGS) $(SECSAN) -o $@ $< $(SECOBJ)

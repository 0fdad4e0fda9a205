# regexp.mk: tests of libregexp (sys/src/lib/regexp), regexp_test.c:
# a table of expressions, texts and known answers, compile errors,
# hostile expressions that must stay fast, and a comparison of whole
# matches with the host's POSIX regexec.  The library is compiled on
# its own against sys/include, the test against the host's headers,
# all with the sanitizers.
REGEXPTEST := $(O)/tests/regexp_test
UNITTESTS += $(REGEXPTEST)
REGEXPSRC := $(ROOT)/sys/src/lib/regexp
REGEXPFILES := regcomp regexec regsub
REGEXPOBJ := $(addprefix $(O)/tests/regexpobj/,$(addsuffix .o,$(REGEXPFILES)))
REGEXPSAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined

$(O)/tests/regexpobj/%.o: $(REGEXPSRC)/%.c $(REGEXPSRC)/impl.h $(ROOT)/sys/include/regexp.h $(ROOT)/sys/include/u.h
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) $(REGEXPSAN) -I$(ROOT)/sys/include -c -o $@ $<

$(REGEXPTEST): $(ROOT)/tests/unit/regexp_test.c $(REGEXPOBJ)
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) $(REGEXPSAN) -o $@ $< $(REGEXPOBJ)

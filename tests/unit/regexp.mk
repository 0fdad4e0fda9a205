# regexp.mk: tests of libregexp (sys/src/lib/regexp), regexp_test.c:
# a table of expressions, texts and known answers, compile errors,
# hostile expressions that must stay fast, and a comparison of whole
# matches with the host's POSIX regexec.  The library is compiled on
# its own against sys/include, the test against the host's headers,
# all with the sanitizers.  It also builds sed_test (below).
REGEXPTEST := $(O)/tests/regexp_test
UNITTESTS += $(REGEXPTEST)
REGEXPSRC := $(ROOT)/sys/src/lib/regexp
REGEXPFILES := regcomp regexec regsub
REGEXPOBJ := $(addprefix $(O)/tests/regexpobj/,$(addsuffix .o,$(REGEXPFILES)))
REGEXPSAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined
REGEXPREN := -Dregcomp=nf_regcomp -Dregexec=nf_regexec -Dregfree=nf_regfree

$(O)/tests/regexpobj/%.o: $(REGEXPSRC)/%.c $(REGEXPSRC)/impl.h $(ROOT)/sys/include/regexp.h $(ROOT)/sys/include/u.h
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) $(REGEXPSAN) $(REGEXPREN) -I$(ROOT)/sys/include -c -o $@ $<

$(REGEXPTEST): $(ROOT)/tests/unit/regexp_test.c $(REGEXPOBJ)
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) $(REGEXPSAN) -o $@ $< $(REGEXPOBJ)

# sed_test: host tests of sed's script parser and engine, sed_test.c
# (it includes sys/src/cmd/sed/parse.c and run.c), with the host-built
# libregexp above.
SEDDIR := $(ROOT)/sys/src/cmd/sed
SEDTEST := $(O)/tests/sed_test
UNITTESTS += $(SEDTEST)

$(SEDTEST): $(ROOT)/tests/unit/sed_test.c $(SEDDIR)/parse.c $(SEDDIR)/run.c $(SEDDIR)/sed.h $(REGEXPOBJ)
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) $(REGEXPSAN) $(REGEXPREN) -I$(ROOT)/sys/include -o $@ $< $(REGEXPOBJ)

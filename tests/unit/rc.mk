# rc.mk: host tests of rc's lexer and parser (sys/src/cmd/rc, with
# the Unix layer osunix.c): trees printed back by deparse, and a
# bounded fuzz of the parser with random bytes under the sanitizers.
RCTEST := $(O)/tests/rc_test
UNITTESTS += $(RCTEST)
RCSRC := $(ROOT)/sys/src/cmd/rc
RCFILES := main lex parse exec eval var glob builtin here edit wait osunix

$(RCTEST): $(ROOT)/tests/unit/rc_test.c $(foreach f,$(RCFILES),$(RCSRC)/$(f).c) $(RCSRC)/rc.h
	@mkdir -p $(O)/tests
	$(HCC) $(HCFLAGS) -fsanitize=address,undefined -fno-sanitize-recover=undefined \
		-Dmain=rcmain -iquote $(RCSRC) -o $@ $(ROOT)/tests/unit/rc_test.c \
		$(foreach f,$(RCFILES),$(RCSRC)/$(f).c)

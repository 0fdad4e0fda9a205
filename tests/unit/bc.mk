# bc.mk: host tests of bc's decimal numbers (sys/src/cmd/bc/num.c),
# bc_test.c.  num.c is standard C: it is built for the host with
# -DHOSTBC, and bc_test.c gives it emalloc.
BCT_SRC := $(ROOT)/sys/src/cmd/bc

$(O)/tests/bc_test: bc_test.c $(BCT_SRC)/num.c $(BCT_SRC)/bc.h
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) -DHOSTBC -I$(BCT_SRC) -o $@ bc_test.c $(BCT_SRC)/num.c

UNITTESTS += $(O)/tests/bc_test

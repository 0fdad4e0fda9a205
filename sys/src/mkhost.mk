# mkhost.mk: host tools run at build time.  Set HTARG to the list of
# tool names; each is built from name.c into out/tools with the host
# compiler and the host's own headers.
include $(dir $(lastword $(MAKEFILE_LIST)))mkconfig.mk

all: $(addprefix $(O)/tools/,$(HTARG))

$(O)/tools/%: %.c $(HFILES) $(RULES)
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) $(DEPFLAGS) -MF $@.d -iquote $(ROOT)/sys/include -o $@ $<

-include $(wildcard $(addprefix $(O)/tools/,$(addsuffix .d,$(HTARG))))

clean:
	rm -f $(addprefix $(O)/tools/,$(HTARG) $(addsuffix .d,$(HTARG)))
.PHONY: all clean

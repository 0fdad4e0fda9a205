# mkhost.mk: host tools run at build time.  Set HTARG to the list of
# tool names; each is built from name.c into out/tools with the host
# compiler and the host's own headers.
include $(dir $(lastword $(MAKEFILE_LIST)))mkconfig.mk

all: $(addprefix $(O)/tools/,$(HTARG))

$(O)/tools/%: %.c $(HFILES)
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) -iquote $(ROOT)/sys/include -o $@ $<

clean:
	rm -f $(addprefix $(O)/tools/,$(HTARG))
.PHONY: all clean

# mkmany.mk: many programs, one .c file each.  Set TARG to the list of
# program names; each is built from name.c and installed in out/bin.
include $(dir $(lastword $(MAKEFILE_LIST)))mkconfig.mk

all: $(addprefix $(O)/bin/,$(TARG))

$(O)/bin/%: $(OBJ)/%.o $(LIBC) $(CRT0)
	@mkdir -p $(dir $@)
	$(LD) $(ULDFLAGS) -o $@ $(CRT0) $< $(LIBC)

clean:
	rm -rf $(OBJ) $(addprefix $(O)/bin/,$(TARG))
.PHONY: all clean

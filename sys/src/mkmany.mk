# mkmany.mk: many programs, one .c file each.  Set TARG to the list of
# program names; each is built from name.c and installed in out/bin.
# LIBS: libraries beyond libc, in link order.  Every program is rebuilt
# when a header in sys/include changes (a struct such as lib9p's Srv
# must agree between the program and the library).
HFILES += $(wildcard $(dir $(lastword $(MAKEFILE_LIST)))../include/*.h \
	$(dir $(lastword $(MAKEFILE_LIST)))../include/sys/*.h)
include $(dir $(lastword $(MAKEFILE_LIST)))mkconfig.mk

all: $(addprefix $(O)/bin/,$(TARG))

$(O)/bin/%: $(OBJ)/%.o $(LIBS) $(LIBC) $(CRT0) $(HOTLD)
	@mkdir -p $(dir $@)
	@echo ld $(notdir $@)
	@$(LD) $(ULDFLAGS) -o $(OBJ)/$*.elf $(CRT0) $< $(LIBS) $(LIBC)
	@$(STRIP) -s -o $@ $(OBJ)/$*.elf

clean:
	rm -rf $(OBJ) $(addprefix $(O)/bin/,$(TARG))
.PHONY: all clean

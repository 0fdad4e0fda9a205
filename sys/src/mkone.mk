# mkone.mk: one program.  Set TARG and OFILES (and LIBS if it needs
# more than libc).  The program is installed as out/bin/$(TARG).
include $(dir $(lastword $(MAKEFILE_LIST)))mkconfig.mk

all: $(O)/bin/$(TARG)

$(O)/bin/$(TARG): $(addprefix $(OBJ)/,$(OFILES)) $(LIBS) $(LIBC) $(CRT0) $(HOTLD)
	@mkdir -p $(dir $@)
	@echo ld $(notdir $@)
	@$(LD) $(ULDFLAGS) -o $(OBJ)/$(TARG).elf $(CRT0) $(addprefix $(OBJ)/,$(OFILES)) $(LIBS) $(LIBC)
	@$(STRIP) -s -o $@ $(OBJ)/$(TARG).elf

clean:
	rm -rf $(OBJ) $(O)/bin/$(TARG)
.PHONY: all clean

# mklib.mk: a library.  Set LIB (name, e.g. libc) and OFILES.
include $(dir $(lastword $(MAKEFILE_LIST)))mkconfig.mk

LIBFILE = $(O)/lib/$(LIB).a
all: $(LIBFILE) $(EXTRA)

$(LIBFILE): $(addprefix $(OBJ)/,$(OFILES))
	@mkdir -p $(dir $@)
	@rm -f $@
	@echo ar $(notdir $@)
	@$(AR) rcs $@ $^

clean:
	rm -rf $(OBJ) $(LIBFILE)
.PHONY: all clean

# Ninefold: top-level build.  `make` builds out/ninefold.iso;
# `make run` boots it in QEMU; `make test` runs every test;
# `make bench` runs the benchmarks.  `make run` and `make test` first
# install (or name) whatever Debian packages are missing.

O := out
QEMU := qemu-system-x86_64
QEMUFLAGS := -cdrom $(O)/ninefold.iso -nographic -m 128M \
	-device isa-debug-exit,iobase=0xf4,iosize=0x04

# user programs and libraries, in build order
LIBDIRS := sys/src/lib/libc sys/src/lib/fcall sys/src/lib/9p sys/src/lib/9pl sys/src/lib/regexp sys/src/lib/http sys/src/lib/sec \
	sys/src/lib/ether sys/src/lib/lwip
CMDDIRS := sys/src/cmd $(patsubst %/Makefile,%,$(wildcard sys/src/cmd/*/Makefile))
ALLDIRS := sys/src/tools $(LIBDIRS) $(CMDDIRS) sys/src/kernel

all: $(O)/ninefold.iso

deps:
	@sh sys/src/tools/deps.sh

# lwIP's source comes from Debian at build time (sys/src/tools/fetchlwip.sh;
# quick once fetched)
build:
	@sh sys/src/tools/fetchlwip.sh $(O)
	@for d in $(ALLDIRS); do $(MAKE) --no-print-directory -C $$d || exit 1; done

# every file of the archive is dated at the last commit (reproducible),
# or now outside a git checkout, unless SOURCE_DATE_EPOCH says otherwise
$(O)/boot.arch: build proto/boot.proto
	@SOURCE_DATE_EPOCH=$${SOURCE_DATE_EPOCH:-$$(git log -1 --format=%ct 2>/dev/null || date +%s)} \
		$(O)/tools/mkfs -o $@ proto/boot.proto

$(O)/ninefold.iso: build $(O)/boot.arch sys/src/boot/grub.cfg
	@sh sys/src/tools/mkiso.sh $(O)

# make run shares SHARE (the checkout's share/ by default) read-write
# with the guest as host: (QEMU's virtio-9p, driven by virtio9p)
SHARE := share
SHAREFLAGS = -fsdev local,id=host,path=$(SHARE),security_model=none \
	-device virtio-9p-pci,fsdev=host,mount_tag=host

run: deps all
	@mkdir -p $(SHARE)
	$(QEMU) $(QEMUFLAGS) $(SHAREFLAGS) $(QEMUEXTRA)

test: deps all
	@sh tests/run.sh

bench: deps all
	@sh tests/bench/run.sh

clean:
	rm -rf $(O)

.PHONY: all deps build run test bench clean

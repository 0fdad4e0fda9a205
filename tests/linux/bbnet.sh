# bbnet.sh: the Linux peer's second busybox (sourced by peer.sh, which
# sets DEB and defines die).  Debian's busybox-static has no dnsd, and
# its nc is the small one, without -u; the interop tests need both.  So
# Debian's own busybox source (the source package busybox, fetched with
# `apt-get source` through a private APT configuration, as
# sys/src/tools/fetchlwip.sh fetches lwIP's) is built here with only
# these applets, statically, as DIR/bbnet: dnsd, and nc with netcat
# 1.10's options (-u, -z, -w, -s, -v).  peer.sh links dnsd and nc to
# it.  Built once (15 to 30 s), and again only when the applets asked
# for change.  Needs gcc, make and libc6-dev (static glibc), dpkg-dev,
# bzip2 and xz-utils, and Debian's archive keyring.

# the options turned on in allnoconfig's .config
BBNET_OPTS="STATIC DNSD NC NC_SERVER NC_EXTRA NC_110_COMPAT SHOW_USAGE"

# bbnet DIR: DIR/bbnet, built if missing or made with other options
bbnet() {
	d=$1
	[ -x "$d/bbnet" ] && [ "$(cat "$d/bbnet.opts" 2>/dev/null)" = "$BBNET_OPTS" ] && return 0
	for c in gcc make dpkg-source bzip2 xz; do
		command -v $c >/dev/null 2>&1 || die "bbnet: $c is needed (make deps installs it)"
	done
	S=$d/src
	rm -rf "$S"
	mkdir -p "$S/etc/sources.list.d" "$S/lists/partial" "$S/cache/archives/partial" ||
		die "bbnet: cannot make $S"
	echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main" \
		>"$S/etc/sources.list"
	# the private APT configuration: that one line, its own lists and cache
	set -- -q -o "Dir::Etc::SourceList=$S/etc/sources.list" \
		-o "Dir::Etc::SourceParts=$S/etc/sources.list.d" \
		-o "Dir::State::Lists=$S/lists" -o "Dir::Cache=$S/cache"
	[ "$(id -u)" = 0 ] && set -- "$@" -o APT::Sandbox::User=root
	echo "peer.sh: busybox's source for dnsd and nc -u" >&2
	(cd "$S" && apt-get "$@" update && apt-get "$@" source --download-only busybox) >"$S/log" 2>&1 ||
		die "bbnet: cannot fetch Debian's source package busybox (see $S/log)"
	(cd "$S" && dpkg-source -x busybox_*.dsc bb) >>"$S/log" 2>&1 ||
		die "bbnet: dpkg-source failed (see $S/log)"
	(
		cd "$S/bb" && make allnoconfig && {
			for o in $BBNET_OPTS; do
				sed -i "s/^# CONFIG_$o is not set/CONFIG_$o=y/" .config
			done
			yes "" | make oldconfig
		} && make -j2
	) >>"$S/log" 2>&1 || die "bbnet: busybox did not build (see $S/log)"
	for o in $BBNET_OPTS; do
		grep -q "^CONFIG_$o=y" "$S/bb/.config" || die "bbnet: CONFIG_$o is not in busybox's configuration"
	done
	cp "$S/bb/busybox" "$d/bbnet" && echo "$BBNET_OPTS" >"$d/bbnet.opts" ||
		die "bbnet: cannot copy it to $d"
	rm -rf "$S"
}

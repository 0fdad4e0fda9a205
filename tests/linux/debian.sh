# debian.sh: what the Linux guests' builders share (sourced by
# tests/bench/linux.sh and tests/linux/peer.sh, which set DEB, the
# directory for downloaded packages, and define die).  Debian's
# packages are fetched with `apt-get download`, never installed on the
# host.

# fetch PKG: download Debian package PKG into $DEB, print the .deb's path
fetch() {
	mkdir -p "$DEB"
	f=$(ls "$DEB"/"$1"_*.deb 2>/dev/null | head -n 1)
	if [ -z "$f" ]; then
		(cd "$DEB" && apt-get download "$1" 2>&1 | grep -v '^W: Download is performed unsandboxed' >&2) ||
			true
		f=$(ls "$DEB"/"$1"_*.deb 2>/dev/null | head -n 1)
	fi
	[ -n "$f" ] || die "$1: apt-get download failed"
	echo "$f"
}

# kernelpkg: the versioned package linux-image-amd64 depends on
kernelpkg() {
	apt-cache depends linux-image-amd64 2>/dev/null |
		awk '$1 == "Depends:" && $2 ~ /^linux-image-/ { print $2; exit }'
}

# needlists: the package lists, which are needed to find and fetch anything
needlists() {
	if [ -z "$(kernelpkg)" ]; then
		if [ "$(id -u)" = 0 ]; then
			apt-get update >/dev/null 2>&1 || true
		fi
		[ -n "$(kernelpkg)" ] ||
			die "linux-image-amd64 not known to apt; run: apt-get update"
	fi
}

# getbusybox DIR: busybox-static's binary as DIR/busybox: the host's if
# installed, else fetched
getbusybox() {
	[ -s "$1/busybox" ] && return 0
	if [ "$(dpkg-query -W -f='${Status}' busybox-static 2>/dev/null)" = "install ok installed" ]; then
		cp /bin/busybox "$1/busybox"
	else
		deb=$(fetch busybox-static)
		rm -rf "$1/bb"
		dpkg-deb -x "$deb" "$1/bb"
		cp "$1/bb/bin/busybox" "$1/busybox"
		rm -rf "$1/bb" "$deb"
	fi
	chmod 755 "$1/busybox"
}

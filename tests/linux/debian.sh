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

# modname PATH: a module's name from its file (as the kernel names it)
modname() {
	basename "$1" .ko | tr - _
}

# moddeps FILE: the modules FILE depends on, one a line
moddeps() {
	tr '\0' '\n' <"$1" | sed -n 's/^depends=//p' | tr , '\n' | sed '/^$/d'
}

# getkernel DIR "MODULES": Debian's kernel (linux-image-amd64's version)
# as DIR/vmlinuz, and the named modules with all they depend on in
# DIR/modules/, with DIR/modules/order (one name a line, dependencies
# first, for insmod) and DIR/version.  Both come from one package, so
# they match; kept, and fetched again only when linux-image-amd64 names
# another version or a module is missing.  The package holds no
# modules.dep (depmod makes it on install), so each module's
# dependencies are read from its own .modinfo section ("depends=a,b"),
# and modules are taken from the package until none is missing.
getkernel() {
	pkg=$(kernelpkg)
	ver=${pkg#linux-image-}
	have=1
	[ -s "$1/vmlinuz" ] && [ -s "$1/modules/order" ] &&
		[ "$(cat "$1/version" 2>/dev/null)" = "$ver" ] || have=0
	for m in $2; do
		[ -e "$1/modules/$m.ko" ] || have=0
	done
	[ $have = 1 ] && return 0
	deb=$(fetch "$pkg")
	echo "debian.sh: unpacking $(basename "$deb")" >&2
	K=$1/kernel
	rm -rf "$K" "$1/modules"
	mkdir -p "$K" "$1/modules"
	dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$K" "./boot/vmlinuz-$ver"
	cp "$K/boot/vmlinuz-$ver" "$1/vmlinuz"
	# every module's path in the package, and its name
	dpkg-deb -c "$deb" | awk '{ print $NF }' | grep '\.ko$' |
		while read -r p; do
			echo "$(modname "$p") $p"
		done >"$K/all"
	# take the wanted modules and then their dependencies until none is
	# missing; write each one's dependencies to $K/deps as "dep mod"
	need=$2
	: >"$K/deps"
	while [ -n "$need" ]; do
		paths=
		for m in $need; do
			p=$(awk -v m="$m" '$1 == m { print $2; exit }' "$K/all")
			[ -n "$p" ] || die "module $m is not in $pkg"
			paths="$paths $p"
		done
		dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$K" $paths
		next=
		for p in $paths; do
			m=$(modname "$p")
			cp "$K/$p" "$1/modules/$m.ko"
			echo "$m $m" >>"$K/deps"
			for d in $(moddeps "$K/$p"); do
				echo "$d $m" >>"$K/deps"
				[ -e "$1/modules/$d.ko" ] || case " $next " in
				*" $d "*) ;;
				*) next="$next $d" ;;
				esac
			done
		done
		need=$next
	done
	# dependencies first: tsort of "dependency module" pairs
	tsort "$K/deps" >"$1/modules/order"
	echo "$ver" >"$1/version"
	rm -rf "$K" "$deb"
}

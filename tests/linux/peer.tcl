# peer.tcl: the Linux peer guest (tests/linux/peer.sh) in an Expect
# session, for the tests that join it to Ninefold (v9fs.exp, peer.exp).
# Source it after lib.exp.  The peer's console is its own spawn id; the
# lib.exp procs go on talking to Ninefold.
#	lbuild NAME			build it (PASS or FAIL NAME), the module list in lx(modules)
#	lboot PREFIX NIC ?IP?		boot it with QEMU arguments NIC, wait for its shell
#	lcheck NAME PATTERN ?T?		as check, on the peer's console
#	lsaid LINE ?T?			as said: LINE's output at the peer's shell
#	lsayeq NAME LINE WANT ?T?	as sayeq
#	lhalt PREFIX			exit its shell: it powers off
#	freeport			a free port on 127.0.0.1
# The Linux QEMU is killed however the script ends.

# the Linux peer: its QEMU's pid and spawn id while it runs
set lx(pid) 0
set lx(id) ""
set lx(prompt) {linux# $}

# freeport: a port on 127.0.0.1 free for TCP (Tcl makes no UDP
# sockets; a port in use for UDP alone is rare, and QEMU would then
# fail at once, not hang)
proc freeport {} {
	set s [socket -server {} -myaddr 127.0.0.1 0]
	set p [lindex [fconfigure $s -sockname] 2]
	close $s
	return $p
}

# lquit: kill the Linux peer's QEMU if it still runs, and reap it
proc lquit {} {
	global lx
	if {$lx(pid) != 0} {
		catch {exec kill -9 $lx(pid)}
		catch {close -i $lx(id)}
		catch {wait -i $lx(id)}
		set lx(pid) 0
	}
}
exit -onexit {
	lquit
	quitall
}

# lbuild NAME: the peer, built (or found built) under out/linuxpeer
proc lbuild {name} {
	global lx
	if {[catch {exec timeout 600 sh tests/linux/peer.sh 2>@1} out]} {
		fail $name "tests/linux/peer.sh failed"
		foreach l [split $out "\n"] {
			puts "  | $l"
		}
		done
	}
	pass $name
	set f [open out/linuxpeer/modules/order]
	set lx(modules) [join [split [string trim [read $f]] "\n"] " "]
	close $f
}

# lboot PREFIX NIC ?IP?: boot the peer (256 MB, address IP, default
# 10.9.0.2/24) with the QEMU arguments NIC, and wait for its shell
proc lboot {prefix nic {ip 10.9.0.2/24}} {
	global lx spawn_id
	set sid [expr {[info exists spawn_id] ? $spawn_id : ""}]
	set lx(pid) [spawn -noecho qemu-system-x86_64 -kernel out/linuxpeer/vmlinuz \
		-initrd out/linuxpeer/initramfs.gz -nographic -m 256M -no-reboot \
		{*}$nic -append "console=ttyS0 quiet peerip=$ip"]
	set lx(id) $spawn_id
	if {$sid ne ""} {
		set spawn_id $sid
	}
	lcheck $prefix.modules "init: modules $lx(modules)\r*\n" 120
	lcheck $prefix.eth0 "init: eth0 [string map {. \\.} $ip] up\r*\n" 60
	lcheck $prefix.shell $lx(prompt) 60
}

# lcheck NAME PATTERN ?T?: as check, on the Linux peer's console
proc lcheck {name pattern {t 60}} {
	global lx
	if {$lx(pid) == 0} {
		fail $name "the Linux peer is not running"
		return 0
	}
	set r timeout
	expect -i $lx(id) -timeout [limit $t] -re $pattern {
		set r match
	} eof {
		set r eof
	}
	if {$r eq "match"} {
		pass $name
		return 1
	}
	fail $name "Linux peer: $r waiting for $pattern"
	if {$r eq "eof"} {
		catch {wait -i $lx(id)}
		set lx(pid) 0
	}
	return 0
}

# lsaid LINE ?T?: type LINE at the Linux peer's shell (which does not
# echo) and return what it printed up to its next prompt, carriage
# returns and the last newline gone
proc lsaid {line {t 60}} {
	global lx
	if {$lx(pid) == 0} {
		return "<Linux peer not running>"
	}
	send -i $lx(id) -- "$line\r"
	set out "<timeout>"
	expect -i $lx(id) -timeout [limit $t] -re $lx(prompt) {
		set out $expect_out(buffer)
	} timeout {
		send -i $lx(id) "\003"
		return "<timeout>"
	} eof {
		catch {wait -i $lx(id)}
		set lx(pid) 0
		return "<eof>"
	}
	set out [string map {"\r" ""} [string range $out 0 end-7]]
	return [string trimright $out "\n"]
}

# lsayeq NAME LINE WANT ?T?: as sayeq, on the Linux peer
proc lsayeq {name line want {t 60}} {
	set out [lsaid $line $t]
	if {$out eq [join $want "\n"]} {
		pass $name
		return 1
	}
	fail $name "Linux: `$line`: unexpected output"
	foreach l [split $out "\n"] {
		puts "  | $l"
	}
	puts "  | (wanted:)"
	foreach l $want {
		puts "  | $l"
	}
	return 0
}

# lhalt PREFIX: end the peer's shell; it powers off, QEMU exits 0
proc lhalt {prefix} {
	global lx
	send -i $lx(id) "exit 0\r"
	lcheck $prefix.exit {init: exit 0\r*\n} 60
	set r timeout
	if {$lx(pid) != 0} {
		expect -i $lx(id) -timeout [limit 60] eof {
			set r eof
		}
	}
	if {$r eq "eof"} {
		set w [wait -i $lx(id)]
		set lx(pid) 0
		if {[lindex $w 3] == 0} {
			pass $prefix.poweroff
		} else {
			fail $prefix.poweroff "Linux QEMU's exit status [lindex $w 3]"
		}
	} else {
		fail $prefix.poweroff "the Linux peer did not power off"
	}
}

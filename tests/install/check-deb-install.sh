#!/usr/bin/env bash
# The .deb installs and runs as on a person's Debian 12: built with CPack, installed with apt into a
# fresh Debian 12 root (debootstrap, then chroot; no build tree inside), and then, from the installed
# files only and as an ordinary user: `sagedesk --version`, sagedesk-local started, a notebook
# instance created -> InService -> its presigned URL opened -> stopped through sagedesk-cli, and
# `apt remove` leaves no file behind that was not there before the package.
#
# usage: check-deb-install.sh <build dir>      (ctest -L install; needs root, debootstrap, chroot)
# The minbase root is made once with debootstrap and kept as a tar in $SAGEDESK_INSTALL_CACHE
# (default /var/cache/sagedesk-install-test); apt in the root uses the host's package cache
# (/var/cache/apt/archives), so that packages the host already downloaded are not fetched again.
# Exit 77 (skipped) when not root or without debootstrap.
set -euo pipefail
export LC_ALL=C
build_dir=$(realpath "$1")
cache=${SAGEDESK_INSTALL_CACHE:-/var/cache/sagedesk-install-test}
mirror=${SAGEDESK_INSTALL_MIRROR:-http://deb.debian.org/debian}
[ "$(id -u)" -eq 0 ] || { echo "SKIP: needs root (chroot, mount)"; exit 77; }
command -v debootstrap >/dev/null || { echo "SKIP: needs debootstrap (apt-get install debootstrap)"; exit 77; }
started=$SECONDS
step() { echo "== [$((SECONDS - started)) s] $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

work=$(mktemp -d /var/tmp/sagedesk-install.XXXXXX)
root="$work/root"
mounts=()
cleanup() {
    # Processes left in the root (a failed run) hold its mounts.
    for pid in $(ls /proc | grep -E '^[0-9]+$'); do
        [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$root" ] && kill -9 "$pid" 2>/dev/null || true
    done
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
    # Never across a mount that might still be there (the host's /dev, its apt cache).
    rm -rf --one-file-system "$work"
}
trap cleanup EXIT

step "building the .deb with CPack"
(cd "$build_dir" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; exit 1; }
deb=$(ls "$work"/out/*.deb)

mkdir -p "$cache"
if [ ! -f "$cache/bookworm-minbase.tar" ]; then
    step "debootstrap --variant=minbase bookworm (once; kept in $cache)"
    debootstrap --variant=minbase bookworm "$work/base" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
    tar -C "$work/base" --one-file-system -cf "$cache/bookworm-minbase.tar.part" .
    mv "$cache/bookworm-minbase.tar.part" "$cache/bookworm-minbase.tar"
    rm -rf --one-file-system "$work/base"
fi
step "a fresh Debian 12 root from $cache/bookworm-minbase.tar"
mkdir -p "$root"
tar -C "$root" -xf "$cache/bookworm-minbase.tar"
# The suites the host built against (bookworm, -updates, -security), so that shlibdeps' versions exist.
rm -f "$root/etc/apt/sources.list"
if compgen -G "/etc/apt/sources.list.d/*.sources" >/dev/null; then
    cp /etc/apt/sources.list.d/*.sources "$root/etc/apt/sources.list.d/"
else
    echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount_in() { mount "$@"; mounts+=("${*: -1}"); }
mount_in -t proc proc "$root/proc"
mount_in --rbind /dev "$root/dev"
mount --make-rslave "$root/dev" # nothing done under it reaches the host's /dev
mount_in --bind /var/cache/apt/archives "$root/var/cache/apt/archives"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }
in_root apt-get -q update >"$work/apt-update.log" 2>&1 || { cat "$work/apt-update.log" >&2; exit 1; }

# What the package needs, first on its own: the snapshot after it is what `apt remove` must return to.
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
step "installing the package's Depends and Recommends"
in_root apt-get -q -y satisfy "$depends" ${recommends:+"$recommends"} >"$work/apt-deps.log" 2>&1 \
    || { tail -30 "$work/apt-deps.log" >&2; exit 1; }
in_root useradd --create-home --uid 4242 tester
snapshot() { # every path of the root but the volatile ones and the user's home
    (cd "$root" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./tmp -o -path ./var/tmp -o -path ./run \
        -o -path ./home -o -path ./root -o -path ./var/cache -o -path ./var/log -o -path ./var/lib/apt \
        -o -path ./var/lib/dpkg \) -prune -o -print | LC_ALL=C sort)
}
snapshot >"$work/before"

step "apt install ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
in_root apt-get -q -y install "/tmp/$(basename "$deb")" >"$work/apt-install.log" 2>&1 \
    || { tail -30 "$work/apt-install.log" >&2; exit 1; }
newly=$(grep -E '^[0-9]+ upgraded, [0-9]+ newly installed' "$work/apt-install.log")
echo "$newly"
grep -q ' 1 newly installed' <<<"$newly" || fail "apt install brought more than the package: $newly"
in_root dpkg -L sagedesk >"$work/files"
grep -qx /usr/bin/sagedesk-local "$work/files" || fail "dpkg -L lacks /usr/bin/sagedesk-local"

step "running the installed programs as an ordinary user"
cat >"$root/tmp/scenario.sh" <<'SCENARIO'
set -euo pipefail
cd "$HOME"
for exe in sagedesk sagedesk-cli sagedesk-local; do
    [ "$(command -v $exe)" = "/usr/bin/$exe" ] || { echo "$exe is not /usr/bin/$exe"; exit 1; }
done
QT_QPA_PLATFORM=offscreen sagedesk --version
sagedesk-cli --version
sagedesk-local --port 0 >local.log 2>&1 &
local_pid=$!
trap 'kill $local_pid 2>/dev/null || true' EXIT
sagedesk-local --print-env >/dev/null # waits for it
# No ~/.aws and no AWS variables: the CLI finds the running sagedesk-local by itself.
sagedesk-cli create installed-nb --instance-type ml.t3.medium --create-role any
sagedesk-cli wait installed-nb --until InService
url=$(sagedesk-cli url installed-nb --output text)
echo "presigned URL: ${url%%\?*}?..."
python3 - "$url" <<'PY'
import http.cookiejar, sys, urllib.request
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
with opener.open(sys.argv[1], timeout=60) as response:
    body = response.read().decode("utf-8", "replace")
    print("opened:", response.status, response.geturl().split("?")[0])
    assert response.status == 200, response.status
    assert "jupyter" in body.lower(), body[:500]
PY
sagedesk-cli stop installed-nb
sagedesk-cli wait installed-nb --until Stopped
sagedesk-cli list
kill -TERM $local_pid
wait $local_pid || true
trap - EXIT
SCENARIO
chroot --userspec=4242:4242 "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/tester LANG=C.UTF-8 \
    bash /tmp/scenario.sh || { cat "$root/home/tester/local.log" >&2 || true; fail "the installed programs"; }

step "apt remove sagedesk"
in_root apt-get -q -y remove sagedesk >"$work/apt-remove.log" 2>&1 || { tail -30 "$work/apt-remove.log" >&2; exit 1; }
snapshot >"$work/after"
left=$(comm -13 "$work/before" "$work/after")
[ -z "$left" ] || fail "apt remove left files behind: $left"
while read -r path; do
    [ -d "$root$path" ] || [ ! -e "$root$path" ] || fail "apt remove left $path"
done <"$work/files"
step "package OK: installed, ran as a user's, removed without leftovers"

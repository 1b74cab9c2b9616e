#!/usr/bin/env bash
# Builds the .deb with CPack and checks what it holds: the three executables, the .desktop file
# (valid), the scalable icon, the AppStream metainfo, dependencies found by shlibdeps plus the
# SQLite driver. Then unpacks it and runs the packaged executables.
set -euo pipefail
build_dir=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$build_dir"
cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; exit 1; }
deb=$(ls "$work"/out/*.deb)
echo "built $deb ($(stat -c %s "$deb") bytes)"
info=$(dpkg-deb --info "$deb")
contents=$(dpkg-deb --contents "$deb")
fail() { echo "FAIL: $*" >&2; exit 1; }
grep -q "Package: sagedesk" <<<"$info" || fail "package name"
grep -q "Version: $version" <<<"$info" || fail "version $version"
depends=$(grep '^ Depends:' <<<"$info") || fail "no Depends"
# The Description: the summary on its line, the extended text on lines that start with a space (dpkg-deb
# -I indents the whole control file by one more), no list separator leaked from CMake, and no feature
# claimed that has not landed.
description=$(sed -n '/^ Description:/,/^ [A-Z][A-Za-z-]*:/p' <<<"$info" | sed '$d')
[ -n "$description" ] || fail "no Description"
grep -q '^ Description: Desktop console for Amazon SageMaker notebook instances$' <<<"$description" \
    || fail "Description summary: $description"
[ "$(wc -l <<<"$description")" -ge 3 ] || fail "Description has no extended text: $description"
! grep -q ';' <<<"$description" || fail "Description holds a ';' from a CMake list: $description"
! grep -qv '^  ' <<<"$(tail -n +2 <<<"$description")" || fail "Description lines not indented: $description"
! grep -qE '^.{82,}$' <<<"$description" || fail "Description lines over 80 columns: $description"
for dep in libqt6core6 libqt6widgets6 libqt6sql6-sqlite libc6 libstdc++6; do
    grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
for path in ./usr/bin/sagedesk ./usr/bin/sagedesk-cli ./usr/bin/sagedesk-local \
    ./usr/share/applications/dev.sagedesk.SageDesk.desktop \
    ./usr/share/icons/hicolor/scalable/apps/dev.sagedesk.SageDesk.svg \
    ./usr/share/metainfo/dev.sagedesk.SageDesk.metainfo.xml; do
    grep -q " $path\$" <<<"$contents" || grep -q " $path " <<<"$contents" || fail "missing $path"
done
# A build with the JupyterLab front end ships it, its server script and its licence listing.
if [ -f "$build_dir/lab/dist/static/bundle.js" ]; then
    for path in ./usr/share/sagedesk/lab/static/bundle.js ./usr/share/sagedesk/lab/sagedesk_lab.py \
        ./usr/share/sagedesk/lab/static/third-party-licenses.json ./usr/share/sagedesk/lab/templates/index.html \
        ./usr/share/sagedesk/lab/schemas/@jupyterlab/notebook-extension/tracker.json; do
        grep -q " $path\$" <<<"$contents" || fail "missing $path"
    done
    for dep in python3-jupyter-server python3-jupyterlab-server python3-nbclassic python3-ipykernel; do
        grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep, which the lab server runs on: $depends"
    done
fi
dpkg-deb -x "$deb" "$work/root"
# shlibdeps must have found every Qt library the executables load (libQt6Foo.so.6 -> libqt6foo6).
for exe in "$work"/root/usr/bin/*; do
    for lib in $(objdump -p "$exe" | awk '/NEEDED/ && $2 ~ /^libQt6/ {print $2}'); do
        pkg=$(sed -E 's/^libQt6([A-Za-z]+)\.so\.6$/libqt6\L\16/' <<<"$lib")
        grep -q "$pkg" <<<"$depends" || fail "$(basename "$exe") needs $lib but Depends lacks $pkg: $depends"
    done
done
desktop-file-validate "$work/root/usr/share/applications/dev.sagedesk.SageDesk.desktop"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic "$work/root/usr/share/metainfo/dev.sagedesk.SageDesk.metainfo.xml" || \
        appstreamcli validate --no-net "$work/root/usr/share/metainfo/dev.sagedesk.SageDesk.metainfo.xml"
fi
for exe in sagedesk sagedesk-cli sagedesk-local; do
    out=$("$work/root/usr/bin/$exe" --version)
    grep -q "$version" <<<"$out" || fail "$exe --version printed '$out'"
    echo "$exe --version: $out"
done
echo "package OK"

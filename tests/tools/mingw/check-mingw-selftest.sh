#!/usr/bin/env bash
# The Windows compile check (check-mingw.py) can fail: planted files with a POSIX header or a POSIX
# call are refused, naming the problem, while a planted portable file beside them passes (so the
# refusals come from the POSIX parts, not from a broken set-up). Exit 77 without MinGW.
set -euo pipefail
source_dir=$1
build_dir=$2
check="$source_dir/tests/tools/mingw/check-mingw.py"
command -v x86_64-w64-mingw32-g++-posix >/dev/null || { echo "SKIP: no x86_64-w64-mingw32-g++-posix"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '%s\n' '#include <QProcess>' '#include <QStandardPaths>' \
    'QString shell() { return QStandardPaths::findExecutable(QStringLiteral("bash")); }' >"$work/Portable.cpp"
printf '%s\n' '#include <QString>' '#include <unistd.h>' 'int f() { return 0; }' >"$work/PlantedHeader.cpp"
printf '%s\n' '#include <QProcess>' '#include <csignal>' \
    'void end(qint64 pid) { ::kill(static_cast<int>(pid), SIGTERM); }' >"$work/PlantedKill.cpp"
printf '%s\n' '#include <QProcess>' \
    'void lead(QProcess& p) { p.setChildProcessModifier([] { ::setsid(); }); }' >"$work/PlantedSetsid.cpp"

python3 "$check" "$source_dir" "$build_dir" --only "$work/Portable.cpp" || { echo "FAIL: a portable file was refused" >&2; exit 1; }
expect_refusal() { # <file> <text the output must hold>
    local out
    if out=$(python3 "$check" "$source_dir" "$build_dir" --only "$work/$1" 2>&1); then
        echo "FAIL: the Windows check accepted $1" >&2
        exit 1
    fi
    grep -qF -- "$2" <<<"$out" || { echo "FAIL: $1 refused without \"$2\":" >&2; echo "$out" >&2; exit 1; }
    echo "refused as expected: $1 ($2)"
}
expect_refusal PlantedHeader.cpp "<unistd.h> is POSIX"
expect_refusal PlantedKill.cpp "kill"
expect_refusal PlantedSetsid.cpp "setChildProcessModifier"
echo "mingw check: a portable file passes, all 3 planted POSIX uses are refused"

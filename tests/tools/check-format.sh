#!/usr/bin/env bash
# Fails when any tracked C++ file is not clang-format clean.
set -euo pipefail
cd "$1"
clang_format=$(command -v clang-format-14 || command -v clang-format)
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' '*.h.in' | grep -v '^tests/data/')
else
    mapfile -t files < <(find app model ui tests resources -name '*.cpp' -o -name '*.h' | grep -v '^tests/data/')
fi
[ "${#files[@]}" -gt 0 ] || { echo "no C++ files found" >&2; exit 1; }
bad=0
for f in "${files[@]}"; do
    [ -f "$f" ] || continue
    if ! "$clang_format" --dry-run --Werror --style=file "$f" >/dev/null 2>&1; then
        echo "not clang-format clean: $f" >&2
        bad=1
    fi
done
echo "checked ${#files[@]} files with $("$clang_format" --version)"
exit $bad

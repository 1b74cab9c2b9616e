#!/bin/sh
# Runs a libFuzzer binary on a scratch copy of the corpus (libFuzzer adds what it finds to it) for a
# bounded time. Usage: run-libfuzzer.sh BINARY CORPUS_DIR SECONDS; an empty BINARY means clang was not
# found: exit 77, which ctest reports as skipped. Fails when libFuzzer reports a crash, leak, UB or
# timeout (non-zero exit), and when its final "DONE cov:" line is missing, so that a binary without
# libFuzzer cannot pass for one. Inputs that fail are kept under ./fuzz-artifacts/ to replay.
set -u
binary=$1 corpus=$2 seconds=$3
if [ -z "$binary" ]; then
    echo "clang++-14 not found (Debian packages clang-14 and libclang-rt-14-dev): libFuzzer target not built"
    exit 77
fi
rm -rf fuzz-corpus && cp -r "$corpus" fuzz-corpus && mkdir -p fuzz-artifacts || exit 1
"$binary" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 -artifact_prefix=fuzz-artifacts/ \
    fuzz-corpus >fuzz.log 2>&1
status=$?
cat fuzz.log
if [ "$status" -ne 0 ]; then
    echo "libFuzzer exited with $status; failing inputs: $(pwd)/fuzz-artifacts"
    exit 1
fi
if ! grep -Eq '^#[0-9]+[[:space:]]+DONE[[:space:]]+cov:' fuzz.log; then
    echo "no libFuzzer 'DONE cov:' line: $binary is not a libFuzzer binary"
    exit 1
fi

#!/usr/bin/env bash
# Proves how ctest reports the suites' skips (tests/CMakeLists.txt, sagedesk_test_skip_properties):
# a clean GTEST_SKIP() is "Skipped"; a test that printed "[  SKIPPED ]" and then failed, or failed and
# then skipped, is "Failed". Runs ctest on a generated CTestTestfile.cmake of three such tests.
# usage: check-skip-reporting.sh <ctest> <directory with the generated CTestTestfile.cmake>
set -u
ctest="$1"
dir="$2"
output=$("$ctest" --test-dir "$dir" 2>&1)
status=$?
echo "$output"
failed=0
expect() {
    local name="$1" verdict="$2"
    if ! grep -Eq "${name} \.+\*+${verdict}" <<<"$output"; then
        echo "check-skip-reporting: expected ${name} to be reported as ${verdict}" >&2
        failed=1
    fi
}
expect skip_reporting.skips_cleanly Skipped
expect skip_reporting.prints_skipped_then_fails Failed
expect skip_reporting.skips_after_a_failure Failed
if [[ $status -eq 0 ]]; then
    echo "check-skip-reporting: ctest passed although two tests failed" >&2
    failed=1
fi
exit $failed

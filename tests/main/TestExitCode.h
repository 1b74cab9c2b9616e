#pragma once

namespace SageDesk::Test {

// The exit code of a test process whose tests were all skipped (GTEST_SKIP) and none failed; ctest's
// SKIP_RETURN_CODE of every suite (tests/CMakeLists.txt). 77 is the Automake convention for "skipped".
inline constexpr int kSkippedExitCode = 77;

} // namespace SageDesk::Test

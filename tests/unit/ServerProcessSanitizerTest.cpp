#include "support/ServerProcess.h"

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

namespace SageDesk::Test {
namespace {

// A shell stands in for a sanitized sagedesk-local: it prints `output`, then "ready", and waits to be
// stopped, as a server does.
void runServerPrinting(const char* output)
{
    ServerProcess server(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"),
         QStringLiteral("printf '%1\\nready\\n'; exec sleep 60").arg(QString::fromUtf8(output))});
    EXPECT_TRUE(server.startAndWaitForOutput(QStringLiteral("ready"))) << server.error().toStdString();
    server.stop();
}

// Under the asan preset a server's leak or undefined behaviour shows only in its own output; the test
// that started it must fail, not pass with the report unread.
TEST(ServerProcessSanitizerTest, LeakReportOfAServerFailsTheTest)
{
    EXPECT_NONFATAL_FAILURE(runServerPrinting("==4242==ERROR: LeakSanitizer: detected memory leaks"),
                            "reported a sanitizer error");
}

TEST(ServerProcessSanitizerTest, AddressErrorOfAServerFailsTheTest)
{
    EXPECT_NONFATAL_FAILURE(runServerPrinting("==4242==ERROR: AddressSanitizer: heap-use-after-free"),
                            "reported a sanitizer error");
}

TEST(ServerProcessSanitizerTest, UndefinedBehaviourOfAServerFailsTheTest)
{
    EXPECT_NONFATAL_FAILURE(runServerPrinting("model/Foo.cpp:12:7: runtime error: signed integer overflow"),
                            "reported a sanitizer error");
}

TEST(ServerProcessSanitizerTest, CleanServerOutputPasses)
{
    runServerPrinting("Listening on 127.0.0.1, no error: runtime was fine");
}

} // namespace
} // namespace SageDesk::Test

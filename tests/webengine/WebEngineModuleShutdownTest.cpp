// The web module's profiles and warm page go before Qt WebEngine stops Chromium at the application's
// end (WebEngineModuleImpl::releaseProfiles). Seen from outside, in a process of its own that warms
// the engine up and ends: Qt never says it had to release a profile under a living page, and the
// process exits cleanly (under the asan preset, also without a leak or heap error).
#include "web/WebEngineLoader.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

namespace {

// Set in the child: the storage folder its warm-up uses.
constexpr const char* kChildStorage = "SAGEDESK_TEST_SHUTDOWN_STORAGE";

} // namespace

TEST(WebEngineModuleShutdown, ProfilesAndTheWarmPageGoBeforeTheWebEngineStops)
{
    using SageDesk::Ui::Web::WebEngineLoader;
    if (const QString storage = qEnvironmentVariable(kChildStorage); !storage.isEmpty()) {
        // The child: warm up, then let the application end with the warm page alive.
        SageDesk::Ui::Web::WebEngineModule* module = WebEngineLoader::module();
        ASSERT_NE(module, nullptr) << WebEngineLoader::error().toStdString();
        module->warmUp(QStringLiteral("shutdown"), storage);
        return;
    }
    const QTemporaryDir storage;
    ASSERT_TRUE(storage.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kChildStorage), storage.path());
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_filter=WebEngineModuleShutdown."
                                "ProfilesAndTheWarmPageGoBeforeTheWebEngineStops")});
    ASSERT_TRUE(child.waitForFinished(180000)) << child.errorString().toStdString();
    const QString output = QString::fromLocal8Bit(child.readAll());
    EXPECT_EQ(child.exitStatus(), QProcess::NormalExit) << output.toStdString();
    EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("[  PASSED  ] 1 test."))) << output.toStdString();
    EXPECT_FALSE(output.contains(QStringLiteral("Release of profile requested"))) << output.toStdString();
}

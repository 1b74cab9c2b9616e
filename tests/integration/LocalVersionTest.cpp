// `sagedesk-local --version` says whether notebook instances can open JupyterLab (issue 14): the
// built executable, against what this build carries.
#include "core/LabBuild.h"
#include "core/Version.h"
#include "local/runtime/JupyterServer.h"

#include <gtest/gtest.h>

#include <QProcess>
#include <QProcessEnvironment>

namespace {

TEST(LocalVersion, SaysWhetherJupyterLabIsAvailable)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SAGEDESK_LOCAL_PATH), {QStringLiteral("--version")});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0);

    // The test runs from the build tree, where sagedesk-local finds the built front end first.
    const QString lab = !SageDesk::Local::JupyterServer::labServerScript().isEmpty()
                            ? QStringLiteral("available")
                        : SageDesk::kHasLab ? QStringLiteral("not installed")
                                            : QStringLiteral("not built");
    EXPECT_EQ(QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
              QStringLiteral("sagedesk-local %1 (JupyterLab: %2)")
                  .arg(QString::fromLatin1(SageDesk::kVersion), lab));
}

TEST(LocalVersion, ABuildWithJupyterLabFindsItInTheBuildTree)
{
    if constexpr (!SageDesk::kHasLab) {
        GTEST_SKIP() << "this build has no JupyterLab front end (node or npm missing)";
    }
    EXPECT_EQ(SageDesk::Local::JupyterServer::labServerScript(),
              QString::fromUtf8(SageDesk::kLabBuildDir) + QStringLiteral("/sagedesk_lab.py"));
}

} // namespace

// The one main() of every test executable: a QApplication (offscreen unless the suite asks for a
// real display and one exists), or a QCoreApplication for the model-only suites (built with
// SAGEDESK_TEST_CORE_APPLICATION, they link no Widgets), test mode for QStandardPaths so no test touches the
// user's files, and QSettings of this process alone: ctest runs test processes in parallel, and one test's
// remembered profile must never decide what another test's window opens on.
#include <gtest/gtest.h>

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef SAGEDESK_TEST_CORE_APPLICATION
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#else
#include <QApplication>
using TestApplication = QApplication;
#endif

int main(int argc, char** argv)
{
#ifndef SAGEDESK_TEST_CORE_APPLICATION
    QByteArray platform = qgetenv("SAGEDESK_TEST_PLATFORM");
    if (platform.isEmpty() || (platform == "xcb" && qEnvironmentVariableIsEmpty("DISPLAY"))) {
        platform = "offscreen";
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", platform);
    }
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
#endif
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SageDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("SageDeskTests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

// The one main() of every test executable: a QApplication (offscreen unless the suite asks for a
// real display and one exists), or a QCoreApplication for the model-only suites (built with
// SAGEDESK_TEST_CORE_APPLICATION, they link no Widgets), test mode for QStandardPaths so no test touches the
// user's files, and QSettings of this process alone: ctest runs test processes in parallel, and one test's
// remembered profile must never decide what another test's window opens on.
//
// Skips reach ctest through the exit code alone (kSkippedExitCode, the SKIP_RETURN_CODE of every suite),
// never through a pattern in the output: a test that printed "[  SKIPPED ]" (a helper's output, a skip
// in one test of several) and then failed must be reported as failed.
#include "main/TestExitCode.h"

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

// The sanitized GUI suites on Linux (see keepGlDriversMapped()).
#if defined(__SANITIZE_ADDRESS__) && defined(__linux__) && !defined(SAGEDESK_TEST_CORE_APPLICATION)
#define SAGEDESK_TEST_KEEP_GL_DRIVERS_MAPPED
#include <dlfcn.h>
#include <link.h>

#include <string>
#include <string_view>
#include <vector>
#endif

namespace {

// Mesa's DRI driver (swrast_dri.so under Xvfb), loaded for Qt's shared OpenGL context, keeps a buffer
// in its own globals, and XCloseDisplay unloads the driver when the QApplication goes. LeakSanitizer
// looks only after that, finds the buffer unreferenced and reports it in "<unknown module>", a frame
// no suppression can name. Keeping the driver mapped (RTLD_NODELETE) lets LeakSanitizer see it held,
// as it is: nothing is suppressed, and a leak of ours is reported as before.
void keepGlDriversMapped()
{
#ifdef SAGEDESK_TEST_KEEP_GL_DRIVERS_MAPPED
    std::vector<std::string> drivers;
    dl_iterate_phdr(
        [](dl_phdr_info* info, size_t, void* found) {
            const std::string_view name = info->dlpi_name != nullptr ? info->dlpi_name : "";
            if (name.find("/dri/") != std::string_view::npos && name.ends_with("_dri.so")) {
                static_cast<std::vector<std::string>*>(found)->emplace_back(name);
            }
            return 0;
        },
        &drivers);
    // Outside dl_iterate_phdr, which holds the loader's lock. The handles are never closed, on purpose.
    for (const std::string& driver : drivers) {
        dlopen(driver.c_str(), RTLD_NOW | RTLD_NOLOAD | RTLD_NODELETE);
    }
#endif
}

} // namespace

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
    // Tests run as root in containers, where Chromium refuses to start with its sandbox (the program
    // turns it off as root too): a GUI test that warms the web engine up would abort.
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX")) {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    }
#endif
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SageDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("SageDeskTests"));
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    keepGlDriversMapped();
    const ::testing::UnitTest& tests = *::testing::UnitTest::GetInstance();
    // Skipped only when nothing failed and nothing passed: ctest runs one test per process.
    if (result == 0 && tests.skipped_test_count() > 0 && tests.successful_test_count() == 0 &&
        tests.failed_test_count() == 0) {
        return SageDesk::Test::kSkippedExitCode;
    }
    return result;
}

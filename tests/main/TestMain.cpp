// The one main() of every test executable: a QApplication (offscreen unless the suite asks for a
// real display and one exists), test mode for QStandardPaths so no test touches the user's files.
#include <gtest/gtest.h>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    QByteArray platform = qgetenv("SAGEDESK_TEST_PLATFORM");
    if (platform.isEmpty() || (platform == "xcb" && qEnvironmentVariableIsEmpty("DISPLAY"))) {
        platform = "offscreen";
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", platform);
    }
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SageDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("SageDeskTests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

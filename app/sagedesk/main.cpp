#include "core/Translations.h"
#include "core/Version.h"
#include "core/platform/Processes.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>

#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(SageDesk::kApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(SageDesk::kVersion));
    QCoreApplication::setOrganizationName(QString::fromLatin1(SageDesk::kOrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(SageDesk::kOrganizationDomain));
}

void setUpParser(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop console for Amazon SageMaker notebook instances."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("lang"),
         QCoreApplication::translate("main", "Use this language instead of the system's (en or ko)."),
         QStringLiteral("language")});
}

bool wantsOnlyText(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--help-all") {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    // --version and --help must work without a display (scripts, packaging checks, CI).
    if (wantsOnlyText(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        // The help is for reading: in the person's language, like the window.
        SageDesk::installTranslations(app, SageDesk::languageArgument(QCoreApplication::arguments().mid(1)));
        QCommandLineParser parser;
        setUpParser(parser);
        parser.process(app);
        return 0;
    }

    // Chromium refuses to run its sandbox as root; running the whole app as root is unusual but
    // it is how containers and CI run it.
    if (SageDesk::Platform::runningAsRoot() && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX")) {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    }
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sagedesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("dev.sagedesk.SageDesk"));

    QCommandLineParser parser;
    setUpParser(parser);
    parser.process(app);
    SageDesk::installTranslations(app, parser.value(QStringLiteral("lang")));

    auto window = std::make_unique<SageDesk::Ui::MainWindow>();
    window->show();
    window->startConsole();
    return QApplication::exec();
}

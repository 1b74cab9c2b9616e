#include "cli/CliApplication.h"
#include "cli/CliStartup.h"
#include "core/Translations.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sagedesk-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(SageDesk::kVersion));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    // Before anything is parsed: usage errors and help are already in the person's language.
    SageDesk::installTranslations(app, SageDesk::languageArgument(arguments));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    SageDesk::Cli::CliApplication cli(
        out, err, SageDesk::Cli::startupEnvironment(arguments, QProcessEnvironment::systemEnvironment()));
    cli.setInput(&in);
    return cli.run(arguments);
}

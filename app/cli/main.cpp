#include "cli/CliApplication.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sagedesk-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(SageDesk::kVersion));
    QTextStream out(stdout);
    QTextStream err(stderr);
    SageDesk::Cli::CliApplication cli(out, err);
    return cli.run(QCoreApplication::arguments().mid(1));
}

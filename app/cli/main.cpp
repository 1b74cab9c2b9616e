#include "core/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sagedesk-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(SageDesk::kVersion));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Command-line companion of SageDesk."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}

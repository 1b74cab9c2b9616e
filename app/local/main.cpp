#include "core/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sagedesk-local"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(SageDesk::kVersion));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local SageMaker endpoint of SageDesk."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}

#include "local/runtime/InstanceProcesses.h"

#include "local/runtime/InstanceProcessesPlatform.h"

#include <QProcessEnvironment>

namespace SageDesk::Local::InstanceProcesses {

QByteArray markerVariable()
{
    return QByteArrayLiteral("SAGEDESK_NOTEBOOK_INSTANCE_DIR");
}

void prepare(QProcess& process, const QString& marker)
{
    QProcessEnvironment environment = process.processEnvironment();
    if (environment.isEmpty()) {
        environment = QProcessEnvironment::systemEnvironment();
    }
    environment.insert(QString::fromLatin1(markerVariable()), marker);
    process.setProcessEnvironment(environment);
    startInOwnGroup(process);
}

QList<qint64> find(const QString& marker)
{
    return processesWithEnvironmentEntry(markerVariable() + '=' + marker.toUtf8());
}

} // namespace SageDesk::Local::InstanceProcesses

#include "local/runtime/RuntimeRecord.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace SageDesk::Local {

namespace {

QString phaseName(RuntimeRecord::Phase phase)
{
    return phase == RuntimeRecord::Phase::Serving ? QStringLiteral("serving") : QStringLiteral("starting");
}

} // namespace

std::optional<RuntimeRecord> RuntimeRecord::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.isEmpty()) {
        return std::nullopt;
    }
    RuntimeRecord record;
    record.phase = json.value(QLatin1String("phase")).toString() == phaseName(Phase::Serving)
                       ? Phase::Serving
                       : Phase::Starting;
    record.pid = json.value(QLatin1String("pid")).toInteger();
    record.port = static_cast<quint16>(json.value(QLatin1String("port")).toInt());
    record.token = json.value(QLatin1String("token")).toString().toLatin1();
    record.startedAt =
        QDateTime::fromMSecsSinceEpoch(json.value(QLatin1String("startedAt")).toInteger(), Qt::UTC);
    record.idleStopMinutes = json.value(QLatin1String("idleStopMinutes")).toInt();
    return record;
}

bool RuntimeRecord::write(const QString& path) const
{
    const QJsonObject json{
        {QLatin1String("phase"), phaseName(phase)},
        {QLatin1String("pid"), pid},
        {QLatin1String("port"), port},
        {QLatin1String("token"), QString::fromLatin1(token)},
        {QLatin1String("startedAt"), startedAt.toMSecsSinceEpoch()},
        {QLatin1String("idleStopMinutes"), idleStopMinutes},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    // Before any byte is written: the token must never sit in a world-readable file.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    return file.commit();
}

} // namespace SageDesk::Local

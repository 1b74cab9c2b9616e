#include "local/runtime/IdleMonitor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace SageDesk::Local {

IdleMonitor::IdleMonitor(QUrl jupyterUrl, QByteArray token, std::chrono::milliseconds limit,
                         std::chrono::milliseconds checkInterval, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_jupyterUrl(std::move(jupyterUrl))
    , m_token(std::move(token))
    , m_limit(limit)
    , m_clock(clock)
{
    m_timer.setInterval(checkInterval);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::check);
}

void IdleMonitor::start()
{
    m_lastActivity = m_clock.currentDateTimeUtc();
    m_timer.start();
}

void IdleMonitor::check()
{
    if (m_pendingReplies > 0) {
        return;
    }
    m_roundActive = false;
    m_pendingReplies = 2;
    fetch(QStringLiteral("/api/kernels"));
    fetch(QStringLiteral("/api/terminals"));
}

void IdleMonitor::fetch(const QString& path)
{
    QUrl url = m_jupyterUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "token " + m_token);
    request.setTransferTimeout(static_cast<int>(std::max<qint64>(m_timer.interval(), 1000)));
    QNetworkReply* reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const bool answered = reply->error() == QNetworkReply::NoError;
        collect(answered ? reply->readAll() : QByteArray(), answered);
    });
}

void IdleMonitor::collect(const QByteArray& body, bool answered)
{
    const QDateTime now = m_clock.currentDateTimeUtc();
    if (!answered) {
        m_roundActive = true;
    }
    // Kernels and terminals both list {"last_activity": ISO time}; kernels also say whether they run.
    const QJsonArray items = QJsonDocument::fromJson(body).array();
    for (const QJsonValue& item : items) {
        const QJsonObject object = item.toObject();
        const QString state = object.value(QLatin1String("execution_state")).toString();
        if (state == QLatin1String("busy") || state == QLatin1String("starting")) {
            m_roundActive = true;
        }
        const QDateTime activity =
            QDateTime::fromString(object.value(QLatin1String("last_activity")).toString(), Qt::ISODateWithMs);
        if (activity.isValid() && activity > m_lastActivity) {
            m_lastActivity = std::min(activity, now);
        }
    }
    if (--m_pendingReplies > 0) {
        return;
    }
    if (m_roundActive) {
        m_lastActivity = now;
        return;
    }
    if (m_lastActivity.msecsTo(now) >= m_limit.count()) {
        m_timer.stop();
        emit idle();
    }
}

} // namespace SageDesk::Local

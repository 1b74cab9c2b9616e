#pragma once

#include "core/Clock.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace SageDesk::Local {

// Idle auto-stop for one serving Jupyter: polls /api/kernels and /api/terminals and reports idle()
// once no kernel has been busy or starting and nothing has shown activity for the limit. A server that does
// not answer counts as active, so a slow poll never stops a busy instance.
class IdleMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleMonitor)

public:
    IdleMonitor(QUrl jupyterUrl, QByteArray token, std::chrono::milliseconds limit,
                std::chrono::milliseconds checkInterval, const Clock& clock, QObject* parent = nullptr);

    void start();

signals:
    void idle();

private:
    void check();
    void fetch(const QString& path);
    void collect(const QByteArray& body, bool answered);

    QUrl m_jupyterUrl;
    QByteArray m_token;
    std::chrono::milliseconds m_limit;
    const Clock& m_clock;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QDateTime m_lastActivity;
    int m_pendingReplies = 0;
    bool m_roundActive = false;
};

} // namespace SageDesk::Local

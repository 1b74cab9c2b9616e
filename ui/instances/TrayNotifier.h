#pragma once

#include "domain/NotebookInstanceStatus.h"

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace SageDesk::Ui {

// The tray icon and the desktop notifications: an instance became InService, Stopped or Failed
// (with the reason), or has been InService longer than the configured number of hours.
class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    explicit TrayNotifier(QObject* parent = nullptr);
    ~TrayNotifier() override;

    void notifyStatus(const QString& name, NotebookInstanceStatus status, const QString& failureReason);
    void notifyLongRunning(const QString& name, double hours);

    QSystemTrayIcon* trayIcon() const { return m_tray; }
    // The last notification, also when no tray is available (tests, headless sessions).
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }
    int count() const { return m_count; }

signals:
    void notified(const QString& title, const QString& message);

private:
    void show(const QString& title, const QString& message, bool warning);

    QSystemTrayIcon* m_tray = nullptr;
    QString m_lastTitle;
    QString m_lastMessage;
    int m_count = 0;
};

} // namespace SageDesk::Ui

#include "instances/TrayNotifier.h"

#include "core/Redaction.h"

#include <QIcon>
#include <QSystemTrayIcon>

namespace SageDesk::Ui {

TrayNotifier::TrayNotifier(QObject* parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/sagedesk.svg")), this))
{
    m_tray->setToolTip(tr("SageDesk"));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray->show();
    }
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::notifyStatus(const QString& name, NotebookInstanceStatus status,
                                const QString& failureReason)
{
    switch (status) {
    case NotebookInstanceStatus::InService:
        show(tr("%1 is in service").arg(name), tr("The notebook instance is ready to open."), false);
        break;
    case NotebookInstanceStatus::Stopped:
        show(tr("%1 stopped").arg(name), tr("The notebook instance is no longer billed for compute."), false);
        break;
    case NotebookInstanceStatus::Failed:
        show(tr("%1 failed").arg(name),
             failureReason.isEmpty() ? tr("No reason was given.") : Redaction::redact(failureReason), true);
        break;
    default:
        break;
    }
}

void TrayNotifier::notifyLongRunning(const QString& name, double hours)
{
    show(tr("%1 is still running").arg(name),
         tr("It has been in service for %1 hours. Stop it if it is not needed.").arg(hours, 0, 'f', 1), true);
}

void TrayNotifier::show(const QString& title, const QString& message, bool warning)
{
    m_lastTitle = title;
    m_lastMessage = message;
    ++m_count;
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(title, message,
                            warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    }
    emit notified(title, message);
}

} // namespace SageDesk::Ui

#include "domain/NotebookInstanceStatus.h"

#include <QStringList>

namespace SageDesk::NotebookInstanceStatuses {

namespace {
struct Name
{
    NotebookInstanceStatus status;
    const char* text;
};
constexpr Name kNames[] = {
    {NotebookInstanceStatus::Pending, "Pending"},   {NotebookInstanceStatus::InService, "InService"},
    {NotebookInstanceStatus::Stopping, "Stopping"}, {NotebookInstanceStatus::Stopped, "Stopped"},
    {NotebookInstanceStatus::Failed, "Failed"},     {NotebookInstanceStatus::Deleting, "Deleting"},
    {NotebookInstanceStatus::Updating, "Updating"},
};
} // namespace

QString toString(NotebookInstanceStatus status)
{
    for (const auto& name : kNames) {
        if (name.status == status) {
            return QString::fromLatin1(name.text);
        }
    }
    return {};
}

std::optional<NotebookInstanceStatus> fromString(QStringView text)
{
    for (const auto& name : kNames) {
        if (text == QLatin1String(name.text)) {
            return name.status;
        }
    }
    return std::nullopt;
}

QList<NotebookInstanceStatus> all()
{
    QList<NotebookInstanceStatus> list;
    for (const auto& name : kNames) {
        list << name.status;
    }
    return list;
}

bool isTransitional(NotebookInstanceStatus status)
{
    switch (status) {
    case NotebookInstanceStatus::Pending:
    case NotebookInstanceStatus::Stopping:
    case NotebookInstanceStatus::Deleting:
    case NotebookInstanceStatus::Updating:
        return true;
    case NotebookInstanceStatus::InService:
    case NotebookInstanceStatus::Stopped:
    case NotebookInstanceStatus::Failed:
        return false;
    }
    return false;
}

QList<NotebookInstanceStatus> allowedFrom(NotebookInstanceAction action)
{
    switch (action) {
    case NotebookInstanceAction::Start:
    case NotebookInstanceAction::Delete:
        return {NotebookInstanceStatus::Stopped, NotebookInstanceStatus::Failed};
    case NotebookInstanceAction::Stop:
    case NotebookInstanceAction::Open:
        return {NotebookInstanceStatus::InService};
    case NotebookInstanceAction::Update:
        return {NotebookInstanceStatus::Stopped};
    }
    return {};
}

NotebookInstanceStatus targetOf(NotebookInstanceAction action)
{
    switch (action) {
    case NotebookInstanceAction::Start:
        return NotebookInstanceStatus::Pending;
    case NotebookInstanceAction::Stop:
        return NotebookInstanceStatus::Stopping;
    case NotebookInstanceAction::Update:
        return NotebookInstanceStatus::Updating;
    case NotebookInstanceAction::Delete:
        return NotebookInstanceStatus::Deleting;
    case NotebookInstanceAction::Open:
        return NotebookInstanceStatus::InService;
    }
    return NotebookInstanceStatus::Pending;
}

bool allows(NotebookInstanceStatus status, NotebookInstanceAction action)
{
    return allowedFrom(action).contains(status);
}

QString refusalMessage(NotebookInstanceStatus status, NotebookInstanceAction action, const QString& arn)
{
    QStringList allowed;
    for (auto from : allowedFrom(action)) {
        allowed << toString(from);
    }
    return QStringLiteral(
               "Status (%1) not in ([%2]). Unable to transition to (%3) for Notebook Instance (%4).")
        .arg(toString(status), allowed.join(QStringLiteral(", ")), toString(targetOf(action)), arn);
}

} // namespace SageDesk::NotebookInstanceStatuses

#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace SageDesk {

// The statuses of DescribeNotebookInstance, and the transitions AWS allows between them.
enum class NotebookInstanceStatus
{
    Pending,
    InService,
    Stopping,
    Stopped,
    Failed,
    Deleting,
    Updating,
};

enum class NotebookInstanceAction
{
    Start,
    Stop,
    Update,
    Delete,
    Open,
};

namespace NotebookInstanceStatuses {

// "InService" and back, exactly as on the wire.
QString toString(NotebookInstanceStatus status);
std::optional<NotebookInstanceStatus> fromString(QStringView text);
QList<NotebookInstanceStatus> all();

// Pending, Stopping, Deleting, Updating: the instance is on its way somewhere.
bool isTransitional(NotebookInstanceStatus status);

// Whether AWS accepts `action` in `status`: Start from Stopped/Failed, Stop from InService,
// Update from Stopped, Delete from Stopped/Failed, Open (presigned URL) from InService.
bool allows(NotebookInstanceStatus status, NotebookInstanceAction action);

// The statuses `action` is accepted from, and the status it moves the instance to.
QList<NotebookInstanceStatus> allowedFrom(NotebookInstanceAction action);
NotebookInstanceStatus targetOf(NotebookInstanceAction action);

// AWS's refusal text, e.g. "Status (InService) not in ([Stopped, Failed]). Unable to transition to
// (Deleting) for Notebook Instance (arn:...)."
QString refusalMessage(NotebookInstanceStatus status, NotebookInstanceAction action, const QString& arn);

} // namespace NotebookInstanceStatuses
} // namespace SageDesk

#pragma once

// What AWS accepts on a notebook instance in each status, written out literally from its refusal
// messages, e.g. "Status (InService) not in ([Stopped, Failed]). Unable to transition to (Deleting)
// for Notebook Instance (<arn>)." (docs: /work/shared/reference/sagemaker-notebooks.md). Literal on
// purpose: a table derived from NotebookInstanceStatuses::allows() could never disagree with it, so a
// wrong rule would pass. The domain test and the GUI test check every cell against this one table.
#include "domain/NotebookInstanceStatus.h"

namespace SageDesk::Test {

struct AwsTransitionRow
{
    NotebookInstanceStatus status;
    const char* wireName; // as DescribeNotebookInstance and the refusal spell it
    bool start;
    bool stop;
    bool update;
    bool remove; // DeleteNotebookInstance
    bool open;   // CreatePresignedNotebookInstanceUrl: Jupyter answers only while InService
};

// clang-format off
inline constexpr AwsTransitionRow kAwsTransitions[] = {
    // status                          wire name    start  stop   update delete open
    {NotebookInstanceStatus::Pending,   "Pending",   false, false, false, false, false},
    {NotebookInstanceStatus::InService, "InService", false, true,  false, false, true },
    {NotebookInstanceStatus::Stopping,  "Stopping",  false, false, false, false, false},
    {NotebookInstanceStatus::Stopped,   "Stopped",   true,  false, true,  true,  false},
    {NotebookInstanceStatus::Failed,    "Failed",    true,  false, false, true,  false},
    {NotebookInstanceStatus::Deleting,  "Deleting",  false, false, false, false, false},
    {NotebookInstanceStatus::Updating,  "Updating",  false, false, false, false, false},
};
// clang-format on

// The two variable parts of AWS's refusal for each transition: the statuses it lists as accepted
// and the status it would have moved to.
struct AwsRefusalText
{
    NotebookInstanceAction action;
    const char* acceptedFrom;
    const char* target;
};

inline constexpr AwsRefusalText kAwsRefusals[] = {
    {NotebookInstanceAction::Start, "[Stopped, Failed]", "Pending"},
    {NotebookInstanceAction::Stop, "[InService]", "Stopping"},
    {NotebookInstanceAction::Update, "[Stopped]", "Updating"},
    {NotebookInstanceAction::Delete, "[Stopped, Failed]", "Deleting"},
};

inline bool awsAccepts(const AwsTransitionRow& row, NotebookInstanceAction action)
{
    switch (action) {
    case NotebookInstanceAction::Start:
        return row.start;
    case NotebookInstanceAction::Stop:
        return row.stop;
    case NotebookInstanceAction::Update:
        return row.update;
    case NotebookInstanceAction::Delete:
        return row.remove;
    case NotebookInstanceAction::Open:
        return row.open;
    }
    return false;
}

inline constexpr NotebookInstanceAction kAllNotebookActions[] = {
    NotebookInstanceAction::Start, NotebookInstanceAction::Stop, NotebookInstanceAction::Update,
    NotebookInstanceAction::Delete, NotebookInstanceAction::Open};

} // namespace SageDesk::Test

#pragma once

#include "cli/CliInvocation.h"
#include "domain/NotebookInstance.h"
#include "domain/Validation.h"

#include <QCoreApplication>

#include <optional>

namespace SageDesk::Cli {

// Turns command options into API requests, checked by the shared Validation before anything is
// sent. Errors name the option and the rule: "--volume-size: VolumeSizeInGB: must be ...".
class CliRequests final
{
    Q_DECLARE_TR_FUNCTIONS(SageDesk::Cli::CliRequests)

public:
    CliRequests() = delete;

    // For `create`; the RoleArn stays empty when --create-role asks for a new role.
    static std::optional<CreateNotebookInstanceRequest>
    createNotebookInstance(const CliInvocation& invocation, QString* error);
    static std::optional<UpdateNotebookInstanceRequest>
    updateNotebookInstance(const CliInvocation& invocation, QString* error);
    // An enabled|disabled option of the invocation (any case, as the table allows) as the API's
    // "Enabled" / "Disabled".
    static std::optional<QString> enabledDisabled(const CliInvocation& invocation, const QString& option,
                                                  QString* error);
    // A whole number of at least `minimum` for an option such as --timeout.
    static std::optional<int> integer(const QString& option, const QString& value, int minimum,
                                      QString* error);
    // The command-line option that sets an API field ("VolumeSizeInGB" -> "--volume-size").
    static QString optionFor(const QString& field);
    static QString describe(const ValidationIssues& issues);
};

} // namespace SageDesk::Cli

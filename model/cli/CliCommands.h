#pragma once

#include "cli/CliCommandSpec.h"
#include "cli/CliInvocation.h"

#include <QCoreApplication>

#include <optional>

namespace SageDesk::Cli {

// The command registry of `sagedesk-cli`, the interface scripts rely on: each command's name,
// help, arguments, options with their allowed values, and its handler (cli/commands/), in one
// table. The parser, --help and the dispatch all read it. Help texts are translated when asked
// for, so they follow the translator installed at that moment.
class CliCommands final
{
    Q_DECLARE_TR_FUNCTIONS(SageDesk::Cli::CliCommands)

public:
    CliCommands() = delete;

    static QList<CliCommandSpec> all();
    static std::optional<CliCommandSpec> find(const QString& name);
    // The options `create` and `update` share; update drops those the API cannot change.
    static QList<CliOptionSpec> instanceOptions(bool forUpdate);

    // The value given for `option` of the invocation's command, spelled as in the option's
    // allowed values; nullopt with `error` ("--until: must be InService, Stopped or Deleted") when
    // it is none of them.
    static std::optional<QString> allowedValue(const CliInvocation& invocation, const QString& option,
                                               QString* error);
};

} // namespace SageDesk::Cli

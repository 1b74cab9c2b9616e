#pragma once

#include "cli/CliCommandSpec.h"

#include <QCoreApplication>

#include <optional>

namespace SageDesk::Cli {

// The commands of `sagedesk-cli`, the interface scripts rely on. Help texts are translated when
// asked for, so they follow the translator installed at that moment.
class CliCommands final
{
    Q_DECLARE_TR_FUNCTIONS(SageDesk::Cli::CliCommands)

public:
    CliCommands() = delete;

    static QList<CliCommandSpec> all();
    static std::optional<CliCommandSpec> find(const QString& name);
    // The options `create` and `update` share; update drops those the API cannot change.
    static QList<CliOptionSpec> instanceOptions(bool forUpdate);
};

} // namespace SageDesk::Cli

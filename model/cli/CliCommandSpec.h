#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace SageDesk::Cli {

class CliApplication;

struct CliOptionSpec
{
    QString name;      // without dashes: "instance-type"
    QString valueName; // empty for a flag; CliCommands fills it from `allowed` when that is set
    QString description;
    bool repeatable = false;
    // The only values the option takes, when it has a fixed set; CliCommands::allowedValue() checks
    // a given value against them.
    QStringList allowed = {};
    Qt::CaseSensitivity allowedCase = Qt::CaseSensitive;
};

// Runs one parsed command on the application that resolved it; answers the exit code.
using CliHandler = int (*)(CliApplication& cli);

// One command of `sagedesk-cli`: its name, one line of help, positional arguments, options, and
// the handler that runs it.
struct CliCommandSpec
{
    QString name;
    QString summary;
    QStringList positionals; // "NAME"
    QList<CliOptionSpec> options;
    // NAME is an existing notebook instance: a name AWS could never have accepted is a typing
    // error, reported before anything is sent.
    bool namesInstance = false;
    CliHandler handler = nullptr;

    const CliOptionSpec* option(const QString& optionName) const
    {
        for (const auto& spec : options) {
            if (spec.name == optionName) {
                return &spec;
            }
        }
        return nullptr;
    }
};

} // namespace SageDesk::Cli

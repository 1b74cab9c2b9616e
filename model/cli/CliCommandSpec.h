#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace SageDesk::Cli {

struct CliOptionSpec
{
    QString name;      // without dashes: "instance-type"
    QString valueName; // empty for a flag
    QString description;
    bool repeatable = false;
};

// One command of `sagedesk-cli`: its name, one line of help, positional arguments and options.
struct CliCommandSpec
{
    QString name;
    QString summary;
    QStringList positionals; // "NAME"
    QList<CliOptionSpec> options;

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

#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace SageDesk::Cli {

enum class OutputFormat
{
    Json,
    Table,
    Text, // as `aws --output text`: values only, tab-separated, one line per row
};

// The options every command takes, as `aws` has them.
struct CliGlobalOptions
{
    QString profile;
    QString region;
    QString endpointUrl;
    OutputFormat output = OutputFormat::Json;
    bool debug = false;
    QString language; // --lang: "en" or "ko"; main() installs it before parsing (core/Translations.h)
};

// One parsed command line: the command, its positional arguments and its options by name (without
// dashes; a flag has an empty value, a repeatable option one value per occurrence).
struct CliInvocation
{
    CliGlobalOptions global;
    QString command;
    QStringList positionals;
    QHash<QString, QStringList> options;

    bool isSet(const QString& name) const { return options.contains(name); }
    QString value(const QString& name) const
    {
        const auto values = options.value(name);
        return values.isEmpty() ? QString() : values.last();
    }
    QStringList values(const QString& name) const { return options.value(name); }
};

} // namespace SageDesk::Cli

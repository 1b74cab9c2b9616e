#include "cli/CliParser.h"

#include "cli/CliCommands.h"
#include "core/Version.h"

namespace SageDesk::Cli {

namespace {

CliParseResult usage(const QString& text)
{
    return {CliParseResult::Kind::Usage, {}, text};
}

const CliOptionSpec* findOption(const QList<CliOptionSpec>& options, const QString& name)
{
    for (const auto& spec : options) {
        if (spec.name == name) {
            return &spec;
        }
    }
    return nullptr;
}

QString optionsHelp(const QList<CliOptionSpec>& options)
{
    QString text;
    for (const auto& spec : options) {
        const QString left = spec.valueName.isEmpty()
                                 ? QStringLiteral("--%1").arg(spec.name)
                                 : QStringLiteral("--%1 %2").arg(spec.name, spec.valueName);
        text += QStringLiteral("  %1\n      %2\n").arg(left, spec.description);
    }
    return text;
}

} // namespace

QList<CliOptionSpec> CliParser::globalOptions()
{
    return {
        {QStringLiteral("profile"), QStringLiteral("P"), tr("Named profile of ~/.aws/config.")},
        {QStringLiteral("region"), QStringLiteral("R"), tr("AWS region, e.g. eu-west-1.")},
        {QStringLiteral("endpoint-url"), QStringLiteral("URL"),
         tr("Send every service call to this endpoint.")},
        {QStringLiteral("output"), QStringLiteral("json|table|text"),
         tr("Output format (default json; text prints values only, for scripts).")},
        {QStringLiteral("debug"), {}, tr("Log every request and response to stderr, secrets masked.")},
        // The GUI's words for its --lang, so that one translation serves every executable.
        {QStringLiteral("lang"), QStringLiteral("en|ko"),
         QCoreApplication::translate("main", "Use this language instead of the system's (en or ko).")},
        {QStringLiteral("help"), {}, tr("Show help.")},
        {QStringLiteral("version"), {}, tr("Show the version.")},
    };
}

QString CliParser::generalHelp()
{
    QString text = tr("Usage: sagedesk-cli [options] COMMAND [arguments]") + QStringLiteral("\n\n") +
                   tr("Command-line companion of SageDesk for Amazon SageMaker notebook instances.") +
                   QStringLiteral("\n\n") + tr("Options:") + QLatin1Char('\n') +
                   optionsHelp(globalOptions()) + QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const auto& spec : CliCommands::all()) {
        text += QStringLiteral("  %1%2\n").arg(spec.name.leftJustified(26), spec.summary);
    }
    return text + QLatin1Char('\n') +
           tr("Run 'sagedesk-cli COMMAND --help' for the options of one command.") + QLatin1Char('\n');
}

QString CliParser::commandHelp(const CliCommandSpec& spec)
{
    QString line = QStringLiteral("sagedesk-cli [options] %1").arg(spec.name);
    for (const QString& positional : spec.positionals) {
        line += QLatin1Char(' ') + positional;
    }
    if (!spec.options.isEmpty()) {
        line += QStringLiteral(" [command options]");
    }
    QString text = tr("Usage: %1").arg(line) + QStringLiteral("\n\n") + spec.summary + QLatin1Char('\n');
    if (!spec.options.isEmpty()) {
        text += QLatin1Char('\n') + tr("Command options:") + QLatin1Char('\n') + optionsHelp(spec.options);
    }
    return text + QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n') +
           optionsHelp(globalOptions());
}

CliParseResult CliParser::parse(const QStringList& arguments)
{
    CliParseResult result;
    CliInvocation& invocation = result.invocation;
    const QList<CliOptionSpec> globals = globalOptions();
    std::optional<CliCommandSpec> command;
    bool help = false;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--")) || argument == QLatin1String("--")) {
            if (!command) {
                command = CliCommands::find(argument);
                if (!command) {
                    return usage(
                        tr("'%1' is not a command; run 'sagedesk-cli --help' for the list").arg(argument));
                }
                invocation.command = argument;
            } else {
                invocation.positionals.append(argument);
            }
            continue;
        }
        QString name = argument.mid(2);
        std::optional<QString> inlineValue;
        if (const auto equals = name.indexOf(QLatin1Char('=')); equals >= 0) {
            inlineValue = name.mid(equals + 1);
            name.truncate(equals);
        }
        const CliOptionSpec* spec = findOption(globals, name);
        const bool isGlobal = spec != nullptr;
        if (!spec && command) {
            spec = command->option(name);
        }
        if (!spec) {
            return usage(
                command
                    ? tr("--%1: not an option of '%2'; run 'sagedesk-cli %2 --help'").arg(name, command->name)
                    : tr("--%1: not an option; run 'sagedesk-cli --help'").arg(name));
        }
        QString value;
        if (!spec->valueName.isEmpty()) {
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                return usage(tr("--%1: needs a value (%2)").arg(name, spec->valueName));
            }
        } else if (inlineValue) {
            return usage(tr("--%1: takes no value").arg(name));
        }
        if (!isGlobal) {
            if (invocation.options.contains(name) && !spec->repeatable) {
                return usage(tr("--%1: may be given only once").arg(name));
            }
            invocation.options[name].append(value);
            continue;
        }
        if (name == QLatin1String("help")) {
            help = true;
        } else if (name == QLatin1String("version")) {
            return {CliParseResult::Kind::Version,
                    {},
                    QStringLiteral("sagedesk-cli %1").arg(QLatin1String(kVersion))};
        } else if (name == QLatin1String("profile")) {
            invocation.global.profile = value;
        } else if (name == QLatin1String("region")) {
            invocation.global.region = value;
        } else if (name == QLatin1String("endpoint-url")) {
            invocation.global.endpointUrl = value;
        } else if (name == QLatin1String("lang")) {
            if (value != QLatin1String("en") && value != QLatin1String("ko")) {
                return usage(tr("--lang: must be en or ko"));
            }
            invocation.global.language = value;
        } else if (name == QLatin1String("debug")) {
            invocation.global.debug = true;
        } else if (name == QLatin1String("output")) {
            if (value == QLatin1String("json")) {
                invocation.global.output = OutputFormat::Json;
            } else if (value == QLatin1String("table")) {
                invocation.global.output = OutputFormat::Table;
            } else if (value == QLatin1String("text")) {
                invocation.global.output = OutputFormat::Text;
            } else {
                return usage(tr("--output: must be json, table or text"));
            }
        }
    }

    if (help || !command) {
        return {help ? CliParseResult::Kind::Help : CliParseResult::Kind::Usage,
                {},
                command ? commandHelp(*command) : generalHelp()};
    }
    if (invocation.positionals.size() < command->positionals.size()) {
        return usage(tr("%1: missing argument of '%2'")
                         .arg(command->positionals.at(invocation.positionals.size()), command->name));
    }
    if (invocation.positionals.size() > command->positionals.size()) {
        return usage(tr("'%1': unexpected argument of '%2'")
                         .arg(invocation.positionals.at(command->positionals.size()), command->name));
    }
    return result;
}

} // namespace SageDesk::Cli

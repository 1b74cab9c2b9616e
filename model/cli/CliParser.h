#pragma once

#include "cli/CliCommandSpec.h"
#include "cli/CliInvocation.h"

#include <QCoreApplication>

namespace SageDesk::Cli {

struct CliParseResult
{
    enum class Kind
    {
        Run,
        Help,    // text is the help to print, exit 0
        Version, // text is the version line, exit 0
        Usage,   // text names the option and the rule, exit 2
    };

    Kind kind = Kind::Run;
    CliInvocation invocation;
    QString text;
};

// `sagedesk-cli [global options] COMMAND [arguments and options]`. Global options are accepted
// anywhere on the line, like the AWS CLI does; "--name value" and "--name=value" are both read.
class CliParser final
{
    Q_DECLARE_TR_FUNCTIONS(SageDesk::Cli::CliParser)

public:
    CliParser() = delete;

    // `arguments` without the program name.
    static CliParseResult parse(const QStringList& arguments);
    static QString generalHelp();
    static QString commandHelp(const CliCommandSpec& spec);
    static QList<CliOptionSpec> globalOptions();
};

} // namespace SageDesk::Cli

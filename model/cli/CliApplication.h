#pragma once

#include "aws/client/AwsCall.h"
#include "cli/CliInvocation.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace SageDesk::Aws {
class AwsClientContext;
} // namespace SageDesk::Aws

namespace SageDesk::Cli {

struct CliConnection;

// `sagedesk-cli`: parses the command line, resolves profile, region, credentials and endpoints like
// the AWS CLI, runs one command and answers the exit code. Output goes to the given streams so
// that tests can run it in-process; main() only wires stdout and stderr.
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(SageDesk::Cli::CliApplication)
    Q_DISABLE_COPY_MOVE(CliApplication)

public:
    static constexpr int kSuccess = 0;
    static constexpr int kServiceError = 1;
    static constexpr int kUsageError = 2;

    CliApplication(QTextStream& out, QTextStream& err,
                   QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
                   const Clock& clock = Clock::system());
    ~CliApplication();

    // Where the MFA code of a role profile with mfa_serial is read from (stdin in main()); without
    // one, such a profile fails with an error that says a code is needed.
    void setInput(QTextStream* in) { m_in = in; }
    // The backoff of CreateNotebookInstance right after --create-role made the role.
    void setRoleRetryDelays(QList<std::chrono::milliseconds> delays)
    {
        m_roleRetryDelays = std::move(delays);
    }

    // `arguments` without the program name.
    int run(const QStringList& arguments);

    // For the command handlers (cli/commands/), which the registry (CliCommands) names.
    const CliInvocation& invocation() const { return m_invocation; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const Clock& clock() const { return m_clock; }
    QList<std::chrono::milliseconds> roleRetryDelays() const { return m_roleRetryDelays; }
    // Resolves profile, region, credentials and endpoints; false (usage error printed) when it
    // cannot. context() is set from then on.
    bool connect();
    Aws::AwsClientContext* context() const { return m_context; }
    int usageError(const QString& message);
    int serviceError(const Aws::AwsError& error);
    void debug(const QString& text);
    // Waits for the call; on failure prints the error and remembers exit code 1.
    template <typename T>
    std::optional<T> await(const Aws::AwsCall<T>& call, const QString& operation)
    {
        const auto result = call.wait();
        if (!result) {
            debug(QStringLiteral("%1 failed: %2").arg(operation, result.error().toDisplayString()));
            serviceError(result.error());
            return std::nullopt;
        }
        debug(QStringLiteral("%1 succeeded").arg(operation));
        return result.value();
    }

private:
    void askMfaCode(const QString& mfaSerial, const std::function<void(const QString&)>& done);
    int dispatch();

    QTextStream& m_out;
    QTextStream& m_err;
    QTextStream* m_in = nullptr;
    QProcessEnvironment m_environment;
    const Clock& m_clock;
    QList<std::chrono::milliseconds> m_roleRetryDelays;
    CliInvocation m_invocation;
    std::unique_ptr<CliConnection> m_connection;
    Aws::AwsClientContext* m_context = nullptr;
};

} // namespace SageDesk::Cli

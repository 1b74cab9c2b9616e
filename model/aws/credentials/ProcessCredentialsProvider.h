#pragma once

#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>

#include <chrono>

#include "aws/credentials/CredentialsProvider.h"

namespace SageDesk::Aws {

// credential_process: runs the command (split like a shell would, but without one), reads
// {"Version": 1, "AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"} from its standard
// output, and runs it again shortly before Expiration. Its output is never logged (it holds secrets);
// its standard error is shown redacted when it fails.
class ProcessCredentialsProvider final : public CredentialsProvider
{
    Q_OBJECT

public:
    ProcessCredentialsProvider(QString command, QString profile, QProcessEnvironment environment,
                               const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~ProcessCredentialsProvider() override;

    QString name() const override;
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // The credentials in one output of a credential process, or an error for a person.
    static CredentialsResult parseOutput(const QByteArray& output, const QString& profile);

protected:
    void fetch(Callback done) override;

private:
    QString m_command;
    QString m_profile;
    QProcessEnvironment m_environment;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(1)};
    QPointer<QProcess> m_process;
};

} // namespace SageDesk::Aws

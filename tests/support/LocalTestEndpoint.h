#pragma once

#include "aws/client/AwsClientContext.h"
#include "support/ServerProcess.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

namespace SageDesk::Test {

// A sagedesk-local process on a free port with its own data directory, and the real clients
// (Debian's aws CLI, boto3 through /usr/bin/python3) pointed at it with its --print-env values.
class LocalTestEndpoint final
{
public:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // Empty `dataDir`: a fresh temporary one.
    explicit LocalTestEndpoint(const QString& dataDir = {});
    ~LocalTestEndpoint();
    LocalTestEndpoint(const LocalTestEndpoint&) = delete;
    LocalTestEndpoint& operator=(const LocalTestEndpoint&) = delete;

    // Why the real clients cannot run here, or empty.
    static QString missingTools();

    // For the sagedesk-local process of the next start().
    void setServerEnvironmentValue(const QString& name, const QString& value);
    bool start(const QStringList& extraArguments = {});
    QString error() const { return m_error; }
    void kill();
    // SIGTERM, then waits for the exit.
    bool terminate(std::chrono::milliseconds timeout = std::chrono::seconds(20));
    qint64 pid() const;
    QString output() const;

    QString dataDir() const { return m_dataDir; }
    QString endpointUrl() const { return m_env.value(QStringLiteral("AWS_ENDPOINT_URL")); }
    QProcessEnvironment environment() const { return m_env; }
    void setEnvironmentValue(const QString& name, const QString& value) { m_env.insert(name, value); }
    // A context signed with the --print-env keys, in its region, pointed at this endpoint; it owns
    // its credentials provider.
    std::unique_ptr<Aws::AwsClientContext> createContext() const;
    QString accountId();
    QString executionRoleArn(); // creates the role "SageDeskTestRole" once

    Run aws(const QStringList& arguments, std::chrono::milliseconds timeout = std::chrono::seconds(60)) const;
    Run python(const QStringList& arguments,
               std::chrono::milliseconds timeout = std::chrono::seconds(180)) const;
    // sagedesk-cli with the --print-env environment (AWS_ENDPOINT_URL and the keys).
    Run sagedeskCli(const QStringList& arguments,
                    std::chrono::milliseconds timeout = std::chrono::seconds(60)) const;
    // Describes until the status is `status` (true) or the timeout passes.
    bool waitForStatus(const QString& name, const QString& status,
                       std::chrono::milliseconds timeout = std::chrono::seconds(90)) const;
    QString status(const QString& name) const;
    // Creates an ml.t3.medium instance with the test role and waits until it is InService: empty, or
    // what went wrong (the aws CLI's error, the last status and the endpoint's output).
    QString createInService(const QString& name,
                            std::chrono::milliseconds timeout = std::chrono::seconds(240));
    // One signed SageMaker call over a raw socket: milliseconds instead of the aws CLI's second, so
    // a transitional status can still be seen. Empty when there is no complete answer.
    QJsonObject quickSageMakerCall(const QByteArray& operation, const QString& name) const;
    // The same with any input: the answer's JSON as the endpoint sent it (errors included).
    QJsonObject sageMakerCall(const QByteArray& operation, const QJsonObject& input) const;

    // `program` with the endpoint's environment; its exit code and output, or "timed out".
    Run run(const QString& program, const QStringList& arguments, std::chrono::milliseconds timeout) const;

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QTemporaryDir m_home;
    QString m_dataDir;
    std::unique_ptr<ServerProcess> m_process;
    QProcessEnvironment m_serverEnv = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment m_env;
    QString m_error;
    QString m_roleArn;
};

} // namespace SageDesk::Test

#pragma once

// Shared by the Cli* integration tests: a moto_server of their own, the sagedesk-cli executable run
// against it, and boto3 (Debian's /usr/bin/python3) to look at what the CLI left behind.
#include "support/MotoServer.h"
#include "support/MotoSuite.h"
#include "support/ServerProcess.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>
#include <string>

namespace SageDesk::Test {

// Distinctive fake secrets, so that a test can look for them in every output.
inline const QString kCliAccessKeyId = QStringLiteral("AKIDCLITESTEXAMPLE01");
inline const QString kCliSecretAccessKey = QStringLiteral("cliSecretKeyMustNotLeak/K7MDENGbPxRfiCYzz");
inline const QString kCliSessionToken = QStringLiteral("cliSessionTokenMustNotLeakIQoJb3JpZ2luX2VjEXAMPLE");

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonValue json() const
    {
        const auto document = QJsonDocument::fromJson(out.toUtf8());
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
};

// The exit code and both outputs of `run`, for a failure message.
inline std::string show(const CliRun& run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(run.exitCode)
        .arg(run.out, run.err)
        .toStdString();
}

// Runs `code` with `iam`, `sm` and `s3` boto3 clients (Debian's /usr/bin/python3) bound to the moto
// at `endpoint`; the script prints JSON.
inline QJsonValue runBoto3(const QString& endpoint, const QString& code, QString* error = nullptr)
{
    const QString script = QStringLiteral("import boto3, json, sys\n"
                                          "kw = dict(endpoint_url='%1', region_name='us-east-1', "
                                          "aws_access_key_id='testing', aws_secret_access_key='testing')\n"
                                          "iam = boto3.client('iam', **kw)\n"
                                          "sm = boto3.client('sagemaker', **kw)\n"
                                          "s3 = boto3.client('s3', **kw)\n")
                               .arg(endpoint) +
                           code;
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script});
    process.waitForFinished(60000);
    const QByteArray out = process.readAllStandardOutput();
    if (error) {
        *error = QString::fromUtf8(process.readAllStandardError());
    }
    const auto document = QJsonDocument::fromJson(out);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

class CliMoto final
{
public:
    // Why these tests cannot run here: moto_server or Debian's python3 is not installed; empty when
    // both are. Only an absent tool is a reason to skip.
    static QString unavailableReason()
    {
        if (const QString reason = MotoServer::unavailableReason(); !reason.isEmpty()) {
            return reason;
        }
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/python3"))) {
            return QStringLiteral("/usr/bin/python3 (with boto3) is missing");
        }
        return {};
    }

    // Starts moto_server; false, with the reason in error(), when an installed moto did not start,
    // which the test must report as a failure, not as a skip.
    bool start()
    {
        if (const QString reason = unavailableReason(); !reason.isEmpty()) {
            m_error = reason;
            return false;
        }
        m_server = std::make_unique<MotoServer>();
        if (!m_server->start()) {
            m_error = QStringLiteral("moto_server did not start: ") + m_server->error();
            return false;
        }
        return true;
    }
    QString error() const { return m_error; }

    QString endpoint() const { return m_server->endpoint().toString(); }

    // Fake credentials and no configuration files of the person running the tests.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString& name : environment.keys()) {
            if (name.startsWith(QLatin1String("AWS_"))) {
                environment.remove(name);
            }
        }
        environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), kCliAccessKeyId);
        environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), kCliSecretAccessKey);
        environment.insert(QStringLiteral("AWS_SESSION_TOKEN"), kCliSessionToken);
        environment.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
        environment.insert(QStringLiteral("AWS_CONFIG_FILE"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                           m_home.filePath(QStringLiteral("credentials")));
        environment.insert(QStringLiteral("HOME"), m_home.path());
        return environment;
    }

    // Runs sagedesk-cli against moto; `input` is what a person would type on stdin.
    CliRun cli(const QStringList& arguments, const QByteArray& input = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(SAGEDESK_CLI_PATH),
                      QStringList{QStringLiteral("--endpoint-url"), endpoint()} + arguments);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // Writes the shared config file (AWS_CONFIG_FILE) the CLI reads.
    void writeConfig(const QByteArray& text) const
    {
        QFile file(m_home.filePath(QStringLiteral("config")));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(text);
        }
    }

    // Runs `code` with `iam`, `sm` and `s3` boto3 clients bound to moto; the script prints JSON.
    QJsonValue boto3(const QString& code, QString* error = nullptr) const
    {
        return runBoto3(endpoint(), code, error);
    }

private:
    QTemporaryDir m_home;
    std::unique_ptr<MotoServer> m_server;
    QString m_error;
};

// A test suite that shares one moto_server and needs Debian's python3 as well (see MotoSuite).
class CliMotoSuite : public MotoSuite<CliMoto>
{};

} // namespace SageDesk::Test

#include "support/LocalTestEndpoint.h"

#include "aws/credentials/StaticCredentialsProvider.h"
#include "support/LocalSignedRequest.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <csignal>

namespace SageDesk::Test {

namespace {

const QString kAws = QStringLiteral("/usr/bin/aws");
const QString kPython = QStringLiteral("/usr/bin/python3");

} // namespace

LocalTestEndpoint::LocalTestEndpoint(const QString& dataDir)
{
    if (dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_tempDir->path();
    } else {
        m_dataDir = dataDir;
    }
}

LocalTestEndpoint::~LocalTestEndpoint()
{
    if (m_process && m_process->isRunning()) {
        terminate();
    }
}

QString LocalTestEndpoint::missingTools()
{
    if (!QFile::exists(kAws)) {
        return QStringLiteral("Debian's /usr/bin/aws is not installed");
    }
    if (!QFile::exists(kPython)) {
        return QStringLiteral("/usr/bin/python3 is not installed");
    }
    if (findExecutable(QStringLiteral("jupyter-notebook")).isEmpty()) {
        return QStringLiteral("jupyter-notebook is not on PATH");
    }
    return {};
}

void LocalTestEndpoint::setServerEnvironmentValue(const QString& name, const QString& value)
{
    m_serverEnv.insert(name, value);
}

bool LocalTestEndpoint::start(const QStringList& extraArguments)
{
    m_process = std::make_unique<ServerProcess>(QStringLiteral(SAGEDESK_LOCAL_PATH),
                                                QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                                            QStringLiteral("--data-dir"), m_dataDir,
                                                            QStringLiteral("--print-env")} +
                                                    extraArguments,
                                                m_serverEnv);
    if (!m_process->startAndWaitForOutput(QStringLiteral("AWS_ENDPOINT_URL="), std::chrono::seconds(60))) {
        m_error = m_process->error();
        return false;
    }
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("HOME"), m_home.path());
    m_env.insert(QStringLiteral("AWS_PAGER"), QString());
    m_env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_home.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                 m_home.filePath(QStringLiteral("credentials")));
    // The Debian aws and boto3 must find their own Python packages, not the pyenv ones.
    m_env.remove(QStringLiteral("PYTHONPATH"));
    m_env.remove(QStringLiteral("PYTHONHOME"));
    for (const QString& line : m_process->output().split(QLatin1Char('\n'))) {
        const QString text = line.trimmed();
        if (!text.startsWith(QLatin1String("export AWS_"))) {
            continue;
        }
        const QString assignment = text.mid(7);
        m_env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    }
    m_env.insert(QStringLiteral("AWS_DEFAULT_REGION"), m_env.value(QStringLiteral("AWS_REGION")));
    return !endpointUrl().isEmpty();
}

void LocalTestEndpoint::kill()
{
    if (m_process) {
        m_process->kill();
    }
}

bool LocalTestEndpoint::terminate(std::chrono::milliseconds timeout)
{
    if (!m_process || !m_process->isRunning()) {
        return true;
    }
    m_process->process().terminate();
    return m_process->process().waitForFinished(static_cast<int>(timeout.count()));
}

qint64 LocalTestEndpoint::pid() const
{
    return m_process ? m_process->pid() : 0;
}

QString LocalTestEndpoint::output() const
{
    return m_process ? m_process->output() : QString();
}

LocalTestEndpoint::Run LocalTestEndpoint::aws(const QStringList& arguments,
                                              std::chrono::milliseconds timeout) const
{
    return run(kAws,
               QStringList{QStringLiteral("--endpoint-url"), endpointUrl(), QStringLiteral("--output"),
                           QStringLiteral("json")} +
                   arguments,
               timeout);
}

LocalTestEndpoint::Run LocalTestEndpoint::python(const QStringList& arguments,
                                                 std::chrono::milliseconds timeout) const
{
    return run(kPython, arguments, timeout);
}

LocalTestEndpoint::Run LocalTestEndpoint::sagedeskCli(const QStringList& arguments,
                                                      std::chrono::milliseconds timeout) const
{
    return run(QStringLiteral(SAGEDESK_CLI_PATH), arguments, timeout);
}

LocalTestEndpoint::Run LocalTestEndpoint::run(const QString& program, const QStringList& arguments,
                                              std::chrono::milliseconds timeout) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(static_cast<int>(timeout.count()))) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString LocalTestEndpoint::accountId()
{
    const Run run = aws({QStringLiteral("sts"), QStringLiteral("get-caller-identity")});
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("Account")).toString();
}

QString LocalTestEndpoint::executionRoleArn()
{
    if (!m_roleArn.isEmpty()) {
        return m_roleArn;
    }
    const Run run =
        aws({QStringLiteral("iam"), QStringLiteral("create-role"), QStringLiteral("--role-name"),
             QStringLiteral("SageDeskTestRole"), QStringLiteral("--assume-role-policy-document"),
             QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":)"
                            R"({"Service":"sagemaker.amazonaws.com"},"Action":"sts:AssumeRole"}]})")});
    m_roleArn = QJsonDocument::fromJson(run.out.toUtf8())
                    .object()
                    .value(QLatin1String("Role"))
                    .toObject()
                    .value(QLatin1String("Arn"))
                    .toString();
    return m_roleArn;
}

QString LocalTestEndpoint::status(const QString& name) const
{
    const Run run = aws({QStringLiteral("sagemaker"), QStringLiteral("describe-notebook-instance"),
                         QStringLiteral("--notebook-instance-name"), name});
    if (run.exitCode != 0) {
        return run.err.trimmed();
    }
    return QJsonDocument::fromJson(run.out.toUtf8())
        .object()
        .value(QLatin1String("NotebookInstanceStatus"))
        .toString();
}

bool LocalTestEndpoint::waitForStatus(const QString& name, const QString& wanted,
                                      std::chrono::milliseconds timeout) const
{
    // Each status() runs the aws CLI, which takes its own second; no pause is needed between them.
    return QTest::qWaitFor([&] { return status(name) == wanted; }, static_cast<int>(timeout.count()));
}

QString LocalTestEndpoint::createInService(const QString& name, std::chrono::milliseconds timeout)
{
    const Run run = aws({QStringLiteral("sagemaker"), QStringLiteral("create-notebook-instance"),
                         QStringLiteral("--notebook-instance-name"), name, QStringLiteral("--instance-type"),
                         QStringLiteral("ml.t3.medium"), QStringLiteral("--role-arn"), executionRoleArn()});
    if (run.exitCode != 0) {
        return run.err;
    }
    if (!waitForStatus(name, QStringLiteral("InService"), timeout)) {
        return status(name) + QLatin1Char('\n') + output();
    }
    return {};
}

QJsonObject LocalTestEndpoint::quickSageMakerCall(const QByteArray& operation, const QString& name) const
{
    return sageMakerCall(operation, QJsonObject{{QStringLiteral("NotebookInstanceName"), name}});
}

QJsonObject LocalTestEndpoint::sageMakerCall(const QByteArray& operation, const QJsonObject& input) const
{
    const quint16 port = static_cast<quint16>(QUrl(endpointUrl()).port());
    const QByteArray wire =
        LocalSignedRequest::sageMaker(operation, QJsonDocument(input).toJson(QJsonDocument::Compact))
            .wire(port, m_env.value(QStringLiteral("AWS_ACCESS_KEY_ID")),
                  m_env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")), "sagemaker",
                  QDateTime::currentDateTimeUtc());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000)) {
        return {};
    }
    socket.write(wire);
    QByteArray response;
    while (socket.waitForReadyRead(5000)) {
        response += socket.readAll();
        const qsizetype end = response.indexOf("\r\n\r\n");
        const qsizetype length = response.mid(response.toLower().indexOf("content-length:") + 15)
                                     .split('\r')
                                     .first()
                                     .trimmed()
                                     .toLongLong();
        if (end >= 0 && response.size() >= end + 4 + length) {
            return QJsonDocument::fromJson(response.mid(end + 4, length)).object();
        }
    }
    return {};
}

std::unique_ptr<Aws::AwsClientContext> LocalTestEndpoint::createContext() const
{
    Aws::Credentials credentials;
    credentials.accessKeyId = m_env.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
    credentials.secretAccessKey = m_env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    credentials.sessionToken = m_env.value(QStringLiteral("AWS_SESSION_TOKEN"));
    auto* provider = new Aws::StaticCredentialsProvider(credentials, QStringLiteral("test"));
    auto context =
        std::make_unique<Aws::AwsClientContext>(provider, m_env.value(QStringLiteral("AWS_REGION")));
    provider->setParent(context.get());
    context->setEndpointOverride(QUrl(endpointUrl()));
    return context;
}

} // namespace SageDesk::Test

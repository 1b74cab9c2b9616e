#include "instances/LocalEndpointConnector.h"

#include "aws/AwsConnection.h"
#include "aws/credentials/StaticCredentialsProvider.h"
#include "discovery/LocalCredentials.h"
#include "discovery/LocalEndpointInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace SageDesk::Ui {

namespace {
constexpr int kCheckIntervalMs = 100;
constexpr int kMaxChecks = 150; // 15 s: a first start creates its key and database
} // namespace

LocalEndpointConnector::LocalEndpointConnector(QString dataDir, QString program, QObject* parent)
    : QObject(parent)
    , m_dataDir(dataDir.isEmpty() ? Local::LocalEndpointInfo::defaultDataDir() : std::move(dataDir))
    , m_program(std::move(program))
{
    m_wait.setInterval(kCheckIntervalMs);
    connect(&m_wait, &QTimer::timeout, this, &LocalEndpointConnector::checkStarted);
}

LocalEndpointConnector::~LocalEndpointConnector() = default;

QString LocalEndpointConnector::localScope(const QString& region)
{
    return QStringLiteral("local/%1").arg(region);
}

QString LocalEndpointConnector::program() const
{
    if (!m_program.isEmpty()) {
        return m_program;
    }
    const QString besideUs =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("sagedesk-local"));
    if (QFileInfo(besideUs).isExecutable()) {
        return besideUs;
    }
    return QStandardPaths::findExecutable(QStringLiteral("sagedesk-local"));
}

bool LocalEndpointConnector::isRunning() const
{
    return Local::LocalEndpointInfo::read(m_dataDir).has_value();
}

void LocalEndpointConnector::connectToEndpoint()
{
    if (isRunning()) {
        emit ready();
        return;
    }
    const QString executable = program();
    if (executable.isEmpty()) {
        emit failed(tr("sagedesk-local was not found next to SageDesk or on the PATH."));
        return;
    }
    // Detached with its output discarded: it must outlive this window without holding its pipes.
    QProcess process;
    process.setProgram(executable);
    process.setArguments({QStringLiteral("--data-dir"), m_dataDir});
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    if (!process.startDetached(&m_startedPid)) {
        emit failed(tr("sagedesk-local could not be started (%1).").arg(executable));
        return;
    }
    m_checks = 0;
    m_wait.start();
}

void LocalEndpointConnector::checkStarted()
{
    if (isRunning()) {
        m_wait.stop();
        emit ready();
        return;
    }
    if (++m_checks >= kMaxChecks) {
        m_wait.stop();
        emit failed(tr("sagedesk-local did not start within 15 seconds."));
    }
}

std::unique_ptr<Aws::AwsConnection> LocalEndpointConnector::createConnection() const
{
    const std::optional<Local::LocalEndpointInfo> info = Local::LocalEndpointInfo::read(m_dataDir);
    if (!info) {
        return nullptr;
    }
    const std::optional<Local::LocalCredentials> credentials = Local::LocalCredentials::load(m_dataDir);
    if (!credentials) {
        return nullptr;
    }
    Aws::Credentials keys;
    keys.accessKeyId = credentials->accessKeyId;
    keys.secretAccessKey = credentials->secretAccessKey;
    keys.source = QStringLiteral("sagedesk-local");
    const QString region = info->region.isEmpty() ? QStringLiteral("us-east-1") : info->region;
    return std::make_unique<Aws::AwsConnection>(
        std::make_unique<Aws::StaticCredentialsProvider>(keys, QStringLiteral("sagedesk-local")), region,
        QUrl(info->endpointUrl()));
}

} // namespace SageDesk::Ui

#include "instances/LocalEndpointConnector.h"

#include "aws/AwsConnection.h"
#include "aws/credentials/StaticCredentialsProvider.h"
#include "discovery/RunningLocalEndpoint.h"

namespace SageDesk::Ui {

LocalEndpointConnector::LocalEndpointConnector(QString dataDir, QString program, QObject* parent)
    : QObject(parent)
    , m_launcher(std::move(dataDir), std::move(program))
{
    using Launcher = Local::LocalEndpointLauncher;
    static_assert(Launcher::startTimeoutSeconds() == 15, "the TimedOut message names the time");
    connect(&m_launcher, &Launcher::ready, this, &LocalEndpointConnector::ready);
    connect(&m_launcher, &Launcher::failed, this,
            [this](Launcher::Failure failure, const QString& executable) {
                switch (failure) {
                case Launcher::Failure::NotFound:
                    emit failed(tr("sagedesk-local was not found next to SageDesk or on the PATH."));
                    return;
                case Launcher::Failure::NotStarted:
                    emit failed(tr("sagedesk-local could not be started (%1).").arg(executable));
                    return;
                case Launcher::Failure::TimedOut:
                    emit failed(tr("sagedesk-local did not start within 15 seconds."));
                    return;
                }
            });
}

LocalEndpointConnector::~LocalEndpointConnector() = default;

std::unique_ptr<Aws::AwsConnection> LocalEndpointConnector::createConnection() const
{
    const std::optional<Local::RunningLocalEndpoint> running = Local::RunningLocalEndpoint::find(dataDir());
    if (!running) {
        return nullptr;
    }
    return std::make_unique<Aws::AwsConnection>(
        std::make_unique<Aws::StaticCredentialsProvider>(running->awsCredentials(),
                                                         QStringLiteral("sagedesk-local")),
        running->region(), running->endpointUrl());
}

} // namespace SageDesk::Ui

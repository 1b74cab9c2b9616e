#include "support/MotoServer.h"

#include "aws/credentials/StaticCredentialsProvider.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace SageDesk::Test {

MotoServer::MotoServer(const QProcessEnvironment& environment)
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    // The console's role recipe attaches AmazonSageMakerFullAccess, an AWS managed policy that moto
    // knows only when asked; a caller's environment may still say otherwise.
    m_environment.insert(QStringLiteral("MOTO_IAM_LOAD_MANAGED_POLICIES"), QStringLiteral("true"));
    m_environment.insert(environment);
}

MotoServer::~MotoServer()
{
    stop();
}

QString MotoServer::unavailableReason()
{
    if (findExecutable(QStringLiteral("moto_server")).isEmpty()) {
        return QStringLiteral("moto_server is not on PATH (pip install 'moto[server]')");
    }
    return {};
}

bool MotoServer::start()
{
    const QString program = findExecutable(QStringLiteral("moto_server"));
    if (program.isEmpty()) {
        m_error = unavailableReason();
        return false;
    }
    // Port 0 and the port read back from werkzeug's start-up line: a port picked beforehand could be
    // taken by a server that a parallel test starts in the meantime.
    m_process = std::make_unique<ServerProcess>(program,
                                                QStringList{QStringLiteral("-H"), QStringLiteral("127.0.0.1"),
                                                            QStringLiteral("-p"), QStringLiteral("0")},
                                                m_environment);
    QRegularExpressionMatch running;
    if (!m_process->startAndWaitForOutput(
            QRegularExpression(QStringLiteral("Running on http://127\\.0\\.0\\.1:(\\d+)\\s")), &running,
            std::chrono::seconds(60))) {
        m_error = m_process->error();
        return false;
    }
    m_port = static_cast<quint16>(running.captured(1).toUInt());
    // werkzeug prints the line once its socket listens; the HTTP check is a cheap confirmation.
    if (!waitForHttp(endpoint().toString() + QStringLiteral("/moto-api/"), std::chrono::seconds(30))) {
        m_error = QStringLiteral("moto_server said it runs on port %1 but does not answer: %2")
                      .arg(m_port)
                      .arg(m_process->output());
        return false;
    }
    return true;
}

void MotoServer::stop()
{
    if (m_process) {
        m_process->stop(std::chrono::seconds(3));
        m_process.reset();
    }
}

QUrl MotoServer::endpoint() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool MotoServer::reset()
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(endpoint().toString() + QStringLiteral("/moto-api/reset")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = network.post(request, QByteArray());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(std::chrono::seconds(10), &loop, &QEventLoop::quit);
    loop.exec();
    const bool ok = reply->isFinished() && reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    return ok;
}

Aws::Credentials MotoServer::testCredentials()
{
    Aws::Credentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDMOTOTESTING");
    credentials.secretAccessKey = QStringLiteral("motoTestingSecretKey");
    credentials.source = QStringLiteral("moto test");
    return credentials;
}

std::unique_ptr<Aws::AwsClientContext> MotoServer::createContext(const QString& region,
                                                                 const Aws::Credentials& credentials) const
{
    auto* provider = new Aws::StaticCredentialsProvider(credentials, QStringLiteral("moto"));
    auto context = std::make_unique<Aws::AwsClientContext>(provider, region);
    provider->setParent(context.get());
    context->setEndpointOverride(endpoint());
    context->setRetryStrategy(Aws::RetryStrategy(std::make_shared<Aws::RetryQuota>(), [] { return 0.0; }));
    context->setTimeouts(std::chrono::seconds(5), std::chrono::seconds(30));
    return context;
}

} // namespace SageDesk::Test

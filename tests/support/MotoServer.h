#pragma once

#include "aws/client/AwsClientContext.h"
#include "aws/credentials/Credentials.h"
#include "support/ServerProcess.h"

#include <QProcessEnvironment>
#include <QUrl>

#include <memory>

namespace SageDesk::Test {

// moto_server on a loopback port of its own choosing, started by the test and stopped with the object.
// All AWS services answer on the one endpoint. Typical use (skip only when moto is absent; a moto
// that is installed but does not start fails the test):
//
//   if (const QString why = MotoServer::unavailableReason(); !why.isEmpty())
//       GTEST_SKIP() << why.toStdString();
//   MotoServer moto;
//   ASSERT_TRUE(moto.start()) << moto.error().toStdString();
//   auto context = moto.createContext();
//   Aws::SageMakerClient(context.get()).listAllNotebookInstances({}).wait();
class MotoServer final
{
public:
    // `environment` is added to the system environment, e.g. INITIAL_NO_AUTH_ACTION_COUNT.
    explicit MotoServer(const QProcessEnvironment& environment = {});
    ~MotoServer();
    MotoServer(const MotoServer&) = delete;
    MotoServer& operator=(const MotoServer&) = delete;

    // Empty when moto_server is on PATH; otherwise why the test must be skipped.
    static QString unavailableReason();

    bool start();
    void stop();
    QString error() const { return m_error; }
    QUrl endpoint() const;
    quint16 port() const { return m_port; }
    // Forgets every resource (POST /moto-api/reset).
    bool reset();

    // Keys moto accepts while it does not check signatures.
    static Aws::Credentials testCredentials();
    // A context pointed at this server, with `credentials`, a zero-wait backoff and short timeouts;
    // it owns its credentials provider.
    std::unique_ptr<Aws::AwsClientContext>
    createContext(const QString& region = QStringLiteral("us-east-1"),
                  const Aws::Credentials& credentials = testCredentials()) const;

private:
    QProcessEnvironment m_environment;
    std::unique_ptr<ServerProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace SageDesk::Test

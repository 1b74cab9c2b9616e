#pragma once

#include "support/MotoServer.h"

#include <gtest/gtest.h>

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace SageDesk::Test {

// A test suite that shares one moto server (MotoServer, or a wrapper with the same static
// unavailableReason(), start() and error()); each test is skipped, with the reason, when the server
// is not installed, and fails when it is installed but did not start. Derived SetUp() overrides call
// MotoSuite::SetUp() and return if IsSkipped() or HasFatalFailure(), or override setUpWithServer().
template <typename Server = MotoServer>
class MotoSuite : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_skipReason = Server::unavailableReason();
        s_startError.clear();
        if (!s_skipReason.isEmpty()) {
            return;
        }
        s_moto = new Server;
        if (!s_moto->start()) {
            s_startError = s_moto->error();
        }
    }
    static void TearDownTestSuite()
    {
        delete s_moto;
        s_moto = nullptr;
    }
    void SetUp() override
    {
        if (!s_skipReason.isEmpty()) {
            GTEST_SKIP() << s_skipReason.toStdString();
        }
        ASSERT_TRUE(s_startError.isEmpty()) << s_startError.toStdString();
        setUpWithServer();
    }
    // The rest of SetUp(), once the server runs.
    virtual void setUpWithServer() {}

    static inline Server* s_moto = nullptr;
    static inline QString s_skipReason;
    static inline QString s_startError;
};

// A MotoSuite whose tests each start from an empty moto_server, with m_context pointed at it in
// region(); attemptSent() sees every attempt the context sends.
class MotoContextSuite : public MotoSuite<>
{
protected:
    void setUpWithServer() override
    {
        ASSERT_TRUE(s_moto->reset());
        m_context = s_moto->createContext(region());
        QObject::connect(m_context.get(), &Aws::AwsClientContext::attemptSent, m_context.get(),
                         [this](const Aws::AwsRequest& request, int attempt, const QUrl& url) {
                             attemptSent(request, attempt, url);
                         });
    }
    virtual QString region() const { return QStringLiteral("us-east-1"); }
    virtual void attemptSent(const Aws::AwsRequest&, int, const QUrl&) {}

    std::unique_ptr<Aws::AwsClientContext> m_context;
};

} // namespace SageDesk::Test

#pragma once

#include "discovery/LocalEndpointInfo.h"
#include "support/ServerProcess.h"

#include <gtest/gtest.h>

#include <QStringList>
#include <QTest>

#include <chrono>
#include <memory>

namespace SageDesk::Test {

// Starts sagedesk-local with `dataDir` on port 0 into `endpoint`: the endpoint picks its own port and
// names it in its runtime file, where the GUI looks. Fails the test when it does not start or write
// that file; call it in ASSERT_NO_FATAL_FAILURE().
inline void startLocalEndpointOnPortZero(std::unique_ptr<ServerProcess>& endpoint, const QString& dataDir)
{
    endpoint = std::make_unique<ServerProcess>(
        QStringLiteral(SAGEDESK_LOCAL_PATH),
        QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--port"), QStringLiteral("0")});
    ASSERT_TRUE(endpoint->startAndWaitForOutput(QStringLiteral("Listening on"), std::chrono::seconds(60)))
        << endpoint->error().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return Local::LocalEndpointInfo::read(dataDir).has_value(); }, 10000));
}

} // namespace SageDesk::Test

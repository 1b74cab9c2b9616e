#pragma once

#include "support/LocalTestEndpoint.h"

#include <gtest/gtest.h>

#include <memory>

namespace SageDesk::Test {

// A test with a sagedesk-local of its own in m_endpoint: skipped, with the reason, when the real
// clients are missing; failed when the endpoint does not start. Derived SetUp() overrides call
// LocalEndpointTest::SetUp() and return if IsSkipped() or HasFatalFailure(), or override
// setUpWithEndpoint().
class LocalEndpointTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (const QString missing = LocalTestEndpoint::missingTools(); !missing.isEmpty()) {
            GTEST_SKIP() << missing.toStdString();
        }
        ASSERT_TRUE(m_endpoint.start(endpointArguments())) << m_endpoint.error().toStdString();
        setUpWithEndpoint();
    }
    // sagedesk-local's arguments beyond the data directory and port (its hidden --test-* options).
    virtual QStringList endpointArguments() const { return {}; }
    // The rest of SetUp(), once the endpoint runs.
    virtual void setUpWithEndpoint() {}

    LocalTestEndpoint m_endpoint;
};

// A LocalEndpointTest with m_context signed for the endpoint and pointed at it.
class LocalContextTest : public LocalEndpointTest
{
protected:
    void setUpWithEndpoint() override
    {
        m_context = m_endpoint.createContext();
        setUpWithContext();
    }
    // The rest of SetUp(), once m_context is made.
    virtual void setUpWithContext() {}

    std::unique_ptr<Aws::AwsClientContext> m_context;
};

} // namespace SageDesk::Test

#pragma once

#include "core/Clock.h"
#include "local/EndpointContext.h"
#include "local/protocol/QueryRequest.h"
#include "local/protocol/WireError.h"
#include "local/protocol/XmlWriter.h"

#include <QJsonObject>

#include <optional>

namespace SageDesk::Local {

class LocalStateStore;

// CreatePolicy and DeletePolicy: customer managed policies, stored by ARN with their attachment
// count. AWS managed policies (arn:aws:iam::aws:policy/...) exist without being created.
class PolicyApi final
{
public:
    PolicyApi(LocalStateStore& store, const EndpointContext& context, const Clock& clock);
    Q_DISABLE_COPY_MOVE(PolicyApi)

    std::optional<WireError> createPolicy(const QueryRequest& input, XmlWriter& xml);
    std::optional<WireError> deletePolicy(const QueryRequest& input, XmlWriter& xml);

    // The policy of `arn`: a stored one, or a stand-in with PolicyName and Arn for an AWS managed one.
    std::optional<QJsonObject> find(const QString& arn) const;
    // Moves the AttachmentCount of a customer managed policy by `delta` (AWS managed ones are not
    // counted), so that DeletePolicy refuses a policy that is still attached.
    void countAttachment(const QString& arn, int delta);

private:
    LocalStateStore& m_store;
    const EndpointContext& m_context;
    const Clock& m_clock;
};

} // namespace SageDesk::Local

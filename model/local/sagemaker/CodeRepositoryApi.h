#pragma once

#include "core/Clock.h"
#include "local/EndpointContext.h"
#include "local/sagemaker/ApiResult.h"

namespace SageDesk::Local {

class LocalStateStore;

// Create/Describe/List/DeleteCodeRepository: named Git repositories that notebook instances clone.
class CodeRepositoryApi final
{
public:
    CodeRepositoryApi(LocalStateStore& store, const EndpointContext& context, const Clock& clock);
    Q_DISABLE_COPY_MOVE(CodeRepositoryApi)

    ApiResult createCodeRepository(const QJsonObject& input);
    ApiResult describeCodeRepository(const QJsonObject& input) const;
    ApiResult listCodeRepositories(const QJsonObject& input) const;
    ApiResult updateCodeRepository(const QJsonObject& input);
    ApiResult deleteCodeRepository(const QJsonObject& input);

private:
    LocalStateStore& m_store;
    const EndpointContext& m_context;
    const Clock& m_clock;
};

} // namespace SageDesk::Local

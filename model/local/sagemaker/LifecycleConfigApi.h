#pragma once

#include "core/Clock.h"
#include "local/EndpointContext.h"
#include "local/sagemaker/ApiResult.h"

namespace SageDesk::Local {

class LocalStateStore;

// Create/Describe/List/Update/DeleteNotebookInstanceLifecycleConfig.
class LifecycleConfigApi final
{
public:
    LifecycleConfigApi(LocalStateStore& store, const EndpointContext& context, const Clock& clock);
    Q_DISABLE_COPY_MOVE(LifecycleConfigApi)

    ApiResult createNotebookInstanceLifecycleConfig(const QJsonObject& input);
    ApiResult describeNotebookInstanceLifecycleConfig(const QJsonObject& input) const;
    ApiResult listNotebookInstanceLifecycleConfigs(const QJsonObject& input) const;
    ApiResult updateNotebookInstanceLifecycleConfig(const QJsonObject& input);
    ApiResult deleteNotebookInstanceLifecycleConfig(const QJsonObject& input);

private:
    std::optional<WireError> validate(const QJsonObject& input) const;
    QString arnOf(const QString& name) const;

    LocalStateStore& m_store;
    const EndpointContext& m_context;
    const Clock& m_clock;
};

} // namespace SageDesk::Local

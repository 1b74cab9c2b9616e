#pragma once

#include "local/http/HttpRequest.h"
#include "local/http/HttpResponse.h"
#include "local/sagemaker/ApiResult.h"

#include <QHash>
#include <QString>

#include <functional>

namespace SageDesk::Local {

class CodeRepositoryApi;
class LocalStateStore;
class LifecycleConfigApi;
class NotebookInstanceApi;
class TagApi;

// SageMaker's JSON 1.1 protocol: `POST /` with `X-Amz-Target: SageMaker.<Operation>` and a JSON
// object body, answered with a JSON object or a `{"__type", "message"}` error.
class SageMakerService final
{
public:
    SageMakerService(const LocalStateStore& store, NotebookInstanceApi& instances,
                     LifecycleConfigApi& lifecycleConfigs, CodeRepositoryApi& codeRepositories, TagApi& tags);
    Q_DISABLE_COPY_MOVE(SageMakerService)

    HttpResponse handle(const HttpRequest& request, const QByteArray& requestId) const;
    QStringList operations() const;

private:
    using Operation = std::function<ApiResult(const QJsonObject&)>;
    QHash<QString, Operation> m_operations;
    // List answers by request body, valid while the store's generation stays the same: the console
    // polls ListNotebookInstances far more often than anything changes.
    const LocalStateStore& m_store;
    mutable quint64 m_cachedGeneration = 0;
    mutable QHash<QByteArray, QByteArray> m_listCache;
};

} // namespace SageDesk::Local

#include "local/sagemaker/SageMakerService.h"

#include "local/protocol/JsonBody.h"
#include "local/sagemaker/CodeRepositoryApi.h"
#include "local/sagemaker/LifecycleConfigApi.h"
#include "local/sagemaker/NotebookInstanceApi.h"
#include "local/sagemaker/TagApi.h"
#include "local/store/LocalStateStore.h"

#include <QJsonDocument>

namespace SageDesk::Local {

SageMakerService::SageMakerService(const LocalStateStore& store, NotebookInstanceApi& instances,
                                   LifecycleConfigApi& lifecycleConfigs, CodeRepositoryApi& codeRepositories,
                                   TagApi& tags)
    : m_store(store)
{
    const auto bind = [](auto& api, auto method) {
        return [&api, method](const QJsonObject& input) { return (api.*method)(input); };
    };
    m_operations = {
        {QStringLiteral("CreateNotebookInstance"),
         bind(instances, &NotebookInstanceApi::createNotebookInstance)},
        {QStringLiteral("DescribeNotebookInstance"),
         bind(instances, &NotebookInstanceApi::describeNotebookInstance)},
        {QStringLiteral("ListNotebookInstances"),
         bind(instances, &NotebookInstanceApi::listNotebookInstances)},
        {QStringLiteral("StartNotebookInstance"),
         bind(instances, &NotebookInstanceApi::startNotebookInstance)},
        {QStringLiteral("StopNotebookInstance"), bind(instances, &NotebookInstanceApi::stopNotebookInstance)},
        {QStringLiteral("UpdateNotebookInstance"),
         bind(instances, &NotebookInstanceApi::updateNotebookInstance)},
        {QStringLiteral("DeleteNotebookInstance"),
         bind(instances, &NotebookInstanceApi::deleteNotebookInstance)},
        {QStringLiteral("CreatePresignedNotebookInstanceUrl"),
         bind(instances, &NotebookInstanceApi::createPresignedNotebookInstanceUrl)},
        {QStringLiteral("CreateNotebookInstanceLifecycleConfig"),
         bind(lifecycleConfigs, &LifecycleConfigApi::createNotebookInstanceLifecycleConfig)},
        {QStringLiteral("DescribeNotebookInstanceLifecycleConfig"),
         bind(lifecycleConfigs, &LifecycleConfigApi::describeNotebookInstanceLifecycleConfig)},
        {QStringLiteral("ListNotebookInstanceLifecycleConfigs"),
         bind(lifecycleConfigs, &LifecycleConfigApi::listNotebookInstanceLifecycleConfigs)},
        {QStringLiteral("UpdateNotebookInstanceLifecycleConfig"),
         bind(lifecycleConfigs, &LifecycleConfigApi::updateNotebookInstanceLifecycleConfig)},
        {QStringLiteral("DeleteNotebookInstanceLifecycleConfig"),
         bind(lifecycleConfigs, &LifecycleConfigApi::deleteNotebookInstanceLifecycleConfig)},
        {QStringLiteral("CreateCodeRepository"),
         bind(codeRepositories, &CodeRepositoryApi::createCodeRepository)},
        {QStringLiteral("DescribeCodeRepository"),
         bind(codeRepositories, &CodeRepositoryApi::describeCodeRepository)},
        {QStringLiteral("ListCodeRepositories"),
         bind(codeRepositories, &CodeRepositoryApi::listCodeRepositories)},
        {QStringLiteral("UpdateCodeRepository"),
         bind(codeRepositories, &CodeRepositoryApi::updateCodeRepository)},
        {QStringLiteral("DeleteCodeRepository"),
         bind(codeRepositories, &CodeRepositoryApi::deleteCodeRepository)},
        {QStringLiteral("AddTags"), bind(tags, &TagApi::addTags)},
        {QStringLiteral("ListTags"), bind(tags, &TagApi::listTags)},
        {QStringLiteral("DeleteTags"), bind(tags, &TagApi::deleteTags)},
    };
}

QStringList SageMakerService::operations() const
{
    return m_operations.keys();
}

HttpResponse SageMakerService::handle(const HttpRequest& request, const QByteArray& requestId) const
{
    const auto fail = [&requestId](const WireError& error) {
        return error.toResponse(WireProtocol::Json, requestId);
    };
    if (request.method != "POST") {
        return fail(WireError{404, QStringLiteral("UnknownOperationException"), QString()});
    }
    const QByteArray target = request.header("X-Amz-Target");
    const auto operation = target.startsWith("SageMaker.")
                               ? m_operations.constFind(QString::fromLatin1(target.mid(10)))
                               : m_operations.constEnd();
    if (operation == m_operations.constEnd()) {
        return fail(WireError{400, QStringLiteral("UnknownOperationException"), QString()});
    }
    const bool cacheable = operation.key().startsWith(QLatin1String("List"));
    if (cacheable && m_cachedGeneration != m_store.generation()) {
        m_listCache.clear();
        m_cachedGeneration = m_store.generation();
    }
    const QByteArray cacheKey = cacheable ? target + '\n' + request.body : QByteArray();
    if (const auto cached = m_listCache.constFind(cacheKey); cacheable && cached != m_listCache.constEnd()) {
        HttpResponse response = HttpResponse::withBody(200, "application/x-amz-json-1.1", *cached);
        response.setHeader("x-amzn-RequestId", requestId);
        return response;
    }
    QJsonObject input;
    if (auto error = JsonBody::parse(request, input)) {
        return fail(*error);
    }
    const ApiResult result = (*operation)(input);
    if (result.error) {
        return fail(*result.error);
    }
    const QByteArray body = QJsonDocument(result.body).toJson(QJsonDocument::Compact);
    if (cacheable && m_listCache.size() < 256) {
        m_listCache.insert(cacheKey, body);
    }
    HttpResponse response = HttpResponse::withBody(200, "application/x-amz-json-1.1", body);
    response.setHeader("x-amzn-RequestId", requestId);
    return response;
}

} // namespace SageDesk::Local

#pragma once

#include "core/Clock.h"
#include "domain/NotebookInstance.h"
#include "local/EndpointContext.h"
#include "local/sagemaker/ApiResult.h"

namespace SageDesk::Local {

class LocalStateStore;
class NotebookInstanceController;
class PresignedUrlTokens;
class RolePolicies;

// The notebook instance operations of SageMaker's JSON API: Create, Describe, List, Start, Stop,
// Update, Delete and CreatePresignedNotebookInstanceUrl, with AWS's validation and refusal texts.
class NotebookInstanceApi final
{
public:
    NotebookInstanceApi(LocalStateStore& store, NotebookInstanceController& controller,
                        PresignedUrlTokens& tokens, RolePolicies& roles, const EndpointContext& context,
                        const Clock& clock);
    Q_DISABLE_COPY_MOVE(NotebookInstanceApi)

    ApiResult createNotebookInstance(const QJsonObject& input);
    ApiResult describeNotebookInstance(const QJsonObject& input) const;
    ApiResult listNotebookInstances(const QJsonObject& input) const;
    ApiResult startNotebookInstance(const QJsonObject& input);
    ApiResult stopNotebookInstance(const QJsonObject& input);
    ApiResult updateNotebookInstance(const QJsonObject& input);
    ApiResult deleteNotebookInstance(const QJsonObject& input);
    ApiResult createPresignedNotebookInstanceUrl(const QJsonObject& input);

private:
    // Local mode's network is the account's default one and its keys the AWS-managed ones; other
    // subnets, security groups and keys are refused as AWS refuses ids it does not know.
    std::optional<WireError> checkNetworkAndKey(const CreateNotebookInstanceRequest& request) const;
    // AWS's refusal of a role SageMaker cannot assume for the instance `instanceArn`, or nullopt.
    std::optional<WireError> checkAssumable(const QString& roleArn, const QString& instanceArn);

    LocalStateStore& m_store;
    NotebookInstanceController& m_controller;
    PresignedUrlTokens& m_tokens;
    RolePolicies& m_roles;
    const EndpointContext& m_context;
    const Clock& m_clock;
};

} // namespace SageDesk::Local

#pragma once

#include "aws/client/AwsCall.h"
#include "aws/client/AwsRequestJob.h"
#include "aws/services/SageMakerTypes.h"

#include <QJsonObject>

namespace SageDesk::Aws {

class AwsClientContext;

// SageMaker's notebook-instance operations (JSON 1.1, `SageMaker.<Operation>`), one method per AWS
// operation. Every method starts the call at once and returns its AwsCall.
class SageMakerClient final
{
public:
    static constexpr int kDefaultSessionExpirationSeconds = 43200;

    explicit SageMakerClient(AwsClientContext* context);

    // Answers the new instance's ARN. Never creates twice: when an attempt may have reached the
    // service without its answer reaching us, DescribeNotebookInstance is asked before re-sending.
    AwsCall<QString> createNotebookInstance(const CreateNotebookInstanceRequest& request);
    AwsCall<NotebookInstance> describeNotebookInstance(const QString& notebookInstanceName);
    // One page.
    AwsCall<NotebookInstancePage> listNotebookInstances(const ListNotebookInstancesRequest& request);
    // Every page, the filters resent with each NextToken.
    AwsCall<QList<NotebookInstance>> listAllNotebookInstances(ListNotebookInstancesRequest request);
    AwsCall<AwsEmpty> startNotebookInstance(const QString& notebookInstanceName);
    AwsCall<AwsEmpty> stopNotebookInstance(const QString& notebookInstanceName);
    AwsCall<AwsEmpty> updateNotebookInstance(const UpdateNotebookInstanceRequest& request);
    AwsCall<AwsEmpty> deleteNotebookInstance(const QString& notebookInstanceName);
    // Answers the AuthorizedUrl (valid for 5 minutes; a secret: redact before showing or logging).
    AwsCall<QString> createPresignedNotebookInstanceUrl(
        const QString& notebookInstanceName,
        int sessionExpirationDurationInSeconds = kDefaultSessionExpirationSeconds);
    // The JupyterLab address of an AuthorizedUrl (which opens classic Jupyter): "/lab" inserted
    // before the query. The URL is edited, never rebuilt: some hosts carry a random suffix and the
    // token must reach the server byte for byte.
    static QString jupyterLabUrl(const QString& authorizedUrl);
    // Empty when an AuthorizedUrl may be opened: from an endpoint on loopback (sagedesk-local), http
    // on loopback; from anywhere, https on the notebook instance's own host in `region`
    // ("<name>[-suffix].notebook.<region>.sagemaker.aws"). Otherwise why not: a sign-in URL that
    // leads elsewhere would hand the session (or the person) to whoever runs that host.
    static QString untrustedPresignedUrl(const QString& authorizedUrl, const QUrl& endpoint,
                                         const QString& region, const QString& notebookInstanceName);

    // Answers the ARN.
    AwsCall<QString> createNotebookInstanceLifecycleConfig(const NotebookInstanceLifecycleConfig& config);
    AwsCall<NotebookInstanceLifecycleConfig> describeNotebookInstanceLifecycleConfig(const QString& name);
    AwsCall<NotebookInstanceLifecycleConfigPage>
    listNotebookInstanceLifecycleConfigs(const ListNotebookInstanceLifecycleConfigsRequest& request);
    AwsCall<AwsEmpty> updateNotebookInstanceLifecycleConfig(const NotebookInstanceLifecycleConfig& config);
    AwsCall<AwsEmpty> deleteNotebookInstanceLifecycleConfig(const QString& name);

    // Answers the ARN.
    AwsCall<QString> createCodeRepository(const CodeRepository& repository);
    AwsCall<CodeRepository> describeCodeRepository(const QString& codeRepositoryName);
    AwsCall<CodeRepositoryPage> listCodeRepositories(const ListCodeRepositoriesRequest& request);
    // UpdateCodeRepository: GitConfig's SecretArn is all it can change; answers the ARN.
    AwsCall<QString> updateCodeRepository(const QString& codeRepositoryName, const QString& secretArn);
    AwsCall<AwsEmpty> deleteCodeRepository(const QString& codeRepositoryName);

    // AddTags answers the tags now on the resource; ListTags follows every NextToken.
    AwsCall<QList<Tag>> addTags(const QString& resourceArn, const QList<Tag>& tags);
    AwsCall<QList<Tag>> listTags(const QString& resourceArn);
    AwsCall<AwsEmpty> deleteTags(const QString& resourceArn, const QStringList& tagKeys);

    // The JSON input of ListNotebookInstances, filters included (public for tests of the wire form).
    static QJsonObject listNotebookInstancesInput(const ListNotebookInstancesRequest& request);
    // The JSON input of CreateNotebookInstanceLifecycleConfig (scripts base64-encoded, tags), for the
    // wizard's review of the exact request.
    static QJsonObject lifecycleConfigInput(const NotebookInstanceLifecycleConfig& config);

private:
    template <typename T>
    AwsCall<T> call(const QString& operation, const QJsonObject& input,
                    std::function<AwsResult<T>(const QJsonObject&)> parse,
                    AwsRequestJob::ResendCheck resendCheck = {}, bool idempotent = true);
    AwsCall<AwsEmpty> callEmpty(const QString& operation, const QJsonObject& input);

    AwsClientContext* m_context;
};

} // namespace SageDesk::Aws

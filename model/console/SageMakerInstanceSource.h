#pragma once

#include "aws/config/AwsConfig.h"
#include "aws/credentials/AssumeRole.h"
#include "aws/credentials/CredentialsProvider.h"
#include "console/InstanceSource.h"

#include <QObject>

#include <memory>

namespace SageDesk {

namespace Aws {
class AwsClientContext;
class SageMakerClient;
class StsClient;
struct AwsError;
} // namespace Aws

// InstanceSource over the AWS client: SageMaker and STS of one account and region, or of the local
// endpoint (which speaks the same wire protocol) when `endpoint` points at it.
class SageMakerInstanceSource final : public QObject, public InstanceSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SageMakerInstanceSource)

public:
    // `endpoint` empty: the public AWS endpoints of `region`.
    SageMakerInstanceSource(std::unique_ptr<Aws::CredentialsProvider> credentials, const QString& region,
                            const QUrl& endpoint, QString scope, QObject* parent = nullptr);
    ~SageMakerInstanceSource() override;

    // A named profile of the shared AWS files in `region`, with the CLI's credential chain (role_arn
    // profiles assume their role through STS, asking `mfaCodePrompt` for the code when they name an
    // mfa_serial) and any endpoint the profile or environment configures. `scope` is the cache key
    // (ConsoleScope::cacheKey() of the start-up policy).
    static std::unique_ptr<SageMakerInstanceSource> forProfile(const QString& profile, const QString& region,
                                                               QString scope,
                                                               Aws::MfaCodePrompt mfaCodePrompt = {});

    QString scope() const override { return m_scope; }
    QString region() const override { return m_region; }
    Aws::AwsClientContext* context() const { return m_context; }

    void getCallerIdentity(std::function<void(const SourceResult<QString>&)> done) override;
    void
    listNotebookInstances(std::function<void(const SourceResult<QList<NotebookInstance>>&)> done) override;
    void describeNotebookInstance(const QString& name,
                                  std::function<void(const SourceResult<NotebookInstance>&)> done) override;
    void startNotebookInstance(const QString& name,
                               std::function<void(const SourceResult<bool>&)> done) override;
    void stopNotebookInstance(const QString& name,
                              std::function<void(const SourceResult<bool>&)> done) override;
    void deleteNotebookInstance(const QString& name,
                                std::function<void(const SourceResult<bool>&)> done) override;
    void updateNotebookInstance(const UpdateNotebookInstanceRequest& request,
                                std::function<void(const SourceResult<bool>&)> done) override;
    void listTags(const QString& resourceArn,
                  std::function<void(const SourceResult<QList<Tag>>&)> done) override;
    void createPresignedNotebookInstanceUrl(const QString& name,
                                            std::function<void(const SourceResult<QUrl>&)> done) override;

    static SourceError toSourceError(const Aws::AwsError& error);

private:
    std::unique_ptr<Aws::CredentialsProvider> m_credentials;
    Aws::AwsClientContext* m_context;
    std::unique_ptr<Aws::SageMakerClient> m_sageMaker;
    std::unique_ptr<Aws::StsClient> m_sts;
    QString m_region;
    QString m_scope;
};

} // namespace SageDesk

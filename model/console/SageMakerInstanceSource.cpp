#include "console/SageMakerInstanceSource.h"

#include "aws/client/AwsClientContext.h"
#include "aws/credentials/CredentialsProviderFactory.h"
#include "aws/services/SageMakerClient.h"
#include "aws/services/StsClient.h"
#include "core/Redaction.h"

namespace SageDesk {

namespace {

template <typename T, typename U, typename Convert>
void forward(const Aws::AwsCall<U>& call, QObject* context, std::function<void(const SourceResult<T>&)> done,
             Convert convert)
{
    call.then(context, [done = std::move(done), convert](const Aws::AwsResult<U>& result) {
        SourceResult<T> answer;
        if (result.ok()) {
            answer.value = convert(result.value());
        } else {
            answer.error = SageMakerInstanceSource::toSourceError(result.error());
        }
        done(answer);
    });
}

template <typename T>
void forwardSame(const Aws::AwsCall<T>& call, QObject* context,
                 std::function<void(const SourceResult<T>&)> done)
{
    forward<T>(call, context, std::move(done), [](const T& value) { return value; });
}

void forwardEmpty(const Aws::AwsCall<Aws::AwsEmpty>& call, QObject* context,
                  std::function<void(const SourceResult<bool>&)> done)
{
    forward<bool>(call, context, std::move(done), [](const Aws::AwsEmpty&) { return true; });
}

} // namespace

SageMakerInstanceSource::SageMakerInstanceSource(std::unique_ptr<Aws::CredentialsProvider> credentials,
                                                 const QString& region, const QUrl& endpoint, QString scope,
                                                 QObject* parent)
    : QObject(parent)
    , m_credentials(std::move(credentials))
    , m_context(new Aws::AwsClientContext(m_credentials.get(), region, this))
    , m_region(region)
    , m_scope(std::move(scope))
{
    if (!endpoint.isEmpty()) {
        m_context->setEndpointOverride(endpoint);
    }
    m_sageMaker = std::make_unique<Aws::SageMakerClient>(m_context);
    m_sts = std::make_unique<Aws::StsClient>(m_context);
}

// The context goes first: its pending operations must not outlive the credentials they sign with.
SageMakerInstanceSource::~SageMakerInstanceSource()
{
    delete m_context;
}

std::unique_ptr<SageMakerInstanceSource> SageMakerInstanceSource::forProfile(const QString& profile,
                                                                             const QString& region,
                                                                             QString scope,
                                                                             Aws::MfaCodePrompt mfaCodePrompt)
{
    const Aws::AwsConfig config = Aws::AwsConfig::load({profile, region, {}});
    auto source = std::make_unique<SageMakerInstanceSource>(nullptr, region, QUrl(), std::move(scope));
    Aws::AwsClientContext* context = source->m_context;
    for (const QString& service : {QStringLiteral("sagemaker"), QStringLiteral("sts")}) {
        if (const std::optional<QUrl> endpoint = config.configuredEndpointUrl(service)) {
            context->setEndpoint(service, *endpoint);
        }
    }
    Aws::CredentialsProviderHooks hooks;
    hooks.assumeRole = Aws::StsClient::assumeRoleFunction(context);
    hooks.network = context->network();
    hooks.mfaCodePrompt = std::move(mfaCodePrompt);
    source->m_credentials = Aws::CredentialsProviderFactory::create(config, hooks);
    context->setCredentials(source->m_credentials.get());
    return source;
}

SourceError SageMakerInstanceSource::toSourceError(const Aws::AwsError& error)
{
    SourceError result;
    result.code = error.code;
    result.message = Redaction::redact(error.message.isEmpty() ? error.toDisplayString() : error.message);
    result.requestId = error.requestId;
    result.unreachable =
        error.kind == Aws::AwsError::Kind::Network || error.kind == Aws::AwsError::Kind::Timeout;
    return result;
}

void SageMakerInstanceSource::getCallerIdentity(std::function<void(const SourceResult<QString>&)> done)
{
    forward<QString>(m_sts->getCallerIdentity(), this, std::move(done),
                     [](const Aws::CallerIdentity& identity) { return identity.arn; });
}

void SageMakerInstanceSource::listNotebookInstances(
    std::function<void(const SourceResult<QList<NotebookInstance>>&)> done)
{
    forwardSame(m_sageMaker->listAllNotebookInstances({}), this, std::move(done));
}

void SageMakerInstanceSource::describeNotebookInstance(
    const QString& name, std::function<void(const SourceResult<NotebookInstance>&)> done)
{
    forwardSame(m_sageMaker->describeNotebookInstance(name), this, std::move(done));
}

void SageMakerInstanceSource::startNotebookInstance(const QString& name,
                                                    std::function<void(const SourceResult<bool>&)> done)
{
    forwardEmpty(m_sageMaker->startNotebookInstance(name), this, std::move(done));
}

void SageMakerInstanceSource::stopNotebookInstance(const QString& name,
                                                   std::function<void(const SourceResult<bool>&)> done)
{
    forwardEmpty(m_sageMaker->stopNotebookInstance(name), this, std::move(done));
}

void SageMakerInstanceSource::deleteNotebookInstance(const QString& name,
                                                     std::function<void(const SourceResult<bool>&)> done)
{
    forwardEmpty(m_sageMaker->deleteNotebookInstance(name), this, std::move(done));
}

void SageMakerInstanceSource::updateNotebookInstance(const UpdateNotebookInstanceRequest& request,
                                                     std::function<void(const SourceResult<bool>&)> done)
{
    forwardEmpty(m_sageMaker->updateNotebookInstance(request), this, std::move(done));
}

void SageMakerInstanceSource::listTags(const QString& resourceArn,
                                       std::function<void(const SourceResult<QList<Tag>>&)> done)
{
    forwardSame(m_sageMaker->listTags(resourceArn), this, std::move(done));
}

void SageMakerInstanceSource::createPresignedNotebookInstanceUrl(
    const QString& name, std::function<void(const SourceResult<QUrl>&)> done)
{
    forward<QUrl>(m_sageMaker->createPresignedNotebookInstanceUrl(name), this, std::move(done),
                  [](const QString& url) { return QUrl(url); });
}

} // namespace SageDesk

#include "aws/roles/NotebookInstanceCreator.h"

#include "aws/client/AwsClientContext.h"
#include "aws/credentials/CredentialsProvider.h"
#include "aws/services/SageMakerClient.h"

#include <QTimer>

#include <memory>

namespace SageDesk::Aws {

namespace {

void attempt(AwsClientContext* context, const CreateNotebookInstanceRequest& request,
             QList<std::chrono::milliseconds> delaysLeft, const AwsCall<QString>& call)
{
    SageMakerClient(context).createNotebookInstance(request).then(
        call.operation(), [context, request, delaysLeft, call](const AwsResult<QString>& result) {
            if (result.ok() || delaysLeft.isEmpty() ||
                !NotebookInstanceCreator::isRolePropagationError(result.error())) {
                call.resolve(result);
                return;
            }
            const auto delay = delaysLeft.first();
            QTimer::singleShot(delay, call.operation(), [context, request, rest = delaysLeft.mid(1), call] {
                attempt(context, request, rest, call);
            });
        });
}

} // namespace

QList<std::chrono::milliseconds> NotebookInstanceCreator::defaultRetryDelays()
{
    using namespace std::chrono_literals;
    return {2s, 4s, 8s, 16s, 30s};
}

NotebookInstanceCreator::NotebookInstanceCreator(AwsClientContext* context,
                                                 QList<std::chrono::milliseconds> retryDelays)
    : m_context(context)
    , m_retryDelays(std::move(retryDelays))
{}

AwsCall<QString> NotebookInstanceCreator::createNotebookInstance(const CreateNotebookInstanceRequest& request,
                                                                 bool roleIsNew) const
{
    AwsCall<QString> call(new AwsOperation(m_context));
    attempt(m_context, request, roleIsNew ? m_retryDelays : QList<std::chrono::milliseconds>{}, call);
    return call;
}

bool NotebookInstanceCreator::isRolePropagationError(const AwsError& error)
{
    // A malformed ARN is a ValidationException about the role too, but waiting never fixes it.
    return error.kind == AwsError::Kind::Service && error.code == QLatin1String("ValidationException") &&
           error.message.contains(QLatin1String("role"), Qt::CaseInsensitive) &&
           !error.message.contains(QLatin1String("failed to satisfy constraint"), Qt::CaseInsensitive);
}

} // namespace SageDesk::Aws

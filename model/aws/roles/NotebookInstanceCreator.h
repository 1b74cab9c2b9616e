#pragma once

#include "aws/client/AwsCall.h"
#include "domain/NotebookInstance.h"

#include <QList>

#include <chrono>

namespace SageDesk::Aws {

class AwsClientContext;

// CreateNotebookInstance with a role that may be only seconds old. IAM propagates new roles with a
// delay, and until it has, SageMaker answers ValidationException "Could not assume role ...". With
// a brand-new role such an answer is retried after each of the delays in turn; any other answer
// (and the last one) ends the call.
class NotebookInstanceCreator final
{
public:
    static QList<std::chrono::milliseconds> defaultRetryDelays();

    explicit NotebookInstanceCreator(AwsClientContext* context,
                                     QList<std::chrono::milliseconds> retryDelays = defaultRetryDelays());

    // Answers the instance's ARN.
    AwsCall<QString> createNotebookInstance(const CreateNotebookInstanceRequest& request,
                                            bool roleIsNew) const;

    static bool isRolePropagationError(const AwsError& error);

private:
    AwsClientContext* m_context;
    QList<std::chrono::milliseconds> m_retryDelays;
};

} // namespace SageDesk::Aws

#pragma once

#include "domain/NotebookInstance.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace SageDesk {

// What went wrong with a call, in the words a person should read: the AWS error code, message and
// request id, or that the endpoint could not be reached at all.
struct SourceError
{
    QString code;
    QString message;
    QString requestId;
    bool unreachable = false; // no HTTP answer: connection refused, DNS, timeout

    // Describing a deleted instance answers ValidationException "... does not exist".
    bool isNotFound() const
    {
        return code == QLatin1String("ResourceNotFound") ||
               (code == QLatin1String("ValidationException") &&
                message.contains(QLatin1String("does not exist"), Qt::CaseInsensitive));
    }
};

template <typename T>
struct SourceResult
{
    T value{};
    std::optional<SourceError> error;
    bool ok() const { return !error.has_value(); }
};

// Where the console gets its notebook instances from: an account and region of SageMaker (through
// the AWS client) or the local endpoint. Every call is asynchronous and answers exactly once through
// its callback, on the thread that made the call; no callback runs after the source is destroyed.
class InstanceSource
{
public:
    virtual ~InstanceSource() = default;

    // "profile:dev/eu-west-1", "local/us-east-1": the key of the offline cache. The profile stands for
    // the account so that the cached list can be shown before the account is known (offline start).
    virtual QString scope() const = 0;
    virtual QString region() const = 0;

    // GetCallerIdentity: answers the caller's ARN, for the account bar.
    virtual void getCallerIdentity(std::function<void(const SourceResult<QString>&)> done) = 0;
    virtual void
    listNotebookInstances(std::function<void(const SourceResult<QList<NotebookInstance>>&)> done) = 0;
    virtual void
    describeNotebookInstance(const QString& name,
                             std::function<void(const SourceResult<NotebookInstance>&)> done) = 0;
    virtual void startNotebookInstance(const QString& name,
                                       std::function<void(const SourceResult<bool>&)> done) = 0;
    virtual void stopNotebookInstance(const QString& name,
                                      std::function<void(const SourceResult<bool>&)> done) = 0;
    virtual void deleteNotebookInstance(const QString& name,
                                        std::function<void(const SourceResult<bool>&)> done) = 0;
    virtual void updateNotebookInstance(const UpdateNotebookInstanceRequest& request,
                                        std::function<void(const SourceResult<bool>&)> done) = 0;
    virtual void listTags(const QString& resourceArn,
                          std::function<void(const SourceResult<QList<Tag>>&)> done) = 0;
    virtual void createPresignedNotebookInstanceUrl(const QString& name,
                                                    std::function<void(const SourceResult<QUrl>&)> done) = 0;
};

} // namespace SageDesk

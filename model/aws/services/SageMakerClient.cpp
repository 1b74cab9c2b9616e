#include "aws/services/SageMakerClient.h"

#include "aws/client/AwsClientContext.h"
#include "aws/client/AwsPage.h"
#include "aws/client/JsonProtocol.h"
#include "aws/client/Pagination.h"
#include "aws/config/AwsConfig.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace SageDesk::Aws {

namespace {

const QString kService = QStringLiteral("sagemaker");
const QString kTargetPrefix = QStringLiteral("SageMaker");
// ListTags pages: the model's minimum is 50; 100 halves the round trips of a well-tagged resource.
constexpr int kListTagsPageSize = 100;

QString text(const QJsonObject& json, const char* key)
{
    return json.value(QLatin1String(key)).toString();
}

QJsonObject named(const char* key, const QString& value)
{
    return QJsonObject{{QLatin1String(key), value}};
}

void insertIfSet(QJsonObject& json, const char* key, const QString& value)
{
    if (!value.isEmpty()) {
        json.insert(QLatin1String(key), value);
    }
}

void insertIfSet(QJsonObject& json, const char* key, const QDateTime& value)
{
    if (value.isValid()) {
        json.insert(QLatin1String(key), Json::timestampToJson(value));
    }
}

void insertTimes(QJsonObject& json, const ListTimeFilters& times)
{
    insertIfSet(json, "CreationTimeAfter", times.creationTimeAfter);
    insertIfSet(json, "CreationTimeBefore", times.creationTimeBefore);
    insertIfSet(json, "LastModifiedTimeAfter", times.lastModifiedTimeAfter);
    insertIfSet(json, "LastModifiedTimeBefore", times.lastModifiedTimeBefore);
}

void insertPaging(QJsonObject& json, int maxResults, const QString& nextToken)
{
    if (maxResults > 0) {
        json.insert(QStringLiteral("MaxResults"), maxResults);
    }
    insertIfSet(json, "NextToken", nextToken);
}

QJsonArray lifecycleHook(const QByteArray& script)
{
    if (script.isEmpty()) {
        return {};
    }
    return QJsonArray{QJsonObject{{QStringLiteral("Content"), QString::fromLatin1(script.toBase64())}}};
}

QByteArray lifecycleScript(const QJsonValue& hooks)
{
    const QJsonArray array = hooks.toArray();
    if (array.isEmpty()) {
        return {};
    }
    return QByteArray::fromBase64(
        array.first().toObject().value(QStringLiteral("Content")).toString().toLatin1());
}

// Tags only for Create: UpdateNotebookInstanceLifecycleConfig has no Tags member.
QJsonObject lifecycleInput(const NotebookInstanceLifecycleConfig& config, bool withTags)
{
    QJsonObject input =
        named("NotebookInstanceLifecycleConfigName", config.notebookInstanceLifecycleConfigName);
    if (withTags && !config.tags.isEmpty()) {
        input.insert(QStringLiteral("Tags"), Json::tagsToJson(config.tags));
    }
    if (!config.onCreate.isEmpty()) {
        input.insert(QStringLiteral("OnCreate"), lifecycleHook(config.onCreate));
    }
    if (!config.onStart.isEmpty()) {
        input.insert(QStringLiteral("OnStart"), lifecycleHook(config.onStart));
    }
    return input;
}

NotebookInstanceLifecycleConfig lifecycleConfigFromJson(const QJsonObject& json)
{
    NotebookInstanceLifecycleConfig config;
    config.notebookInstanceLifecycleConfigName = text(json, "NotebookInstanceLifecycleConfigName");
    config.notebookInstanceLifecycleConfigArn = text(json, "NotebookInstanceLifecycleConfigArn");
    config.onCreate = lifecycleScript(json.value(QStringLiteral("OnCreate")));
    config.onStart = lifecycleScript(json.value(QStringLiteral("OnStart")));
    config.creationTime = Json::timestampFromJson(json.value(QStringLiteral("CreationTime")));
    config.lastModifiedTime = Json::timestampFromJson(json.value(QStringLiteral("LastModifiedTime")));
    return config;
}

CodeRepository codeRepositoryFromJson(const QJsonObject& json)
{
    CodeRepository repository;
    repository.codeRepositoryName = text(json, "CodeRepositoryName");
    repository.codeRepositoryArn = text(json, "CodeRepositoryArn");
    const QJsonObject git = json.value(QStringLiteral("GitConfig")).toObject();
    repository.repositoryUrl = text(git, "RepositoryUrl");
    repository.branch = text(git, "Branch");
    repository.secretArn = text(git, "SecretArn");
    repository.creationTime = Json::timestampFromJson(json.value(QStringLiteral("CreationTime")));
    repository.lastModifiedTime = Json::timestampFromJson(json.value(QStringLiteral("LastModifiedTime")));
    return repository;
}

template <typename Item>
QList<Item> listOf(const QJsonObject& json, const char* key, Item (*convert)(const QJsonObject&))
{
    QList<Item> items;
    for (const QJsonValue& value : json.value(QLatin1String(key)).toArray()) {
        items.append(convert(value.toObject()));
    }
    return items;
}

} // namespace

SageMakerClient::SageMakerClient(AwsClientContext* context)
    : m_context(context)
{}

template <typename T>
AwsCall<T> SageMakerClient::call(const QString& operation, const QJsonObject& input,
                                 std::function<AwsResult<T>(const QJsonObject&)> parse,
                                 AwsRequestJob::ResendCheck resendCheck, bool idempotent)
{
    AwsRequest request = JsonProtocol::request(kService, kTargetPrefix, operation, input);
    request.idempotent = idempotent;
    return AwsRequestJob::call<T>(
        m_context, std::move(request),
        [parse = std::move(parse)](const AwsHttpResponse& response) -> AwsResult<T> {
            AwsResult<QJsonObject> body = JsonProtocol::body(kService, response);
            if (!body) {
                return body.error();
            }
            return parse(body.value());
        },
        std::move(resendCheck));
}

AwsCall<AwsEmpty> SageMakerClient::callEmpty(const QString& operation, const QJsonObject& input)
{
    return call<AwsEmpty>(operation, input, [](const QJsonObject&) { return AwsEmpty{}; });
}

AwsCall<QString> SageMakerClient::createNotebookInstance(const CreateNotebookInstanceRequest& request)
{
    QPointer<AwsClientContext> context(m_context);
    const QString name = request.notebookInstanceName;
    // CreateNotebookInstance takes no client token, so the only safe re-send is one after asking
    // whether the lost attempt created the instance.
    auto resendCheck = [context, name](std::function<void(std::optional<AwsRequestJob::RawResult>)> done) {
        if (!context) {
            done(std::nullopt);
            return;
        }
        SageMakerClient(context).describeNotebookInstance(name).then(
            context, [done](const AwsResult<NotebookInstance>& described) {
                if (described) {
                    AwsHttpResponse response;
                    response.status = 200;
                    response.body =
                        QJsonDocument(named("NotebookInstanceArn", described->notebookInstanceArn))
                            .toJson(QJsonDocument::Compact);
                    done(AwsRequestJob::RawResult(response));
                } else if (described.error().isNotFound()) {
                    done(std::nullopt);
                } else {
                    done(AwsRequestJob::RawResult(described.error()));
                }
            });
    };
    return call<QString>(
        QStringLiteral("CreateNotebookInstance"), request.toJson(),
        [](const QJsonObject& json) { return text(json, "NotebookInstanceArn"); }, resendCheck, false);
}

AwsCall<NotebookInstance> SageMakerClient::describeNotebookInstance(const QString& notebookInstanceName)
{
    return call<NotebookInstance>(QStringLiteral("DescribeNotebookInstance"),
                                  named("NotebookInstanceName", notebookInstanceName),
                                  [](const QJsonObject& json) { return NotebookInstance::fromJson(json); });
}

QJsonObject SageMakerClient::listNotebookInstancesInput(const ListNotebookInstancesRequest& request)
{
    QJsonObject input;
    insertIfSet(input, "NameContains", request.nameContains);
    if (request.statusEquals) {
        input.insert(QStringLiteral("StatusEquals"),
                     NotebookInstanceStatuses::toString(*request.statusEquals));
    }
    insertIfSet(input, "SortBy", request.sortBy);
    insertIfSet(input, "SortOrder", request.sortOrder);
    insertIfSet(input, "CreationTimeAfter", request.creationTimeAfter);
    insertIfSet(input, "CreationTimeBefore", request.creationTimeBefore);
    insertIfSet(input, "LastModifiedTimeAfter", request.lastModifiedTimeAfter);
    insertIfSet(input, "LastModifiedTimeBefore", request.lastModifiedTimeBefore);
    insertIfSet(input, "NotebookInstanceLifecycleConfigNameContains",
                request.notebookInstanceLifecycleConfigNameContains);
    insertIfSet(input, "DefaultCodeRepositoryContains", request.defaultCodeRepositoryContains);
    insertIfSet(input, "AdditionalCodeRepositoryEquals", request.additionalCodeRepositoryEquals);
    insertPaging(input, request.maxResults, request.nextToken);
    return input;
}

AwsCall<NotebookInstancePage>
SageMakerClient::listNotebookInstances(const ListNotebookInstancesRequest& request)
{
    return call<NotebookInstancePage>(QStringLiteral("ListNotebookInstances"),
                                      listNotebookInstancesInput(request), [](const QJsonObject& json) {
                                          return NotebookInstancePage{
                                              listOf(json, "NotebookInstances", &NotebookInstance::fromJson),
                                              text(json, "NextToken")};
                                      });
}

AwsCall<QList<NotebookInstance>>
SageMakerClient::listAllNotebookInstances(ListNotebookInstancesRequest request)
{
    QPointer<AwsClientContext> context(m_context);
    return Pagination::collect<NotebookInstancePage, NotebookInstance>(
        m_context,
        [context, request](const QString& token) mutable {
            request.nextToken = token;
            return SageMakerClient(context).listNotebookInstances(request);
        },
        &NotebookInstancePage::notebookInstances, &NotebookInstancePage::nextToken);
}

AwsCall<AwsEmpty> SageMakerClient::startNotebookInstance(const QString& notebookInstanceName)
{
    return callEmpty(QStringLiteral("StartNotebookInstance"),
                     named("NotebookInstanceName", notebookInstanceName));
}

AwsCall<AwsEmpty> SageMakerClient::stopNotebookInstance(const QString& notebookInstanceName)
{
    return callEmpty(QStringLiteral("StopNotebookInstance"),
                     named("NotebookInstanceName", notebookInstanceName));
}

AwsCall<AwsEmpty> SageMakerClient::updateNotebookInstance(const UpdateNotebookInstanceRequest& request)
{
    return callEmpty(QStringLiteral("UpdateNotebookInstance"), request.toJson());
}

AwsCall<AwsEmpty> SageMakerClient::deleteNotebookInstance(const QString& notebookInstanceName)
{
    return callEmpty(QStringLiteral("DeleteNotebookInstance"),
                     named("NotebookInstanceName", notebookInstanceName));
}

AwsCall<QString> SageMakerClient::createPresignedNotebookInstanceUrl(const QString& notebookInstanceName,
                                                                     int sessionExpirationDurationInSeconds)
{
    QJsonObject input = named("NotebookInstanceName", notebookInstanceName);
    input.insert(QStringLiteral("SessionExpirationDurationInSeconds"), sessionExpirationDurationInSeconds);
    const QUrl endpoint = m_context->endpoint(kService);
    const QString region = m_context->region();
    return call<QString>(
        QStringLiteral("CreatePresignedNotebookInstanceUrl"), input,
        [endpoint, region, notebookInstanceName](const QJsonObject& json) -> AwsResult<QString> {
            const QString url = text(json, "AuthorizedUrl");
            const QString problem = untrustedPresignedUrl(url, endpoint, region, notebookInstanceName);
            if (problem.isEmpty()) {
                return url;
            }
            AwsError error;
            error.kind = AwsError::Kind::Parse;
            error.service = kService;
            error.code = QStringLiteral("UntrustedAuthorizedUrl");
            error.message = problem;
            return error;
        });
}

QString SageMakerClient::untrustedPresignedUrl(const QString& authorizedUrl, const QUrl& endpoint,
                                               const QString& region, const QString& notebookInstanceName)
{
    const QUrl url(authorizedUrl, QUrl::StrictMode);
    const auto isLoopback = [](const QString& host) {
        return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
               QHostAddress(host).isLoopback();
    };
    const QString host = url.host();
    if (url.isValid() && url.scheme() == QLatin1String("http") && url.userInfo().isEmpty() &&
        isLoopback(host) && endpoint.scheme() == QLatin1String("http") && isLoopback(endpoint.host())) {
        return {};
    }
    if (url.isValid() && url.scheme() == QLatin1String("https") && url.userInfo().isEmpty() &&
        AwsConfig::isValidRegion(region) && !notebookInstanceName.isEmpty()) {
        const QString suffix = region.startsWith(QLatin1String("cn-")) ? QStringLiteral("sagemaker.com.cn")
                                                                       : QStringLiteral("sagemaker.aws");
        const QRegularExpression instanceHost(
            QStringLiteral("^%1(-[a-z0-9]+)?\\.notebook\\.%2\\.%3$")
                .arg(QRegularExpression::escape(notebookInstanceName.toLower()),
                     QRegularExpression::escape(region.toLower()), QRegularExpression::escape(suffix)));
        if (instanceHost.match(host.toLower()).hasMatch()) {
            return {};
        }
    }
    return QCoreApplication::translate("SageDesk::Aws::SageMakerClient",
                                       "The sign-in URL for %1 leads to %2, which is not the notebook "
                                       "instance's own address, so it was "
                                       "not opened.")
        .arg(notebookInstanceName,
             url.isValid() ? url.scheme() + QStringLiteral("://") + host : QStringLiteral("?"));
}

QString SageMakerClient::jupyterLabUrl(const QString& authorizedUrl)
{
    const qsizetype query = authorizedUrl.indexOf(QLatin1Char('?'));
    QString base = query < 0 ? authorizedUrl : authorizedUrl.left(query);
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    return base + QStringLiteral("/lab") + (query < 0 ? QString() : authorizedUrl.mid(query));
}

AwsCall<QString>
SageMakerClient::createNotebookInstanceLifecycleConfig(const NotebookInstanceLifecycleConfig& config)
{
    return call<QString>(
        QStringLiteral("CreateNotebookInstanceLifecycleConfig"), lifecycleInput(config, true),
        [](const QJsonObject& json) { return text(json, "NotebookInstanceLifecycleConfigArn"); });
}

AwsCall<NotebookInstanceLifecycleConfig>
SageMakerClient::describeNotebookInstanceLifecycleConfig(const QString& name)
{
    return call<NotebookInstanceLifecycleConfig>(
        QStringLiteral("DescribeNotebookInstanceLifecycleConfig"),
        named("NotebookInstanceLifecycleConfigName", name),
        [](const QJsonObject& json) { return lifecycleConfigFromJson(json); });
}

AwsCall<NotebookInstanceLifecycleConfigPage> SageMakerClient::listNotebookInstanceLifecycleConfigs(
    const ListNotebookInstanceLifecycleConfigsRequest& request)
{
    QJsonObject input;
    insertIfSet(input, "NameContains", request.nameContains);
    insertIfSet(input, "SortBy", request.sortBy);
    insertIfSet(input, "SortOrder", request.sortOrder);
    insertTimes(input, request.times);
    insertPaging(input, request.maxResults, request.nextToken);
    return call<NotebookInstanceLifecycleConfigPage>(
        QStringLiteral("ListNotebookInstanceLifecycleConfigs"), input, [](const QJsonObject& json) {
            return NotebookInstanceLifecycleConfigPage{
                listOf(json, "NotebookInstanceLifecycleConfigs", &lifecycleConfigFromJson),
                text(json, "NextToken")};
        });
}

AwsCall<AwsEmpty>
SageMakerClient::updateNotebookInstanceLifecycleConfig(const NotebookInstanceLifecycleConfig& config)
{
    return callEmpty(QStringLiteral("UpdateNotebookInstanceLifecycleConfig"), lifecycleInput(config, false));
}

AwsCall<AwsEmpty> SageMakerClient::deleteNotebookInstanceLifecycleConfig(const QString& name)
{
    return callEmpty(QStringLiteral("DeleteNotebookInstanceLifecycleConfig"),
                     named("NotebookInstanceLifecycleConfigName", name));
}

AwsCall<QString> SageMakerClient::createCodeRepository(const CodeRepository& repository)
{
    QJsonObject git = named("RepositoryUrl", repository.repositoryUrl);
    insertIfSet(git, "Branch", repository.branch);
    insertIfSet(git, "SecretArn", repository.secretArn);
    QJsonObject input = named("CodeRepositoryName", repository.codeRepositoryName);
    input.insert(QStringLiteral("GitConfig"), git);
    if (!repository.tags.isEmpty()) {
        input.insert(QStringLiteral("Tags"), Json::tagsToJson(repository.tags));
    }
    return call<QString>(QStringLiteral("CreateCodeRepository"), input,
                         [](const QJsonObject& json) { return text(json, "CodeRepositoryArn"); });
}

AwsCall<CodeRepository> SageMakerClient::describeCodeRepository(const QString& codeRepositoryName)
{
    return call<CodeRepository>(QStringLiteral("DescribeCodeRepository"),
                                named("CodeRepositoryName", codeRepositoryName),
                                [](const QJsonObject& json) { return codeRepositoryFromJson(json); });
}

AwsCall<CodeRepositoryPage> SageMakerClient::listCodeRepositories(const ListCodeRepositoriesRequest& request)
{
    QJsonObject input;
    insertIfSet(input, "NameContains", request.nameContains);
    insertIfSet(input, "SortBy", request.sortBy);
    insertIfSet(input, "SortOrder", request.sortOrder);
    insertTimes(input, request.times);
    insertPaging(input, request.maxResults, request.nextToken);
    return call<CodeRepositoryPage>(
        QStringLiteral("ListCodeRepositories"), input, [](const QJsonObject& json) {
            return CodeRepositoryPage{listOf(json, "CodeRepositorySummaryList", &codeRepositoryFromJson),
                                      text(json, "NextToken")};
        });
}

AwsCall<QString> SageMakerClient::updateCodeRepository(const QString& codeRepositoryName,
                                                       const QString& secretArn)
{
    QJsonObject input = named("CodeRepositoryName", codeRepositoryName);
    input.insert(QStringLiteral("GitConfig"), named("SecretArn", secretArn));
    return call<QString>(QStringLiteral("UpdateCodeRepository"), input,
                         [](const QJsonObject& json) { return text(json, "CodeRepositoryArn"); });
}

AwsCall<AwsEmpty> SageMakerClient::deleteCodeRepository(const QString& codeRepositoryName)
{
    return callEmpty(QStringLiteral("DeleteCodeRepository"), named("CodeRepositoryName", codeRepositoryName));
}

AwsCall<QList<Tag>> SageMakerClient::addTags(const QString& resourceArn, const QList<Tag>& tags)
{
    QJsonObject input = named("ResourceArn", resourceArn);
    input.insert(QStringLiteral("Tags"), Json::tagsToJson(tags));
    return call<QList<Tag>>(QStringLiteral("AddTags"), input, [](const QJsonObject& json) {
        return Json::tagsFromJson(json.value(QStringLiteral("Tags")));
    });
}

AwsCall<QList<Tag>> SageMakerClient::listTags(const QString& resourceArn)
{
    QPointer<AwsClientContext> context(m_context);
    return Pagination::collect<AwsPage<Tag>, Tag>(
        m_context,
        [context, resourceArn](const QString& token) {
            QJsonObject input = named("ResourceArn", resourceArn);
            insertPaging(input, kListTagsPageSize, token);
            return SageMakerClient(context).call<AwsPage<Tag>>(
                QStringLiteral("ListTags"), input, [](const QJsonObject& json) {
                    return AwsPage<Tag>{Json::tagsFromJson(json.value(QStringLiteral("Tags"))),
                                        text(json, "NextToken")};
                });
        },
        &AwsPage<Tag>::items, &AwsPage<Tag>::nextToken);
}

AwsCall<AwsEmpty> SageMakerClient::deleteTags(const QString& resourceArn, const QStringList& tagKeys)
{
    QJsonObject input = named("ResourceArn", resourceArn);
    input.insert(QStringLiteral("TagKeys"), QJsonArray::fromStringList(tagKeys));
    return callEmpty(QStringLiteral("DeleteTags"), input);
}

QJsonObject SageMakerClient::lifecycleConfigInput(const NotebookInstanceLifecycleConfig& config)
{
    return lifecycleInput(config, true);
}

} // namespace SageDesk::Aws

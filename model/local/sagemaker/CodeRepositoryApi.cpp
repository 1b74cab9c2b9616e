#include "local/sagemaker/CodeRepositoryApi.h"

#include "domain/NotebookInstance.h"
#include "domain/Validation.h"
#include "local/sagemaker/ApiInput.h"
#include "local/sagemaker/ListQuery.h"
#include "local/store/LocalStateStore.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace SageDesk::Local {

namespace {

const auto kName = QStringLiteral("CodeRepositoryName");
const auto kArn = QStringLiteral("CodeRepositoryArn");

WireError notFound(const QString& arn)
{
    return WireError::validation(QStringLiteral("Cannot find CodeRepository with arn: %1").arg(arn));
}

} // namespace

CodeRepositoryApi::CodeRepositoryApi(LocalStateStore& store, const EndpointContext& context,
                                     const Clock& clock)
    : m_store(store)
    , m_context(context)
    , m_clock(clock)
{}

ApiResult CodeRepositoryApi::createCodeRepository(const QJsonObject& input)
{
    if (auto error = ApiInput::requireMembers(input, {kName, QStringLiteral("GitConfig")})) {
        return *error;
    }
    const QString name = input.value(kName).toString();
    const QJsonObject gitConfig = input.value(QLatin1String("GitConfig")).toObject();
    ValidationIssues issues;
    if (auto issue = Validation::codeRepository(kName, name);
        issue || name.startsWith(QLatin1String("https://"))) {
        issues.append(
            issue.value_or(ValidationIssue{kName, kName + QStringLiteral(": must be a name, not a URL")}));
    }
    const QString url = gitConfig.value(QLatin1String("RepositoryUrl")).toString();
    if (url.isEmpty()) {
        return *ApiInput::requireMembers(gitConfig, {QStringLiteral("RepositoryUrl")});
    }
    // AWS's GitConfigUrl: https only, so that an instance never clones file:// or a path of this
    // computer into a volume (and runs what a hook there brings).
    static const QRegularExpression kGitConfigUrl(QStringLiteral("^https://([^/]+)/?(.*)$"));
    if (!kGitConfigUrl.match(url).hasMatch()) {
        return WireError::constraint(url, QStringLiteral("gitConfig.repositoryUrl"),
                                     QStringLiteral("Member must satisfy regular expression pattern: "
                                                    "^https://([^/]+)/?(.*)$"));
    }
    if (!issues.isEmpty()) {
        return *ApiInput::fromIssues(issues);
    }
    const QString arn = m_context.sageMakerArn(QStringLiteral("code-repository"), name);
    if (m_store.contains(LocalStateStore::Kind::CodeRepository, name)) {
        return WireError{400, QStringLiteral("ResourceInUse"),
                         QStringLiteral("Cannot create a duplicate CodeRepository (%1)").arg(arn)};
    }
    const double now = Json::timestampToJson(m_clock.currentDateTimeUtc());
    m_store.put(LocalStateStore::Kind::CodeRepository, name,
                QJsonObject{{kName, name},
                            {kArn, arn},
                            {QStringLiteral("CreationTime"), now},
                            {QStringLiteral("LastModifiedTime"), now},
                            {QStringLiteral("GitConfig"), gitConfig}});
    const QList<Tag> tags = Json::tagsFromJson(input.value(QLatin1String("Tags")));
    if (!tags.isEmpty()) {
        m_store.setTags(arn, tags);
    }
    return QJsonObject{{kArn, arn}};
}

ApiResult CodeRepositoryApi::describeCodeRepository(const QJsonObject& input) const
{
    if (auto error = ApiInput::requireMembers(input, {kName})) {
        return *error;
    }
    const QString name = input.value(kName).toString();
    const auto document = m_store.find(LocalStateStore::Kind::CodeRepository, name);
    if (!document) {
        return notFound(m_context.sageMakerArn(QStringLiteral("code-repository"), name));
    }
    return *document;
}

ApiResult CodeRepositoryApi::listCodeRepositories(const QJsonObject& input) const
{
    ListQuery query;
    if (auto error =
            ListQuery::parse(input, kName,
                             {{QStringLiteral("Name"), kName},
                              {QStringLiteral("CreationTime"), QStringLiteral("CreationTime")},
                              {QStringLiteral("LastModifiedTime"), QStringLiteral("LastModifiedTime")}},
                             query)) {
        return *error;
    }
    QList<QJsonObject> matching;
    for (const QJsonObject& document : m_store.all(LocalStateStore::Kind::CodeRepository)) {
        if (query.accepts(document)) {
            matching.append(document);
        }
    }
    return query.output(matching, QStringLiteral("CodeRepositorySummaryList"));
}

ApiResult CodeRepositoryApi::deleteCodeRepository(const QJsonObject& input)
{
    if (auto error = ApiInput::requireMembers(input, {kName})) {
        return *error;
    }
    const QString name = input.value(kName).toString();
    const QString arn = m_context.sageMakerArn(QStringLiteral("code-repository"), name);
    if (!m_store.contains(LocalStateStore::Kind::CodeRepository, name)) {
        return notFound(arn);
    }
    m_store.remove(LocalStateStore::Kind::CodeRepository, name);
    m_store.setTags(arn, {});
    return QJsonObject{};
}

} // namespace SageDesk::Local

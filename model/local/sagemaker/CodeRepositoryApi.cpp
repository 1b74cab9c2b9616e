#include "local/sagemaker/CodeRepositoryApi.h"

#include "domain/NotebookInstance.h"
#include "domain/Validation.h"
#include "local/sagemaker/ApiInput.h"
#include "local/sagemaker/ListQuery.h"
#include "local/store/LocalStateStore.h"

#include <QJsonArray>

namespace SageDesk::Local {

namespace {

const auto kName = QStringLiteral("CodeRepositoryName");
const auto kArn = QStringLiteral("CodeRepositoryArn");

WireError notFound(const QString& arn)
{
    return WireError::validation(QStringLiteral("Cannot find CodeRepository with arn: %1").arg(arn));
}

// A GitConfig member as given; a null QString when it is absent (so that only given members are
// checked).
QString gitMember(const QJsonObject& gitConfig, const char* member)
{
    const QJsonValue value = gitConfig.value(QLatin1String(member));
    return value.isUndefined() ? QString() : value.toString(QStringLiteral(""));
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
    if (auto error = ApiInput::requireMembers(gitConfig, {QStringLiteral("RepositoryUrl")})) {
        error->message.replace(QLatin1String("at 'repositoryUrl'"),
                               QLatin1String("at 'gitConfig.repositoryUrl'"));
        return *error;
    }
    const QList<Tag> tags = Json::tagsFromJson(input.value(QLatin1String("Tags")));
    ValidationIssues issues = Validation::codeRepositoryDefinition(
        name, gitMember(gitConfig, "RepositoryUrl"), gitMember(gitConfig, "Branch"),
        gitMember(gitConfig, "SecretArn"));
    issues += Validation::tags(tags);
    if (auto error = ApiInput::fromIssues(issues)) {
        return *error;
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
                             query, QStringLiteral("Ascending"))) {
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

ApiResult CodeRepositoryApi::updateCodeRepository(const QJsonObject& input)
{
    if (auto error = ApiInput::requireMembers(input, {kName})) {
        return *error;
    }
    const QString name = input.value(kName).toString();
    const QJsonObject update = input.value(QLatin1String("GitConfig")).toObject();
    if (auto error = ApiInput::fromIssues(
            Validation::codeRepositoryDefinition(name, {}, {}, gitMember(update, "SecretArn")))) {
        return *error;
    }
    const QString arn = m_context.sageMakerArn(QStringLiteral("code-repository"), name);
    auto document = m_store.find(LocalStateStore::Kind::CodeRepository, name);
    if (!document) {
        return notFound(arn);
    }
    if (update.contains(QLatin1String("SecretArn"))) {
        QJsonObject gitConfig = document->value(QLatin1String("GitConfig")).toObject();
        gitConfig.insert(QStringLiteral("SecretArn"), update.value(QLatin1String("SecretArn")));
        document->insert(QStringLiteral("GitConfig"), gitConfig);
    }
    document->insert(QStringLiteral("LastModifiedTime"), Json::timestampToJson(m_clock.currentDateTimeUtc()));
    m_store.put(LocalStateStore::Kind::CodeRepository, name, *document);
    return QJsonObject{{kArn, arn}};
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

#include "local/sagemaker/LifecycleConfigApi.h"

#include "domain/NotebookInstance.h"
#include "domain/Validation.h"
#include "local/sagemaker/ApiInput.h"
#include "local/sagemaker/ListQuery.h"
#include "local/store/LocalStateStore.h"

#include <QJsonArray>

namespace SageDesk::Local {

namespace {

const auto kName = QStringLiteral("NotebookInstanceLifecycleConfigName");
const auto kArn = QStringLiteral("NotebookInstanceLifecycleConfigArn");
const char* const kHooks[] = {"OnCreate", "OnStart"};

} // namespace

LifecycleConfigApi::LifecycleConfigApi(LocalStateStore& store, const EndpointContext& context,
                                       const Clock& clock)
    : m_store(store)
    , m_context(context)
    , m_clock(clock)
{}

QString LifecycleConfigApi::arnOf(const QString& name) const
{
    return m_context.sageMakerArn(QStringLiteral("notebook-instance-lifecycle-config"), name);
}

std::optional<WireError> LifecycleConfigApi::validate(const QJsonObject& input) const
{
    if (auto error = ApiInput::requireMembers(input, {kName})) {
        return error;
    }
    ValidationIssues issues;
    if (auto issue = Validation::lifecycleConfigName(input.value(kName).toString(), true, kName)) {
        issues.append(*issue);
    }
    for (const char* hook : kHooks) {
        const QJsonValue value = input.value(QLatin1String(hook));
        if (value.isUndefined()) {
            continue;
        }
        const QJsonArray hooks = value.toArray();
        if (!value.isArray() || hooks.size() > 1) {
            return WireError::constraint(QString(), QString::fromLatin1(hook).toLower(),
                                         QStringLiteral("Member must have length less than or equal to 1"));
        }
        for (const QJsonValue& item : hooks) {
            if (auto issue = Validation::lifecycleContent(
                    QString::fromLatin1(hook), item.toObject().value(QLatin1String("Content")).toString())) {
                issues.append(*issue);
            }
        }
    }
    return ApiInput::fromIssues(issues);
}

ApiResult LifecycleConfigApi::createNotebookInstanceLifecycleConfig(const QJsonObject& input)
{
    if (auto error = validate(input)) {
        return *error;
    }
    const QList<Tag> tags = Json::tagsFromJson(input.value(QLatin1String("Tags")));
    if (auto error = ApiInput::fromIssues(Validation::tags(tags))) {
        return *error;
    }
    const QString name = input.value(kName).toString();
    if (m_store.contains(LocalStateStore::Kind::LifecycleConfig, name)) {
        return WireError::validation(
            QStringLiteral("Unable to create Notebook Instance Lifecycle Config %1. "
                           "(Details: Notebook Instance Lifecycle Config already exists.)")
                .arg(arnOf(name)));
    }
    const double now = Json::timestampToJson(m_clock.currentDateTimeUtc());
    QJsonObject document{{kName, name},
                         {kArn, arnOf(name)},
                         {QStringLiteral("CreationTime"), now},
                         {QStringLiteral("LastModifiedTime"), now}};
    for (const char* hook : kHooks) {
        if (input.contains(QLatin1String(hook))) {
            document.insert(QLatin1String(hook), input.value(QLatin1String(hook)));
        }
    }
    m_store.put(LocalStateStore::Kind::LifecycleConfig, name, document);
    if (!tags.isEmpty()) {
        m_store.setTags(arnOf(name), tags);
    }
    return QJsonObject{{kArn, arnOf(name)}};
}

ApiResult LifecycleConfigApi::describeNotebookInstanceLifecycleConfig(const QJsonObject& input) const
{
    if (auto error = ApiInput::requireMembers(input, {kName})) {
        return *error;
    }
    const QString name = input.value(kName).toString();
    const auto document = m_store.find(LocalStateStore::Kind::LifecycleConfig, name);
    if (!document) {
        return WireError::validation(
            QStringLiteral(
                "Unable to describe Notebook Instance Lifecycle Config '%1'. (Details: Notebook Instance "
                "Lifecycle Config does not exist.)")
                .arg(arnOf(name)));
    }
    return *document;
}

ApiResult LifecycleConfigApi::listNotebookInstanceLifecycleConfigs(const QJsonObject& input) const
{
    ListQuery query;
    if (auto error =
            ListQuery::parse(input, kName,
                             {{QStringLiteral("CreationTime"), QStringLiteral("CreationTime")},
                              {QStringLiteral("Name"), kName},
                              {QStringLiteral("LastModifiedTime"), QStringLiteral("LastModifiedTime")}},
                             query)) {
        return *error;
    }
    QList<QJsonObject> matching;
    for (const QJsonObject& document : m_store.all(LocalStateStore::Kind::LifecycleConfig)) {
        if (query.accepts(document)) {
            QJsonObject summary = document;
            summary.remove(QStringLiteral("OnCreate"));
            summary.remove(QStringLiteral("OnStart"));
            matching.append(summary);
        }
    }
    return query.output(matching, QStringLiteral("NotebookInstanceLifecycleConfigs"));
}

ApiResult LifecycleConfigApi::updateNotebookInstanceLifecycleConfig(const QJsonObject& input)
{
    if (auto error = validate(input)) {
        return *error;
    }
    const QString name = input.value(kName).toString();
    auto document = m_store.find(LocalStateStore::Kind::LifecycleConfig, name);
    if (!document) {
        return WireError::validation(
            QStringLiteral("Unable to update Notebook Instance Lifecycle Config '%1'. "
                           "(Details: Notebook Instance Lifecycle Config does not exist.)")
                .arg(arnOf(name)));
    }
    for (const char* hook : kHooks) {
        if (input.contains(QLatin1String(hook))) {
            document->insert(QLatin1String(hook), input.value(QLatin1String(hook)));
        }
    }
    document->insert(QStringLiteral("LastModifiedTime"), Json::timestampToJson(m_clock.currentDateTimeUtc()));
    m_store.put(LocalStateStore::Kind::LifecycleConfig, name, *document);
    return QJsonObject{};
}

ApiResult LifecycleConfigApi::deleteNotebookInstanceLifecycleConfig(const QJsonObject& input)
{
    if (auto error = ApiInput::requireMembers(input, {kName})) {
        return *error;
    }
    const QString name = input.value(kName).toString();
    if (!m_store.contains(LocalStateStore::Kind::LifecycleConfig, name)) {
        return WireError::validation(
            QStringLiteral("Unable to delete Notebook Instance Lifecycle Config '%1'. "
                           "(Details: Notebook Instance Lifecycle Config does not exist.)")
                .arg(arnOf(name)));
    }
    m_store.remove(LocalStateStore::Kind::LifecycleConfig, name);
    m_store.setTags(arnOf(name), {});
    return QJsonObject{};
}

} // namespace SageDesk::Local

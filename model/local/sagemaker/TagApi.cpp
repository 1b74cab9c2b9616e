#include "local/sagemaker/TagApi.h"

#include "domain/Validation.h"
#include "local/sagemaker/ApiInput.h"
#include "local/sagemaker/NotebookInstanceController.h"
#include "local/store/LocalStateStore.h"

#include <QJsonArray>

#include <tuple>

namespace SageDesk::Local {

namespace {

const auto kArn = QStringLiteral("ResourceArn");
constexpr int kMaxTags = 50;
constexpr int kListTagsPage = 50;

} // namespace

TagApi::TagApi(LocalStateStore& store, NotebookInstanceController& controller)
    : m_store(store)
    , m_controller(controller)
{}

std::optional<WireError> TagApi::checkResource(const QJsonObject& input) const
{
    // The resources of the notebook-instance family, by the type in their ARN.
    static const QList<std::tuple<QLatin1String, LocalStateStore::Kind, QLatin1String>> kTaggable{
        {QLatin1String("notebook-instance"), LocalStateStore::Kind::NotebookInstance,
         QLatin1String("NotebookInstanceArn")},
        {QLatin1String("notebook-instance-lifecycle-config"), LocalStateStore::Kind::LifecycleConfig,
         QLatin1String("NotebookInstanceLifecycleConfigArn")},
        {QLatin1String("code-repository"), LocalStateStore::Kind::CodeRepository,
         QLatin1String("CodeRepositoryArn")},
    };
    const QString arn = input.value(kArn).toString();
    const QString type = arn.section(QLatin1Char(':'), 5).section(QLatin1Char('/'), 0, 0);
    for (const auto& [resourceType, kind, arnField] : kTaggable) {
        if (type != resourceType) {
            continue;
        }
        for (const QJsonObject& document : m_store.all(kind)) {
            if (document.value(arnField).toString() == arn) {
                return std::nullopt;
            }
        }
    }
    return WireError::validation(QStringLiteral("Resource %1 does not exist.").arg(arn));
}

ApiResult TagApi::addTags(const QJsonObject& input)
{
    if (auto error = ApiInput::requireMembers(input, {kArn, QStringLiteral("Tags")})) {
        return *error;
    }
    const QList<Tag> added = Json::tagsFromJson(input.value(QLatin1String("Tags")));
    if (auto error = ApiInput::fromIssues(Validation::tags(added))) {
        return *error;
    }
    if (auto error = checkResource(input)) {
        return *error;
    }
    const QString arn = input.value(kArn).toString();
    QList<Tag> tags = m_store.tags(arn);
    for (const Tag& tag : added) {
        const auto same =
            std::find_if(tags.begin(), tags.end(), [&tag](const Tag& t) { return t.key == tag.key; });
        if (same != tags.end()) {
            same->value = tag.value;
        } else {
            tags.append(tag);
        }
    }
    if (tags.size() > kMaxTags) {
        return WireError{400, QStringLiteral("ResourceLimitExceeded"),
                         QStringLiteral("You can't add more than %1 tags to a resource.").arg(kMaxTags)};
    }
    m_store.setTags(arn, tags);
    m_controller.applyTags(arn);
    return QJsonObject{{QStringLiteral("Tags"), Json::tagsToJson(added)}};
}

ApiResult TagApi::listTags(const QJsonObject& input) const
{
    if (auto error = ApiInput::requireMembers(input, {kArn})) {
        return *error;
    }
    // MaxResults: at least 50 (the model has no upper bound; AWS pages by 50 without one).
    const QJsonValue maxResults = input.value(QLatin1String("MaxResults"));
    const int pageSize = maxResults.isUndefined() ? kListTagsPage : maxResults.toInt(-1);
    if (pageSize < kListTagsPage) {
        return WireError::constraint(QString::number(maxResults.toDouble()), QStringLiteral("maxResults"),
                                     QStringLiteral("Member must have value greater than or equal to 50"));
    }
    if (auto error = checkResource(input)) {
        return *error;
    }
    const QList<Tag> tags = m_store.tags(input.value(kArn).toString());
    qsizetype start = 0;
    if (const QString token = input.value(QLatin1String("NextToken")).toString(); !token.isEmpty()) {
        const QByteArray text = QByteArray::fromBase64(token.toLatin1());
        bool number = false;
        start = text.startsWith("tags:") ? text.mid(5).toLongLong(&number) : -1;
        if (!number || start < 0 || start > tags.size()) {
            return WireError::validation(QStringLiteral("Invalid pagination token: %1").arg(token));
        }
    }
    const QList<Tag> page = tags.mid(start, pageSize);
    QJsonObject output{{QStringLiteral("Tags"), Json::tagsToJson(page)}};
    if (start + page.size() < tags.size()) {
        output.insert(
            QStringLiteral("NextToken"),
            QString::fromLatin1(QByteArray("tags:" + QByteArray::number(start + page.size())).toBase64()));
    }
    return output;
}

ApiResult TagApi::deleteTags(const QJsonObject& input)
{
    if (auto error = ApiInput::requireMembers(input, {kArn, QStringLiteral("TagKeys")})) {
        return *error;
    }
    if (auto error = checkResource(input)) {
        return *error;
    }
    const QString arn = input.value(kArn).toString();
    QList<Tag> tags = m_store.tags(arn);
    const QJsonArray keys = input.value(QLatin1String("TagKeys")).toArray();
    tags.removeIf([&keys](const Tag& tag) { return keys.contains(tag.key); });
    m_store.setTags(arn, tags);
    m_controller.applyTags(arn);
    return QJsonObject{};
}

} // namespace SageDesk::Local

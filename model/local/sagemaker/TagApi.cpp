#include "local/sagemaker/TagApi.h"

#include "domain/Validation.h"
#include "local/sagemaker/ApiInput.h"
#include "local/sagemaker/NotebookInstanceController.h"
#include "local/store/LocalStateStore.h"

#include <QJsonArray>

namespace SageDesk::Local {

namespace {

const auto kArn = QStringLiteral("ResourceArn");
constexpr int kMaxTags = 50;

} // namespace

TagApi::TagApi(LocalStateStore& store, NotebookInstanceController& controller)
    : m_store(store)
    , m_controller(controller)
{}

std::optional<WireError> TagApi::checkResource(const QJsonObject& input) const
{
    const QString arn = input.value(kArn).toString();
    const QString resource = arn.section(QLatin1Char(':'), 5);
    const QString type = resource.section(QLatin1Char('/'), 0, 0);
    const LocalStateStore::Kind kind = type == QLatin1String("code-repository")
                                           ? LocalStateStore::Kind::CodeRepository
                                           : LocalStateStore::Kind::NotebookInstance;
    for (const QJsonObject& document : m_store.all(kind)) {
        if (document
                .value(kind == LocalStateStore::Kind::CodeRepository ? QLatin1String("CodeRepositoryArn")
                                                                     : QLatin1String("NotebookInstanceArn"))
                .toString() == arn) {
            return std::nullopt;
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
    if (auto error = checkResource(input)) {
        return *error;
    }
    return QJsonObject{
        {QStringLiteral("Tags"), Json::tagsToJson(m_store.tags(input.value(kArn).toString()))}};
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

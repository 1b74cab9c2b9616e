#include "console/create/CreateDraftStore.h"

#include "core/Redaction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace SageDesk {

namespace {

const char* const kMigrations[] = {
    "CREATE TABLE create_draft (scope TEXT PRIMARY KEY, json TEXT NOT NULL, saved_at INTEGER NOT NULL);",
};
static_assert(std::size(kMigrations) == CreateDraftStore::kSchemaVersion);

QString s3KindName(Aws::S3Access::Kind kind)
{
    switch (kind) {
    case Aws::S3Access::Kind::Any:
        return QStringLiteral("any");
    case Aws::S3Access::Kind::Specific:
        return QStringLiteral("specific");
    case Aws::S3Access::Kind::None:
        break;
    }
    return QStringLiteral("none");
}

// Each string on its own: redacting the serialized text could run a match past a closing quote.
QJsonValue redacted(const QJsonValue& value)
{
    if (value.isString()) {
        return Redaction::redact(value.toString());
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray()) {
            array.append(redacted(item));
        }
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            it.value() = redacted(it.value());
        }
        return object;
    }
    return value;
}

} // namespace

CreateDraftStore::CreateDraftStore()
    : m_db(QStringLiteral("drafts"))
{}

CreateDraftStore::~CreateDraftStore() = default;

QString CreateDraftStore::pathBeside(const QString& cachePath)
{
    if (cachePath == QLatin1String(":memory:")) {
        return cachePath;
    }
    return QFileInfo(cachePath).absoluteDir().filePath(QStringLiteral("wizard-drafts.sqlite"));
}

bool CreateDraftStore::open(const QString& path)
{
    if (path != QLatin1String(":memory:")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    if (!m_db.open(path, kMigrations)) {
        m_lastError = m_db.errorString();
        return false;
    }
    return true;
}

bool CreateDraftStore::isOpen() const
{
    return m_db.isOpen();
}

bool CreateDraftStore::save(const QString& scope, const CreateChoices& choices, const QDateTime& savedAt)
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO create_draft (scope, json, saved_at) VALUES (?, ?, ?)"));
    query.addBindValue(scope);
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(redacted(toJson(choices)).toObject()).toJson(QJsonDocument::Compact)));
    query.addBindValue(savedAt.toMSecsSinceEpoch());
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

std::optional<CreateDraft> CreateDraftStore::load(const QString& scope) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT json, saved_at FROM create_draft WHERE scope = ?"));
    query.addBindValue(scope);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    CreateDraft draft;
    draft.choices = fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    draft.savedAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    return draft;
}

bool CreateDraftStore::remove(const QString& scope)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM create_draft WHERE scope = ?"));
    query.addBindValue(scope);
    return query.exec();
}

QJsonObject CreateDraftStore::toJson(const CreateChoices& choices)
{
    return {
        {QStringLiteral("Instance"), choices.instance.toJson()},
        {QStringLiteral("Role"),
         choices.role == CreateChoices::Role::New ? QStringLiteral("new") : QStringLiteral("existing")},
        {QStringLiteral("S3Access"), s3KindName(choices.s3Access.kind)},
        {QStringLiteral("S3Buckets"), QJsonArray::fromStringList(choices.s3Access.buckets)},
        {QStringLiteral("Lifecycle"), int(choices.lifecycle)},
        {QStringLiteral("NewLifecycleConfigName"), choices.newLifecycleConfigName},
        {QStringLiteral("OnCreate"), QString::fromUtf8(choices.onCreate)},
        {QStringLiteral("OnStart"), QString::fromUtf8(choices.onStart)},
        {QStringLiteral("IdleStopMinutes"), choices.idleStopMinutes},
        {QStringLiteral("WaitForInService"), choices.waitForInService},
    };
}

CreateChoices CreateDraftStore::fromJson(const QJsonObject& json)
{
    CreateChoices choices;
    choices.instance =
        CreateNotebookInstanceRequest::fromJson(json.value(QLatin1String("Instance")).toObject());
    choices.role = json.value(QLatin1String("Role")).toString() == QLatin1String("new")
                       ? CreateChoices::Role::New
                       : CreateChoices::Role::Existing;
    const QString s3 = json.value(QLatin1String("S3Access")).toString();
    choices.s3Access.kind = s3 == QLatin1String("any")        ? Aws::S3Access::Kind::Any
                            : s3 == QLatin1String("specific") ? Aws::S3Access::Kind::Specific
                                                              : Aws::S3Access::Kind::None;
    for (const QJsonValue& bucket : json.value(QLatin1String("S3Buckets")).toArray()) {
        choices.s3Access.buckets.append(bucket.toString());
    }
    const int lifecycle = json.value(QLatin1String("Lifecycle")).toInt();
    choices.lifecycle = lifecycle >= 0 && lifecycle <= int(CreateChoices::Lifecycle::New)
                            ? CreateChoices::Lifecycle(lifecycle)
                            : CreateChoices::Lifecycle::None;
    choices.newLifecycleConfigName = json.value(QLatin1String("NewLifecycleConfigName")).toString();
    choices.onCreate = json.value(QLatin1String("OnCreate")).toString().toUtf8();
    choices.onStart = json.value(QLatin1String("OnStart")).toString().toUtf8();
    choices.idleStopMinutes = json.value(QLatin1String("IdleStopMinutes")).toInt();
    choices.waitForInService = json.value(QLatin1String("WaitForInService")).toBool(true);
    return choices;
}

} // namespace SageDesk

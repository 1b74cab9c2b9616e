#include "local/store/LocalStateStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace SageDesk::Local {

namespace {

// Each entry moves the schema one version up; never edit an entry that has shipped.
const char* const kMigrations[] = {
    "CREATE TABLE documents (kind INTEGER NOT NULL, name TEXT NOT NULL, document TEXT NOT NULL, "
    "PRIMARY KEY (kind, name))",
    "CREATE TABLE tags (arn TEXT PRIMARY KEY, tags TEXT NOT NULL)",
};

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

LocalStateStore::LocalStateStore()
    : m_db(QStringLiteral("local"))
{}

LocalStateStore::~LocalStateStore() = default;

bool LocalStateStore::open(const QString& path)
{
    if (!m_db.open(path, kMigrations)) {
        m_error = m_db.errorString();
        return false;
    }
    // Safe with write-ahead logging: a crash loses no committed write, only a power cut might.
    if (!m_db.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))) {
        m_error = m_db.errorString();
        return false;
    }
    load();
    return true;
}

int LocalStateStore::schemaVersion() const
{
    return m_db.userVersion();
}

int LocalStateStore::latestSchemaVersion()
{
    return static_cast<int>(std::size(kMigrations));
}

void LocalStateStore::load()
{
    QSqlQuery query(m_db.connection());
    query.exec(QStringLiteral("SELECT kind, name, document FROM documents"));
    while (query.next()) {
        m_documents[static_cast<Kind>(query.value(0).toInt())].insert(
            query.value(1).toString(), QJsonDocument::fromJson(query.value(2).toByteArray()).object());
    }
    query.exec(QStringLiteral("SELECT arn, tags FROM tags"));
    while (query.next()) {
        m_tags.insert(query.value(0).toString(),
                      Json::tagsFromJson(QJsonDocument::fromJson(query.value(1).toByteArray()).array()));
    }
}

QList<QJsonObject> LocalStateStore::all(Kind kind) const
{
    return m_documents.value(kind).values();
}

std::optional<QJsonObject> LocalStateStore::find(Kind kind, const QString& name) const
{
    const auto documents = m_documents.constFind(kind);
    if (documents == m_documents.constEnd()) {
        return std::nullopt;
    }
    const auto it = documents->constFind(name);
    return it == documents->constEnd() ? std::nullopt : std::optional<QJsonObject>(*it);
}

bool LocalStateStore::contains(Kind kind, const QString& name) const
{
    return m_documents.value(kind).contains(name);
}

bool LocalStateStore::put(Kind kind, const QString& name, const QJsonObject& document)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO documents (kind, name, document) VALUES (?, ?, ?)"));
    query.addBindValue(static_cast<int>(kind));
    query.addBindValue(name);
    query.addBindValue(compact(document));
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    m_documents[kind].insert(name, document);
    ++m_generation;
    return true;
}

bool LocalStateStore::remove(Kind kind, const QString& name)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM documents WHERE kind = ? AND name = ?"));
    query.addBindValue(static_cast<int>(kind));
    query.addBindValue(name);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    m_documents[kind].remove(name);
    ++m_generation;
    return true;
}

QList<Tag> LocalStateStore::tags(const QString& arn) const
{
    return m_tags.value(arn);
}

bool LocalStateStore::setTags(const QString& arn, const QList<Tag>& tags)
{
    QSqlQuery query(m_db.connection());
    if (tags.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM tags WHERE arn = ?"));
        query.addBindValue(arn);
    } else {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO tags (arn, tags) VALUES (?, ?)"));
        query.addBindValue(arn);
        query.addBindValue(QJsonDocument(Json::tagsToJson(tags)).toJson(QJsonDocument::Compact));
    }
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    if (tags.isEmpty()) {
        m_tags.remove(arn);
    } else {
        m_tags.insert(arn, tags);
    }
    ++m_generation;
    return true;
}

QList<NotebookInstance> LocalStateStore::notebookInstances() const
{
    QList<NotebookInstance> instances;
    for (const QJsonObject& document : m_documents.value(Kind::NotebookInstance)) {
        instances.append(NotebookInstance::fromJson(document));
    }
    return instances;
}

std::optional<NotebookInstance> LocalStateStore::notebookInstance(const QString& name) const
{
    const auto document = find(Kind::NotebookInstance, name);
    return document ? std::optional<NotebookInstance>(NotebookInstance::fromJson(*document)) : std::nullopt;
}

bool LocalStateStore::putNotebookInstance(const NotebookInstance& instance)
{
    return put(Kind::NotebookInstance, instance.notebookInstanceName, instance.toJson());
}

} // namespace SageDesk::Local

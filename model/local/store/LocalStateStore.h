#pragma once

#include "core/SqliteDatabase.h"
#include "domain/NotebookInstance.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace SageDesk::Local {

// The endpoint's state in SQLite (SqliteDatabase: WAL, migrations, owner-only files): one JSON
// document per resource, kept
// in memory as well so that reads never touch the disk. Every write is its own transaction, so a
// SIGKILL at any moment leaves the last committed state.
class LocalStateStore final
{
public:
    enum class Kind
    {
        NotebookInstance,
        LifecycleConfig,
        CodeRepository,
        Role,
        Policy,
    };

    LocalStateStore();
    ~LocalStateStore();
    Q_DISABLE_COPY_MOVE(LocalStateStore)

    // Opens (creating and migrating) the database; false with the reason in errorString().
    bool open(const QString& path);
    QString errorString() const { return m_error; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Sorted by name.
    QList<QJsonObject> all(Kind kind) const;
    std::optional<QJsonObject> find(Kind kind, const QString& name) const;
    bool contains(Kind kind, const QString& name) const;
    bool put(Kind kind, const QString& name, const QJsonObject& document);
    bool remove(Kind kind, const QString& name);

    // Grows with every successful write, so that derived answers can be cached until it moves.
    quint64 generation() const { return m_generation; }

    // Tags of any ARN, in the order they were first added.
    QList<Tag> tags(const QString& arn) const;
    bool setTags(const QString& arn, const QList<Tag>& tags);

    // Notebook instances as the domain type.
    QList<NotebookInstance> notebookInstances() const;
    std::optional<NotebookInstance> notebookInstance(const QString& name) const;
    bool putNotebookInstance(const NotebookInstance& instance);

private:
    void load();

    SqliteDatabase m_db;
    QString m_error;
    QHash<Kind, QMap<QString, QJsonObject>> m_documents;
    QHash<QString, QList<Tag>> m_tags;
    quint64 m_generation = 0;
};

} // namespace SageDesk::Local

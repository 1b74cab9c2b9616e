#pragma once

#include "console/create/CreatePlan.h"
#include "core/SqliteDatabase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace SageDesk {

// A create wizard's choices as last typed, and when.
struct CreateDraft
{
    CreateChoices choices;
    QDateTime savedAt;
};

// The create wizard's drafts: one per console scope ("local/us-east-1", "profile:dev/eu-west-1"),
// saved as the person types and removed when the wizard creates or is cancelled, so a draft that is
// still there when the wizard opens is what a crash left behind. SQLite (the cache's pattern) in
// its own file beside the offline cache; everything written goes through Redaction, and the choices
// hold no credentials.
class CreateDraftStore final
{
public:
    CreateDraftStore();
    ~CreateDraftStore();
    CreateDraftStore(const CreateDraftStore&) = delete;
    CreateDraftStore& operator=(const CreateDraftStore&) = delete;

    static constexpr int kSchemaVersion = 1;

    // ":memory:" for an in-memory database.
    bool open(const QString& path);
    bool isOpen() const;
    QString lastError() const { return m_lastError; }
    // <folder of cachePath>/wizard-drafts.sqlite
    static QString pathBeside(const QString& cachePath);

    bool save(const QString& scope, const CreateChoices& choices, const QDateTime& savedAt);
    std::optional<CreateDraft> load(const QString& scope) const;
    bool remove(const QString& scope);

    static QJsonObject toJson(const CreateChoices& choices);
    static CreateChoices fromJson(const QJsonObject& json);

private:
    SqliteDatabase m_db;
    QString m_lastError;
};

} // namespace SageDesk

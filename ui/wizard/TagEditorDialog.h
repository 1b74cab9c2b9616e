#pragma once

#include "domain/NotebookInstance.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;

namespace SageDesk::Aws {
class AwsClientContext;
}

namespace SageDesk::Ui {

class TagsPage;

// "Edit tags…" for one notebook instance in any state: the wizard's Tags page (same table, same
// limits and checks) filled from ListTags, saved as DeleteTags for the keys that went and AddTags
// for the tags that are new or changed. Nothing waits on the network: the table is disabled until
// the tags arrive, and Save shows the AWS error and keeps what was typed on a refusal.
class TagEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagEditorDialog)

public:
    TagEditorDialog(Aws::AwsClientContext* context, const QString& notebookInstanceArn,
                    QWidget* parent = nullptr);

    TagsPage* tagsPage() const { return m_page; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    QLabel* statusLabel() const { return m_status; }
    bool tagsLoaded() const { return m_loaded; }

    // What to send to go from `before` to `after`: keys to delete, tags to add (new or changed).
    static QStringList removedKeys(const QList<Tag>& before, const QList<Tag>& after);
    static QList<Tag> addedOrChanged(const QList<Tag>& before, const QList<Tag>& after);

signals:
    void tagsSaved();

private:
    void load();
    void save();
    void saveAdded();
    void fail(const QString& text);
    void updateButtons();

    QPointer<Aws::AwsClientContext> m_context;
    QString m_arn;
    TagsPage* m_page;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QList<Tag> m_before;
    bool m_loaded = false;
    bool m_saving = false;
};

} // namespace SageDesk::Ui

#pragma once

#include "domain/NotebookInstanceStatus.h"

#include <QIcon>
#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QToolBar;

namespace SageDesk::Ui {

// The instance actions shared by the toolbar, the Instance menu and the table's context menu,
// enabled exactly by the transitions AWS allows for the selected instances' statuses.
class InstanceActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceActions)

public:
    enum class Kind
    {
        OpenJupyter,
        OpenJupyterLab,
        Start,
        Stop,
        UpdateSettings,
        Delete,
    };

    explicit InstanceActions(QObject* parent = nullptr);
    ~InstanceActions() override;

    QAction* action(Kind kind) const;
    QAction* refreshAction() const { return m_refresh; }
    // "Create notebook instance" (Ctrl+N): needs no selection, so it is not one of instanceActions().
    QAction* createAction() const { return m_create; }
    // "Edit tags…": one instance in any state (AddTags and DeleteTags take any status).
    QAction* editTagsAction() const { return m_editTags; }
    QList<QAction*> instanceActions() const;

    // Start and Stop take a multi-selection (all must allow it); the others exactly one instance.
    static bool isEnabledFor(Kind kind, const QList<NotebookInstanceStatus>& selected);
    void setSelection(const QList<NotebookInstanceStatus>& selected);

    void addTo(QMenu* menu) const;
    void addTo(QToolBar* toolBar) const;

private:
    QAction* make(Kind kind, const QString& text, const QString& objectName, const QKeySequence& shortcut,
                  const QIcon& icon);

    QList<QPair<Kind, QAction*>> m_actions;
    QAction* m_refresh = nullptr;
    QAction* m_create = nullptr;
    QAction* m_editTags = nullptr;
};

} // namespace SageDesk::Ui

#include "instances/InstanceActions.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

namespace SageDesk::Ui {

InstanceActions::InstanceActions(QObject* parent)
    : QObject(parent)
{
    make(Kind::OpenJupyter, tr("Open &Jupyter"), QStringLiteral("openJupyterAction"),
         QKeySequence(Qt::CTRL | Qt::Key_J));
    make(Kind::OpenJupyterLab, tr("Open Jupyter&Lab"), QStringLiteral("openJupyterLabAction"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    make(Kind::Start, tr("&Start"), QStringLiteral("startAction"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    make(Kind::Stop, tr("S&top"), QStringLiteral("stopAction"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    make(Kind::UpdateSettings, tr("&Update settings\u2026"), QStringLiteral("updateSettingsAction"),
         QKeySequence(Qt::CTRL | Qt::Key_E));
    make(Kind::Delete, tr("&Delete\u2026"), QStringLiteral("deleteAction"),
         QKeySequence(QKeySequence::Delete));
    m_editTags = new QAction(tr("Edit &tags\u2026"), this);
    m_editTags->setObjectName(QStringLiteral("editTagsAction"));
    m_refresh = new QAction(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_create = new QAction(QIcon::fromTheme(QStringLiteral("document-new"),
                                            QApplication::style()->standardIcon(QStyle::SP_FileIcon)),
                           tr("&Create notebook instance\u2026"), this);
    m_create->setObjectName(QStringLiteral("createInstanceAction"));
    m_create->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_create->setShortcutContext(Qt::WindowShortcut);
    setSelection({});
}

InstanceActions::~InstanceActions() = default;

QAction* InstanceActions::make(Kind kind, const QString& text, const QString& objectName,
                               const QKeySequence& shortcut)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    m_actions.append({kind, action});
    return action;
}

QAction* InstanceActions::action(Kind kind) const
{
    for (const auto& [k, action] : m_actions) {
        if (k == kind) {
            return action;
        }
    }
    return nullptr;
}

QList<QAction*> InstanceActions::instanceActions() const
{
    QList<QAction*> list;
    for (const auto& entry : m_actions) {
        list << entry.second;
    }
    return list;
}

bool InstanceActions::isEnabledFor(Kind kind, const QList<NotebookInstanceStatus>& selected)
{
    const auto allAllow = [&](NotebookInstanceAction action) {
        return !selected.isEmpty() &&
               std::all_of(selected.cbegin(), selected.cend(), [action](NotebookInstanceStatus status) {
                   return NotebookInstanceStatuses::allows(status, action);
               });
    };
    switch (kind) {
    case Kind::OpenJupyter:
    case Kind::OpenJupyterLab:
        return selected.size() == 1 && allAllow(NotebookInstanceAction::Open);
    case Kind::Start:
        return allAllow(NotebookInstanceAction::Start);
    case Kind::Stop:
        return allAllow(NotebookInstanceAction::Stop);
    case Kind::UpdateSettings:
        return selected.size() == 1 && allAllow(NotebookInstanceAction::Update);
    case Kind::Delete:
        return selected.size() == 1 && allAllow(NotebookInstanceAction::Delete);
    }
    return false;
}

void InstanceActions::setSelection(const QList<NotebookInstanceStatus>& selected)
{
    for (const auto& [kind, action] : m_actions) {
        action->setEnabled(isEnabledFor(kind, selected));
    }
    m_editTags->setEnabled(selected.size() == 1);
}

void InstanceActions::addTo(QMenu* menu) const
{
    menu->addAction(m_create);
    menu->addSeparator();
    for (const auto& [kind, action] : m_actions) {
        if (kind == Kind::Start || kind == Kind::UpdateSettings) {
            menu->addSeparator();
        }
        menu->addAction(action);
        if (kind == Kind::UpdateSettings) {
            menu->addAction(m_editTags);
        }
    }
}

void InstanceActions::addTo(QToolBar* toolBar) const
{
    toolBar->addAction(m_create);
    // The toolbar shows text only; the one action that starts something new also shows its icon.
    if (auto* button = qobject_cast<QToolButton*>(toolBar->widgetForAction(m_create))) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    toolBar->addSeparator();
    for (const auto& [kind, action] : m_actions) {
        if (kind == Kind::Start || kind == Kind::UpdateSettings) {
            toolBar->addSeparator();
        }
        toolBar->addAction(action);
    }
}

} // namespace SageDesk::Ui

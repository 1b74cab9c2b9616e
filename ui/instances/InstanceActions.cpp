#include "instances/InstanceActions.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QToolBar>

namespace SageDesk::Ui {

namespace {

// The desktop's icon theme first (so the toolbar matches the desktop), SageDesk's own drawing where the
// theme has none (Windows, macOS, a bare X session).
QIcon actionIcon(const QString& themeName, const QString& bundledName)
{
    return QIcon::fromTheme(themeName, QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(bundledName)));
}

} // namespace

InstanceActions::InstanceActions(QObject* parent)
    : QObject(parent)
{
    make(Kind::OpenJupyter, tr("Open &Jupyter"), QStringLiteral("openJupyterAction"),
         QKeySequence(Qt::CTRL | Qt::Key_J),
         actionIcon(QStringLiteral("document-open"), QStringLiteral("open-jupyter")));
    make(Kind::OpenJupyterLab, tr("Open Jupyter&Lab"), QStringLiteral("openJupyterLabAction"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J),
         actionIcon(QStringLiteral("applications-development"), QStringLiteral("open-jupyterlab")));
    make(Kind::Start, tr("&Start"), QStringLiteral("startAction"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
         actionIcon(QStringLiteral("media-playback-start"), QStringLiteral("start")));
    make(Kind::Stop, tr("S&top"), QStringLiteral("stopAction"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
         actionIcon(QStringLiteral("media-playback-stop"), QStringLiteral("stop")));
    make(Kind::UpdateSettings, tr("&Update settings\u2026"), QStringLiteral("updateSettingsAction"),
         QKeySequence(Qt::CTRL | Qt::Key_E),
         actionIcon(QStringLiteral("document-properties"), QStringLiteral("update-settings")));
    make(Kind::Delete, tr("&Delete\u2026"), QStringLiteral("deleteAction"),
         QKeySequence(QKeySequence::Delete),
         actionIcon(QStringLiteral("edit-delete"), QStringLiteral("delete")));
    m_refresh = new QAction(actionIcon(QStringLiteral("view-refresh"), QStringLiteral("refresh")),
                            tr("&Refresh"), this);
    m_editTags =
        new QAction(actionIcon(QStringLiteral("tag"), QStringLiteral("tags")), tr("Edit &tags\u2026"), this);
    m_editTags->setObjectName(QStringLiteral("editTagsAction"));
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_create = new QAction(actionIcon(QStringLiteral("document-new"), QStringLiteral("create")),
                           tr("&Create notebook instance\u2026"), this);
    m_create->setObjectName(QStringLiteral("createInstanceAction"));
    m_create->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_create->setShortcutContext(Qt::WindowShortcut);
    setSelection({});
}

InstanceActions::~InstanceActions() = default;

QAction* InstanceActions::make(Kind kind, const QString& text, const QString& objectName,
                               const QKeySequence& shortcut, const QIcon& icon)
{
    auto* action = new QAction(icon, text, this);
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
    toolBar->addSeparator();
    for (const auto& [kind, action] : m_actions) {
        if (kind == Kind::Start || kind == Kind::UpdateSettings) {
            toolBar->addSeparator();
        }
        toolBar->addAction(action);
    }
}

} // namespace SageDesk::Ui

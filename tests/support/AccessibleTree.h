#pragma once

// Header-only: only the GUI tests include it (the support library links no Gui).
#include <QAccessible>
#include <QAccessibleInterface>
#include <QStringList>
#include <QWidget>

namespace SageDesk::Test {

// Walks the accessibility tree under `root` as a screen reader does and names every control a
// person can reach (button, check or radio box, field, combo box, spin box, list, table) that has
// no accessible name: "Role objectName". The parts of a control (a combo's line edit and popup, a
// table's cells and headers, a scroll bar) are the control's own and are not walked.
inline QStringList unnamedAccessibleControls(QWidget* root)
{
    QStringList unnamed;
    const auto walk = [&unnamed](const auto& self, QAccessibleInterface* node, int depth) -> void {
        if (!node || depth > 64 || node->state().invisible) {
            return;
        }
        const QAccessible::Role role = node->role();
        static const QList<QAccessible::Role> controls{
            QAccessible::PushButton, QAccessible::CheckBox,     QAccessible::RadioButton,
            QAccessible::ComboBox,   QAccessible::EditableText, QAccessible::SpinBox,
            QAccessible::List,       QAccessible::Table,        QAccessible::Tree,
            QAccessible::ButtonMenu, QAccessible::ButtonDropDown};
        if (controls.contains(role) && !node->state().disabled && node->text(QAccessible::Name).trimmed().isEmpty()) {
            QObject* object = node->object();
            unnamed << QStringLiteral("%1 %2").arg(
                object ? QString::fromLatin1(object->metaObject()->className()) : QString::number(role),
                object ? object->objectName() : QString());
        }
        if (controls.contains(role) || role == QAccessible::ScrollBar) {
            return;
        }
        for (int i = 0; i < node->childCount(); ++i) {
            self(self, node->child(i), depth + 1);
        }
    };
    walk(walk, QAccessible::queryAccessibleInterface(root), 0);
    unnamed.removeDuplicates();
    return unnamed;
}

} // namespace SageDesk::Test

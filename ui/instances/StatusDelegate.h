#pragma once

#include "domain/NotebookInstanceStatus.h"

#include <QColor>
#include <QStyledItemDelegate>
#include <QTimer>

class QAbstractItemView;

namespace SageDesk::Ui {

// Paints the Status column: a colour and a glyph per status, and a turning arc for the statuses
// on their way somewhere (Pending, Stopping, Deleting, Updating). The arc only animates while such a
// row exists (setAnimating), so an idle window costs no repaints.
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDelegate)

public:
    explicit StatusDelegate(QAbstractItemView* view);
    ~StatusDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor colorOf(NotebookInstanceStatus status);
    // What the glyph and its margins add to the width of the status text.
    static constexpr int kGlyphWidth = 12 + 6 + 10;
    bool isAnimating() const { return m_animation.isActive(); }
    // On while any instance is in transition.
    void setAnimating(bool animating);

private:
    void paintGlyph(QPainter* painter, const QRect& box, NotebookInstanceStatus status) const;

    QAbstractItemView* m_view;
    QTimer m_animation;
    int m_phase = 0;
};

} // namespace SageDesk::Ui

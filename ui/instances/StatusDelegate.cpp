#include "instances/StatusDelegate.h"

#include "console/models/InstanceTableModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace SageDesk::Ui {

namespace {
constexpr int kGlyphSize = 12;
constexpr int kFrameMs = 80;
} // namespace

StatusDelegate::StatusDelegate(QAbstractItemView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    m_animation.setInterval(kFrameMs);
    connect(&m_animation, &QTimer::timeout, this, [this] {
        m_phase = (m_phase + 1) % 12;
        m_view->viewport()->update();
    });
}

StatusDelegate::~StatusDelegate() = default;

void StatusDelegate::setAnimating(bool animating)
{
    if (animating && !m_animation.isActive()) {
        m_animation.start();
    } else if (!animating) {
        m_animation.stop();
    }
}

QColor StatusDelegate::colorOf(NotebookInstanceStatus status)
{
    switch (status) {
    case NotebookInstanceStatus::InService:
        return QColor(0x1d, 0x81, 0x02);
    case NotebookInstanceStatus::Pending:
    case NotebookInstanceStatus::Updating:
        return QColor(0x00, 0x73, 0xbb);
    case NotebookInstanceStatus::Stopping:
    case NotebookInstanceStatus::Deleting:
        return QColor(0xc4, 0x6a, 0x00);
    case NotebookInstanceStatus::Stopped:
        return QColor(0x7d, 0x89, 0x98);
    case NotebookInstanceStatus::Failed:
        return QColor(0xd1, 0x32, 0x12);
    }
    return {};
}

void StatusDelegate::paintGlyph(QPainter* painter, const QRect& box, NotebookInstanceStatus status) const
{
    const QColor color = colorOf(status);
    painter->setRenderHint(QPainter::Antialiasing);
    if (NotebookInstanceStatuses::isTransitional(status)) {
        painter->setPen(QPen(color.lighter(170), 2));
        painter->drawEllipse(box.adjusted(1, 1, -1, -1));
        painter->setPen(QPen(color, 2, Qt::SolidLine, Qt::RoundCap));
        painter->drawArc(box.adjusted(1, 1, -1, -1), -m_phase * 30 * 16, 120 * 16);
        return;
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    switch (status) {
    case NotebookInstanceStatus::InService:
        painter->drawEllipse(box);
        break;
    case NotebookInstanceStatus::Stopped:
        painter->drawRect(box.adjusted(1, 1, -1, -1));
        break;
    case NotebookInstanceStatus::Failed: {
        QPainterPath triangle;
        triangle.moveTo(box.center().x() + 0.5, box.top());
        triangle.lineTo(box.right() + 1, box.bottom() + 1);
        triangle.lineTo(box.left(), box.bottom() + 1);
        triangle.closeSubpath();
        painter->drawPath(triangle);
        painter->setPen(QPen(Qt::white, 1.6));
        painter->drawLine(QPointF(box.center().x() + 0.5, box.top() + 4),
                          QPointF(box.center().x() + 0.5, box.bottom() - 3));
        painter->drawPoint(QPointF(box.center().x() + 0.5, box.bottom() - 1));
        break;
    }
    default:
        break;
    }
}

void StatusDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                           const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto status = NotebookInstanceStatus(index.data(InstanceTableModel::StatusRole).toInt());
    const QString text = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect content = opt.rect.adjusted(6, 0, -4, 0);
    const QRect glyph(content.left(), content.center().y() - kGlyphSize / 2, kGlyphSize, kGlyphSize);
    painter->save();
    paintGlyph(painter, glyph, status);
    painter->restore();

    painter->save();
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : colorOf(status));
    if (status == NotebookInstanceStatus::Failed) {
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
    }
    const QRect textRect = content.adjusted(kGlyphSize + 6, 0, 0, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + kGlyphWidth);
    return size;
}

} // namespace SageDesk::Ui

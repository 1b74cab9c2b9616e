#include "instances/DetailValueLabel.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>

namespace SageDesk::Ui {

namespace {

int widestLine(const QFontMetrics& metrics, const QString& text)
{
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        widest = std::max(widest, metrics.horizontalAdvance(line));
    }
    return widest;
}

} // namespace

DetailValueLabel::DetailValueLabel(Fit fit, QWidget* parent)
    : QLabel(parent)
    , m_fit(fit)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setWordWrap(fit == Fit::Wrap);
    // Layouts give it what room there is, however wide its value: the text adapts to the width.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void DetailValueLabel::setFit(Fit fit)
{
    m_fit = fit;
    setWordWrap(fit == Fit::Wrap);
    updateShownText();
    updateGeometry();
}

void DetailValueLabel::setValue(const QString& value)
{
    m_value = value;
    updateShownText();
    updateGeometry();
}

void DetailValueLabel::copyValue() const
{
    QGuiApplication::clipboard()->setText(m_value);
}

QMenu* DetailValueLabel::createContextMenu()
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("detailValueMenu"));
    QAction* copy = menu->addAction(tr("&Copy"), this, &DetailValueLabel::copyValue);
    copy->setObjectName(QStringLiteral("copyDetailValue"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(!m_value.isEmpty());
    QAction* selectAll =
        menu->addAction(tr("Select &All"), this, [this] { setSelection(0, int(text().size())); });
    selectAll->setShortcut(QKeySequence::SelectAll);
    return menu;
}

QSize DetailValueLabel::sizeHint() const
{
    if (m_fit == Fit::Wrap) {
        return QLabel::sizeHint();
    }
    const QMargins margins = contentsMargins();
    return {widestLine(fontMetrics(), m_value) + margins.left() + margins.right() + 2 * margin(),
            QLabel::sizeHint().height()};
}

void DetailValueLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateShownText();
}

void DetailValueLabel::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
    event->accept();
}

void DetailValueLabel::keyPressEvent(QKeyEvent* event)
{
    // A selection within text that is all on screen is the person's choice; anything else copies the
    // whole value rather than what the ellipsis left of it.
    if (event->matches(QKeySequence::Copy) && (m_elided || !hasSelectedText())) {
        copyValue();
        event->accept();
        return;
    }
    QLabel::keyPressEvent(event);
}

void DetailValueLabel::updateShownText()
{
    QString shown = m_value;
    if (m_fit == Fit::Elide) {
        const int width = contentsRect().width() - 2 * margin();
        if (width > 0) {
            QStringList lines = m_value.split(QLatin1Char('\n'));
            for (QString& line : lines) {
                line = fontMetrics().elidedText(line, Qt::ElideMiddle, width);
            }
            shown = lines.join(QLatin1Char('\n'));
        }
    }
    m_elided = shown != m_value;
    setToolTip(m_elided ? m_value : QString());
    if (shown != text()) {
        setText(shown);
    }
}

} // namespace SageDesk::Ui

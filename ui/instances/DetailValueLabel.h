#pragma once

#include <QLabel>

class QMenu;

namespace SageDesk::Ui {

// One value of the details pane that never pushes the pane wider than it is. `Elide` shows each line
// of the value cut in the middle to the width it gets (an ARN keeps its account and its name), with
// the whole value as the tooltip; `Wrap` breaks prose and dates between words. Either way Copy (the
// context menu, Ctrl+C while no part of a whole line is selected) puts the whole value on the
// clipboard, never the shortened text on screen.
class DetailValueLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailValueLabel)

public:
    enum class Fit
    {
        Elide,
        Wrap,
    };

    explicit DetailValueLabel(Fit fit, QWidget* parent = nullptr);

    // The title shows a prompt (wrapped) until an instance (elided) is selected.
    void setFit(Fit fit);
    void setValue(const QString& value);
    QString value() const { return m_value; }
    void clearValue() { setValue({}); }
    // Whether the text on screen is shorter than the value.
    bool isElided() const { return m_elided; }
    void copyValue() const;
    // The context menu: Copy (the whole value), Select All. The caller owns it.
    QMenu* createContextMenu();

    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateShownText();

    Fit m_fit;
    QString m_value;
    bool m_elided = false;
};

} // namespace SageDesk::Ui

#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAbstractProxyModel;
class QAbstractItemView;
class QAction;
class QLabel;
class QPushButton;

namespace SageDesk::Ui {

// What an empty instance table shows instead of a blank grid: a short welcome and the "Create
// notebook instance" button (the window's Create action). It covers the table's viewport while
// the proxy's source (the unfiltered instances) has no rows, so a filter that hides every row
// still shows the empty grid with its headers.
class EmptyTableWelcome final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyTableWelcome)

public:
    EmptyTableWelcome(QAbstractItemView* table, QAbstractProxyModel* proxy, QAction* create);

    QPushButton* createButton() const { return m_create; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void watchSource();
    void update();

    QAbstractItemView* m_table;
    QAbstractProxyModel* m_proxy;
    QList<QMetaObject::Connection> m_sourceConnections;
    QLabel* m_text;
    QPushButton* m_create;
};

} // namespace SageDesk::Ui

#include "instances/EmptyTableWelcome.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace SageDesk::Ui {

EmptyTableWelcome::EmptyTableWelcome(QAbstractItemView* table, QAbstractProxyModel* proxy, QAction* create)
    : QWidget(table->viewport())
    , m_table(table)
    , m_proxy(proxy)
    , m_text(new QLabel(this))
    , m_create(new QPushButton(create->icon(), tr("Create notebook instance"), this))
{
    setObjectName(QStringLiteral("emptyTableWelcome"));
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("welcomeText"));
    m_text->setText(tr("<h3>No notebook instances here yet</h3>"
                       "<p>A notebook instance is a machine running Jupyter for you. Create one to choose "
                       "its type, its IAM role and the S3 buckets it may use.</p>"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setTextFormat(Qt::RichText);
    m_create->setObjectName(QStringLiteral("welcomeCreateButton"));
    m_create->setAccessibleName(tr("Create notebook instance"));
    m_create->setToolTip(create->toolTip());
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addWidget(m_create, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_create, &QPushButton::clicked, create, &QAction::trigger);
    connect(create, &QAction::changed, this, [this, create] { m_create->setEnabled(create->isEnabled()); });
    m_create->setEnabled(create->isEnabled());
    connect(proxy, &QAbstractProxyModel::sourceModelChanged, this, &EmptyTableWelcome::watchSource);
    table->viewport()->installEventFilter(this);
    watchSource();
}

void EmptyTableWelcome::watchSource()
{
    for (const auto& connection : std::as_const(m_sourceConnections)) {
        disconnect(connection);
    }
    m_sourceConnections.clear();
    if (QAbstractItemModel* source = m_proxy->sourceModel()) {
        for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
            m_sourceConnections << connect(source, signal, this, &EmptyTableWelcome::update);
        }
        m_sourceConnections << connect(source, &QAbstractItemModel::modelReset, this,
                                       &EmptyTableWelcome::update);
    }
    update();
}

bool EmptyTableWelcome::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        setGeometry(m_table->viewport()->rect());
    }
    return QWidget::eventFilter(watched, event);
}

void EmptyTableWelcome::update()
{
    setGeometry(m_table->viewport()->rect());
    setVisible(!m_proxy->sourceModel() || m_proxy->sourceModel()->rowCount() == 0);
}

} // namespace SageDesk::Ui

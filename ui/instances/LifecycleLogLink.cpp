#include "instances/LifecycleLogLink.h"

#include "aws/client/AwsClientContext.h"
#include "aws/services/NotebookInstanceLogs.h"
#include "instances/InstanceLogsView.h"

#include <QDialog>
#include <QVBoxLayout>

namespace SageDesk::Ui {

LifecycleLogLink::LifecycleLogLink(Aws::AwsClientContext* context, std::function<QString()> instanceName,
                                   QWidget* parent)
    : QLabel(parent)
    , m_context(context)
    , m_instanceName(std::move(instanceName))
{
    setObjectName(QStringLiteral("lifecycleLogLink"));
    setTextFormat(Qt::RichText);
    setText(tr("Last run's log: <a href=\"on-create\">OnCreate</a> \u00b7 <a href=\"on-start\">OnStart</a>"));
    connect(this, &QLabel::linkActivated, this, [this](const QString& script) { openLog(script); });
}

LifecycleLogLink::~LifecycleLogLink() = default;

QWidget* LifecycleLogLink::openLog(const QString& script)
{
    const QString name = m_instanceName ? m_instanceName().trimmed() : QString();
    const auto which = Aws::NotebookInstanceLogs::fromOptionName(script);
    if (name.isEmpty() || !which) {
        return nullptr;
    }
    auto* window = new QDialog(this);
    window->setObjectName(QStringLiteral("lifecycleLogWindow"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("Log of %1").arg(Aws::NotebookInstanceLogs::logStreamName(name, *which)));
    auto* layout = new QVBoxLayout(window);
    auto* logs = new InstanceLogsView(window);
    logs->setContext(m_context);
    // Stopped: the last run is over, nothing to follow.
    logs->showInstance(name, NotebookInstanceStatus::Stopped, {});
    logs->showScript(*which);
    layout->addWidget(logs);
    window->resize(760, 420);
    window->show();
    return window;
}

} // namespace SageDesk::Ui

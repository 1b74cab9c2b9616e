#pragma once

#include <QLabel>
#include <QPointer>

#include <functional>

namespace SageDesk::Aws {
class AwsClientContext;
} // namespace SageDesk::Aws

namespace SageDesk::Ui {

// "Last run's log: OnCreate · OnStart" beside a lifecycle editor: each link opens a window on that
// script's log of the instance (its last run, as CloudWatch Logs or sagedesk-local keep it).
class LifecycleLogLink final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleLogLink)

public:
    // `instanceName` is asked at each click (a wizard's name field may change).
    LifecycleLogLink(Aws::AwsClientContext* context, std::function<QString()> instanceName,
                     QWidget* parent = nullptr);
    ~LifecycleLogLink() override;

    // Opens the log window of "on-create" or "on-start" (what the links carry); the window, for tests.
    QWidget* openLog(const QString& script);

private:
    QPointer<Aws::AwsClientContext> m_context;
    std::function<QString()> m_instanceName;
};

} // namespace SageDesk::Ui

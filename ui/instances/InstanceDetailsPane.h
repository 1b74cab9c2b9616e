#pragma once

#include "console/cache/InstanceCache.h"
#include "domain/NotebookInstance.h"

#include <QWidget>

class QFormLayout;
class QFrame;
class QLabel;
class QListWidget;
class QPushButton;

namespace SageDesk::Ui {

class InstanceLogsView;

// Every field DescribeNotebookInstance returns for the selected instance, the FailureReason
// prominent and copyable, its tags, its status history from the event log as a timeline, and its
// lifecycle and Jupyter logs.
class InstanceDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceDetailsPane)

public:
    explicit InstanceDetailsPane(QWidget* parent = nullptr);
    ~InstanceDetailsPane() override;

    // nullptr clears the pane.
    void showInstance(const NotebookInstance* instance, const QList<StatusEvent>& history);
    void showTags(const QString& name, const QList<Tag>& tags);
    QString shownName() const { return m_shownName; }
    // The Logs section (OnCreate, OnStart, Jupyter).
    InstanceLogsView* logs() const { return m_logs; }

private:
    QLabel* addField(const QString& label, const QString& objectName);
    void copyFailureReason();

    QString m_shownName;
    QFormLayout* m_form = nullptr;
    // The fields and the timeline: hidden while nothing is selected, so the pane says so instead.
    QWidget* m_body = nullptr;
    QList<QLabel*> m_fields;
    QLabel* m_title = nullptr;
    QFrame* m_failureBox = nullptr;
    QLabel* m_failureReason = nullptr;
    QPushButton* m_copyFailure = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_arn = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_instanceType = nullptr;
    QLabel* m_platform = nullptr;
    QLabel* m_volume = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_lastModified = nullptr;
    QLabel* m_url = nullptr;
    QLabel* m_role = nullptr;
    QLabel* m_lifecycle = nullptr;
    QLabel* m_rootAccess = nullptr;
    QLabel* m_internet = nullptr;
    QLabel* m_imds = nullptr;
    QLabel* m_subnet = nullptr;
    QLabel* m_securityGroups = nullptr;
    QLabel* m_kms = nullptr;
    QLabel* m_networkInterface = nullptr;
    QLabel* m_defaultRepository = nullptr;
    QLabel* m_additionalRepositories = nullptr;
    QLabel* m_tags = nullptr;
    QListWidget* m_timeline = nullptr;
    InstanceLogsView* m_logs = nullptr;
};

} // namespace SageDesk::Ui

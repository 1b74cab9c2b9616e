#pragma once

#include "console/cache/InstanceCache.h"
#include "domain/NotebookInstance.h"
#include "instances/DetailValueLabel.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

namespace SageDesk::Ui {

class InstanceLogsView;

// Every field DescribeNotebookInstance returns for the selected instance, the FailureReason
// prominent and copyable, its tags, its status history from the event log as a timeline, and its
// lifecycle and Jupyter logs. Long values (ARNs, the URL, dates) never widen the pane: they are
// elided or wrapped, whole in their tooltip, and copied whole by their Copy button or context menu.
// API enum values read as the console words them in the user's language (ApiValueText).
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

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    enum class Copy
    {
        Button,
        MenuOnly,
    };
    DetailValueLabel* addField(const QString& label, const QString& objectName, DetailValueLabel::Fit fit,
                               Copy copy);
    // The value, or a dash when it is empty (the field's Copy button then hides).
    void setField(DetailValueLabel* field, const QString& value);
    void copyFailureReason();

    QString m_shownName;
    QFormLayout* m_form = nullptr;
    // The fields and the timeline: hidden while nothing is selected, so the pane says so instead.
    QWidget* m_body = nullptr;
    QList<DetailValueLabel*> m_fields;
    QHash<DetailValueLabel*, QToolButton*> m_copyButtons;
    DetailValueLabel* m_title = nullptr;
    QFrame* m_failureBox = nullptr;
    QLabel* m_failureReason = nullptr;
    QPushButton* m_copyFailure = nullptr;
    DetailValueLabel* m_name = nullptr;
    DetailValueLabel* m_arn = nullptr;
    DetailValueLabel* m_status = nullptr;
    DetailValueLabel* m_instanceType = nullptr;
    DetailValueLabel* m_platform = nullptr;
    DetailValueLabel* m_volume = nullptr;
    DetailValueLabel* m_created = nullptr;
    DetailValueLabel* m_lastModified = nullptr;
    DetailValueLabel* m_url = nullptr;
    DetailValueLabel* m_role = nullptr;
    DetailValueLabel* m_lifecycle = nullptr;
    DetailValueLabel* m_rootAccess = nullptr;
    DetailValueLabel* m_internet = nullptr;
    DetailValueLabel* m_imds = nullptr;
    DetailValueLabel* m_ipAddressType = nullptr;
    DetailValueLabel* m_subnet = nullptr;
    DetailValueLabel* m_securityGroups = nullptr;
    DetailValueLabel* m_kms = nullptr;
    DetailValueLabel* m_networkInterface = nullptr;
    DetailValueLabel* m_defaultRepository = nullptr;
    DetailValueLabel* m_additionalRepositories = nullptr;
    DetailValueLabel* m_tags = nullptr;
    QListWidget* m_timeline = nullptr;
    InstanceLogsView* m_logs = nullptr;
};

} // namespace SageDesk::Ui

#pragma once

#include "console/logs/LogStreamTail.h"
#include "domain/NotebookInstanceStatus.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabBar;

namespace SageDesk::Aws {
class AwsClientContext;
} // namespace SageDesk::Aws

namespace SageDesk::Ui {

// The Logs section of the details pane: the OnCreate, OnStart and Jupyter streams of the shown
// instance (CloudWatch Logs, or sagedesk-local's), following new lines while it is Pending. A
// Failed instance opens on the stream that explains it, its failing line highlighted. The text can
// be copied and saved.
class InstanceLogsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceLogsView)

public:
    explicit InstanceLogsView(QWidget* parent = nullptr);
    ~InstanceLogsView() override;

    void setContext(Aws::AwsClientContext* context);
    // Empty name: nothing shown. Called on every change of the shown instance; reopens only when the
    // instance changes or it has just failed.
    void showInstance(const QString& name, NotebookInstanceStatus status, const QString& failureReason);
    void showScript(LogStreamTail::Script script);

    LogStreamTail* tail() const { return m_tail; }
    QPlainTextEdit* text() const { return m_text; }
    // The line highlighted as the failing one, or -1.
    int highlightedLine() const { return m_highlighted; }
    // Writes the shown text to `path`; false when it cannot.
    bool saveTo(const QString& path) const;
    void copyToClipboard() const;

signals:
    // The text now shows the stream as loaded (or says why it cannot).
    void shown();

private:
    void render();
    void appendFrom(qsizetype first);
    void highlightFailingLine();
    void saveAs();
    QString lineOf(const Aws::OutputLogEvent& event) const;
    QString countText() const;

    LogStreamTail* m_tail;
    QTabBar* m_tabs = nullptr;
    QLabel* m_state = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_save = nullptr;
    QString m_name;
    NotebookInstanceStatus m_status = NotebookInstanceStatus::Pending;
    bool m_explainFailure = false;
    int m_highlighted = -1;
};

} // namespace SageDesk::Ui

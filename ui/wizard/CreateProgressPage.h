#pragma once

#include "aws/client/AwsError.h"
#include "console/create/CreateRunner.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QPushButton;

namespace SageDesk::Ui {

class CreateWizard;

// The run: one line per API call with its state, the AWS error of a failure (code, message,
// request id), and Retry, Clean up and Stop waiting.
class CreateProgressPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit CreateProgressPage(CreateWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    CreateRunner* runner() const { return m_runner; }
    QListWidget* stepList() const { return m_steps; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* cleanUpButton() const { return m_cleanUp; }
    QPushButton* stopWaitingButton() const { return m_stopWaiting; }

private:
    void setStepText(int index, const QString& state);
    void updateButtons();
    void showFailure(const Aws::AwsError& error);

    CreateWizard* m_wizard;
    QPointer<CreateRunner> m_runner;
    QListWidget* m_steps;
    QLabel* m_status;
    QLabel* m_error;
    QPushButton* m_retry;
    QPushButton* m_cleanUp;
    QPushButton* m_stopWaiting;
};

} // namespace SageDesk::Ui

#include "wizard/CreateProgressPage.h"

#include "console/create/CreateRunner.h"
#include "wizard/CreateWizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace SageDesk::Ui {

CreateProgressPage::CreateProgressPage(CreateWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_steps(new QListWidget)
    , m_status(new QLabel)
    , m_error(new QLabel)
    , m_retry(new QPushButton(tr("&Retry")))
    , m_cleanUp(new QPushButton(tr("Clean &up")))
    , m_stopWaiting(new QPushButton(tr("&Stop waiting")))
{
    setTitle(tr("Creating the notebook instance"));
    setFinalPage(true);
    const auto name = [](QWidget* widget, const QString& objectName, const QString& accessible) {
        widget->setObjectName(objectName);
        widget->setAccessibleName(accessible);
    };
    name(m_steps, QStringLiteral("stepList"), tr("Steps"));
    name(m_status, QStringLiteral("progressStatus"), tr("Status"));
    name(m_error, QStringLiteral("progressError"), tr("AWS error"));
    name(m_retry, QStringLiteral("retryButton"), tr("Retry from the failed step"));
    name(m_cleanUp, QStringLiteral("cleanUpButton"), tr("Clean up what this run created"));
    name(m_stopWaiting, QStringLiteral("stopWaitingButton"), tr("Stop waiting for InService"));
    // AWS's message, as plain text: never markup from a server.
    m_error->setTextFormat(Qt::PlainText);
    m_status->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cleanUp);
    buttons->addWidget(m_stopWaiting);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_error->clear();
        m_runner->retry();
    });
    connect(m_cleanUp, &QPushButton::clicked, this, [this] { m_runner->cleanUp(); });
    connect(m_stopWaiting, &QPushButton::clicked, this, [this] { m_runner->cancel(); });
    updateButtons();
}

void CreateProgressPage::initializePage()
{
    if (m_runner) {
        return;
    }
    m_runner = new CreateRunner(m_wizard->context(), m_wizard->plan(), this);
    m_runner->setPollInterval(m_wizard->options().pollInterval);
    m_steps->clear();
    for (const PlanStep& step : m_runner->plan().steps()) {
        m_steps->addItem(step.apiCall());
    }
    for (int i = 0; i < m_steps->count(); ++i) {
        setStepText(i, tr("waiting"));
    }
    connect(m_runner, &CreateRunner::stepStarted, this, [this](int index, const QString& apiCall) {
        setStepText(index, tr("running"));
        updateButtons();
        m_status->setText(tr("Calling %1\u2026").arg(apiCall));
    });
    connect(m_runner, &CreateRunner::stepSucceeded, this,
            [this](int index) { setStepText(index, tr("done")); });
    connect(m_runner, &CreateRunner::stepFailed, this, [this](int index, const Aws::AwsError& error) {
        setStepText(index, tr("failed"));
        showFailure(error);
    });
    connect(m_runner, &CreateRunner::succeeded, this, [this] {
        m_status->setText(tr("The notebook instance %1 was created.")
                              .arg(m_runner->plan().instanceRequest().notebookInstanceName));
        emit m_wizard->instanceCreated(m_runner->plan().instanceRequest().notebookInstanceName);
    });
    connect(m_runner, &CreateRunner::cleanupCall, this,
            [this](const QString& apiCall, const QString& target) {
                m_status->setText(tr("Cleaning up: %1 %2\u2026").arg(apiCall, target));
                m_steps->addItem(tr("%1 %2").arg(apiCall, target));
            });
    connect(m_runner, &CreateRunner::cleanedUp, this, [this](const QList<Aws::AwsError>& errors) {
        if (errors.isEmpty()) {
            m_status->setText(tr("Cleaned up: nothing this run created is left."));
            m_error->clear();
            return;
        }
        QStringList left;
        for (const auto& created : m_runner->created()) {
            left << CreateRunner::describe(created);
        }
        m_status->setText(tr("Clean up could not remove: %1").arg(left.join(QStringLiteral(", "))));
        showFailure(errors.first());
    });
    connect(m_runner, &CreateRunner::stateChanged, this, [this](CreateRunner::State state) {
        if (state == CreateRunner::State::Cancelled) {
            m_status->setText(tr("Stopped waiting; the instance goes on starting and the table shows it."));
        }
        updateButtons();
        emit completeChanged();
    });
    m_runner->start();
}

void CreateProgressPage::setStepText(int index, const QString& state)
{
    if (QListWidgetItem* item = m_steps->item(index)) {
        const QString call = m_runner->plan().steps().at(index).apiCall();
        item->setText(tr("%1 \u2014 %2").arg(call, state));
    }
}

void CreateProgressPage::showFailure(const Aws::AwsError& error)
{
    m_status->setText(tr("The run stopped. Retry from the failed step, or clean up what it created."));
    m_error->setText(
        tr("Code: %1\nMessage: %2\nRequest id: %3")
            .arg(error.code, error.message, error.requestId.isEmpty() ? tr("(none)") : error.requestId));
}

void CreateProgressPage::updateButtons()
{
    using State = CreateRunner::State;
    const State state = m_runner ? m_runner->state() : State::Idle;
    const bool waiting =
        state == State::Running && m_runner->currentStep() < m_runner->plan().steps().size() &&
        m_runner->plan().steps().at(m_runner->currentStep()).kind == PlanStep::Kind::WaitForInService;
    m_retry->setEnabled(m_runner && m_runner->canRetry());
    m_retry->setVisible(state == State::Failed || state == State::Cancelled);
    m_cleanUp->setVisible(state == State::Failed || state == State::Cancelled || state == State::CleaningUp);
    m_cleanUp->setEnabled(state == State::Failed || state == State::Cancelled);
    m_stopWaiting->setVisible(state == State::Running);
    m_stopWaiting->setEnabled(waiting);
}

bool CreateProgressPage::isComplete() const
{
    if (!m_runner) {
        return false;
    }
    const auto state = m_runner->state();
    return state != CreateRunner::State::Running && state != CreateRunner::State::CleaningUp;
}

} // namespace SageDesk::Ui

#include "instances/UpdateSettingsDialog.h"

#include "aws/client/AwsClientContext.h"
#include "aws/services/SageMakerClient.h"
#include "console/create/CreatePlan.h"
#include "domain/Validation.h"
#include "instances/LifecycleLogLink.h"
#include "wizard/WizardPages.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace SageDesk::Ui {

namespace {

QLabel* messageLabel(const QString& objectName, const QString& accessibleName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    // AWS's messages and what was typed: plain text, never markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

UpdateSettingsDialog::UpdateSettingsDialog(const NotebookInstance& instance, Aws::AwsClientContext* context,
                                           QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_current(instance)
    , m_settings(new SettingsPage(context, context ? context->region() : QString()))
    , m_permissions(new PermissionsPage(context))
    , m_git(new GitPage(context))
    , m_tabs(new QTabWidget)
    , m_problems(messageLabel(QStringLiteral("validationProblems"), tr("Problems with the new settings")))
    , m_requestView(new QPlainTextEdit)
    , m_status(messageLabel(QStringLiteral("updateStatus"), tr("Update status")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("updateSettingsDialog"));
    setWindowTitle(tr("Update settings of %1").arg(instance.notebookInstanceName));
    m_settings->useForUpdate(instance.platformIdentifier);
    m_permissions->useForUpdate();
    m_tabs->setObjectName(QStringLiteral("updateSettingsTabs"));
    m_tabs->setAccessibleName(tr("Settings to update"));
    m_tabs->addTab(m_settings, tr("Notebook instance settings"));
    m_tabs->addTab(m_permissions, tr("Permissions"));
    m_tabs->addTab(m_git, tr("Git repositories"));

    m_problems->setStyleSheet(QStringLiteral("color: #d13212"));
    m_requestView->setObjectName(QStringLiteral("updateRequestView"));
    m_requestView->setAccessibleName(tr("UpdateNotebookInstance request body"));
    m_requestView->setReadOnly(true);
    m_requestView->setTabChangesFocus(true);
    m_requestView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_requestView->setMaximumHeight(fontMetrics().height() * 8);
    QPushButton* update = updateButton();
    update->setText(tr("&Update"));
    update->setAccessibleName(tr("Update the notebook instance"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    if (context) {
        const QString name = instance.notebookInstanceName;
        layout->addWidget(new LifecycleLogLink(
            context, [name] { return name; }, this));
    }
    layout->addWidget(m_problems);
    layout->addWidget(new QLabel(tr("Request body (UpdateNotebookInstance):")));
    layout->addWidget(m_requestView);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UpdateSettingsDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QWizardPage* page : {static_cast<QWizardPage*>(m_settings), static_cast<QWizardPage*>(m_permissions),
                              static_cast<QWizardPage*>(m_git)}) {
        connect(page, &QWizardPage::completeChanged, this, &UpdateSettingsDialog::validate);
    }
    resize(720, 640);
    if (context) {
        load();
    } else {
        showCurrent(instance);
    }
}

UpdateSettingsDialog::~UpdateSettingsDialog() = default;

QPushButton* UpdateSettingsDialog::updateButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

// A list's summary lacks the role, the repositories, root access and IMDS: the pages show what
// DescribeNotebookInstance says, and stay disabled until it has.
void UpdateSettingsDialog::load()
{
    m_tabs->setEnabled(false);
    m_status->setText(tr("Loading the current settings (DescribeNotebookInstance)\u2026"));
    validate();
    Aws::SageMakerClient(m_context)
        .describeNotebookInstance(m_current.notebookInstanceName)
        .then(this, [this](const Aws::AwsResult<NotebookInstance>& described) {
            if (!described) {
                m_status->setText(
                    tr("DescribeNotebookInstance failed: %1").arg(described.error().toDisplayString()));
                return;
            }
            m_status->clear();
            showCurrent(described.value());
        });
}

void UpdateSettingsDialog::showCurrent(const NotebookInstance& described)
{
    m_current = described;
    CreateChoices choices;
    choices.instance = CreateNotebookInstanceRequest::fromInstance(described);
    // The API's default when Describe leaves it out; the wizard's own default is version 2.
    if (choices.instance.minimumInstanceMetadataServiceVersion.isEmpty()) {
        choices.instance.minimumInstanceMetadataServiceVersion = QStringLiteral("1");
    }
    choices.lifecycle = described.notebookInstanceLifecycleConfigName.isEmpty()
                            ? CreateChoices::Lifecycle::None
                            : CreateChoices::Lifecycle::Existing;
    m_settings->useForUpdate(described.platformIdentifier);
    m_settings->restore(choices);
    m_permissions->restore(choices);
    m_git->restore(choices);
    if (described.notebookInstanceStatus != NotebookInstanceStatus::Stopped) {
        m_status->setText(tr("%1 is %2: AWS updates the settings of a Stopped instance only.")
                              .arg(described.notebookInstanceName,
                                   NotebookInstanceStatuses::toString(described.notebookInstanceStatus)));
    }
    m_loaded = true;
    m_tabs->setEnabled(true);
    validate();
}

UpdateNotebookInstanceRequest UpdateSettingsDialog::request() const
{
    CreateChoices choices;
    m_settings->apply(choices);
    m_permissions->apply(choices);
    m_git->apply(choices);
    return UpdateNotebookInstanceRequest::between(m_current, choices.instance);
}

// The pages say in place what is wrong with a field; here the shared validator names every
// refused member and rule, and warnings (an instance family the platform cannot run) do not block.
void UpdateSettingsDialog::validate()
{
    const UpdateNotebookInstanceRequest update = request();
    const ValidationIssues issues = Validation::updateNotebookInstance(update, m_current);
    m_problems->setText(
        Validation::describe(issues + Validation::updateNotebookInstanceWarnings(update, m_current)));
    m_requestView->setPlainText(m_loaded ? QString::fromUtf8(QJsonDocument(update.toJson()).toJson())
                                         : QString());
    const bool complete = m_settings->isComplete() && m_permissions->isComplete() && m_git->isComplete();
    updateButton()->setEnabled(m_loaded && !m_sending && complete && issues.isEmpty() &&
                               update.changesSomething());
}

void UpdateSettingsDialog::send()
{
    if (!m_context) {
        accept();
        return;
    }
    const UpdateNotebookInstanceRequest update = request();
    m_sending = true;
    m_tabs->setEnabled(false);
    m_status->setText(tr("Sending UpdateNotebookInstance\u2026"));
    validate();
    Aws::SageMakerClient(m_context).updateNotebookInstance(update).then(
        this, [this, name = update.notebookInstanceName](const Aws::AwsResult<Aws::AwsEmpty>& done) {
            if (!done) {
                fail(tr("UpdateNotebookInstance failed: %1").arg(done.error().toDisplayString()));
                return;
            }
            emit instanceUpdated(name);
            accept();
        });
}

void UpdateSettingsDialog::fail(const QString& text)
{
    m_sending = false;
    m_tabs->setEnabled(true);
    m_status->setText(text);
    validate();
}

} // namespace SageDesk::Ui

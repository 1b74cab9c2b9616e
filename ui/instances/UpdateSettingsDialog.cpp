#include "instances/UpdateSettingsDialog.h"

#include "domain/InstanceTypeCatalog.h"
#include "domain/Validation.h"
#include "instances/LifecycleLogLink.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace SageDesk::Ui {

UpdateSettingsDialog::UpdateSettingsDialog(const NotebookInstance& instance, QWidget* parent)
    : QDialog(parent)
    , m_instance(instance)
{
    setObjectName(QStringLiteral("updateSettingsDialog"));
    setWindowTitle(tr("Update settings of %1").arg(instance.notebookInstanceName));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_form = form;
    layout->addLayout(form);

    m_instanceType = new QComboBox(this);
    m_instanceType->setObjectName(QStringLiteral("instanceTypeCombo"));
    m_instanceType->setEditable(true);
    m_instanceType->addItems(InstanceTypeCatalog::all());
    m_instanceType->setCurrentText(instance.instanceType);
    form->addRow(tr("Instance type"), m_instanceType);

    m_volume = new QSpinBox(this);
    m_volume->setObjectName(QStringLiteral("volumeSpin"));
    // A volume can grow but never shrink.
    m_volume->setRange(std::max(5, instance.volumeSizeInGB), 16384);
    m_volume->setValue(std::max(5, instance.volumeSizeInGB));
    m_volume->setSuffix(tr(" GB"));
    form->addRow(tr("Volume size"), m_volume);

    m_lifecycle = new QLineEdit(instance.notebookInstanceLifecycleConfigName, this);
    m_lifecycle->setObjectName(QStringLiteral("lifecycleEdit"));
    m_lifecycle->setPlaceholderText(tr("No lifecycle configuration"));
    form->addRow(tr("Lifecycle configuration"), m_lifecycle);
    m_removeLifecycle = new QCheckBox(tr("Remove the lifecycle configuration"), this);
    m_removeLifecycle->setObjectName(QStringLiteral("removeLifecycleCheck"));
    m_removeLifecycle->setEnabled(!instance.notebookInstanceLifecycleConfigName.isEmpty());
    form->addRow(QString(), m_removeLifecycle);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("validationProblems"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #d13212"));
    layout->addWidget(m_problems);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Update"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_instanceType, &QComboBox::currentTextChanged, this, &UpdateSettingsDialog::validate);
    connect(m_volume, &QSpinBox::valueChanged, this, &UpdateSettingsDialog::validate);
    connect(m_lifecycle, &QLineEdit::textChanged, this, &UpdateSettingsDialog::validate);
    connect(m_removeLifecycle, &QCheckBox::toggled, this, [this](bool remove) {
        m_lifecycle->setEnabled(!remove);
        validate();
    });
    validate();
}

UpdateSettingsDialog::~UpdateSettingsDialog() = default;

void UpdateSettingsDialog::showLogLinks(Aws::AwsClientContext* context)
{
    const QString name = m_instance.notebookInstanceName;
    m_form->addRow(QString(), new LifecycleLogLink(
                                  context, [name] { return name; }, this));
}

UpdateNotebookInstanceRequest UpdateSettingsDialog::request() const
{
    UpdateNotebookInstanceRequest request;
    request.notebookInstanceName = m_instance.notebookInstanceName;
    const QString type = m_instanceType->currentText().trimmed();
    if (type != m_instance.instanceType) {
        request.instanceType = type;
    }
    if (m_volume->value() != m_instance.volumeSizeInGB) {
        request.volumeSizeInGB = m_volume->value();
    }
    if (m_removeLifecycle->isChecked()) {
        request.disassociateLifecycleConfig = true;
    } else if (m_lifecycle->text().trimmed() != m_instance.notebookInstanceLifecycleConfigName &&
               !m_lifecycle->text().trimmed().isEmpty()) {
        request.lifecycleConfigName = m_lifecycle->text().trimmed();
    }
    return request;
}

void UpdateSettingsDialog::validate()
{
    const UpdateNotebookInstanceRequest update = request();
    const ValidationIssues issues = Validation::updateNotebookInstance(update, m_instance);
    const bool changed = update.instanceType || update.volumeSizeInGB || update.lifecycleConfigName ||
                         update.disassociateLifecycleConfig;
    // Warnings (an instance family the platform cannot run) are shown but do not block.
    m_problems->setText(
        Validation::describe(issues + Validation::updateNotebookInstanceWarnings(update, m_instance)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(issues.isEmpty() && changed);
}

} // namespace SageDesk::Ui

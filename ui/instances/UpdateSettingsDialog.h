#pragma once

#include "domain/NotebookInstance.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace SageDesk::Aws {
class AwsClientContext;
} // namespace SageDesk::Aws

namespace SageDesk::Ui {

// UpdateNotebookInstance for a Stopped instance: instance type, volume size and lifecycle
// configuration, checked with the shared validator before OK is offered.
class UpdateSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateSettingsDialog)

public:
    explicit UpdateSettingsDialog(const NotebookInstance& instance, QWidget* parent = nullptr);
    ~UpdateSettingsDialog() override;

    // Only the fields that changed are set.
    UpdateNotebookInstanceRequest request() const;
    // Adds the links to the last run's lifecycle logs under the lifecycle configuration.
    void showLogLinks(Aws::AwsClientContext* context);

private:
    void validate();

    NotebookInstance m_instance;
    QComboBox* m_instanceType = nullptr;
    QSpinBox* m_volume = nullptr;
    QLineEdit* m_lifecycle = nullptr;
    QCheckBox* m_removeLifecycle = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_problems = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace SageDesk::Ui

#pragma once

#include <QDialog>

namespace SageDesk::Ui {

// Version, Qt version, licence and third-party notices.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

    static QString versionText();
};

} // namespace SageDesk::Ui

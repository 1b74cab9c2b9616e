#include "shell/AboutDialog.h"

#include "core/Version.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace SageDesk::Ui {

namespace {
QString resourceText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}
} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About SageDesk"));
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("aboutHeading"));
    heading->setTextFormat(Qt::RichText);
    heading->setText(
        QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
            .arg(versionText().toHtmlEscaped(),
                 tr("A desktop console for Amazon SageMaker notebook instances.").toHtmlEscaped(),
                 tr("Built with Qt %1, running on Qt %2.")
                     .arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion()))
                     .toHtmlEscaped()));
    layout->addWidget(heading);

    auto* tabs = new QTabWidget(this);
    auto* licence = new QTextBrowser(tabs);
    licence->setObjectName(QStringLiteral("licenceText"));
    licence->setPlainText(resourceText(QStringLiteral(":/about/LICENSE")));
    tabs->addTab(licence, tr("Licence"));
    auto* notices = new QTextBrowser(tabs);
    notices->setObjectName(QStringLiteral("noticesText"));
    notices->setPlainText(resourceText(QStringLiteral(":/about/THIRD-PARTY-NOTICES")));
    tabs->addTab(notices, tr("Third-party notices"));
    layout->addWidget(tabs);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 460);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionText()
{
    return tr("SageDesk %1").arg(QString::fromLatin1(kVersion));
}

} // namespace SageDesk::Ui

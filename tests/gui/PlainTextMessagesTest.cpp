// Issue 15: every label that shows a server's message, a name or typed text renders it as plain text,
// so that a message such as "<img src=...><a href=...>" shows as the characters it is.
#include "domain/NotebookInstance.h"
#include "instances/UpdateSettingsDialog.h"
#include "shell/MainWindow.h"

#include <gtest/gtest.h>

#include <QLabel>

using SageDesk::NotebookInstance;
using SageDesk::Ui::MainWindow;
using SageDesk::Ui::UpdateSettingsDialog;

namespace {

constexpr auto kMarkup =
    "<img src=\"https://attacker.example/x.png\"><a href=\"https://attacker.example\">Sign in</a>";

void expectPlain(const QWidget& parent, const QString& objectName)
{
    auto* label = parent.findChild<QLabel*>(objectName);
    ASSERT_NE(label, nullptr) << objectName.toStdString();
    EXPECT_EQ(label->textFormat(), Qt::PlainText) << objectName.toStdString();
    label->setText(QString::fromLatin1(kMarkup));
    // A plain-text label has no links to follow and shows the markup as it is.
    EXPECT_FALSE(label->openExternalLinks()) << objectName.toStdString();
}

} // namespace

TEST(PlainTextMessages, BannersAndStatusShowServerTextAsPlainText)
{
    MainWindow window;
    for (const QString& name : {QStringLiteral("errorBanner"), QStringLiteral("offlineBanner"),
                                QStringLiteral("connectionLabel")}) {
        expectPlain(window, name);
    }
}

TEST(PlainTextMessages, DialogProblemsShowAsPlainText)
{
    NotebookInstance instance;
    instance.notebookInstanceName = QStringLiteral("nb");
    UpdateSettingsDialog dialog(instance);
    expectPlain(dialog, QStringLiteral("validationProblems"));
}

#include "shell/MainWindow.h"
#include "core/Translations.h"
#include "shell/AboutDialog.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

using SageDesk::Ui::AboutDialog;
using SageDesk::Ui::MainWindow;

namespace {

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (QAction* action : window.menuBar()->actions()) {
        titles << action->text();
    }
    return titles;
}

void removeTranslators()
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

TEST(MainWindow, ShowsTitleMenusTableAndStatusBar)
{
    removeTranslators();
    SageDesk::installTranslations(*qApp, QStringLiteral("en"));
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("SageDesk"));
    EXPECT_EQ(menuTitles(window), (QStringList{QStringLiteral("&File"), QStringLiteral("&View"),
                                               QStringLiteral("&Instance"), QStringLiteral("&Help")}));
    EXPECT_NE(window.findChild<QTableView*>(QStringLiteral("instanceTable")), nullptr);
    EXPECT_TRUE(window.statusBar()->isVisible());
    removeTranslators();
}

// Every toolbar action has an icon that draws something (the desktop theme's or SageDesk's own), and
// the buttons show it beside the text, so the toolbar reads at a glance in either language.
TEST(MainWindow, ToolbarActionsShowAnIconBesideTheirText)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QToolBar* toolBar = window.instanceToolBar();
    ASSERT_NE(toolBar, nullptr);
    EXPECT_EQ(toolBar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    int buttons = 0;
    for (QAction* action : toolBar->actions()) {
        if (action->isSeparator()) {
            continue;
        }
        ++buttons;
        const QImage image = action->icon().pixmap(QSize(24, 24)).toImage();
        ASSERT_FALSE(image.isNull()) << action->objectName().toStdString() << " has no icon";
        int drawn = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                drawn += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
            }
        }
        EXPECT_GT(drawn, 10) << action->objectName().toStdString() << "'s icon is blank";
        auto* button = qobject_cast<QToolButton*>(toolBar->widgetForAction(action));
        ASSERT_NE(button, nullptr);
        EXPECT_GT(button->sizeHint().width(),
                  button->fontMetrics().horizontalAdvance(action->iconText()) + 16)
            << action->objectName().toStdString() << " shows no icon beside its text";
    }
    EXPECT_GE(buttons, 7);
}

TEST(MainWindow, KoreanTranslationCoversTheShell)
{
    removeTranslators();
    EXPECT_EQ(SageDesk::installTranslations(*qApp, QStringLiteral("ko")), QStringLiteral("ko"));
    MainWindow window;
    const QStringList titles = menuTitles(window);
    EXPECT_EQ(titles, (QStringList{QStringLiteral("파일(&F)"), QStringLiteral("보기(&V)"),
                                   QStringLiteral("인스턴스(&I)"), QStringLiteral("도움말(&H)")}));
    EXPECT_EQ(window.connectionLabel()->text(), QStringLiteral("연결되지 않음"));
    AboutDialog about;
    EXPECT_EQ(about.windowTitle(), QStringLiteral("SageDesk 정보"));
    removeTranslators();
}

TEST(AboutDialog, ShowsVersionQtVersionLicenceAndNotices)
{
    removeTranslators();
    MainWindow window;
    window.show();
    QString heading;
    QString licence;
    QString notices;
    // The About dialog is modal: inspect it from inside its own event loop, then close it.
    QTimer::singleShot(0, [&] {
        auto* dialog = qApp->findChild<AboutDialog*>();
        if (dialog == nullptr) {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (auto* candidate = qobject_cast<AboutDialog*>(widget)) {
                    dialog = candidate;
                }
            }
        }
        ASSERT_NE(dialog, nullptr);
        heading = dialog->findChild<QLabel*>(QStringLiteral("aboutHeading"))->text();
        licence = dialog->findChild<QTextBrowser*>(QStringLiteral("licenceText"))->toPlainText();
        notices = dialog->findChild<QTextBrowser*>(QStringLiteral("noticesText"))->toPlainText();
        dialog->reject();
    });
    window.showAbout();
    EXPECT_TRUE(heading.contains(QStringLiteral("SageDesk 0.")));
    EXPECT_TRUE(heading.contains(QString::fromLatin1(qVersion())));
    EXPECT_TRUE(licence.contains(QStringLiteral("MIT License")));
    EXPECT_TRUE(notices.contains(QStringLiteral("Qt 6")));
    EXPECT_TRUE(notices.contains(QStringLiteral("LGPL")));
}

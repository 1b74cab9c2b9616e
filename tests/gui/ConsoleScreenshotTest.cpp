// Screenshots of the console window for docs/: light and dark palettes, English and Korean, against
// a real sagedesk-local, into SAGEDESK_SCREENSHOT_DIR when set (else a temporary folder);
// SAGEDESK_SCREENSHOT_KO_QM may name a freshly compiled Korean .qm (otherwise the embedded one).
//
//   SAGEDESK_SCREENSHOT_DIR=docs xvfb-run -a sagedesk_gui_tests --gtest_filter='ConsoleScreenshots*'
//
// The create wizard's pages go to <dir>/screenshots/wizard-<page>-<language>.png the same way
// (--gtest_filter='WizardScreenshots*').
#include "aws/AwsConnection.h"
#include "aws/services/SageMakerClient.h"
#include "console/create/CreateRunner.h"
#include "console/models/InstanceFilterProxyModel.h"
#include "console/models/InstanceTableModel.h"
#include "core/Translations.h"
#include "discovery/LocalEndpointInfo.h"
#include "instances/ConsoleView.h"
#include "instances/LocalEndpointConnector.h"
#include "shell/MainWindow.h"
#include "support/ExecutionRoleSupport.h"
#include "support/LocalEndpointProcess.h"
#include "support/ServerProcess.h"
#include "wizard/CreateProgressPage.h"
#include "wizard/CreateWizard.h"
#include "wizard/NewRoleDialog.h"
#include "wizard/WizardPages.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QFontDatabase>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace SageDesk;
using namespace SageDesk::Ui;
using namespace std::chrono_literals;

namespace {

// The mean HSL lightness of every 7th pixel, 0 (black) to 1 (white).
double meanLightness(const QImage& image)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            sum += QColor(image.pixel(x, y)).lightnessF();
            ++count;
        }
    }
    return count > 0 ? sum / count : 0;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xdf, 0xe1, 0xe5);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6f, 0x73, 0x7a));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6f, 0x73, 0x7a));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6f, 0x73, 0x7a));
    return palette;
}

void removeTranslators()
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void useKorean()
{
    const QString qm = qEnvironmentVariable("SAGEDESK_SCREENSHOT_KO_QM");
    if (qm.isEmpty()) {
        installTranslations(*qApp, QStringLiteral("ko"));
        return;
    }
    auto* translator = new QTranslator(qApp);
    ASSERT_TRUE(translator->load(qm)) << qm.toStdString();
    QCoreApplication::installTranslator(translator);
}

} // namespace

TEST(ConsoleScreenshots, LightAndDarkInEnglishAndKorean)
{
    if (SageDesk::Test::findExecutable(QStringLiteral("jupyter")).isEmpty()) {
        GTEST_SKIP() << "jupyter is not installed";
    }
    QTemporaryDir dir;
    // In the suite the pictures go to a temporary folder and are checked; docs/ is refreshed by hand.
    QString outDir = qEnvironmentVariable("SAGEDESK_SCREENSHOT_DIR");
    if (outDir.isEmpty()) {
        outDir = dir.filePath(QStringLiteral("screenshots"));
        ASSERT_TRUE(QDir().mkpath(outDir));
    }
    for (const char* name : {"AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"}) {
        qunsetenv(name);
    }
    qputenv("AWS_CONFIG_FILE", dir.filePath(QStringLiteral("none")).toLocal8Bit());
    qputenv("AWS_SHARED_CREDENTIALS_FILE", dir.filePath(QStringLiteral("none")).toLocal8Bit());
    QSettings().remove(QStringLiteral("console"));
    const QString dataDir = dir.filePath(QStringLiteral("local"));
    // Port 0: the endpoint names the port it got in its runtime file, where the connector looks.
    SageDesk::Test::ServerProcess endpoint(
        QStringLiteral(SAGEDESK_LOCAL_PATH),
        {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--port"), QStringLiteral("0")});
    ASSERT_TRUE(endpoint.startAndWaitForOutput(QStringLiteral("Listening on"), std::chrono::seconds(60)))
        << endpoint.error().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return Local::LocalEndpointInfo::read(dataDir).has_value(); }, 10000));

    LocalEndpointConnector connector(dataDir);
    auto connection = connector.createConnection();
    ASSERT_NE(connection, nullptr);
    Aws::SageMakerClient client(connection->context());
    const QString roleArn = SageDesk::Test::makeExecutionRole(connection->context());
    const QList<QPair<QString, QString>> instances{
        {QStringLiteral("churn-model-training"), QStringLiteral("ml.m5.xlarge")},
        {QStringLiteral("data-exploration"), QStringLiteral("ml.t3.medium")},
        {QStringLiteral("feature-store-demo"), QStringLiteral("ml.t3.large")},
        {QStringLiteral("llm-finetune-scratch"), QStringLiteral("ml.g5.xlarge")},
        {QStringLiteral("team-reporting"), QStringLiteral("ml.t3.medium")},
    };
    for (const auto& [name, type] : instances) {
        CreateNotebookInstanceRequest request;
        request.notebookInstanceName = name;
        request.instanceType = type;
        request.volumeSizeInGB = name.size();
        request.roleArn = roleArn;
        ASSERT_TRUE(client.createNotebookInstance(request).wait().ok());
    }
    for (const QString& name : {QStringLiteral("feature-store-demo"), QStringLiteral("team-reporting")}) {
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                const auto& described = client.describeNotebookInstance(name).wait();
                return described.ok() &&
                       described.value().notebookInstanceStatus == NotebookInstanceStatus::InService;
            },
            20000));
        ASSERT_TRUE(client.stopNotebookInstance(name).wait().ok());
    }

    const QPalette lightPalette = QApplication::style()->standardPalette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ko")}) {
        for (const bool dark : {false, true}) {
            removeTranslators();
            if (language == QLatin1String("ko")) {
                useKorean();
            }
            QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
            MainWindow window;
            ConsoleOptions options;
            options.cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
            options.localDataDir = dataDir;
            options.intervals = {200ms, 1000ms, 1000ms};
            window.resize(1280, 720);
            window.show();
            window.startConsole(options);
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
            InstanceTableModel* model = window.console()->session()->model();
            ASSERT_TRUE(QTest::qWaitFor(
                [&] {
                    int stopped = 0;
                    for (const NotebookInstance& instance : model->instances()) {
                        stopped += instance.notebookInstanceStatus == NotebookInstanceStatus::Stopped;
                    }
                    return model->rowCount() == instances.size() && stopped == 2;
                },
                20000));
            window.console()->table()->selectRow(0);
            QTest::qWait(300);
            const QString file =
                QStringLiteral("%1/screenshot-console-%2-%3.png")
                    .arg(outDir, dark ? QStringLiteral("dark") : QStringLiteral("light"), language);
            const QImage shot = window.grab().toImage();
            EXPECT_EQ(shot.size(), QSize(1280, 720));
            // What the test does not set itself: the palette reached the pixels (a dark shot is dark),
            // and Korean has a font to be drawn with (else the shot shows boxes).
            const double lightness = meanLightness(shot);
            EXPECT_TRUE(dark ? lightness < 0.45 : lightness > 0.7) << file.toStdString() << ": " << lightness;
            if (language == QLatin1String("ko")) {
                EXPECT_FALSE(QFontDatabase::families(QFontDatabase::Korean).isEmpty())
                    << "no Korean font installed (fonts-nanum): the Korean screenshots would show boxes";
            }
            EXPECT_TRUE(shot.save(file)) << file.toStdString();
            const QString title = window.menuBar()->actions().constFirst()->text();
            EXPECT_EQ(title,
                      language == QLatin1String("ko") ? QStringLiteral("파일(&F)") : QStringLiteral("&File"));
            if (!dark && language == QLatin1String("en")) {
                EXPECT_TRUE(window.grab().save(outDir + QStringLiteral("/screenshot-main.png")));
            }
        }
    }
    removeTranslators();
    QApplication::setPalette(lightPalette);
}

// Every page of the create wizard, in English and Korean, against a real sagedesk-local (its roles
// and lifecycle configurations fill the lists).
TEST(WizardScreenshots, EveryPageInEnglishAndKorean)
{
    QTemporaryDir dir;
    QString outDir = qEnvironmentVariable("SAGEDESK_SCREENSHOT_DIR");
    outDir = outDir.isEmpty() ? dir.filePath(QStringLiteral("screenshots"))
                              : outDir + QStringLiteral("/screenshots");
    ASSERT_TRUE(QDir().mkpath(outDir));
    const QString dataDir = dir.filePath(QStringLiteral("local"));
    std::unique_ptr<SageDesk::Test::ServerProcess> endpoint;
    ASSERT_NO_FATAL_FAILURE(SageDesk::Test::startLocalEndpointOnPortZero(endpoint, dataDir));
    LocalEndpointConnector connector(dataDir);
    auto connection = connector.createConnection();
    ASSERT_NE(connection, nullptr);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ko")}) {
        removeTranslators();
        if (language == QLatin1String("ko")) {
            useKorean();
        }
        CreateWizardOptions options;
        options.region = connection->region();
        options.local = true;
        options.endpointUrl = connection->context()->endpoint(QStringLiteral("sagemaker"));
        CreateWizard wizard(connection->context(), options);
        wizard.resize(900, 760);
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
        const auto shoot = [&](QWidget* widget, const QString& page) {
            QTest::qWait(200);
            const QString file = QStringLiteral("%1/wizard-%2-%3.png").arg(outDir, page, language);
            EXPECT_TRUE(widget->grab().save(file)) << file.toStdString();
        };
        SettingsPage* settings = wizard.settingsPage();
        // Each language creates an instance of its own.
        settings->nameEdit()->setText(language == QLatin1String("en") ? QStringLiteral("team-notebook")
                                                                      : QStringLiteral("analytics-notebook"));
        settings->lifecycleModeBox()->setCurrentIndex(int(CreateChoices::Lifecycle::New));
        settings->newLifecycleNameEdit()->setText(QStringLiteral("team-setup"));
        settings->onStartEdit()->setPlainText(
            QStringLiteral("#!/bin/bash\nset -e\npip install --quiet polars\n"));
        // The second language finds the first one's configuration listed, and its name refused.
        const bool taken = language == QLatin1String("ko");
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return settings->existingLifecycleBox()->isEnabled() == taken; }, 20000));
        EXPECT_EQ(settings->isComplete(), !taken);
        if (taken) {
            EXPECT_TRUE(settings->scriptWarnings()->text().contains(QStringLiteral("team-setup")));
            settings->newLifecycleNameEdit()->setText(QStringLiteral("analytics-setup"));
            EXPECT_TRUE(settings->isComplete());
        }
        shoot(&wizard, QStringLiteral("settings"));
        wizard.next();
        PermissionsPage* permissions = wizard.permissionsPage();
        ASSERT_TRUE(QTest::qWaitFor([&] { return permissions->rolesLoaded(); }, 20000));
        permissions->roleModeBox()->setCurrentIndex(PermissionsPage::NewRole);
        permissions->newRoleButton()->click();
        NewRoleDialog* dialog = nullptr;
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return (dialog = permissions->findChild<NewRoleDialog*>()) && dialog->isVisible(); },
            5000));
        dialog->bucketsEdit()->setText(QStringLiteral("team-data, team-models"));
        shoot(dialog, QStringLiteral("create-role"));
        dialog->accept();
        shoot(&wizard, QStringLiteral("permissions"));
        wizard.next();
        shoot(&wizard, QStringLiteral("network"));
        wizard.next();
        wizard.gitPage()->repositoryBoxes().constFirst()->setEditText(
            QStringLiteral("https://github.com/aws/amazon-sagemaker-examples"));
        shoot(&wizard, QStringLiteral("git"));
        wizard.next();
        wizard.tagsPage()->addTag(QStringLiteral("team"), QStringLiteral("analytics"));
        wizard.tagsPage()->idleStopBox()->setChecked(true);
        shoot(&wizard, QStringLiteral("tags"));
        wizard.next();
        ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.reviewPage()->isComplete(); }, 20000))
            << wizard.reviewPage()->issuesLabel()->text().toStdString();
        wizard.reviewPage()->waitBox()->setChecked(false);
        shoot(&wizard, QStringLiteral("review"));
        wizard.next();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return wizard.runner() && wizard.runner()->state() != CreateRunner::State::Running; },
            60000));
        EXPECT_EQ(wizard.runner()->state(), CreateRunner::State::Succeeded)
            << wizard.progressPage()->errorLabel()->text().toStdString();
        shoot(&wizard, QStringLiteral("create"));
    }
    removeTranslators();
}

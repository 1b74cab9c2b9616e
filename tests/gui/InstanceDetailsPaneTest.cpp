// The details pane in a narrow window, showing what a real sagedesk-local describes: long values
// (the role ARN above all) are elided, never cut at the pane's edge, and copied whole; the API's
// Enabled/Disabled and IMDS values read in the user's language while statuses stay as AWS spells
// them.
#include "instances/InstanceDetailsPane.h"
#include "aws/AwsConnection.h"
#include "aws/services/SageMakerClient.h"
#include "core/Translations.h"
#include "instances/DetailValueLabel.h"
#include "instances/LocalEndpointConnector.h"
#include "support/ExecutionRoleSupport.h"
#include "support/LocalEndpointProcess.h"
#include "support/ServerProcess.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QVBoxLayout>

#include <memory>

using namespace SageDesk;
using namespace SageDesk::Ui;

namespace {

constexpr int kWaitMs = 30000;

// Korean for one test: SageDesk's and Qt's translators, taken out again afterwards.
class KoreanTranslation
{
public:
    KoreanTranslation() { m_installed = installTranslations(*qApp, QStringLiteral("ko")); }
    ~KoreanTranslation()
    {
        const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
        }
        qDeleteAll(translators);
    }
    Q_DISABLE_COPY_MOVE(KoreanTranslation)
    QString installed() const { return m_installed; }

private:
    QString m_installed;
};

class DetailsPane : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (SageDesk::Test::findExecutable(QStringLiteral("jupyter")).isEmpty()) {
            GTEST_SKIP() << "jupyter is not installed; sagedesk-local cannot run notebook instances";
        }
        ASSERT_TRUE(m_dir.isValid());
        const QString dataDir = m_dir.filePath(QStringLiteral("local"));
        ASSERT_NO_FATAL_FAILURE(SageDesk::Test::startLocalEndpointOnPortZero(m_endpoint, dataDir));
        m_connector = std::make_unique<LocalEndpointConnector>(dataDir);
        m_connection = m_connector->createConnection();
        ASSERT_NE(m_connection, nullptr);
    }

    // An instance with root access off and IMDSv2 required, described once it is InService.
    NotebookInstance createInService(const QString& name)
    {
        Aws::SageMakerClient client(m_connection->context());
        CreateNotebookInstanceRequest request;
        request.notebookInstanceName = name;
        request.roleArn = SageDesk::Test::makeExecutionRole(m_connection->context());
        request.rootAccess = QStringLiteral("Disabled");
        request.minimumInstanceMetadataServiceVersion = QStringLiteral("2");
        EXPECT_FALSE(request.roleArn.isEmpty());
        const auto& created = client.createNotebookInstance(request).wait();
        EXPECT_TRUE(created.ok()) << created.error().toDisplayString().toStdString();
        NotebookInstance described;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                const auto& result = client.describeNotebookInstance(name).wait();
                if (result.ok()) {
                    described = result.value();
                }
                return described.notebookInstanceStatus == NotebookInstanceStatus::InService;
            },
            kWaitMs));
        return described;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SageDesk::Test::ServerProcess> m_endpoint;
    std::unique_ptr<LocalEndpointConnector> m_connector;
    std::unique_ptr<Aws::AwsConnection> m_connection;
};

DetailValueLabel* field(const InstanceDetailsPane& pane, const QString& name)
{
    auto* label = pane.findChild<DetailValueLabel*>(name);
    EXPECT_NE(label, nullptr) << name.toStdString();
    return label;
}

QString valueOf(const InstanceDetailsPane& pane, const QString& name)
{
    const DetailValueLabel* label = field(pane, name);
    return label ? label->value() : QStringLiteral("<no field %1>").arg(name);
}

} // namespace

TEST_F(DetailsPane, ElidesALongRoleArnInANarrowWindowAndCopiesItWhole)
{
    const NotebookInstance instance = createInService(QStringLiteral("narrow-details-pane"));
    ASSERT_EQ(instance.notebookInstanceStatus, NotebookInstanceStatus::InService);
    const QString roleArn = instance.roleArn;
    ASSERT_GT(roleArn.size(), 60) << roleArn.toStdString();

    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* pane = new InstanceDetailsPane(&window);
    layout->addWidget(pane);
    pane->showInstance(&instance, {});
    // Never wider than a few characters: the console's splitter can make the pane this narrow.
    EXPECT_LT(pane->minimumSizeHint().width(), 300);
    window.resize(300, 700);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();

    DetailValueLabel* role = field(*pane, QStringLiteral("detailRole"));
    ASSERT_NE(role, nullptr);
    auto* scroll = pane->findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    // Nothing sticks out to the right: no horizontal scrolling, the row ends inside the viewport, and
    // the text drawn fits the label.
    EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible());
    const QRect inViewport(role->mapTo(scroll->viewport(), QPoint()), role->size());
    EXPECT_LE(inViewport.right(), scroll->viewport()->width()) << inViewport.right();
    EXPECT_LE(role->fontMetrics().horizontalAdvance(role->text()), role->contentsRect().width());
    // Elided in the middle: the account at the start and the role's name at the end stay readable.
    EXPECT_TRUE(role->isElided());
    EXPECT_EQ(role->value(), roleArn);
    EXPECT_NE(role->text(), roleArn);
    EXPECT_TRUE(role->text().contains(QChar(0x2026))) << role->text().toStdString();
    EXPECT_TRUE(role->text().startsWith(QStringLiteral("arn:aws:iam"))) << role->text().toStdString();
    EXPECT_TRUE(role->text().endsWith(roleArn.right(3))) << role->text().toStdString();
    EXPECT_EQ(role->toolTip(), roleArn);

    // Copy by keyboard: Tab reaches the role's Copy button, which says what it copies, and Space
    // presses it.
    auto* copyRole = pane->findChild<QToolButton*>(QStringLiteral("detailRoleCopy"));
    ASSERT_NE(copyRole, nullptr);
    EXPECT_EQ(copyRole->accessibleName(), QStringLiteral("Copy IAM role"));
    EXPECT_TRUE(copyRole->isVisible());
    QWidget* focused = nullptr;
    for (int tab = 0; tab < 40 && focused != copyRole; ++tab) {
        QTest::keyClick(window.focusWidget() ? window.focusWidget() : &window, Qt::Key_Tab);
        focused = window.focusWidget();
    }
    ASSERT_EQ(focused, copyRole) << "Tab never reached the Copy button";
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    QTest::keyClick(copyRole, Qt::Key_Space);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), roleArn);

    // Copy from the context menu, and Ctrl+C on the label: the whole value, not the elided text.
    DetailValueLabel* arn = field(*pane, QStringLiteral("detailArn"));
    ASSERT_NE(arn, nullptr);
    std::unique_ptr<QMenu> menu(arn->createContextMenu());
    QAction* copy = menu->findChild<QAction*>(QStringLiteral("copyDetailValue"));
    ASSERT_NE(copy, nullptr);
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    copy->trigger();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), instance.notebookInstanceArn);
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    QTest::keyClick(arn, Qt::Key_C, Qt::ControlModifier);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), instance.notebookInstanceArn);

    // Wide enough, the whole ARN shows and there is nothing to add in a tooltip.
    window.resize(1600, 700);
    QApplication::processEvents();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !role->isElided(); }, 5000)) << role->width();
    EXPECT_EQ(role->text(), roleArn);
    EXPECT_TRUE(role->toolTip().isEmpty());
}

TEST_F(DetailsPane, KoreanTranslatesEnabledDisabledButKeepsTheStatusAsAwsSpellsIt)
{
    const NotebookInstance instance = createInService(QStringLiteral("korean-details-pane"));
    ASSERT_EQ(instance.notebookInstanceStatus, NotebookInstanceStatus::InService);
    ASSERT_EQ(instance.rootAccess, QStringLiteral("Disabled"));
    ASSERT_EQ(instance.directInternetAccess, QStringLiteral("Enabled"));
    {
        InstanceDetailsPane english;
        english.showInstance(&instance, {});
        EXPECT_EQ(valueOf(english, QStringLiteral("detailRootAccess")), QStringLiteral("Disabled"));
        EXPECT_EQ(valueOf(english, QStringLiteral("detailImds")), QStringLiteral("Version 2 (IMDSv2 only)"));
    }
    const KoreanTranslation korean;
    ASSERT_EQ(korean.installed(), QStringLiteral("ko"));
    InstanceDetailsPane pane;
    pane.showInstance(&instance, {});
    EXPECT_EQ(valueOf(pane, QStringLiteral("detailRootAccess")), QStringLiteral("비활성화됨"));
    EXPECT_EQ(valueOf(pane, QStringLiteral("detailInternet")), QStringLiteral("활성화됨"));
    EXPECT_EQ(valueOf(pane, QStringLiteral("detailImds")), QStringLiteral("버전 2(IMDSv2만)"));
    EXPECT_EQ(valueOf(pane, QStringLiteral("detailStatus")), QStringLiteral("InService"));
    // The labels around them are Korean: the translation really is installed.
    auto* copyRole = pane.findChild<QToolButton*>(QStringLiteral("detailRoleCopy"));
    ASSERT_NE(copyRole, nullptr);
    EXPECT_NE(copyRole->accessibleName(), QStringLiteral("Copy IAM role"));
}

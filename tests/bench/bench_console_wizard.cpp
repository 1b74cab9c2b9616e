// The create wizard's two figures from issue 9: opening it while its lists are still loading
// (the endpoint accepts connections and never answers, so ListRoles, ListBuckets and
// ListNotebookInstanceLifecycleConfigs stay pending), and rendering the Review page (plan, JSON
// bodies, CLI text) for a new role with Specific buckets, a new lifecycle configuration and 50 tags.
// Beside them, the update dialog (the same pages) opening while DescribeNotebookInstance and the
// lists are still loading.
//
//   QT_QPA_PLATFORM=offscreen bench_console_wizard
#include "aws/client/AwsClientContext.h"
#include "aws/credentials/StaticCredentialsProvider.h"
#include "instances/UpdateSettingsDialog.h"
#include "wizard/CreateWizard.h"
#include "wizard/WizardPages.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

using namespace SageDesk;
using namespace SageDesk::Ui;

namespace {

// Accepts every connection and answers nothing: a stalled endpoint.
struct StallingEndpoint
{
    QTcpServer server;
    QList<QTcpSocket*> held;
    StallingEndpoint()
    {
        server.listen(QHostAddress::LocalHost);
        QObject::connect(&server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                held.append(socket);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())); }
};

std::unique_ptr<Aws::AwsClientContext> stalledContext(const StallingEndpoint& endpoint)
{
    Aws::Credentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDBENCH");
    credentials.secretAccessKey = QStringLiteral("bench-secret");
    auto* provider = new Aws::StaticCredentialsProvider(credentials, QStringLiteral("bench"));
    auto context = std::make_unique<Aws::AwsClientContext>(provider, QStringLiteral("us-east-1"));
    provider->setParent(context.get());
    context->setEndpointOverride(endpoint.url());
    return context;
}

CreateWizardOptions options()
{
    CreateWizardOptions o;
    o.region = QStringLiteral("us-east-1");
    o.local = true;
    o.callerArn = QStringLiteral("arn:aws:iam::123456789012:user/bench");
    return o;
}

// Makes, shows and paints one window per iteration; only that is timed.
template <typename Make>
void timeOpening(benchmark::State& state, Make make)
{
    for (auto _ : state) {
        auto window = make();
        window->show();
        QCoreApplication::processEvents(); // the first paint
        benchmark::DoNotOptimize(window.get());
        state.PauseTiming();
        window.reset();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
}

void BM_WizardOpenWithListsLoading(benchmark::State& state)
{
    StallingEndpoint endpoint;
    auto context = stalledContext(endpoint);
    timeOpening(state, [&] { return std::make_unique<CreateWizard>(context.get(), options()); });
}

void BM_UpdateDialogOpenWhileDescribing(benchmark::State& state)
{
    StallingEndpoint endpoint;
    auto context = stalledContext(endpoint);
    NotebookInstance instance;
    instance.notebookInstanceName = QStringLiteral("bench-notebook");
    instance.notebookInstanceStatus = NotebookInstanceStatus::Stopped;
    timeOpening(state, [&] { return std::make_unique<UpdateSettingsDialog>(instance, context.get()); });
}

void BM_ReviewRender(benchmark::State& state)
{
    StallingEndpoint endpoint;
    auto context = stalledContext(endpoint);
    CreateWizard wizard(context.get(), options());
    wizard.settingsPage()->nameEdit()->setText(QStringLiteral("bench-notebook"));
    wizard.settingsPage()->lifecycleModeBox()->setCurrentIndex(int(CreateChoices::Lifecycle::New));
    wizard.settingsPage()->newLifecycleNameEdit()->setText(QStringLiteral("bench-setup"));
    wizard.settingsPage()->onStartEdit()->setPlainText(QStringLiteral("#!/bin/bash\nset -e\n") +
                                                       QStringLiteral("echo line\n").repeated(500));
    QStringList buckets;
    for (int i = 0; i < 20; ++i) {
        buckets << QStringLiteral("team-bucket-%1").arg(i);
    }
    wizard.permissionsPage()->setNewRole(Aws::S3Access::specific(buckets));
    for (int i = 0; i < TagsPage::kMaxTags; ++i) {
        wizard.tagsPage()->addTag(QStringLiteral("key-%1").arg(i), QStringLiteral("value-%1").arg(i));
    }
    wizard.show();
    QCoreApplication::processEvents();
    for (auto _ : state) {
        wizard.reviewPage()->initializePage();
        QCoreApplication::processEvents();
    }
    state.counters["json_chars"] = double(wizard.reviewPage()->bodiesView()->toPlainText().size());
    state.counters["cli_chars"] = double(wizard.reviewPage()->cliView()->toPlainText().size());
}

} // namespace

BENCHMARK(BM_WizardOpenWithListsLoading)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReviewRender)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_UpdateDialogOpenWhileDescribing)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

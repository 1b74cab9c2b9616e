// IAM policy evaluation per request, for the roles of the console's recipe (target: at most 20 µs a
// request). "evaluate": the decision alone over AmazonSageMakerFullAccess plus the S3 choice's
// execution policy, for an allowed request (a bucket of the role's), a refused one (every statement
// is read) and a SageMaker call. "s3_request": what the endpoint does per S3 request after the
// signature check: the request's IAM actions (S3Actions), the global condition keys, the decision.
// Run: build/<dir>/tests/bench/bench_iam_policy [--benchmark_min_time=0.2]
#include "local/http/HttpRequest.h"
#include "local/s3/S3Actions.h"
#include "support/RecipePolicies.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

using namespace SageDesk;
using Local::Iam::PolicyEvaluator::evaluate;

namespace {

Aws::S3Access choice(int index)
{
    switch (index) {
    case 0:
        return Aws::S3Access::specific({QStringLiteral("team-data"), QStringLiteral("team-models")});
    case 1:
        return Aws::S3Access::any();
    default:
        return Aws::S3Access::none();
    }
}

const char* choiceName(int index)
{
    return index == 0 ? "specific" : index == 1 ? "any" : "none";
}

void evaluateRequests(benchmark::State& state)
{
    const Test::RecipePolicies role(choice(static_cast<int>(state.range(0))));
    const auto allowed =
        Test::RecipePolicies::request("s3:GetObject", "arn:aws:s3:::team-data/train/part-0001.csv");
    const auto refused = Test::RecipePolicies::request("s3:PutObject", "arn:aws:s3:::finance/ledger.csv");
    const auto sageMaker =
        Test::RecipePolicies::request("sagemaker:DescribeNotebookInstance",
                                      "arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/nb");
    for (auto _ : state) {
        benchmark::DoNotOptimize(evaluate(role.documents(), allowed));
        benchmark::DoNotOptimize(evaluate(role.documents(), refused));
        benchmark::DoNotOptimize(evaluate(role.documents(), sageMaker));
    }
    state.SetItemsProcessed(state.iterations() * 3);
    state.SetLabel(choiceName(static_cast<int>(state.range(0))));
}
BENCHMARK(evaluateRequests)->Name("iam/evaluate")->DenseRange(0, 2)->Unit(benchmark::kMicrosecond);

void authorizeS3Request(benchmark::State& state)
{
    const Test::RecipePolicies role(choice(static_cast<int>(state.range(0))));
    Local::HttpRequest request;
    request.method = "GET";
    request.path = "/team-data/train/part-0001.csv";
    for (auto _ : state) {
        QList<Local::Iam::AuthorizationRequest> needed = Local::S3Actions::of(request);
        for (Local::Iam::AuthorizationRequest& call : needed) {
            call.setContext(QStringLiteral("aws:PrincipalArn"),
                            QStringLiteral("arn:aws:iam::123456789012:role/service-role/R"));
            call.setContext(QStringLiteral("aws:PrincipalAccount"), QStringLiteral("123456789012"));
            call.setContext(QStringLiteral("aws:SourceIp"), QStringLiteral("127.0.0.1"));
            call.setContext(QStringLiteral("aws:SecureTransport"), QStringLiteral("false"));
            call.setContext(QStringLiteral("aws:CurrentTime"), QStringLiteral("2026-12-02T01:00:00Z"));
            benchmark::DoNotOptimize(evaluate(role.documents(), call));
        }
    }
    state.SetItemsProcessed(state.iterations());
    state.SetLabel(choiceName(static_cast<int>(state.range(0))));
}
BENCHMARK(authorizeS3Request)->Name("iam/s3_request")->DenseRange(0, 2)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv)
{
    // The managed policies are Qt resources of the engine.
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

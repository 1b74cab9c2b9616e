// SigV4 signing throughput: signatures per second with a warm signing-key cache (the normal case:
// one key per day, region and service) and cold (a key derived for every request).
// Run: build/<dir>/tests/bench/bench_sigv4 [--benchmark_min_time=0.2]
#include "aws/SigV4.h"

#include <benchmark/benchmark.h>

#include <QTimeZone>

using namespace SageDesk::Aws;

namespace {

const QDateTime kTime(QDate(2026, 11, 27), QTime(14, 0), QTimeZone::utc());

Credentials credentials()
{
    Credentials result;
    result.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    result.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    result.sessionToken = QStringLiteral("IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN");
    return result;
}

// A DescribeNotebookInstance call as SageDesk sends it.
SignableRequest describeNotebookInstance()
{
    SignableRequest request;
    request.method = "POST";
    request.path = "/";
    request.headers = {{"Host", "api.sagemaker.us-east-1.amazonaws.com"},
                       {"Content-Type", "application/x-amz-json-1.1"},
                       {"X-Amz-Target", "SageMaker.DescribeNotebookInstance"},
                       {"User-Agent", "SageDesk/0.1.0"}};
    request.payloadHash = SigV4::sha256Hex(R"({"NotebookInstanceName":"my-notebook"})");
    return request;
}

void signWarm(benchmark::State& state)
{
    const Credentials keys = credentials();
    SigningKeyCache cache;
    for (auto _ : state) {
        SignableRequest request = describeNotebookInstance();
        benchmark::DoNotOptimize(
            SigV4::signHeaders(request, keys, "us-east-1", "sagemaker", kTime, {}, &cache));
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["key_derivations"] = double(cache.derivations());
}
BENCHMARK(signWarm)->Name("sigv4/sign_headers/warm_key_cache");

void signCold(benchmark::State& state)
{
    const Credentials keys = credentials();
    SigningKeyCache cache;
    for (auto _ : state) {
        cache.clear();
        SignableRequest request = describeNotebookInstance();
        benchmark::DoNotOptimize(
            SigV4::signHeaders(request, keys, "us-east-1", "sagemaker", kTime, {}, &cache));
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["key_derivations"] = double(cache.derivations());
}
BENCHMARK(signCold)->Name("sigv4/sign_headers/cold_key_cache");

void presignWarm(benchmark::State& state)
{
    const Credentials keys = credentials();
    SigningKeyCache cache;
    for (auto _ : state) {
        SignableRequest request;
        request.method = "GET";
        request.path = "/";
        request.query = "Action=GetCallerIdentity&Version=2011-06-15";
        request.headers = {{"Host", "sts.us-east-1.amazonaws.com"}};
        benchmark::DoNotOptimize(
            SigV4::presign(request, keys, "us-east-1", "sts", kTime, std::chrono::minutes(5), {}, &cache));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(presignWarm)->Name("sigv4/presign/warm_key_cache");

void deriveKey(benchmark::State& state)
{
    const SigV4Scope scope = SigV4::scopeFor(kTime, "us-east-1", "sagemaker");
    for (auto _ : state) {
        benchmark::DoNotOptimize(SigV4::deriveSigningKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", scope));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(deriveKey)->Name("sigv4/derive_signing_key");

} // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

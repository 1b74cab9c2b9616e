// Fuzz target for sagedesk-local's request path: HTTP parsing, SigV4 verification, and (re-signed
// with the endpoint's own key, so they get past authentication) the SageMaker, IAM, STS and S3
// handlers; and for the parsers of the clients' side that read what another program or a server
// wrote (config and credentials files, credential_process output, the SSO token cache, AWS error
// bodies, presigned URLs and regions). Inputs whose first byte is below 0x10 go to the connection
// mode instead (LocalConnectionFuzz.cpp): the server's per-connection code, fed in split reads.
// Built with libFuzzer under clang (SAGEDESK_LIBFUZZER=ON), otherwise with LocalFuzzDriver.cpp as a
// plain driver that replays the corpus and mutates it for a bounded time.
#include "LocalFuzz.h"
#include "local/LocalEndpoint.h"
#include "local/http/HttpRequestParser.h"

#include "aws/SigV4.h"
#include "aws/client/ErrorParser.h"
#include "aws/config/AwsConfig.h"
#include "aws/config/ConfigFile.h"
#include "aws/credentials/ProcessCredentialsProvider.h"
#include "aws/credentials/SsoCredentialsProvider.h"
#include "aws/services/SageMakerClient.h"
#include "core/Redaction.h"
#include "support/LocalSignedRequest.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using SageDesk::Local::HttpRequest;
using SageDesk::Local::HttpRequestParser;
using SageDesk::Local::HttpResponse;
using SageDesk::Local::LocalEndpoint;

struct Harness
{
    Harness()
    {
        options.dataDir = dir.path();
        options.maxBodyBytes = 256 * 1024;
        options.runtime.jupyterProgram = dir.filePath(QStringLiteral("no-jupyter"));
        endpoint = std::make_unique<LocalEndpoint>(options);
        if (!endpoint->start()) {
            std::abort();
        }
    }

    void dispatch(const HttpRequest& request)
    {
        int replies = 0;
        endpoint->handle(request, [&replies](const HttpResponse& response) {
            ++replies;
            if (response.status < 100 || response.status > 599) {
                std::abort();
            }
        });
        if (replies != 1) {
            std::abort();
        }
    }

    QTemporaryDir dir;
    LocalEndpoint::Options options;
    std::unique_ptr<LocalEndpoint> endpoint;
};

Harness& harness()
{
    static int argc = 1;
    static char name[] = "local_request_fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static Harness instance;
    return instance;
}

HttpRequest resigned(const HttpRequest& request, const LocalEndpoint& endpoint, const QByteArray& service)
{
    HttpRequestParser parser(1 << 20);
    parser.feed(SageDesk::Fuzz::resignedWire(request, endpoint, service));
    return parser.state() == HttpRequestParser::State::RequestReady ? parser.takeRequest() : HttpRequest{};
}

// The same bytes as each file or answer a client reads: a parser must neither crash nor hang on them.
void fuzzClientParsers(const QByteArray& bytes)
{
    using namespace SageDesk::Aws;
    const ConfigFile config = ConfigFile::parse(bytes, QStringLiteral("config"));
    for (const auto& section : config.sections()) {
        AwsConfig::isValidRegion(section.values.value(QStringLiteral("region")));
    }
    ProcessCredentialsProvider::parseOutput(bytes, QStringLiteral("fuzz"));
    SsoCredentialsProvider::accessTokenOf(bytes, QDateTime::currentDateTimeUtc());
    for (const AwsProtocol protocol :
         {AwsProtocol::Json, AwsProtocol::Query, AwsProtocol::Ec2Query, AwsProtocol::RestXml}) {
        AwsHttpResponse response;
        response.status = 400;
        response.headers = {{"x-amzn-RequestId", bytes.left(64)}, {"X-Amzn-ErrorType", bytes.left(32)}};
        response.body = bytes;
        ErrorParser::parse(protocol, QStringLiteral("sagemaker"), response).toDisplayString();
    }
    const QString text = QString::fromUtf8(bytes);
    SageDesk::Redaction::redact(text);
    SageMakerClient::untrustedPresignedUrl(text, QUrl(QStringLiteral("http://127.0.0.1:1")), text.left(16),
                                           QStringLiteral("nb"));
}

} // namespace

namespace SageDesk::Fuzz {

void require(bool ok, const char* what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

bool startsProcesses(const HttpRequest& request)
{
    const QByteArray target = request.header("X-Amz-Target");
    return target.contains("CreateNotebookInstance") || target.contains("StartNotebookInstance") ||
           target.contains("UpdateNotebookInstance");
}

QByteArray resignedWire(const HttpRequest& request, const LocalEndpoint& endpoint, const QByteArray& service)
{
    SageDesk::Test::LocalSignedRequest signedRequest;
    signedRequest.method = request.method;
    signedRequest.path = request.path;
    signedRequest.query = request.query;
    for (const auto& header : request.headers) {
        const QByteArray name = header.first.toLower();
        if (name != "authorization" && name != "x-amz-date" && name != "host" && name != "content-length" &&
            name != "x-amz-content-sha256" && name != "transfer-encoding") {
            signedRequest.headers.append(header);
        }
    }
    signedRequest.body = request.body;
    return signedRequest.wire(endpoint.port(), endpoint.credentials().accessKeyId,
                              endpoint.credentials().secretAccessKey, service,
                              QDateTime::currentDateTimeUtc());
}

} // namespace SageDesk::Fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Harness& h = harness();
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (size > 0 && data[0] < SageDesk::Fuzz::kConnectionModeLimit) {
        SageDesk::Fuzz::fuzzConnection(*h.endpoint, bytes);
        return 0;
    }
    SageDesk::Aws::SigV4::parseAuthorization(bytes);
    fuzzClientParsers(bytes);

    HttpRequestParser parser(h.options.maxBodyBytes);
    // Split the input in two feeds so that partial reads are exercised as well.
    const qsizetype split = bytes.isEmpty() ? 0 : static_cast<unsigned char>(bytes[0]) % (bytes.size() + 1);
    parser.feed(bytes.left(split));
    auto state = parser.feed(bytes.mid(split));
    for (int i = 0; i < 8 && state == HttpRequestParser::State::RequestReady; ++i) {
        const HttpRequest request = parser.takeRequest();
        h.dispatch(request);
        if (!request.path.startsWith("/notebook/") && !SageDesk::Fuzz::startsProcesses(request)) {
            for (const char* service : {"sagemaker", "iam", "sts", "s3"}) {
                const HttpRequest again = resigned(request, *h.endpoint, service);
                if (!again.method.isEmpty()) {
                    h.dispatch(again);
                }
            }
        }
        state = parser.parse();
    }
    QCoreApplication::processEvents();
    return 0;
}

// Cross-checks SigV4::signHeaders against botocore's SigV4Auth (Debian's /usr/bin/python3) on a few
// hundred generated requests: one python process signs the whole batch, JSON in and out.
#include "aws/SigV4.h"
#include "support/ServerProcess.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimeZone>

using namespace SageDesk::Aws;

namespace {

constexpr int kRequestCount = 240;

struct GeneratedRequest
{
    SignableRequest request;
    QByteArray body;
    QByteArray host;
    Credentials credentials;
    QByteArray region;
    QByteArray service;
    QDateTime time;
};

// Deterministic, so a failure can be reproduced; the seed is in the failure message.
class RequestGenerator
{
public:
    explicit RequestGenerator(quint32 seed)
        : m_random(seed)
    {}

    GeneratedRequest next()
    {
        static const QList<QByteArray> methods{"GET", "POST", "PUT", "DELETE", "HEAD", "PATCH"};
        static const QList<QByteArray> services{"sagemaker", "iam", "sts", "s3", "ec2", "kms"};
        static const QList<QByteArray> regions{"us-east-1", "eu-west-1", "ap-northeast-2", "us-gov-west-1"};
        GeneratedRequest generated;
        generated.service = pick(services);
        generated.region = pick(regions);
        generated.host = generated.service + '.' + generated.region + ".amazonaws.com";
        if (chance(4)) {
            generated.host = "127.0.0.1:" + QByteArray::number(1024 + bounded(60000));
        }
        generated.request.method = pick(methods);
        generated.request.path = path(generated.service != "s3");
        generated.request.query = query();
        generated.request.headers = headers(generated.host);
        generated.body = body();
        generated.request.payloadHash = SigV4::sha256Hex(generated.body);
        generated.credentials.accessKeyId = QStringLiteral("AKID") + QString::number(bounded(1000000));
        generated.credentials.secretAccessKey = QString::fromLatin1(randomBytes(40).toBase64().left(40));
        if (chance(2)) {
            generated.credentials.sessionToken = QString::fromLatin1(randomBytes(120).toBase64());
        }
        generated.time = QDateTime(QDate(2020, 1, 1).addDays(bounded(2500)),
                                   QTime(0, 0).addSecs(bounded(86400)), QTimeZone::utc());
        return generated;
    }

private:
    int bounded(int limit) { return int(m_random.bounded(quint32(limit))); }
    bool chance(int oneIn) { return bounded(oneIn) == 0; }
    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list.at(bounded(int(list.size())));
    }
    QByteArray randomBytes(int size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char& c : bytes) {
            c = char(bounded(256));
        }
        return bytes;
    }

    QByteArray text(int maxLength)
    {
        // Unreserved, reserved, space, and non-ASCII characters (é, ሴ, 😀).
        static const QList<QByteArray> pieces{"a",
                                              "Z",
                                              "9",
                                              "-",
                                              "_",
                                              ".",
                                              "~",
                                              "!",
                                              "$",
                                              "&",
                                              "'",
                                              "(",
                                              ")",
                                              "*",
                                              "+",
                                              ",",
                                              ";",
                                              "=",
                                              ":",
                                              "@",
                                              " ",
                                              "/",
                                              "%",
                                              "?",
                                              "#",
                                              "[",
                                              "]",
                                              "\xc3\xa9",
                                              "\xe1\x88\xb4",
                                              "\xf0\x9f\x98\x80"};
        QByteArray result;
        const int length = 1 + bounded(maxLength);
        for (int i = 0; i < length; ++i) {
            result += pick(pieces);
        }
        return result;
    }

    // As an SDK sends it: every segment percent-encoded, with some dot segments and empty segments
    // (for normalization) and some raw sub-delimiters, which are legal in a path. Raw non-ASCII (as in
    // the test suite's get-utf8) only where the path is re-encoded: botocore signs an S3 path as given,
    // and such a path could not be sent as it is.
    QByteArray path(bool rawNonAscii)
    {
        static const QList<QByteArray> rawSegments{".", "..", "", "a!b", "x=y;z", "@home"};
        QByteArray result;
        const int segments = bounded(5);
        for (int i = 0; i < segments; ++i) {
            result += '/';
            if (rawNonAscii && chance(8)) {
                result += "\xe1\x88\xb4";
            } else {
                result += chance(5) ? pick(rawSegments) : SigV4::uriEncode(text(12), false);
            }
        }
        if (result.isEmpty() || chance(3)) {
            result += '/';
        }
        return result;
    }

    QByteArray query()
    {
        QList<QByteArray> pairs;
        const int count = bounded(6);
        for (int i = 0; i < count; ++i) {
            const QByteArray key = SigV4::uriEncode(text(8), false);
            const QByteArray value = SigV4::uriEncode(text(16), false);
            pairs.append(chance(6) ? key + '=' : key + '=' + value);
            if (chance(3)) {
                pairs.append(key + '=' + SigV4::uriEncode(text(4), false)); // repeated key
            }
        }
        return pairs.join('&');
    }

    HttpHeaders headers(const QByteArray& host)
    {
        static const QList<QByteArray> names{"X-Custom",     "x-amz-meta-Owner", "Content-Type",
                                             "X-AMZ-Target", "My-Header",        "User-Agent",
                                             "Accept",       "x-amzn-trace-id"};
        static const QList<QByteArray> values{"value",
                                              "  leading",
                                              "trailing   ",
                                              "inner   spaces  here",
                                              "tab\tinside",
                                              "a, b,c",
                                              "\"quoted  text\"",
                                              "application/x-amz-json-1.1",
                                              "SageMaker.ListNotebookInstances"};
        HttpHeaders result{{chance(2) ? "Host" : "host", host}};
        const int count = bounded(6);
        for (int i = 0; i < count; ++i) {
            result.append({pick(names), pick(values)});
        }
        std::shuffle(result.begin(), result.end(), m_random);
        return result;
    }

    QByteArray body()
    {
        switch (bounded(3)) {
        case 0:
            return {};
        case 1:
            return "Action=ListRoles&Version=2010-05-08&Marker=" + SigV4::uriEncode(text(20), false);
        default:
            return randomBytes(bounded(512));
        }
    }

    QRandomGenerator m_random;
};

QJsonObject toBotocoreInput(const GeneratedRequest& generated)
{
    QJsonArray headers;
    for (const auto& [name, value] : generated.request.headers) {
        headers.append(QJsonArray{QString::fromUtf8(name), QString::fromUtf8(value)});
    }
    return QJsonObject{
        {QStringLiteral("method"), QString::fromUtf8(generated.request.method)},
        {QStringLiteral("url"), QString::fromUtf8("http://" + generated.host + generated.request.target())},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), QString::fromLatin1(generated.body.toBase64())},
        {QStringLiteral("timestamp"), QString::fromLatin1(SigV4::amzDate(generated.time))},
        {QStringLiteral("access_key"), generated.credentials.accessKeyId},
        {QStringLiteral("secret_key"), generated.credentials.secretAccessKey},
        {QStringLiteral("token"), generated.credentials.sessionToken},
        {QStringLiteral("s3"), generated.service == "s3"},
        {QStringLiteral("service"), QString::fromUtf8(generated.service)},
        {QStringLiteral("region"), QString::fromUtf8(generated.region)},
    };
}

} // namespace

TEST(SigV4Botocore, GeneratedRequestsMatchBotocoreSigV4Auth)
{
    const QString python = QStringLiteral("/usr/bin/python3");
    const QString script = QStringLiteral(SAGEDESK_SOURCE_DIR "/tests/integration/SigV4Botocore.py");
    if (!QFile::exists(python)) {
        GTEST_SKIP() << "/usr/bin/python3 is not installed";
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PYTHONPATH"));
    environment.remove(QStringLiteral("PYTHONHOME"));
    {
        QProcess probe;
        probe.setProcessEnvironment(environment);
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import botocore.auth")});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0) {
            GTEST_SKIP() << "Debian's python3 has no botocore (apt install python3-botocore)";
        }
    }

    constexpr quint32 seed = 20151230;
    RequestGenerator generator(seed);
    QList<GeneratedRequest> requests;
    QJsonArray input;
    for (int i = 0; i < kRequestCount; ++i) {
        requests.append(generator.next());
        input.append(toBotocoreInput(requests.last()));
    }

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(python, {script});
    ASSERT_TRUE(process.waitForStarted(30000));
    process.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    ASSERT_TRUE(process.waitForFinished(120000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QJsonArray output = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    ASSERT_EQ(output.size(), kRequestCount);

    SigningKeyCache cache;
    int matched = 0;
    for (int i = 0; i < kRequestCount; ++i) {
        GeneratedRequest& generated = requests[i];
        const SigV4Options options = generated.service == "s3" ? SigV4Options::forS3() : SigV4Options();
        const SigV4Result result =
            SigV4::signHeaders(generated.request, generated.credentials, generated.region, generated.service,
                               generated.time, options, &cache);
        const QJsonObject expected = output.at(i).toObject();
        EXPECT_EQ(result.canonicalRequest.toStdString(),
                  expected.value(QLatin1String("canonical_request")).toString().toStdString())
            << "request " << i << " (seed " << seed << ")";
        EXPECT_EQ(QString::fromLatin1(result.signature),
                  expected.value(QLatin1String("signature")).toString())
            << "request " << i << " (seed " << seed << ")";
        matched +=
            result.signature == expected.value(QLatin1String("signature")).toString().toLatin1() ? 1 : 0;
    }
    EXPECT_EQ(matched, kRequestCount);
    // Many requests share a day, region and service; those reuse the cached signing key.
    EXPECT_LE(cache.derivations(), quint64(kRequestCount));
    EXPECT_GT(cache.size(), 0);
}

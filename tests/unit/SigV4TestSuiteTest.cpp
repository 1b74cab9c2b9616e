// Every case of the AWS SigV4 test suite (tests/data/sigv4-test-suite, from aws-c-auth, Apache-2.0),
// header and presigned variants: canonical request, string to sign, signature and signed request.
#include "aws/SigV4.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

using namespace SageDesk::Aws;

namespace {

constexpr std::array kCases{
    "get-header-key-duplicate",
    "get-header-value-multiline",
    "get-header-value-order",
    "get-header-value-trim",
    "get-relative-normalized",
    "get-relative-relative-normalized",
    "get-relative-relative-unnormalized",
    "get-relative-unnormalized",
    "get-slash-dot-slash-normalized",
    "get-slash-dot-slash-unnormalized",
    "get-slash-normalized",
    "get-slash-pointless-dot-normalized",
    "get-slash-pointless-dot-unnormalized",
    "get-slash-unnormalized",
    "get-slashes-normalized",
    "get-slashes-unnormalized",
    "get-space-normalized",
    "get-space-unnormalized",
    "get-unreserved",
    "get-utf8",
    "get-vanilla",
    "get-vanilla-empty-query-key",
    "get-vanilla-query",
    "get-vanilla-query-order-encoded",
    "get-vanilla-query-order-key-case",
    "get-vanilla-query-unreserved",
    "get-vanilla-utf8-query",
    "get-vanilla-with-session-token",
    "post-header-key-case",
    "post-header-key-sort",
    "post-header-value-case",
    "post-sts-header-after",
    "post-sts-header-before",
    "post-vanilla",
    "post-vanilla-empty-query-value",
    "post-vanilla-query",
    "post-x-www-form-urlencoded",
    "post-x-www-form-urlencoded-parameters",
};

QString suiteDir()
{
    return QStringLiteral(SAGEDESK_TEST_DATA_DIR "/sigv4-test-suite");
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return {};
    }
    return file.readAll();
}

struct TestCase
{
    SignableRequest request;
    QByteArray body;
    Credentials credentials;
    QByteArray region;
    QByteArray service;
    QDateTime time;
    std::chrono::seconds expires{0};
    SigV4Options options;
    QString dir;

    QByteArray expected(const char* name) const
    {
        return readFile(dir + QLatin1Char('/') + QLatin1String(name));
    }
};

// request.txt: "METHOD TARGET HTTP/1.1", "Name:value" lines (indented lines continue the previous
// value), a blank line, the body. The target may contain spaces.
SignableRequest parseRequest(const QByteArray& text, QByteArray* body)
{
    SignableRequest request;
    const qsizetype headEnd = text.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? text : text.left(headEnd);
    *body = headEnd < 0 ? QByteArray() : text.mid(headEnd + 2);
    QList<QByteArray> lines = head.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    const QByteArray requestLine = lines.takeFirst();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype versionStart = requestLine.lastIndexOf(" HTTP/");
    request.method = requestLine.left(firstSpace);
    const QByteArray target = requestLine.mid(firstSpace + 1, versionStart - firstSpace - 1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    for (const QByteArray& line : lines) {
        if ((line.startsWith(' ') || line.startsWith('\t')) && !request.headers.isEmpty()) {
            request.headers.last().second += '\n' + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    request.payloadHash = SigV4::sha256Hex(*body);
    return request;
}

TestCase loadCase(const QString& name)
{
    TestCase testCase;
    testCase.dir = suiteDir() + QLatin1Char('/') + name;
    const QJsonObject context = QJsonDocument::fromJson(testCase.expected("context.json")).object();
    const QJsonObject credentials = context.value(QLatin1String("credentials")).toObject();
    testCase.credentials.accessKeyId = credentials.value(QLatin1String("access_key_id")).toString();
    testCase.credentials.secretAccessKey = credentials.value(QLatin1String("secret_access_key")).toString();
    testCase.credentials.sessionToken = credentials.value(QLatin1String("token")).toString();
    testCase.region = context.value(QLatin1String("region")).toString().toUtf8();
    testCase.service = context.value(QLatin1String("service")).toString().toUtf8();
    testCase.time = QDateTime::fromString(context.value(QLatin1String("timestamp")).toString(), Qt::ISODate);
    testCase.expires = std::chrono::seconds(context.value(QLatin1String("expiration_in_seconds")).toInt());
    testCase.options.normalizePath = context.value(QLatin1String("normalize")).toBool();
    testCase.options.addContentSha256Header = context.value(QLatin1String("sign_body")).toBool();
    testCase.options.signSessionToken = !context.value(QLatin1String("omit_session_token")).toBool();
    testCase.request = parseRequest(testCase.expected("request.txt"), &testCase.body);
    return testCase;
}

QByteArray serialize(const SignableRequest& request, const QByteArray& body)
{
    QByteArray text = request.method + ' ' + request.target() + " HTTP/1.1\n";
    for (const auto& [name, value] : request.headers) {
        text += name + ':' + value + '\n';
    }
    return text + '\n' + body;
}

class SigV4TestSuite : public ::testing::TestWithParam<const char*>
{};

TEST_P(SigV4TestSuite, HeaderVariant)
{
    TestCase testCase = loadCase(QLatin1String(GetParam()));
    ASSERT_TRUE(testCase.time.isValid());
    SigningKeyCache cache;
    const SigV4Result result = SigV4::signHeaders(testCase.request, testCase.credentials, testCase.region,
                                                  testCase.service, testCase.time, testCase.options, &cache);
    EXPECT_EQ(result.canonicalRequest, testCase.expected("header-canonical-request.txt"));
    EXPECT_EQ(result.stringToSign, testCase.expected("header-string-to-sign.txt"));
    EXPECT_EQ(result.signature, testCase.expected("header-signature.txt").trimmed());
    EXPECT_EQ(serialize(testCase.request, testCase.body), testCase.expected("header-signed-request.txt"));
}

TEST_P(SigV4TestSuite, QueryVariant)
{
    TestCase testCase = loadCase(QLatin1String(GetParam()));
    ASSERT_TRUE(testCase.time.isValid());
    SigningKeyCache cache;
    const SigV4Result result =
        SigV4::presign(testCase.request, testCase.credentials, testCase.region, testCase.service,
                       testCase.time, testCase.expires, testCase.options, &cache);
    EXPECT_EQ(result.canonicalRequest, testCase.expected("query-canonical-request.txt"));
    EXPECT_EQ(result.stringToSign, testCase.expected("query-string-to-sign.txt"));
    EXPECT_EQ(result.signature, testCase.expected("query-signature.txt").trimmed());
    EXPECT_EQ(serialize(testCase.request, testCase.body), testCase.expected("query-signed-request.txt"));
}

// What a verifier does: take the signed request apart and rebuild the same signature from it.
TEST_P(SigV4TestSuite, SignedRequestVerifies)
{
    TestCase testCase = loadCase(QLatin1String(GetParam()));
    QByteArray body;
    const SignableRequest signedRequest = parseRequest(testCase.expected("header-signed-request.txt"), &body);
    const auto authorization = SigV4::parseAuthorization(signedRequest.header("Authorization"));
    ASSERT_TRUE(authorization.has_value());
    EXPECT_EQ(authorization->accessKeyId, testCase.credentials.accessKeyId.toUtf8());
    EXPECT_EQ(authorization->scope, SigV4::scopeFor(testCase.time, testCase.region, testCase.service));
    const QByteArray canonical =
        SigV4::canonicalRequest(signedRequest, testCase.options, authorization->signedHeaders);
    const QByteArray stringToSign =
        SigV4::stringToSign(signedRequest.header("X-Amz-Date"), authorization->scope, canonical);
    const QByteArray key =
        SigV4::deriveSigningKey(testCase.credentials.secretAccessKey.toUtf8(), authorization->scope);
    EXPECT_EQ(SigV4::signature(key, stringToSign), authorization->signature);

    const SignableRequest presigned = parseRequest(testCase.expected("query-signed-request.txt"), &body);
    const auto fromQuery = SigV4::parsePresignedQuery(presigned.query);
    ASSERT_TRUE(fromQuery.has_value());
    EXPECT_EQ(fromQuery->signature, testCase.expected("query-signature.txt").trimmed());
}

INSTANTIATE_TEST_SUITE_P(AllCases, SigV4TestSuite, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<const char*>& param) {
                             return QByteArray(param.param).replace('-', '_').toStdString();
                         });

} // namespace

// The copy in tests/data must hold every case listed above, and nothing the list does not check.
TEST(SigV4TestSuiteData, EveryCaseIsPresentAndChecked)
{
    const QDir dir(suiteDir());
    ASSERT_TRUE(dir.exists()) << suiteDir().toStdString();
    EXPECT_TRUE(dir.exists(QStringLiteral("LICENSE")));
    EXPECT_TRUE(dir.exists(QStringLiteral("NOTICE")));
    const QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QStringList listed;
    for (const char* name : kCases) {
        listed.append(QLatin1String(name));
    }
    listed.sort();
    EXPECT_EQ(folders, listed);
    EXPECT_EQ(folders.size(), qsizetype(kCases.size()));
    const QStringList files{QStringLiteral("context.json"),
                            QStringLiteral("request.txt"),
                            QStringLiteral("header-canonical-request.txt"),
                            QStringLiteral("header-string-to-sign.txt"),
                            QStringLiteral("header-signature.txt"),
                            QStringLiteral("header-signed-request.txt"),
                            QStringLiteral("query-canonical-request.txt"),
                            QStringLiteral("query-string-to-sign.txt"),
                            QStringLiteral("query-signature.txt"),
                            QStringLiteral("query-signed-request.txt")};
    for (const QString& folder : folders) {
        for (const QString& file : files) {
            EXPECT_TRUE(QFile::exists(dir.filePath(folder + QLatin1Char('/') + file)))
                << folder.toStdString();
        }
    }
}

// S3 objects against a real sagedesk-local: boto3 and the aws CLI unchanged (Debian's and, when on
// PATH, the newer pyenv ones), keys that are not paths, the bucket folder notebooks see, and a 1 GiB
// object streamed through without the endpoint's memory growing.
#include "aws/SigV4.h"
#include "support/LocalEndpointTest.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

namespace SageDesk::Test {
namespace {

const QString kClientScript = QStringLiteral(SAGEDESK_SOURCE_DIR "/tests/integration/LocalS3Client.py");

// The pyenv python3 (newer boto3) by its real path: its shim needs the HOME the tests replace.
QString newerPython()
{
    QProcess process;
    process.start(QStringLiteral("python3"),
                  {QStringLiteral("-c"), QStringLiteral("import sys, boto3; print(sys.executable)")});
    process.waitForFinished(30000);
    const QString path = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return path == QLatin1String("/usr/bin/python3") ? QString() : path;
}

QByteArray fileSha256(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Where a process is, for a failure message: its state, the kernel function it waits in and its
// current system call (R running, S waiting on the event loop, D waiting on the disk).
std::string processState(qint64 pid)
{
    std::string state;
    for (const char* entry : {"wchan", "syscall"}) {
        QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(entry)));
        if (file.open(QIODevice::ReadOnly)) {
            state +=
                std::string(entry) + '=' + file.readAll().trimmed().split(' ').first().toStdString() + ' ';
        }
    }
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("State:")) {
            state += line.toStdString();
        }
    }
    return state.empty() ? std::string("gone") : state;
}

// Peak resident memory of a process (VmHWM), in bytes.
qint64 peakResidentBytes(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
        }
    }
    return -1;
}

class LocalS3ObjectsTest : public LocalEndpointTest
{
protected:
    // The cp/sync/ls/rm round trip of one aws CLI.
    void awsCliRoundTrip(const QString& aws, const QString& bucket)
    {
        const QString local = m_work.filePath(bucket);
        writeFile(local + QStringLiteral("/up/a.txt"), "alpha\n");
        writeFile(local + QStringLiteral("/up/sub/b.txt"), "beta\n");
        writeFile(local + QStringLiteral("/up/with space.txt"), "space\n");
        writeFile(local + QStringLiteral("/up/naïve.txt"), "non-ASCII\n");
        writeFile(local + QStringLiteral("/up/big.bin"), QByteArray(9 * 1024 * 1024 + 7, 'z'));
        const auto cli = [&](const QStringList& arguments) {
            const auto run = m_endpoint.run(
                aws, QStringList{QStringLiteral("--endpoint-url"), m_endpoint.endpointUrl()} + arguments,
                std::chrono::seconds(120));
            EXPECT_EQ(run.exitCode, 0)
                << aws.toStdString() << ' ' << arguments.join(u' ').toStdString() << '\n'
                << run.err.toStdString();
            return run.out;
        };
        const QString s3 = QStringLiteral("s3://") + bucket;
        cli({QStringLiteral("s3"), QStringLiteral("mb"), s3});
        cli({QStringLiteral("s3"), QStringLiteral("cp"), local + QStringLiteral("/up/big.bin"),
             s3 + QStringLiteral("/one/big.bin")});
        cli({QStringLiteral("s3"), QStringLiteral("cp"), s3 + QStringLiteral("/one/big.bin"),
             local + QStringLiteral("/big.out")});
        EXPECT_EQ(fileSha256(local + QStringLiteral("/big.out")),
                  fileSha256(local + QStringLiteral("/up/big.bin")));
        cli({QStringLiteral("s3"), QStringLiteral("sync"), local + QStringLiteral("/up"),
             s3 + QStringLiteral("/sync")});
        const QString listed = cli({QStringLiteral("s3"), QStringLiteral("ls"), QStringLiteral("--recursive"),
                                    s3 + QStringLiteral("/sync/")});
        for (const char* name :
             {"sync/a.txt", "sync/sub/b.txt", "sync/with space.txt", "sync/naïve.txt", "sync/big.bin"}) {
            EXPECT_TRUE(listed.contains(QString::fromUtf8(name))) << name << " not in\n"
                                                                  << listed.toStdString();
        }
        // Nothing changed: a second sync has nothing to upload.
        EXPECT_EQ(cli({QStringLiteral("s3"), QStringLiteral("sync"), local + QStringLiteral("/up"),
                       s3 + QStringLiteral("/sync")})
                      .trimmed(),
                  QString());
        cli({QStringLiteral("s3"), QStringLiteral("sync"), s3 + QStringLiteral("/sync"),
             local + QStringLiteral("/down")});
        for (const char* name : {"a.txt", "sub/b.txt", "with space.txt", "naïve.txt", "big.bin"}) {
            EXPECT_EQ(fileSha256(local + QStringLiteral("/down/") + QString::fromUtf8(name)),
                      fileSha256(local + QStringLiteral("/up/") + QString::fromUtf8(name)))
                << name;
        }
        // Plain keys are files in the bucket folder that notebooks see as s3/<bucket>.
        EXPECT_TRUE(QFileInfo(m_endpoint.dataDir() + QStringLiteral("/s3/") + bucket +
                              QStringLiteral("/sync/sub/b.txt"))
                        .isFile());
        cli({QStringLiteral("s3"), QStringLiteral("rm"), QStringLiteral("--recursive"),
             s3 + QStringLiteral("/sync")});
        EXPECT_FALSE(cli({QStringLiteral("s3"), QStringLiteral("ls"), QStringLiteral("--recursive"), s3})
                         .contains(QLatin1String("sync/")));
        cli({QStringLiteral("s3"), QStringLiteral("rb"), QStringLiteral("--force"), s3});
        EXPECT_FALSE(QFileInfo::exists(m_endpoint.dataDir() + QStringLiteral("/s3/") + bucket));
    }

    QTemporaryDir m_work;
};

TEST_F(LocalS3ObjectsTest, DebianBoto3WorksUnchanged)
{
    const auto run = m_endpoint.python({kClientScript, m_work.path()});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QLatin1String("S3 OK"))) << run.out.toStdString();
}

TEST_F(LocalS3ObjectsTest, NewerBoto3WorksUnchanged)
{
    const QString python = newerPython();
    if (python.isEmpty()) {
        GTEST_SKIP() << "no python3 with boto3 on PATH besides Debian's";
    }
    const auto run = m_endpoint.run(python, {kClientScript, m_work.path()}, std::chrono::seconds(180));
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QLatin1String("S3 OK"))) << run.out.toStdString();
}

TEST_F(LocalS3ObjectsTest, DebianAwsCliCopiesSyncsListsAndRemoves)
{
    awsCliRoundTrip(QStringLiteral("/usr/bin/aws"), QStringLiteral("cli-debian"));
}

TEST_F(LocalS3ObjectsTest, NewerAwsCliCopiesSyncsListsAndRemoves)
{
    const QString python = newerPython();
    const QString aws = QFileInfo(python).absolutePath() + QStringLiteral("/aws");
    if (python.isEmpty() || !QFileInfo(aws).isExecutable()) {
        GTEST_SKIP() << "no aws CLI on PATH besides Debian's";
    }
    awsCliRoundTrip(aws, QStringLiteral("cli-newer"));
}

TEST_F(LocalS3ObjectsTest, KeysStayInsideTheBucketAndPlainOnesAreFiles)
{
    ASSERT_EQ(m_endpoint
                  .aws({QStringLiteral("s3api"), QStringLiteral("create-bucket"), QStringLiteral("--bucket"),
                        QStringLiteral("keys")})
                  .exitCode,
              0);
    const QString body = m_work.filePath(QStringLiteral("body"));
    writeFile(body, "payload");
    for (const QString& key : {QStringLiteral("a"), QStringLiteral("a/b"), QStringLiteral("../escape"),
                               QStringLiteral("../../s3/x"), QStringLiteral("100%"), QStringLiteral("dir/"),
                               QStringLiteral("nested/deep/file.txt")}) {
        const auto run = m_endpoint.aws({QStringLiteral("s3api"), QStringLiteral("put-object"),
                                         QStringLiteral("--bucket"), QStringLiteral("keys"),
                                         QStringLiteral("--key"), key, QStringLiteral("--body"), body});
        ASSERT_EQ(run.exitCode, 0) << key.toStdString() << run.err.toStdString();
    }
    const QString folder = m_endpoint.dataDir() + QStringLiteral("/s3/keys");
    EXPECT_TRUE(QFileInfo(folder + QStringLiteral("/a")).isFile());
    EXPECT_TRUE(QFileInfo(folder + QStringLiteral("/100%")).isFile());
    EXPECT_TRUE(QFileInfo(folder + QStringLiteral("/nested/deep/file.txt")).isFile());
    // Every file the endpoint wrote is in the bucket folder or the bucket's store.
    QDirIterator files(m_endpoint.dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next().mid(m_endpoint.dataDir().size() + 1);
        if (path.startsWith(QLatin1String("s3"))) {
            EXPECT_TRUE(path.startsWith(QLatin1String("s3/keys/")) ||
                        path.startsWith(QLatin1String("s3-store/keys/")))
                << path.toStdString();
        }
    }
    EXPECT_FALSE(QFileInfo::exists(m_endpoint.dataDir() + QStringLiteral("/s3/escape")));
    EXPECT_FALSE(QFileInfo::exists(m_endpoint.dataDir() + QStringLiteral("/s3/x")));
    // A file a notebook writes into the folder is an object.
    writeFile(folder + QStringLiteral("/from-notebook.csv"), "1,2,3\n");
    const auto head = m_endpoint.aws({QStringLiteral("s3api"), QStringLiteral("head-object"),
                                      QStringLiteral("--bucket"), QStringLiteral("keys"),
                                      QStringLiteral("--key"), QStringLiteral("from-notebook.csv")});
    EXPECT_EQ(head.exitCode, 0) << head.err.toStdString();
    EXPECT_TRUE(head.out.contains(QLatin1String("\"ContentLength\": 6"))) << head.out.toStdString();
}

// DeleteObjects as a role session that may delete only under "mine/": S3 decides s3:DeleteObject per
// key, deletes the allowed keys and answers AccessDenied for the others, in quiet mode too.
const char* const kPerKeyDeleteScript = R"PY(
import json, os, boto3
# Debian's boto3 1.26 reads no AWS_ENDPOINT_URL: every client is pointed at the endpoint here.
endpoint = os.environ["AWS_ENDPOINT_URL"]
s3, iam, sts = (boto3.client(name, endpoint_url=endpoint) for name in ("s3", "iam", "sts"))
s3.create_bucket(Bucket="per-key")
keys = ["mine/a.txt", "mine/b.txt", "theirs/c.txt", "theirs/d.txt", "mine/e.txt"]
for key in keys:
    s3.put_object(Bucket="per-key", Key=key, Body=key.encode())
role = iam.create_role(RoleName="deleter", AssumeRolePolicyDocument=json.dumps({
    "Version": "2012-10-17", "Statement": [{"Effect": "Allow",
    "Principal": {"Service": "sagemaker.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))["Role"]
iam.put_role_policy(RoleName="deleter", PolicyName="mine-only", PolicyDocument=json.dumps({
    "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:DeleteObject",
    "Resource": "arn:aws:s3:::per-key/mine/*"}]}))
session = sts.assume_role(RoleArn=role["Arn"], RoleSessionName="per-key")["Credentials"]
as_role = boto3.client("s3", endpoint_url=endpoint, aws_access_key_id=session["AccessKeyId"],
                       aws_secret_access_key=session["SecretAccessKey"],
                       aws_session_token=session["SessionToken"])
loud = as_role.delete_objects(Bucket="per-key", Delete={"Objects": [{"Key": k} for k in keys[:3]]})
quiet = as_role.delete_objects(Bucket="per-key", Delete={"Objects": [{"Key": k} for k in keys[3:]],
                                                          "Quiet": True})
left = [item["Key"] for item in s3.list_objects_v2(Bucket="per-key").get("Contents", [])]
print("RESULT=" + json.dumps({"loud": {"Deleted": loud.get("Deleted", []), "Errors": loud.get("Errors", [])},
                              "quiet": {"Deleted": quiet.get("Deleted", []), "Errors": quiet.get("Errors", [])},
                              "left": left}))
)PY";

TEST_F(LocalS3ObjectsTest, DeleteObjectsAsARoleDecidesEachKey)
{
    const auto run = m_endpoint.python({QStringLiteral("-c"), QString::fromLatin1(kPerKeyDeleteScript)});
    ASSERT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    const qsizetype at = run.out.indexOf(QLatin1String("RESULT="));
    ASSERT_GE(at, 0) << run.out.toStdString();
    const QJsonObject result = QJsonDocument::fromJson(run.out.mid(at + 7).trimmed().toUtf8()).object();
    const auto keysOf = [](const QJsonValue& items) {
        QStringList keys;
        for (const QJsonValue& item : items.toArray()) {
            keys.append(item.toObject().value(QLatin1String("Key")).toString());
        }
        keys.sort();
        return keys;
    };
    const QJsonObject loud = result.value(QLatin1String("loud")).toObject();
    EXPECT_EQ(keysOf(loud.value(QLatin1String("Deleted"))),
              (QStringList{QStringLiteral("mine/a.txt"), QStringLiteral("mine/b.txt")}));
    const QJsonArray errors = loud.value(QLatin1String("Errors")).toArray();
    ASSERT_EQ(errors.size(), 1) << run.out.toStdString();
    EXPECT_EQ(errors.at(0).toObject().value(QLatin1String("Key")).toString(), QStringLiteral("theirs/c.txt"));
    EXPECT_EQ(errors.at(0).toObject().value(QLatin1String("Code")).toString(),
              QStringLiteral("AccessDenied"));
    EXPECT_EQ(errors.at(0).toObject().value(QLatin1String("Message")).toString(),
              QStringLiteral("Access Denied"));
    // Quiet leaves out what was deleted, not what was refused.
    const QJsonObject quiet = result.value(QLatin1String("quiet")).toObject();
    EXPECT_TRUE(keysOf(quiet.value(QLatin1String("Deleted"))).isEmpty());
    EXPECT_EQ(keysOf(quiet.value(QLatin1String("Errors"))), QStringList{QStringLiteral("theirs/d.txt")});
    QStringList left;
    for (const QJsonValue& key : result.value(QLatin1String("left")).toArray()) {
        left.append(key.toString());
    }
    EXPECT_EQ(left, (QStringList{QStringLiteral("theirs/c.txt"), QStringLiteral("theirs/d.txt")}));
}

// An endpoint whose peak resident memory measures its own buffers. Under AddressSanitizer (the asan
// preset) freed blocks otherwise wait in ASan's quarantine, 256 MB by default, which streaming a GiB
// fills: the peak then grows by the quarantine, not by anything the endpoint holds. Other builds
// ignore the variable.
class LocalS3LargeObjectTest : public LocalS3ObjectsTest
{
protected:
    void SetUp() override
    {
        m_endpoint.setServerEnvironmentValue(QStringLiteral("ASAN_OPTIONS"),
                                             qEnvironmentVariable("ASAN_OPTIONS") +
                                                 QStringLiteral(":quarantine_size_mb=0"));
        LocalS3ObjectsTest::SetUp();
    }
};

TEST_F(LocalS3LargeObjectTest, OneGibObjectStreamsWithoutGrowingTheEndpoint)
{
    ASSERT_EQ(m_endpoint
                  .aws({QStringLiteral("s3api"), QStringLiteral("create-bucket"), QStringLiteral("--bucket"),
                        QStringLiteral("large")})
                  .exitCode,
              0);
    const quint16 port = static_cast<quint16>(QUrl(m_endpoint.endpointUrl()).port());
    const qint64 size = 1024LL * 1024 * 1024;
    QTcpSocket socket;
    const auto signedHead = [&](const QByteArray& method, qint64 length) {
        Aws::SignableRequest request;
        request.method = method;
        request.path = "/large/huge.bin";
        request.headers.append({"Host", "127.0.0.1:" + QByteArray::number(port)});
        request.payloadHash = Aws::SigV4::kUnsignedPayload;
        Aws::Credentials credentials;
        credentials.accessKeyId = m_endpoint.environment().value(QStringLiteral("AWS_ACCESS_KEY_ID"));
        credentials.secretAccessKey = m_endpoint.environment().value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
        Aws::SigV4::signHeaders(request, credentials, "us-east-1", "s3", QDateTime::currentDateTimeUtc(),
                                Aws::SigV4Options::forS3());
        QByteArray head = method + ' ' + request.target() + " HTTP/1.1\r\n";
        for (const auto& [name, value] : request.headers) {
            head += name + ": " + value + "\r\n";
        }
        if (length >= 0) {
            head += "Content-Length: " + QByteArray::number(length) + "\r\n";
        }
        return head + "\r\n";
    };
    // Generous deadlines: this checks memory, not speed, and a CI machine's disk may take a minute to
    // write a GiB back. A failure says which phase stalled and where the endpoint was.
    constexpr int kPhaseMs = 300 * 1000;
    QElapsedTimer clock;
    clock.start();
    const auto where = [&] {
        return "after " + std::to_string(clock.elapsed()) +
               " ms; socket: " + socket.errorString().toStdString() +
               "; endpoint: " + processState(m_endpoint.pid());
    };
    const qint64 before = peakResidentBytes(m_endpoint.pid());
    socket.connectToHost(QHostAddress::LocalHost, port);
    ASSERT_TRUE(socket.waitForConnected(5000));
    socket.write(signedHead("PUT", size));
    const QByteArray chunk(1024 * 1024, 'q');
    for (qint64 sent = 0; sent < size; sent += chunk.size()) {
        socket.write(chunk);
        while (socket.bytesToWrite() > 4 * chunk.size()) {
            ASSERT_TRUE(socket.waitForBytesWritten(kPhaseMs))
                << "PutObject body at " << sent << ", " << where();
        }
    }
    QByteArray answer;
    QDeadlineTimer deadline(kPhaseMs);
    // What the last waitForBytesWritten already read is in the socket's buffer, not the kernel's.
    while (!answer.contains("\r\n\r\n") &&
           (socket.bytesAvailable() > 0 || socket.waitForReadyRead(int(deadline.remainingTime())))) {
        answer += socket.readAll();
    }
    ASSERT_TRUE(answer.startsWith("HTTP/1.1 200"))
        << "PutObject answered \"" << answer.constData() << "\" " << where();
    const qint64 putMs = clock.elapsed();
    const qint64 afterPut = peakResidentBytes(m_endpoint.pid());
    EXPECT_LT(afterPut - before, 8 * 1024 * 1024)
        << "peak resident memory grew from " << before << " to " << afterPut;

    // GetObject: read slowly at first (the endpoint must wait, not buffer), then to the end. The
    // socket's own buffer is bounded, or Qt would take the whole GiB from the kernel during the wait
    // and the endpoint would never have to wait. What Qt buffered is read before waiting for more.
    socket.setReadBufferSize(256 * 1024);
    socket.write(signedHead("GET", -1));
    QTest::qWait(1000);
    qint64 received = 0;
    QByteArray head;
    deadline.setRemainingTime(kPhaseMs);
    while (received < size &&
           (socket.bytesAvailable() > 0 || socket.waitForReadyRead(int(deadline.remainingTime())))) {
        QByteArray bytes = socket.readAll();
        if (!head.contains("\r\n\r\n")) {
            head += bytes;
            const qsizetype end = head.indexOf("\r\n\r\n");
            if (end < 0) {
                continue;
            }
            bytes = head.mid(end + 4);
        }
        received += bytes.size();
    }
    EXPECT_TRUE(head.startsWith("HTTP/1.1 200")) << "GetObject answered \"" << head.left(200).constData()
                                                 << "\" (PutObject took " << putMs << " ms) " << where();
    EXPECT_EQ(received, size);
    const qint64 afterGet = peakResidentBytes(m_endpoint.pid());
    EXPECT_LT(afterGet - before, 8 * 1024 * 1024)
        << "peak resident memory grew from " << before << " to " << afterGet;
}

} // namespace
} // namespace SageDesk::Test

// S3 objects on sagedesk-local. (1) PutObject and GetObject of one large object through boto3
// (Debian's /usr/bin/python3), as throughput ratios to `cp` of the same file on the same disk in this
// run (target >= 0.25), plus boto3's upload_file/download_file. (2) 1,000 PutObject of 1 KiB on 8
// keep-alive connections and one ListObjectsV2 of them, sagedesk-local against moto_server in this
// run (target >= 10x).
// Usage: bench_local_s3 [MIB[/COUNT]]: MiB of the large object (256), small objects (1000)
#include "bench_local_http.h"
#include "local/s3/ObjectStore.h"
#include "support/LocalTestEndpoint.h"
#include "support/MotoServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>

#include <unistd.h>

using namespace SageDesk;

namespace {

constexpr int kConnections = 8;

// Each operation's wall time, the CPU time boto3 itself spent in it (on a PutObject over http, botocore
// 1.29 reads the body twice before sending a byte: MD5 for Content-MD5, SHA-256 for SigV4) and the CPU
// time sagedesk-local spent in it, so that each direction says whose time it is. The GetObject into
// /dev/null leaves out the client's writing of the file, which a cp does in the kernel.
const char* kLargeScript = R"PY(
import os, sys, time, boto3
source, target, mib, server = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
s3 = boto3.client("s3", endpoint_url=os.environ["AWS_ENDPOINT_URL"])
s3.create_bucket(Bucket="bench-large")
figures = []
def server_cpu():
    with open("/proc/%s/stat" % server) as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
def timed(step):
    t, cpu, served = time.monotonic(), time.process_time(), server_cpu()
    step()
    figures.extend([time.monotonic() - t, time.process_time() - cpu, server_cpu() - served])
def put():
    with open(source, "rb") as body:
        s3.put_object(Bucket="bench-large", Key="large.bin", Body=body)
def get(path=target):
    with open(path, "wb") as out:
        for chunk in s3.get_object(Bucket="bench-large", Key="large.bin")["Body"].iter_chunks(1024 * 1024):
            out.write(chunk)
    assert path == os.devnull or os.path.getsize(path) == mib * 1024 * 1024
timed(put)
timed(get)
timed(lambda: get(os.devnull))
timed(lambda: s3.upload_file(source, "bench-large", "transfer.bin"))
os.remove(target)
timed(lambda: s3.download_file("bench-large", "transfer.bin", target))
print(*figures)
)PY";

// CPU time (user + system) a process has used so far, from /proc; -1 where there is none.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    // Fields after the command (which may hold spaces) start after its closing parenthesis.
    const QList<QByteArray> fields = stat.readAll().split(')').last().split(' ');
    const long ticks = sysconf(_SC_CLK_TCK);
    return fields.size() > 13 ? (fields[12].toDouble() + fields[13].toDouble()) / static_cast<double>(ticks)
                              : -1;
}

double seconds(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

// Microseconds to create and write one 1 KiB file in `folder`. A small PutObject creates one file (its
// metadata goes to the bucket's SQLite index), and on this machine's ext4 (no journal) creating one
// costs ~20x more in a folder whose block group saw many recent deletions (/tmp, where every test
// suite works).
double fileCreationMicros(const QString& folder)
{
    constexpr int kFiles = 100;
    const QByteArray kilobyte(1024, 'f');
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kFiles; ++i) {
        QFile file(QStringLiteral("%1/probe-%2").arg(folder).arg(i));
        file.open(QIODevice::WriteOnly);
        file.write(kilobyte);
    }
    return seconds(timer) * 1e6 / kFiles;
}

struct SmallResult
{
    double putSeconds = 0;
    double listSeconds = 0;
    long long failures = 0;
    int listed = 0;
};

SmallResult smallObjects(quint16 port, const QString& accessKeyId, const QString& secret, int count)
{
    const auto wire = [&](const QByteArray& method, const QByteArray& path, const QByteArray& query,
                          const QByteArray& body) {
        Test::LocalSignedRequest request;
        request.method = method;
        request.path = path;
        request.query = query;
        request.body = body;
        return request.wire(port, accessKeyId, secret, "s3", QDateTime::currentDateTimeUtc());
    };
    // A bucket name of this run's own: ext4 starts its search for a new top-level folder's inode group
    // at a hash of the folder's name, so a fixed name lands where the previous run's 1,000 objects
    // were just deleted, and ext4 without a journal then checks each of those inodes before reusing
    // one (a run minutes after the last measured 0.16 s for the PutObjects, one right after 0.40 s).
    const QByteArray bucket = "/bench-small-" + QByteArray::number(QCoreApplication::applicationPid());
    Bench::call(port, wire("PUT", bucket, {}, {}));
    QList<QByteArray> puts;
    for (int i = 0; i < count; ++i) {
        puts << wire("PUT", bucket + "/object-" + QByteArray::number(i).rightJustified(5, '0'), {},
                     QByteArray(1024, static_cast<char>('a' + i % 26)));
    }
    SmallResult result;
    const Bench::LoadResult load = Bench::load(port, puts, kConnections, 600000, puts.size());
    result.putSeconds = load.seconds;
    result.failures = load.failures;
    QElapsedTimer timer;
    timer.start();
    const auto listing = Bench::call(port, wire("GET", bucket, "list-type=2&max-keys=1000", {}));
    result.listSeconds = seconds(timer);
    result.listed = static_cast<int>(listing.body.count("<Key>"));
    return result;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QList<QByteArray> sizes = QByteArray(argc > 1 ? argv[1] : "256/1000").split('/');
    const int mib = qMax(1, sizes.value(0).toInt());
    const int count = qMax(1, sizes.size() > 1 ? sizes.value(1).toInt() : 1000);
    if (const QString missing = Test::LocalTestEndpoint::missingTools(); !missing.isEmpty()) {
        std::printf("%s\n", qPrintable(missing));
        return 77;
    }
    Test::LocalTestEndpoint endpoint;
    if (!endpoint.start()) {
        std::printf("sagedesk-local did not start: %s\n", qPrintable(endpoint.error()));
        return 1;
    }
    // (1) The large object, on the disk of the endpoint's data directory.
    QTemporaryDir work(endpoint.dataDir() + QStringLiteral("/../bench-XXXXXX"));
    const QString source = work.filePath(QStringLiteral("source.bin"));
    {
        QFile file(source);
        file.open(QIODevice::WriteOnly);
        const QByteArray block(1024 * 1024, 'x');
        for (int i = 0; i < mib; ++i) {
            file.write(block);
        }
    }
    QElapsedTimer timer;
    timer.start();
    QProcess::execute(QStringLiteral("cp"), {source, work.filePath(QStringLiteral("copy.bin"))});
    const double cp = seconds(timer);
    const auto run = endpoint.python({QStringLiteral("-c"), QString::fromLatin1(kLargeScript), source,
                                      work.filePath(QStringLiteral("target.bin")), QString::number(mib),
                                      QString::number(endpoint.pid())},
                                     std::chrono::minutes(10));
    const QStringList figures = run.out.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const char* names[] = {"PutObject", "GetObject", "GetObject to /dev/null", "upload_file",
                           "download_file"};
    constexpr int kSteps = 5;
    if (run.exitCode != 0 || figures.size() != 3 * kSteps) {
        std::printf("boto3 run failed: %s\n", qPrintable(run.err));
        return 1;
    }
    const double rate = mib / cp;
    std::printf("cp of %d MiB: %.2f s = %.0f MiB/s\n", mib, cp, rate);
    // The ceiling of any PutObject's ratio: a single-part object's ETag is the MD5 of its body, a
    // serial hash that S3 (and so the endpoint) must finish before it answers, however fast the client
    // and the wire are. Timed here with the endpoint's own Digest (libcrypto where the build has it).
    timer.restart();
    const QByteArray etag = Local::ObjectStore::md5Etag(source);
    const double md5 = seconds(timer);
    std::printf(
        "MD5 of %d MiB (the ETag %s..., with the endpoint's Digest): %.2f s, so no PutObject can beat "
        "a ratio to cp of %.2f here\n",
        mib, etag.left(8).constData(), md5, cp / md5);
    for (int i = 0; i < kSteps; ++i) {
        const double taken = figures[3 * i].toDouble();
        std::printf("boto3 %-22s %d MiB: %.2f s = %.0f MiB/s, ratio to cp %.2f (target >= 0.25); CPU: boto3 "
                    "%.2f s, sagedesk-local %.2f s\n",
                    names[i], mib, taken, mib / taken, (mib / taken) / rate, figures[3 * i + 1].toDouble(),
                    figures[3 * i + 2].toDouble());
    }

    // (2) Many small objects, against moto_server.
    const quint16 port = static_cast<quint16>(QUrl(endpoint.endpointUrl()).port());
    const auto env = endpoint.environment();
    QTemporaryDir probe(endpoint.dataDir() + QStringLiteral("/../probe-XXXXXX"));
    std::printf("creating a 1 KiB file beside the endpoint's data folder: %.0f us\n",
                fileCreationMicros(probe.path()));
    const double smallCpuBefore = cpuSeconds(endpoint.pid());
    const SmallResult local = smallObjects(port, env.value(QStringLiteral("AWS_ACCESS_KEY_ID")),
                                           env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")), count);
    std::printf(
        "sagedesk-local: %d PutObject of 1 KiB in %.3f s (%lld failed), ListObjectsV2 of %d in %.3f s; "
        "its own CPU %.2f s\n",
        count, local.putSeconds, local.failures, local.listed, local.listSeconds,
        cpuSeconds(endpoint.pid()) - smallCpuBefore);
    endpoint.terminate();
    if (!Test::MotoServer::unavailableReason().isEmpty()) {
        std::printf("moto_server not on PATH: no comparison\n");
        return 0;
    }
    Test::MotoServer moto;
    if (!moto.start()) {
        std::printf("moto_server did not start: %s\n", qPrintable(moto.error()));
        return 1;
    }
    const SmallResult motoResult =
        smallObjects(moto.port(), QStringLiteral("AKIAMOTO"), QStringLiteral("moto"), count);
    std::printf(
        "moto_server:    %d PutObject of 1 KiB in %.3f s (%lld failed), ListObjectsV2 of %d in %.3f s\n",
        count, motoResult.putSeconds, motoResult.failures, motoResult.listed, motoResult.listSeconds);
    const double localTotal = local.putSeconds + local.listSeconds;
    const double motoTotal = motoResult.putSeconds + motoResult.listSeconds;
    std::printf(
        "ratio sagedesk-local / moto_server = %.1fx (PutObject %.1fx, ListObjectsV2 %.1fx; target >= 10x)\n",
        motoTotal / localTotal, motoResult.putSeconds / local.putSeconds,
        motoResult.listSeconds / local.listSeconds);
    return 0;
}

// A plain main() for the fuzz target when libFuzzer is not available (GCC builds): replays every
// corpus file, then feeds random mutations of them for a bounded time and reports how many ran.
// Usage: local_request_fuzz [--seconds N] [--seed S] CORPUS_DIR...
#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

int run(const QByteArray& input)
{
    return LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.constData()),
                                  static_cast<std::size_t>(input.size()));
}

QByteArray mutate(const QList<QByteArray>& corpus, QRandomGenerator& random)
{
    QByteArray input = corpus.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(corpus.size()))));
    const int edits = 1 + static_cast<int>(random.bounded(8));
    for (int i = 0; i < edits; ++i) {
        const auto position =
            input.isEmpty() ? 0 : static_cast<qsizetype>(random.bounded(static_cast<quint32>(input.size())));
        switch (random.bounded(5)) {
        case 0: // flip a byte
            if (!input.isEmpty()) {
                input[position] = static_cast<char>(random.bounded(256));
            }
            break;
        case 1: // insert interesting bytes
            input.insert(position,
                         QByteArrayList{"\r\n", "\"", "{", "}", "%", "&", "=", "\0", "9999999999", ":"}.at(
                             static_cast<qsizetype>(random.bounded(10))));
            break;
        case 2: // delete a run
            input.remove(position, static_cast<qsizetype>(random.bounded(16)));
            break;
        case 3: // splice with another corpus entry
            input = input.left(position) +
                    corpus.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(corpus.size()))))
                        .mid(position);
            break;
        default: // duplicate a run
            input.insert(position, input.mid(position, static_cast<qsizetype>(random.bounded(64))));
            break;
        }
    }
    return input;
}

} // namespace

int main(int argc, char** argv)
{
    qint64 seconds = 10;
    quint32 seed = QRandomGenerator::system()->generate();
    QList<QByteArray> corpus;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--seconds") == 0 && i + 1 < argc) {
            seconds = QByteArray(argv[++i]).toLongLong();
        } else if (std::strcmp(argv[i], "--seed") == 0 && i + 1 < argc) {
            seed = QByteArray(argv[++i]).toUInt();
        } else {
            const QDir dir(QString::fromLocal8Bit(argv[i]));
            for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
                QFile file(dir.filePath(name));
                if (file.open(QIODevice::ReadOnly)) {
                    corpus << file.readAll();
                }
            }
        }
    }
    if (corpus.isEmpty()) {
        corpus << QByteArray();
    }
    for (const QByteArray& input : corpus) {
        run(input);
    }
    std::printf("seed %u, %lld corpus inputs replayed\n", seed, static_cast<long long>(corpus.size()));
    QRandomGenerator random(seed);
    QElapsedTimer timer;
    timer.start();
    long long executions = 0;
    while (timer.elapsed() < seconds * 1000) {
        run(mutate(corpus, random));
        ++executions;
    }
    std::printf("%lld mutated inputs in %lld s, no crash\n", executions, static_cast<long long>(seconds));
    return 0;
}

#include "aws/credentials/ProcessCredentialsProvider.h"

#include "core/Redaction.h"
#include "core/platform/Processes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <optional>

namespace SageDesk::Aws {

ProcessCredentialsProvider::ProcessCredentialsProvider(QString command, QString profile,
                                                       QProcessEnvironment environment, const Clock& clock,
                                                       QObject* parent)
    : CredentialsProvider(clock, parent)
    , m_command(std::move(command))
    , m_profile(std::move(profile))
    , m_environment(std::move(environment))
{}

namespace {

// More than any credentials document: a helper that prints this much is broken or hostile, and its
// output is not kept in memory while it goes on.
constexpr qint64 kMaxOutputBytes = 1024 * 1024;
// Of stderr, only what a failure message can use.
constexpr qsizetype kMaxErrorBytes = 4096;

} // namespace

ProcessCredentialsProvider::~ProcessCredentialsProvider()
{
    if (m_process) {
        m_process->disconnect(this);
        Platform::killProcessTree(*m_process);
        m_process->waitForFinished(1000);
    }
}

namespace {

// POSIX shell word splitting without a shell, as the AWS CLI does with shlex.split: quotes group,
// single quotes are literal, backslash escapes. nullopt for an unterminated quote.
std::optional<QStringList> splitCommandLine(const QString& command)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (quote == QLatin1Char('\'')) {
            if (c == quote) {
                quote = QChar();
            } else {
                word += c;
            }
        } else if (quote == QLatin1Char('"')) {
            if (c == quote) {
                quote = QChar();
            } else if (c == QLatin1Char('\\') && i + 1 < command.size() &&
                       QStringLiteral("\\\"$`").contains(command.at(i + 1))) {
                word += command.at(++i);
            } else {
                word += c;
            }
        } else if (c.isSpace()) {
            if (inWord) {
                words.append(word);
                word.clear();
                inWord = false;
            }
        } else {
            inWord = true;
            if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                quote = c;
            } else if (c == QLatin1Char('\\') && i + 1 < command.size()) {
                word += command.at(++i);
            } else {
                word += c;
            }
        }
    }
    if (!quote.isNull()) {
        return std::nullopt;
    }
    if (inWord) {
        words.append(word);
    }
    return words;
}

QString sourceName(const QString& profile)
{
    return ProcessCredentialsProvider::tr("profile %1 (credential_process)").arg(profile);
}

} // namespace

QString ProcessCredentialsProvider::name() const
{
    return sourceName(m_profile);
}

CredentialsResult ProcessCredentialsProvider::parseOutput(const QByteArray& output, const QString& profile)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return CredentialsResult::failure(
            tr("The credential_process of profile %1 did not print a JSON object.").arg(profile));
    }
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("Version")).toInt() != 1) {
        return CredentialsResult::failure(
            tr("The credential_process of profile %1 printed an unsupported Version (1 is required).")
                .arg(profile));
    }
    Credentials credentials;
    credentials.accessKeyId = object.value(QLatin1String("AccessKeyId")).toString();
    credentials.secretAccessKey = object.value(QLatin1String("SecretAccessKey")).toString();
    credentials.sessionToken = object.value(QLatin1String("SessionToken")).toString();
    credentials.source = sourceName(profile);
    if (credentials.accessKeyId.isEmpty() || credentials.secretAccessKey.isEmpty()) {
        return CredentialsResult::failure(
            tr("The credential_process of profile %1 printed no AccessKeyId or SecretAccessKey.")
                .arg(profile));
    }
    const QString expiration = object.value(QLatin1String("Expiration")).toString();
    if (!expiration.isEmpty()) {
        credentials.expiration = QDateTime::fromString(expiration, Qt::ISODateWithMs);
        if (!credentials.expiration.isValid()) {
            return CredentialsResult::failure(tr("The credential_process of profile %1 printed an Expiration "
                                                 "that is not an ISO 8601 time: %2")
                                                  .arg(profile, expiration));
        }
    }
    return CredentialsResult::success(credentials);
}

void ProcessCredentialsProvider::fetch(Callback done)
{
    const std::optional<QStringList> split = splitCommandLine(m_command);
    if (!split) {
        done(CredentialsResult::failure(
            tr("The credential_process of profile %1 has an unterminated quote.").arg(m_profile)));
        return;
    }
    const QStringList& arguments = *split;
    if (arguments.isEmpty()) {
        done(CredentialsResult::failure(tr("The credential_process of profile %1 is empty.").arg(m_profile)));
        return;
    }
    auto* process = new QProcess(this);
    m_process = process;
    process->setProcessEnvironment(m_environment);
    // A process group of its own, so that a helper that forked (a shell running a pipeline, a
    // daemonising SSO tool) leaves nothing behind when it is killed.
    Platform::startInOwnProcessGroup(*process);
    auto errorText = std::make_shared<QByteArray>();
    auto* timer = new QTimer(process);
    timer->setSingleShot(true);
    // Exactly one of finished, errorOccurred (failed to start) or the timeout answers.
    auto answered = std::make_shared<bool>(false);
    auto answer = [this, process, answered, done](const CredentialsResult& result) {
        if (*answered) {
            return;
        }
        *answered = true;
        process->disconnect(this);
        process->deleteLater();
        done(result);
    };
    connect(timer, &QTimer::timeout, this, [this, process, answer] {
        Platform::killProcessTree(*process);
        answer(CredentialsResult::failure(
            tr("The credential_process of profile %1 did not finish in %2 seconds.")
                .arg(m_profile)
                .arg(std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count())));
    });
    const CredentialsResult tooMuchOutput = CredentialsResult::failure(
        tr("The credential_process of profile %1 printed more than %2 bytes, so it was stopped.")
            .arg(m_profile)
            .arg(kMaxOutputBytes));
    connect(process, &QProcess::readyReadStandardOutput, this, [process, answer, tooMuchOutput] {
        if (process->bytesAvailable() > kMaxOutputBytes) {
            Platform::killProcessTree(*process);
            answer(tooMuchOutput);
        }
    });
    connect(process, &QProcess::readyReadStandardError, this, [process, errorText] {
        const QByteArray chunk = process->readAllStandardError();
        errorText->append(chunk.left(kMaxErrorBytes - errorText->size()));
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, answer](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            answer(
                CredentialsResult::failure(tr("The credential_process of profile %1 could not be started: %2")
                                               .arg(m_profile, process->errorString())));
        }
    });
    connect(process, &QProcess::finished, this,
            [this, process, answer, errorText, tooMuchOutput](int exitCode, QProcess::ExitStatus status) {
                if (status != QProcess::NormalExit || exitCode != 0) {
                    errorText->append(
                        process->readAllStandardError().left(kMaxErrorBytes - errorText->size()));
                    const QString stderrText = QString::fromUtf8(*errorText).trimmed();
                    answer(CredentialsResult::failure(
                        tr("The credential_process of profile %1 failed with exit code %2: %3")
                            .arg(m_profile)
                            .arg(exitCode)
                            .arg(Redaction::redact(stderrText))));
                    return;
                }
                if (process->bytesAvailable() > kMaxOutputBytes) {
                    answer(tooMuchOutput);
                    return;
                }
                answer(parseOutput(process->readAllStandardOutput(), m_profile));
            });
    timer->start(m_timeout);
    process->start(arguments.first(), arguments.mid(1));
}

} // namespace SageDesk::Aws

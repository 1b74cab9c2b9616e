#include "local/runtime/InstancePreparation.h"

#include "core/Redaction.h"
#include "local/runtime/LifecycleShell.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

namespace SageDesk::Local {

namespace {

constexpr auto kCloneTimeout = std::chrono::minutes(5);

// "https://host/org/repo.git" and "/srv/git/repo" both clone into "repo", as git itself names them.
QString repositoryFolder(const QString& repository)
{
    QString path = repository;
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    QString folder = path.section(u'/', -1);
    if (folder.endsWith(QLatin1String(".git"))) {
        folder.chop(4);
    }
    return folder.isEmpty() || folder == QLatin1String("..") ? QStringLiteral("repository") : folder;
}

QString lastLineSince(const QString& logFile, qint64 offset)
{
    QFile file(logFile);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset)) {
        return {};
    }
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    return Redaction::redact(QString::fromUtf8(lines.last()).trimmed());
}

} // namespace

InstancePreparation::InstancePreparation(InstanceFolder folder, const NotebookRuntimeOptions& options,
                                         QObject* parent)
    : QObject(parent)
    , m_folder(std::move(folder))
    , m_options(options)
{}

bool InstancePreparation::createFolders(QString* failure)
{
    QDir dir;
    if (!dir.mkpath(m_folder.volume()) || !dir.mkpath(m_folder.logs()) ||
        !dir.mkpath(m_folder.lifecycleScripts())) {
        *failure = QStringLiteral("The notebook volume %1 could not be created.").arg(m_folder.volume());
        return false;
    }
    QFile::setPermissions(m_folder.root,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

void InstancePreparation::linkBuckets(const QList<BucketLink>& links)
{
    const QDir s3(m_folder.volume() + QStringLiteral("/s3"));
    if (links.isEmpty() && !s3.exists()) {
        return;
    }
    s3.mkpath(QStringLiteral("."));
    QHash<QString, QString> wanted;
    for (const BucketLink& link : links) {
        if (!link.bucket.isEmpty() && !link.bucket.contains(u'/') && !link.bucket.startsWith(u'.')) {
            wanted.insert(link.bucket, QDir::cleanPath(QFileInfo(link.folder).absoluteFilePath()));
        }
    }
    // The role's S3 choice may have changed since the last start: links it no longer grants go.
    const QFileInfoList entries = s3.entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries) {
        if (entry.isSymLink() && wanted.value(entry.fileName()) != entry.symLinkTarget()) {
            QFile::remove(entry.filePath());
        }
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const QString path = s3.filePath(it.key());
        if (!QFileInfo(path).isSymLink()) {
            QFile::link(it.value(), path);
        }
    }
}

void InstancePreparation::run(const NotebookRuntimeSpec& spec)
{
    m_steps.clear();
    m_running = true;
    for (const QString& repository : spec.codeRepositories) {
        queueClone(repository);
    }
    const QString prefix =
        QStringLiteral("Notebook Instance Lifecycle Config '%1' for Notebook Instance '%2' ")
            .arg(spec.lifecycleConfigArn, spec.notebookInstanceArn);
    if (spec.firstStart && !spec.onCreateScript.isEmpty()) {
        queueLifecycleScript(spec.onCreateScript, QStringLiteral("OnCreate"), prefix);
    }
    if (!spec.onStartScript.isEmpty()) {
        queueLifecycleScript(spec.onStartScript, QStringLiteral("OnStart"), prefix);
    }
    // The caller (an HTTP handler) answers before the first child process is spawned.
    QMetaObject::invokeMethod(this, &InstancePreparation::nextStep, Qt::QueuedConnection);
}

void InstancePreparation::cancel()
{
    m_running = false;
    m_steps.clear();
    if (m_step) {
        m_step->cancel();
    }
}

void InstancePreparation::queueClone(const QString& repository)
{
    m_steps.append([this, repository] {
        const QString target = QDir(m_folder.volume()).filePath(repositoryFolder(repository));
        // Cloned on an earlier start: the volume keeps it, with the person's changes.
        if (QFileInfo::exists(target)) {
            nextStep();
            return;
        }
        // A password in the URL reaches git through a credential helper that reads it from git's
        // environment (private to this user), never through its command line, its messages and so
        // GitClone.log, or the clone's .git/config.
        QUrl url(repository, QUrl::StrictMode);
        QStringList arguments{QStringLiteral("clone"), QStringLiteral("--quiet"), QStringLiteral("--"),
                              repository, target};
        QList<QPair<QString, QString>> environment;
        if (url.isValid() && !url.password().isEmpty()) {
            environment = {{QStringLiteral("SAGEDESK_GIT_USERNAME"), url.userName(QUrl::FullyDecoded)},
                           {QStringLiteral("SAGEDESK_GIT_PASSWORD"), url.password(QUrl::FullyDecoded)}};
            url.setPassword({});
            arguments =
                QStringList{
                    QStringLiteral("-c"), QStringLiteral("credential.helper="), QStringLiteral("-c"),
                    QStringLiteral("credential.helper=!f() { echo \"username=$SAGEDESK_GIT_USERNAME\"; "
                                   "echo \"password=$SAGEDESK_GIT_PASSWORD\"; }; f")} +
                QStringList{QStringLiteral("clone"), QStringLiteral("--quiet"), QStringLiteral("--"),
                            url.toString(QUrl::FullyEncoded), target};
        }
        runStep(
            QStringLiteral("git"), arguments, m_folder.logs() + QStringLiteral("/GitClone.log"),
            kCloneTimeout,
            [repository](BoundedProcess::Outcome outcome, const QString& lastLine) {
                const QString detail = outcome == BoundedProcess::Outcome::TimedOut
                                           ? QStringLiteral("the clone took longer than 5 minutes.")
                                       : lastLine.isEmpty() ? QStringLiteral("git could not be run.")
                                                            : lastLine;
                return QStringLiteral("Failed to clone the code repository '%1': %2")
                    .arg(Redaction::redact(repository), detail);
            },
            environment);
    });
}

void InstancePreparation::queueLifecycleScript(const QByteArray& script, const QString& hook,
                                               const QString& prefix)
{
    m_steps.append([this, script, hook, prefix] {
        const QString scriptFile = QStringLiteral("%1/%2.sh").arg(m_folder.lifecycleScripts(), hook);
        const QString logFile = QStringLiteral("%1/LifecycleConfig%2.log").arg(m_folder.logs(), hook);
        const QString suffix = QStringLiteral("Please check your CloudWatch logs for more details if your "
                                              "Notebook Instance has Internet access.");
        if (!InstanceFolder::writePrivateFile(scriptFile, script, QFileDevice::ExeOwner)) {
            fail(prefix + QStringLiteral("failed. ") + suffix);
            return;
        }
        // Amazon Linux's bash names the classic CRLF mistake ("bad interpreter"); Debian's kernel and
        // bash only say "required file not found", so the AWS wording is logged here instead.
        const QByteArray firstLine = script.left(script.indexOf('\n'));
        if (firstLine.startsWith("#!") && firstLine.endsWith('\r')) {
            QFile log(logFile);
            if (log.open(QIODevice::Append)) {
                log.write(scriptFile.toUtf8() + ": " + firstLine.mid(2).chopped(1).trimmed() +
                          "^M: bad interpreter: No such file or directory\n");
            }
            fail(prefix + QStringLiteral("failed. ") + suffix);
            return;
        }
        // Executed as a program, as AWS does (LifecycleShell); without a bash to run it (Windows
        // without Git for Windows) the instance fails saying what to install.
        const LifecycleShell::Command shell = LifecycleShell::forScript(scriptFile);
        if (shell.program.isEmpty()) {
            fail(prefix + QStringLiteral("failed: ") + shell.missing);
            return;
        }
        runStep(shell.program, shell.arguments, logFile, m_options.lifecycleTimeout,
                [prefix, suffix](BoundedProcess::Outcome outcome, const QString&) {
                    return prefix +
                           (outcome == BoundedProcess::Outcome::TimedOut
                                ? QStringLiteral("took longer than 5 minutes. ")
                                : QStringLiteral("failed. ")) +
                           suffix;
                });
    });
}

void InstancePreparation::runStep(const QString& program, const QStringList& arguments,
                                  const QString& logFile, std::chrono::milliseconds timeout,
                                  std::function<QString(BoundedProcess::Outcome, const QString&)> failureOf,
                                  const QList<QPair<QString, QString>>& environment)
{
    const qint64 logOffset = QFileInfo(logFile).size();
    m_step = new BoundedProcess(m_folder.root, this);
    m_step->setWorkingDirectory(m_folder.volume());
    m_step->setEnvironment(m_environment);
    // A clone of a repository that needs credentials fails instead of waiting for a password.
    m_step->setEnvironmentVariable(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    for (const auto& [name, value] : environment) {
        m_step->setEnvironmentVariable(name, value);
    }
    connect(m_step, &BoundedProcess::finished, this,
            [this, logFile, logOffset, failureOf](BoundedProcess::Outcome outcome, int) {
                m_step->deleteLater();
                m_step = nullptr;
                if (outcome == BoundedProcess::Outcome::Cancelled) {
                    return;
                }
                if (outcome == BoundedProcess::Outcome::Succeeded) {
                    nextStep();
                    return;
                }
                fail(failureOf(outcome, lastLineSince(logFile, logOffset)));
            });
    m_step->start(program, arguments, logFile, timeout);
}

void InstancePreparation::nextStep()
{
    if (!m_running) {
        return;
    }
    if (m_steps.isEmpty()) {
        m_running = false;
        emit finished();
        return;
    }
    const Step step = m_steps.takeFirst();
    step();
}

void InstancePreparation::fail(const QString& reason)
{
    m_running = false;
    m_steps.clear();
    emit failed(reason);
}

} // namespace SageDesk::Local

#include "local/runtime/RuntimeInstance.h"

#include "core/Redaction.h"
#include "local/runtime/IdleMonitor.h"
#include "local/runtime/InstanceProcesses.h"
#include "local/runtime/JupyterLoginCookie.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

namespace SageDesk::Local {

namespace {

constexpr auto kAdoptedWatchInterval = std::chrono::seconds(1);
constexpr auto kStopPollInterval = std::chrono::milliseconds(20);
constexpr auto kCloneTimeout = std::chrono::minutes(5);

QByteArray randomBytes(int words)
{
    QList<quint32> data(words);
    QRandomGenerator::system()->generate(data.begin(), data.end());
    return {reinterpret_cast<const char*>(data.constData()), static_cast<qsizetype>(words * sizeof(quint32))};
}

quint16 freeLoopbackPort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

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

bool writePrivateFile(const QString& path, const QByteArray& contents, QFileDevice::Permissions extra = {})
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | extra);
    file.write(contents);
    return file.commit();
}

} // namespace

RuntimeInstance::RuntimeInstance(QString name, QString instanceDir, const NotebookRuntimeOptions& options,
                                 const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_instanceDir(std::move(instanceDir))
    , m_options(options)
    , m_clock(clock)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    connect(&m_readinessTimer, &QTimer::timeout, this, &RuntimeInstance::probeReadiness);
    connect(&m_watchTimer, &QTimer::timeout, this, [this] {
        if (!jupyterGone()) {
            return;
        }
        if (m_phase == Phase::Stopping) {
            finishStopping();
        } else if (m_phase == Phase::Serving) {
            fail(QStringLiteral("The Jupyter server of this notebook instance exited unexpectedly."));
        }
    });
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, &RuntimeInstance::killEverything);
}

RuntimeInstance::~RuntimeInstance()
{
    if (m_phase != Phase::Idle && m_phase != Phase::Ended) {
        stopBlocking();
    }
}

QString RuntimeInstance::volumeDir() const
{
    return m_instanceDir + QStringLiteral("/SageMaker");
}

QString RuntimeInstance::logDir() const
{
    return m_instanceDir + QStringLiteral("/logs");
}

QString RuntimeInstance::runtimeFile() const
{
    return m_instanceDir + QStringLiteral("/runtime.json");
}

QString RuntimeInstance::cookieSecretFile() const
{
    return m_instanceDir + QStringLiteral("/jupyter_cookie_secret");
}

void RuntimeInstance::begin(const NotebookRuntimeSpec& spec)
{
    m_spec = spec;
    m_phase = Phase::Preparing;
    m_record = {};
    m_record.startedAt = m_clock.currentDateTimeUtc();
    m_record.idleStopMinutes = spec.idleStopMinutes;
    emit statusChanged(m_name, NotebookInstanceStatus::Pending, {});
    QString failure;
    if (!prepareVolume(&failure)) {
        fail(failure);
        return;
    }
    writeRecord();
    for (const QString& repository : spec.codeRepositories) {
        queueClone(repository);
    }
    if (spec.firstStart && !spec.onCreateScript.isEmpty()) {
        queueLifecycleScript(spec.onCreateScript, QStringLiteral("OnCreate"));
    }
    if (!spec.onStartScript.isEmpty()) {
        queueLifecycleScript(spec.onStartScript, QStringLiteral("OnStart"));
    }
    m_steps.append([this] { launchJupyter(); });
    // The caller (an HTTP handler) answers before the first child process is spawned.
    QMetaObject::invokeMethod(this, &RuntimeInstance::nextStep, Qt::QueuedConnection);
}

void RuntimeInstance::adopt(const RuntimeRecord& record)
{
    m_record = record;
    m_spec.idleStopMinutes = record.idleStopMinutes;
    QFile secret(cookieSecretFile());
    if (secret.open(QIODevice::ReadOnly)) {
        m_cookieSigningKey = JupyterLoginCookie::signingKey(secret.readAll());
    }
    m_phase = Phase::Serving;
    probeLab({});
    startWatching();
}

bool RuntimeInstance::prepareVolume(QString* failure)
{
    QDir dir;
    if (!dir.mkpath(volumeDir()) || !dir.mkpath(logDir()) ||
        !dir.mkpath(m_instanceDir + QStringLiteral("/lifecycle"))) {
        *failure = QStringLiteral("The notebook volume %1 could not be created.").arg(volumeDir());
        return false;
    }
    // The instance folder holds the Jupyter token and cookie secret.
    QFile::setPermissions(m_instanceDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!QFileInfo::exists(cookieSecretFile()) &&
        !writePrivateFile(cookieSecretFile(), randomBytes(8).toBase64() + '\n')) {
        *failure = QStringLiteral("The Jupyter cookie secret could not be written.");
        return false;
    }
    QFile secret(cookieSecretFile());
    if (!secret.open(QIODevice::ReadOnly)) {
        *failure = QStringLiteral("The Jupyter cookie secret could not be read.");
        return false;
    }
    m_cookieSigningKey = JupyterLoginCookie::signingKey(secret.readAll());
    linkBuckets();
    return true;
}

void RuntimeInstance::linkBuckets()
{
    const QDir s3(volumeDir() + QStringLiteral("/s3"));
    if (m_spec.bucketLinks.isEmpty() && !s3.exists()) {
        return;
    }
    s3.mkpath(QStringLiteral("."));
    QHash<QString, QString> wanted;
    for (const BucketLink& link : m_spec.bucketLinks) {
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

void RuntimeInstance::queueClone(const QString& repository)
{
    m_steps.append([this, repository] {
        const QString target = QDir(volumeDir()).filePath(repositoryFolder(repository));
        // Cloned on an earlier start: the volume keeps it, with the person's changes.
        if (QFileInfo::exists(target)) {
            nextStep();
            return;
        }
        runStep(
            QStringLiteral("git"),
            {QStringLiteral("clone"), QStringLiteral("--quiet"), QStringLiteral("--"), repository, target},
            logDir() + QStringLiteral("/GitClone.log"), kCloneTimeout,
            [repository](BoundedProcess::Outcome outcome, const QString& lastLine) {
                const QString detail = outcome == BoundedProcess::Outcome::TimedOut
                                           ? QStringLiteral("the clone took longer than 5 minutes.")
                                       : lastLine.isEmpty() ? QStringLiteral("git could not be run.")
                                                            : lastLine;
                return QStringLiteral("Failed to clone the code repository '%1': %2")
                    .arg(Redaction::redact(repository), detail);
            });
    });
}

void RuntimeInstance::queueLifecycleScript(const QByteArray& script, const QString& hook)
{
    m_steps.append([this, script, hook] {
        const QString scriptFile = QStringLiteral("%1/lifecycle/%2.sh").arg(m_instanceDir, hook);
        const QString logFile = QStringLiteral("%1/LifecycleConfig%2.log").arg(logDir(), hook);
        const QString prefix =
            QStringLiteral("Notebook Instance Lifecycle Config '%1' for Notebook Instance '%2' ")
                .arg(m_spec.lifecycleConfigArn, m_spec.notebookInstanceArn);
        const QString suffix = QStringLiteral("Please check your CloudWatch logs for more details if your "
                                              "Notebook Instance has Internet access.");
        if (!writePrivateFile(scriptFile, script, QFileDevice::ExeOwner)) {
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
        // Executed as a program, as AWS does: the shebang line picks the interpreter; a script
        // without one is run by bash itself.
        runStep(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("\"$0\""), scriptFile}, logFile,
                m_options.lifecycleTimeout,
                [prefix, suffix](BoundedProcess::Outcome outcome, const QString&) {
                    return prefix +
                           (outcome == BoundedProcess::Outcome::TimedOut
                                ? QStringLiteral("took longer than 5 minutes. ")
                                : QStringLiteral("failed. ")) +
                           suffix;
                });
    });
}

void RuntimeInstance::runStep(const QString& program, const QStringList& arguments, const QString& logFile,
                              std::chrono::milliseconds timeout,
                              std::function<QString(BoundedProcess::Outcome, const QString&)> failureOf)
{
    const qint64 logOffset = QFileInfo(logFile).size();
    m_step = new BoundedProcess(m_instanceDir, this);
    m_step->setWorkingDirectory(volumeDir());
    // A clone of a repository that needs credentials fails instead of waiting for a password.
    m_step->setEnvironmentVariable(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
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

void RuntimeInstance::nextStep()
{
    if (m_phase != Phase::Preparing || m_steps.isEmpty()) {
        return;
    }
    const Step step = m_steps.takeFirst();
    step();
}

void RuntimeInstance::launchJupyter()
{
    m_phase = Phase::Launching;
    const QString program = m_options.jupyterProgram.isEmpty()
                                ? QStandardPaths::findExecutable(QStringLiteral("jupyter-notebook"))
                                : m_options.jupyterProgram;
    if (program.isEmpty()) {
        fail(QStringLiteral("Jupyter is not installed: jupyter-notebook was not found on PATH."));
        return;
    }
    m_record.port = freeLoopbackPort();
    m_record.token = randomBytes(6).toHex();
    if (m_record.port == 0) {
        fail(QStringLiteral("No free loopback port was found for the Jupyter server."));
        return;
    }
    m_jupyter = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // In the environment rather than on the command line, where every local user could read it.
    environment.insert(QStringLiteral("JUPYTER_TOKEN"), QString::fromLatin1(m_record.token));
    environment.insert(QStringLiteral("JUPYTER_RUNTIME_DIR"),
                       m_instanceDir + QStringLiteral("/jupyter-runtime"));
    m_jupyter->setProcessEnvironment(environment);
    InstanceProcesses::prepare(*m_jupyter, m_instanceDir);
    m_jupyter->setProcessChannelMode(QProcess::MergedChannels);
    m_jupyter->setStandardOutputFile(logDir() + QStringLiteral("/jupyter.log"), QIODevice::Append);
    m_jupyter->setWorkingDirectory(volumeDir());
    QStringList arguments{
        QStringLiteral("--no-browser"),
        QStringLiteral("--NotebookApp.ip=127.0.0.1"),
        QStringLiteral("--NotebookApp.port=%1").arg(m_record.port),
        QStringLiteral("--NotebookApp.port_retries=0"),
        QStringLiteral("--NotebookApp.notebook_dir=%1").arg(volumeDir()),
        QStringLiteral("--NotebookApp.cookie_secret_file=%1").arg(cookieSecretFile()),
    };
    if (InstanceProcesses::runningAsRoot()) {
        arguments.append(QStringLiteral("--allow-root"));
    }
    connect(m_jupyter.get(), &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (m_phase == Phase::Launching || m_phase == Phase::Serving) {
            fail(
                QStringLiteral("The Jupyter server exited unexpectedly (exit code %1); see logs/jupyter.log.")
                    .arg(exitCode));
        }
    });
    connect(m_jupyter.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && m_phase == Phase::Launching) {
            fail(QStringLiteral("The Jupyter server could not be started: %1").arg(m_jupyter->errorString()));
        }
    });
    m_jupyter->start(program, arguments);
    if (m_phase != Phase::Launching) {
        return; // failed to start, already reported
    }
    m_record.pid = m_jupyter->processId();
    writeRecord();
    m_launchElapsed.start();
    m_readinessTimer.start(m_options.readinessPollInterval);
}

void RuntimeInstance::probeReadiness()
{
    if (m_phase != Phase::Launching || m_probeInFlight) {
        return;
    }
    if (m_launchElapsed.elapsed() > m_options.jupyterStartTimeout.count()) {
        fail(
            QStringLiteral("The Jupyter server did not answer within %1 seconds; see logs/jupyter.log.")
                .arg(
                    std::chrono::duration_cast<std::chrono::seconds>(m_options.jupyterStartTimeout).count()));
        return;
    }
    m_probeInFlight = true;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(m_record.port)));
    request.setTransferTimeout(1000);
    QNetworkReply* reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_probeInFlight = false;
        if (m_phase == Phase::Launching && reply->error() == QNetworkReply::NoError) {
            m_readinessTimer.stop();
            // Known before InService, so that the first /lab sign-in already goes the right way.
            probeLab([this] {
                if (m_phase == Phase::Launching) {
                    becomeServing();
                }
            });
        }
    });
}

void RuntimeInstance::becomeServing()
{
    m_phase = Phase::Serving;
    m_record.phase = RuntimeRecord::Phase::Serving;
    writeRecord();
    startWatching();
    emit statusChanged(m_name, NotebookInstanceStatus::InService, {});
}

void RuntimeInstance::startWatching()
{
    // An owned Jupyter reports its exit through QProcess; an adopted one is not our child.
    if (!m_jupyter) {
        m_watchTimer.start(kAdoptedWatchInterval);
    }
    watchIdleness();
}

void RuntimeInstance::watchIdleness()
{
    delete m_idleMonitor;
    m_idleMonitor = nullptr;
    if (m_spec.idleStopMinutes <= 0) {
        return;
    }
    m_idleMonitor = new IdleMonitor(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_record.port)),
                                    m_record.token, m_spec.idleStopMinutes * m_options.idleMinute,
                                    m_options.idleCheckInterval, m_clock, this);
    connect(m_idleMonitor, &IdleMonitor::idle, this, [this] {
        emit idleStopTriggered(m_name);
        stop();
    });
    m_idleMonitor->start();
}

void RuntimeInstance::setIdleStopMinutes(int minutes)
{
    if (m_phase == Phase::Idle || m_phase == Phase::Stopping || m_phase == Phase::Ended) {
        return;
    }
    m_spec.idleStopMinutes = minutes;
    m_record.idleStopMinutes = minutes;
    // So that an endpoint adopting the instance later goes on with the new limit.
    writeRecord();
    if (m_phase == Phase::Serving) {
        watchIdleness();
    }
}

void RuntimeInstance::probeLab(const std::function<void()>& then)
{
    // Debian's notebook 6 has no JupyterLab; a /lab sign-in then lands in the classic view instead
    // of on a 404 page.
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/lab").arg(m_record.port)));
    request.setRawHeader("Authorization", "token " + m_record.token);
    request.setTransferTimeout(5000);
    QNetworkReply* reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, then] {
        reply->deleteLater();
        m_servesLab = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        if (then) {
            then();
        }
    });
}

void RuntimeInstance::stop()
{
    if (m_phase == Phase::Idle || m_phase == Phase::Stopping || m_phase == Phase::Ended) {
        return;
    }
    m_phase = Phase::Stopping;
    emit statusChanged(m_name, NotebookInstanceStatus::Stopping, {});
    m_readinessTimer.stop();
    delete m_idleMonitor;
    m_idleMonitor = nullptr;
    m_steps.clear();
    if (m_step) {
        m_step->cancel();
    }
    // SIGTERM first: Jupyter then shuts its kernels down itself, which is what saves their state.
    if (!jupyterGone()) {
        InstanceProcesses::send({jupyterPid()}, InstanceProcesses::Signal::Terminate);
    }
    m_graceTimer.start(m_options.stopGrace);
    m_watchTimer.start(kStopPollInterval);
}

void RuntimeInstance::stopBlocking()
{
    m_readinessTimer.stop();
    m_watchTimer.stop();
    m_graceTimer.stop();
    m_steps.clear();
    if (m_step) {
        m_step->cancel();
    }
    if (!jupyterGone()) {
        InstanceProcesses::send({jupyterPid()}, InstanceProcesses::Signal::Terminate);
        QElapsedTimer waited;
        waited.start();
        while (!jupyterGone() && waited.elapsed() < m_options.stopGrace.count()) {
            if (m_jupyter) {
                m_jupyter->waitForFinished(static_cast<int>(kStopPollInterval.count()));
            } else {
                QThread::msleep(static_cast<unsigned long>(kStopPollInterval.count()));
            }
        }
    }
    killEverything();
    if (m_jupyter) {
        m_jupyter->waitForFinished(1000);
    }
    QFile::remove(runtimeFile());
    m_phase = Phase::Ended;
}

void RuntimeInstance::detach()
{
    m_readinessTimer.stop();
    m_watchTimer.stop();
    m_graceTimer.stop();
    delete m_idleMonitor;
    m_idleMonitor = nullptr;
    if (m_jupyter) {
        m_jupyter->disconnect(this);
        // A QProcess kills its child when it is destroyed, and Qt offers no way to disown one: the
        // object is left undeleted so that the server outlives this endpoint process (it still reaps
        // the child should it exit before then).
        static_cast<void>(m_jupyter.release());
    }
    m_phase = Phase::Ended;
}

std::optional<JupyterSignIn> RuntimeInstance::signIn(qint64 sessionSeconds, bool lab) const
{
    if (m_phase != Phase::Serving || m_cookieSigningKey.isEmpty()) {
        return std::nullopt;
    }
    const QByteArray cookieName = JupyterLoginCookie::name(m_record.port);
    // Jupyter's own login handler also uses a random user id per sign-in.
    const QByteArray value = JupyterLoginCookie::signedValue(
        m_cookieSigningKey, cookieName, randomBytes(4).toHex(), m_clock.currentMSecsSinceEpoch() / 1000);
    JupyterSignIn signIn;
    signIn.setCookieHeaders.append(cookieName + "=\"" + value + "\"; Path=/; Max-Age=" +
                                   QByteArray::number(sessionSeconds) + "; HttpOnly; SameSite=Lax");
    signIn.labUnavailable = lab && !m_servesLab;
    signIn.location = QUrl(QStringLiteral("http://127.0.0.1:%1/%2")
                               .arg(m_record.port)
                               .arg(lab && m_servesLab ? QLatin1String("lab") : QLatin1String("tree")));
    return signIn;
}

void RuntimeInstance::fail(const QString& reason)
{
    if (m_phase == Phase::Ended) {
        return;
    }
    stopBlocking();
    // Forgotten first, so that a slot reacting to Failed may start the instance again.
    emit ended(m_name);
    emit statusChanged(m_name, NotebookInstanceStatus::Failed, reason);
}

void RuntimeInstance::finishStopping()
{
    m_graceTimer.stop();
    m_watchTimer.stop();
    // Kernels or terminals that Jupyter could not shut down in time.
    killEverything();
    QFile::remove(runtimeFile());
    m_phase = Phase::Ended;
    emit ended(m_name);
    emit statusChanged(m_name, NotebookInstanceStatus::Stopped, {});
}

void RuntimeInstance::killEverything()
{
    QList<qint64> pids = InstanceProcesses::find(m_instanceDir);
    if (!jupyterGone()) {
        pids.append(jupyterPid());
    }
    InstanceProcesses::send(pids, InstanceProcesses::Signal::Kill);
}

bool RuntimeInstance::jupyterGone() const
{
    if (m_jupyter && m_jupyter->processId() > 0) {
        return m_jupyter->state() == QProcess::NotRunning;
    }
    return !InstanceProcesses::isAlive(m_record.pid);
}

qint64 RuntimeInstance::jupyterPid() const
{
    return m_jupyter ? m_jupyter->processId() : m_record.pid;
}

void RuntimeInstance::writeRecord()
{
    m_record.write(runtimeFile());
}

} // namespace SageDesk::Local

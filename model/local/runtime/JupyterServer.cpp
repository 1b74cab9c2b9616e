#include "local/runtime/JupyterServer.h"

#include "core/LabBuild.h"
#include "local/runtime/IdleMonitor.h"
#include "local/runtime/InstanceProcesses.h"
#include "local/runtime/JupyterLoginCookie.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

namespace SageDesk::Local {

namespace {

// Jupyter listens on the loopback interface only: nothing but this machine may reach a notebook.
// Constant-initialized, because a runtime may be started before main() (the crash-recovery test
// does), when a dynamically initialized QString here could still be empty.
constexpr auto kLoopbackHost = QLatin1String("127.0.0.1");
constexpr auto kAdoptedWatchInterval = std::chrono::seconds(1);
constexpr auto kStopPollInterval = std::chrono::milliseconds(20);
// Debian's, which has the Jupyter server packages; a python3 earlier on PATH (pyenv, a venv) may not.
constexpr auto kLabPython = QLatin1String("/usr/bin/python3");
constexpr auto kLabScriptName = QLatin1String("sagedesk_lab.py");

// A QProcess kills its child when it is destroyed while the child runs. detach() must let the server
// outlive this endpoint, so it tells the object the child has ended (setProcessState is there for
// subclasses) before deleting it: the destructor then only closes its channels and the pid file
// descriptor, and the server, in a session of its own (InstanceProcesses::prepare), goes on (its parent
// becomes init when this endpoint exits).
class DisownableProcess final : public QProcess
{
public:
    void disown() { setProcessState(QProcess::NotRunning); }
};

// A folder with the server script and the built front end it serves.
bool holdsLab(const QString& dir)
{
    return QFileInfo(dir + QLatin1Char('/') + kLabScriptName).isFile() &&
           QFileInfo(dir + QStringLiteral("/static/bundle.js")).isFile();
}

QByteArray randomBytes(int words)
{
    QList<quint32> data(words);
    QRandomGenerator::system()->generate(data.begin(), data.end());
    return {reinterpret_cast<const char*>(data.constData()), static_cast<qsizetype>(words * sizeof(quint32))};
}

quint16 freeLoopbackPort()
{
    QTcpServer server;
    return server.listen(QHostAddress(kLoopbackHost), 0) ? server.serverPort() : 0;
}

} // namespace

JupyterServer::JupyterServer(InstanceFolder folder, const NotebookRuntimeOptions& options, const Clock& clock,
                             QObject* parent)
    : QObject(parent)
    , m_folder(std::move(folder))
    , m_options(options)
    , m_clock(clock)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    connect(&m_readinessTimer, &QTimer::timeout, this, &JupyterServer::probeReadiness);
    connect(&m_adoptedWatchTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Serving && isGone()) {
            giveUp(QStringLiteral("The Jupyter server of this notebook instance exited unexpectedly."));
        }
    });
}

JupyterServer::~JupyterServer() = default;

QUrl JupyterServer::url(quint16 port, const QString& path)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(kLoopbackHost);
    url.setPort(port);
    url.setPath(path);
    return url;
}

QString JupyterServer::labServerScript()
{
    if (!kHasLab || !QFileInfo(kLabPython).isExecutable()) {
        return {};
    }
    const QString built = QString::fromUtf8(kLabBuildDir);
    const QString installed = QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                              QStringLiteral("/../") + QString::fromUtf8(kLabInstallDir));
    for (const QString& dir : {built, installed}) {
        if (holdsLab(dir)) {
            return dir + QLatin1Char('/') + kLabScriptName;
        }
    }
    return {};
}

bool JupyterServer::prepareCookieSecret(QString* failure)
{
    const QString path = m_folder.cookieSecretFile();
    if (!QFileInfo::exists(path) &&
        !InstanceFolder::writePrivateFile(path, randomBytes(8).toBase64() + '\n')) {
        *failure = QStringLiteral("The Jupyter cookie secret could not be written.");
        return false;
    }
    QFile secret(path);
    if (!secret.open(QIODevice::ReadOnly)) {
        *failure = QStringLiteral("The Jupyter cookie secret could not be read.");
        return false;
    }
    m_cookieSigningKey = JupyterLoginCookie::signingKey(secret.readAll());
    return true;
}

void JupyterServer::launch()
{
    m_state = State::Launching;
    // A program that tests put in place is launched as jupyter-notebook is.
    const QString labScript =
        m_options.jupyterProgram.isEmpty() && !m_options.classicJupyterOnly ? labServerScript() : QString();
    QString program = m_options.jupyterProgram;
    if (!labScript.isEmpty()) {
        program = kLabPython;
    } else if (program.isEmpty()) {
        program = QStandardPaths::findExecutable(QStringLiteral("jupyter-notebook"));
    }
    if (program.isEmpty()) {
        giveUp(QStringLiteral("Jupyter is not installed: jupyter-notebook was not found on PATH."));
        return;
    }
    m_port = freeLoopbackPort();
    m_token = randomBytes(6).toHex();
    if (m_port == 0) {
        giveUp(QStringLiteral("No free loopback port was found for the Jupyter server."));
        return;
    }
    m_process = std::make_unique<DisownableProcess>();
    QProcessEnvironment environment = m_environment;
    // In the environment rather than on the command line, where every local user could read it.
    environment.insert(QStringLiteral("JUPYTER_TOKEN"), QString::fromLatin1(m_token));
    environment.insert(QStringLiteral("JUPYTER_RUNTIME_DIR"), m_folder.jupyterRuntime());
    m_process->setProcessEnvironment(environment);
    InstanceProcesses::prepare(*m_process, m_folder.root);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_folder.logs() + QStringLiteral("/jupyter.log"), QIODevice::Append);
    m_process->setWorkingDirectory(m_folder.volume());
    QStringList arguments;
    if (!labScript.isEmpty()) {
        // The lab server signs the login cookie with the same secret file, so signIn() works alike.
        arguments = {
            labScript,
            QStringLiteral("--port"),
            QString::number(m_port),
            QStringLiteral("--ip"),
            kLoopbackHost,
            QStringLiteral("--root-dir"),
            m_folder.volume(),
            QStringLiteral("--data-dir"),
            m_folder.labData(),
            QStringLiteral("--cookie-secret-file"),
            m_folder.cookieSecretFile(),
        };
    } else {
        arguments = {
            QStringLiteral("--no-browser"),
            QStringLiteral("--NotebookApp.ip=%1").arg(kLoopbackHost),
            QStringLiteral("--NotebookApp.port=%1").arg(m_port),
            QStringLiteral("--NotebookApp.port_retries=0"),
            QStringLiteral("--NotebookApp.notebook_dir=%1").arg(m_folder.volume()),
            QStringLiteral("--NotebookApp.cookie_secret_file=%1").arg(m_folder.cookieSecretFile()),
        };
    }
    if (InstanceProcesses::runningAsRoot()) {
        arguments.append(QStringLiteral("--allow-root"));
    }
    connect(m_process.get(), &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (m_state == State::Launching || m_state == State::Serving) {
            // Killed (the OOM killer, a person's kill -9): Qt gives the signal as the exit code, which
            // would read as an ordinary exit.
            giveUp(status == QProcess::CrashExit
                       ? QStringLiteral("The Jupyter server was ended by signal %1; see logs/jupyter.log.")
                             .arg(exitCode)
                       : QStringLiteral("The Jupyter server exited unexpectedly (exit code %1); see "
                                        "logs/jupyter.log.")
                             .arg(exitCode));
        }
    });
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && m_state == State::Launching) {
            giveUp(
                QStringLiteral("The Jupyter server could not be started: %1").arg(m_process->errorString()));
        }
    });
    m_process->start(program, arguments);
    if (m_state != State::Launching) {
        return; // failed to start, already reported
    }
    m_pid = m_process->processId();
    emit launched();
    m_launchElapsed.start();
    m_readinessTimer.start(m_options.readinessPollInterval);
}

void JupyterServer::probeReadiness()
{
    if (m_state != State::Launching || m_probeInFlight) {
        return;
    }
    if (m_launchElapsed.elapsed() > m_options.jupyterStartTimeout.count()) {
        giveUp(
            QStringLiteral("The Jupyter server did not answer within %1 seconds; see logs/jupyter.log.")
                .arg(
                    std::chrono::duration_cast<std::chrono::seconds>(m_options.jupyterStartTimeout).count()));
        return;
    }
    m_probeInFlight = true;
    QNetworkRequest request(url(m_port, QStringLiteral("/api")));
    request.setTransferTimeout(1000);
    QNetworkReply* reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_probeInFlight = false;
        if (m_state == State::Launching && reply->error() == QNetworkReply::NoError) {
            m_readinessTimer.stop();
            // Known before InService, so that the first /lab sign-in already goes the right way.
            probeLab([this] {
                if (m_state == State::Launching) {
                    becomeServing();
                }
            });
        }
    });
}

void JupyterServer::probeLab(const std::function<void()>& then)
{
    // Debian's notebook 6 has no JupyterLab (the lab server, and an adopted server, may): without it
    // a /lab sign-in lands in the classic view instead of on a 404 page.
    QNetworkRequest request(url(m_port, QStringLiteral("/lab")));
    request.setRawHeader("Authorization", "token " + m_token);
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

void JupyterServer::becomeServing()
{
    m_state = State::Serving;
    watchIdleness();
    emit ready();
}

void JupyterServer::adopt(const RuntimeRecord& record)
{
    m_port = record.port;
    m_token = record.token;
    m_pid = record.pid;
    m_idleStopMinutes = record.idleStopMinutes;
    // Without the secret the server still runs; only the presigned sign-in is refused.
    QFile secret(m_folder.cookieSecretFile());
    if (secret.open(QIODevice::ReadOnly)) {
        m_cookieSigningKey = JupyterLoginCookie::signingKey(secret.readAll());
    }
    m_state = State::Serving;
    probeLab({});
    // An owned server reports its exit through QProcess; an adopted one is not our child.
    m_adoptedWatchTimer.start(kAdoptedWatchInterval);
    watchIdleness();
}

void JupyterServer::setIdleStopMinutes(int minutes)
{
    m_idleStopMinutes = minutes;
    if (m_state == State::Serving) {
        watchIdleness();
    }
}

void JupyterServer::watchIdleness()
{
    delete m_idleMonitor;
    m_idleMonitor = nullptr;
    if (m_idleStopMinutes <= 0) {
        return;
    }
    m_idleMonitor = new IdleMonitor(url(m_port), m_token, m_idleStopMinutes * m_options.idleMinute,
                                    m_options.idleCheckInterval, m_clock, this);
    connect(m_idleMonitor, &IdleMonitor::idle, this, &JupyterServer::idle);
    m_idleMonitor->start();
}

void JupyterServer::stopWatching()
{
    m_readinessTimer.stop();
    m_adoptedWatchTimer.stop();
    delete m_idleMonitor;
    m_idleMonitor = nullptr;
}

void JupyterServer::terminate()
{
    m_state = State::Done;
    stopWatching();
    if (!isGone()) {
        InstanceProcesses::send({processId()}, InstanceProcesses::Signal::Terminate);
    }
}

void JupyterServer::terminateAndWait(std::chrono::milliseconds limit)
{
    terminate();
    QElapsedTimer waited;
    waited.start();
    while (!isGone() && waited.elapsed() < limit.count()) {
        if (m_process) {
            m_process->waitForFinished(static_cast<int>(kStopPollInterval.count()));
        } else {
            QThread::msleep(static_cast<unsigned long>(kStopPollInterval.count()));
        }
    }
}

void JupyterServer::reap()
{
    if (m_process) {
        m_process->waitForFinished(1000);
    }
}

void JupyterServer::detach()
{
    m_state = State::Done;
    stopWatching();
    if (m_process) {
        m_process->disconnect(this);
        static_cast<DisownableProcess&>(*m_process).disown();
        m_process.reset();
    }
}

bool JupyterServer::isGone() const
{
    if (m_process && m_process->processId() > 0) {
        return m_process->state() == QProcess::NotRunning;
    }
    return !InstanceProcesses::isAlive(m_pid);
}

qint64 JupyterServer::processId() const
{
    return m_process ? m_process->processId() : m_pid;
}

std::optional<JupyterSignIn> JupyterServer::signIn(qint64 sessionSeconds, bool lab) const
{
    if (m_cookieSigningKey.isEmpty()) {
        return std::nullopt;
    }
    const QByteArray cookieName = JupyterLoginCookie::name(m_port);
    // Jupyter's own login handler also uses a random user id per sign-in.
    const QByteArray value = JupyterLoginCookie::signedValue(
        m_cookieSigningKey, cookieName, randomBytes(4).toHex(), m_clock.currentMSecsSinceEpoch() / 1000);
    JupyterSignIn signIn;
    signIn.setCookieHeaders.append(cookieName + "=\"" + value + "\"; Path=/; Max-Age=" +
                                   QByteArray::number(sessionSeconds) + "; HttpOnly; SameSite=Lax");
    signIn.labUnavailable = lab && !m_servesLab;
    signIn.location = url(m_port, lab && m_servesLab ? QStringLiteral("/lab") : QStringLiteral("/tree"));
    return signIn;
}

void JupyterServer::giveUp(const QString& reason)
{
    m_state = State::Done;
    emit failed(reason);
}

} // namespace SageDesk::Local

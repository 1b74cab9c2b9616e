#pragma once

#include "core/Clock.h"
#include "local/runtime/InstanceFolder.h"
#include "local/runtime/JupyterSignIn.h"
#include "local/runtime/NotebookRuntimeOptions.h"
#include "local/runtime/RuntimeRecord.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace SageDesk::Local {

class IdleMonitor;

// The Jupyter server of one notebook instance: launches the JupyterLab server (sagedesk_lab.py, /lab
// and the classic /tree) or, without it, jupyter-notebook (/tree only) on a free loopback port
// with a fresh token, waits until /api answers, learns whether it serves JupyterLab, watches an
// adopted server for its exit, runs the idle monitor, and mints the sign-in cookie. It reports
// problems and leaves the decisions (fail, stop, record) to RuntimeInstance.
class JupyterServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JupyterServer)

public:
    JupyterServer(InstanceFolder folder, const NotebookRuntimeOptions& options, const Clock& clock,
                  QObject* parent = nullptr);
    ~JupyterServer() override;

    // http://127.0.0.1:<port><path>: the only place the address of an instance's Jupyter is spelled
    // out, so that the server, its probes, the idle monitor and the sign-in all agree on it.
    static QUrl url(quint16 port, const QString& path = QStringLiteral("/"));

    // The JupyterLab server script: in the build tree when it is there, else installed beside this
    // program; empty when this build has no JupyterLab, its front end is missing, or Debian's python3
    // is. Needs a QCoreApplication.
    static QString labServerScript();

    // Creates the cookie secret file unless it exists, and reads the key the login cookie is signed
    // with. False with AWS's FailureReason text in `failure`.
    bool prepareCookieSecret(QString* failure);

    // The environment the server (and so its kernels and terminals) runs in (NotebookEnvironment);
    // the endpoint's own when none is set.
    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }

    // Starts the JupyterLab server, or jupyter-notebook without it, in the volume. launched() once it runs,
    // then ready() when /api answers, or failed().
    void launch();
    // Takes over a server that a previous endpoint started: serving at once, watched by polling its
    // pid (it is not a child of this process).
    void adopt(const RuntimeRecord& record);
    // The idle auto-stop limit in "minutes" (0: none); a serving server starts counting again.
    void setIdleStopMinutes(int minutes);

    // Stops watching and sends SIGTERM: Jupyter then shuts its kernels down itself, which is what
    // saves their state. Nothing is reported any more.
    void terminate();
    // terminate(), then waits up to `limit` for the server to exit.
    void terminateAndWait(std::chrono::milliseconds limit);
    // Collects an owned server's exit status after it was killed.
    void reap();
    // Stops watching and lets go of the process without ending it.
    void detach();

    bool isGone() const;
    // The server's pid for signals (0 before launch).
    qint64 processId() const;
    quint16 port() const { return m_port; }
    QByteArray token() const { return m_token; }
    // The pid as launched or adopted, for the runtime file.
    qint64 launchedPid() const { return m_pid; }

    // Set-Cookie headers and the /tree or /lab location; nullopt without a cookie signing key.
    std::optional<JupyterSignIn> signIn(qint64 sessionSeconds, bool lab) const;

signals:
    void launched();
    void ready();
    // The server could not start, did not answer in time, or exited on its own.
    void failed(const QString& reason);
    void idle();

private:
    enum class State
    {
        Off,
        Launching,
        Serving,
        Done,
    };

    void probeReadiness();
    // Learns whether the server has JupyterLab, then calls `then` (if any).
    void probeLab(const std::function<void()>& then);
    void becomeServing();
    void watchIdleness();
    void stopWatching();
    void giveUp(const QString& reason);

    InstanceFolder m_folder;
    NotebookRuntimeOptions m_options;
    const Clock& m_clock;
    State m_state = State::Off;
    quint16 m_port = 0;
    QByteArray m_token;
    qint64 m_pid = 0;
    int m_idleStopMinutes = 0;
    QByteArray m_cookieSigningKey;
    bool m_servesLab = false;
    std::unique_ptr<QProcess> m_process;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QNetworkAccessManager m_network;
    QTimer m_readinessTimer;
    QElapsedTimer m_launchElapsed;
    bool m_probeInFlight = false;
    QTimer m_adoptedWatchTimer;
    IdleMonitor* m_idleMonitor = nullptr;
};

} // namespace SageDesk::Local

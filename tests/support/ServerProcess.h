#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTcpSocket>

#include <chrono>
#include <memory>

namespace SageDesk::Test {

// A server that a test starts itself and that is always stopped when the guard goes away:
// sagedesk-local, moto_server, Jupyter. Its output is kept for failure messages.
class ServerProcess final
{
public:
    ServerProcess(QString program, QStringList arguments, QProcessEnvironment environment = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Starts the process and waits until `readyUrl` answers any HTTP status (or the timeout passes,
    // or the process exits). Returns false with the reason in error().
    bool startAndWaitForHttp(const QString& readyUrl,
                             std::chrono::milliseconds timeout = std::chrono::seconds(30));
    // Starts the process and waits until its combined output contains `marker`.
    bool startAndWaitForOutput(const QString& marker,
                               std::chrono::milliseconds timeout = std::chrono::seconds(30));
    // Starts the process and waits until its combined output matches `pattern`, e.g. the line in
    // which a server started on port 0 names the port it got; the match lands in *match.
    bool startAndWaitForOutput(const QRegularExpression& pattern, QRegularExpressionMatch* match,
                               std::chrono::milliseconds timeout = std::chrono::seconds(30));
    void stop(std::chrono::milliseconds grace = std::chrono::seconds(5));
    void kill();

    qint64 pid() const;
    bool isRunning() const;
    QString output() const;
    QString error() const { return m_error; }
    QProcess& process() { return *m_process; }

private:
    bool start();
    // A sanitizer report in the server's output (ASan, LSan at its exit, UBSan) fails the running test:
    // the server's exit status is read by no one, so nothing else would notice it.
    void checkSanitizerReport();

    QString m_program;
    QStringList m_arguments;
    QProcessEnvironment m_environment;
    std::unique_ptr<QProcess> m_process;
    mutable QByteArray m_output;
    QString m_error;
    bool m_sanitizerReported = false;
};

// A TCP port on 127.0.0.1 that refuses every connection for as long as this object lives: the socket is
// bound, without address sharing, and never listens. Unlike "a port that was free a moment ago", no
// server started in parallel can take it.
class RefusingLoopbackPort final
{
public:
    RefusingLoopbackPort();
    quint16 port() const { return m_socket.localPort(); }

private:
    QTcpSocket m_socket;
};

// Blocks (running the event loop) until `url` answers any HTTP status or the timeout passes.
bool waitForHttp(const QString& url, std::chrono::milliseconds timeout);

// Full path of an executable on PATH, or empty.
QString findExecutable(const QString& name);

} // namespace SageDesk::Test

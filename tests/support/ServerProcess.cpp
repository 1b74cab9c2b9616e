#include "support/ServerProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <gtest/gtest.h>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace SageDesk::Test {

ServerProcess::ServerProcess(QString program, QStringList arguments, QProcessEnvironment environment)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_environment(environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : std::move(environment))
{}

ServerProcess::~ServerProcess()
{
    stop(std::chrono::seconds(3));
}

bool ServerProcess::start()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_program);
    m_process->setArguments(m_arguments);
    m_process->setProcessEnvironment(m_environment);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // A test killed by ctest's timeout (or a crash) runs no destructor: the server then gets SIGTERM
    // from the kernel instead of running on, holding its port, memory and CPU, under the tests after.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("could not start %1: %2").arg(m_program, m_process->errorString());
        return false;
    }
    return true;
}

bool ServerProcess::startAndWaitForHttp(const QString& readyUrl, std::chrono::milliseconds timeout)
{
    if (!start()) {
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeout.count()) {
        if (m_process->state() != QProcess::Running) {
            m_error = QStringLiteral("%1 exited early: %2").arg(m_program, output());
            return false;
        }
        if (waitForHttp(readyUrl, std::chrono::milliseconds(500))) {
            return true;
        }
        // Nothing listens yet (connection refused at once): wait a little, but notice an early exit.
        m_process->waitForFinished(100);
    }
    m_error = QStringLiteral("%1 did not answer at %2 within %3 ms: %4")
                  .arg(m_program, readyUrl)
                  .arg(timeout.count())
                  .arg(output());
    return false;
}

bool ServerProcess::startAndWaitForOutput(const QString& marker, std::chrono::milliseconds timeout)
{
    QRegularExpressionMatch match;
    return startAndWaitForOutput(QRegularExpression(QRegularExpression::escape(marker)), &match, timeout);
}

bool ServerProcess::startAndWaitForOutput(const QRegularExpression& pattern, QRegularExpressionMatch* match,
                                          std::chrono::milliseconds timeout)
{
    if (!start()) {
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeout.count()) {
        if (*match = pattern.match(output()); match->hasMatch()) {
            return true;
        }
        if (m_process->state() != QProcess::Running) {
            m_error = QStringLiteral("%1 exited early: %2").arg(m_program, output());
            return false;
        }
        m_process->waitForReadyRead(100);
    }
    m_error = QStringLiteral("%1 did not print '%2' within %3 ms: %4")
                  .arg(m_program, pattern.pattern())
                  .arg(timeout.count())
                  .arg(output());
    return false;
}

void ServerProcess::stop(std::chrono::milliseconds grace)
{
    if (!m_process) {
        return;
    }
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(static_cast<int>(grace.count()))) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    checkSanitizerReport();
}

void ServerProcess::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    if (m_process) {
        checkSanitizerReport();
    }
}

void ServerProcess::checkSanitizerReport()
{
    // ASan's and LSan's "==pid==ERROR: AddressSanitizer: ..." and UBSan's "file:line:col: runtime error:".
    static const QRegularExpression report(
        QStringLiteral(R"(==\d+==ERROR: (Address|Leak)Sanitizer|:\d+:\d+: runtime error: )"));
    if (m_sanitizerReported || !report.match(output()).hasMatch()) {
        return;
    }
    m_sanitizerReported = true;
    ADD_FAILURE() << m_program.toStdString() << " reported a sanitizer error:\n" << output().toStdString();
}

qint64 ServerProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString ServerProcess::output() const
{
    if (m_process) {
        m_output += m_process->readAll();
    }
    return QString::fromUtf8(m_output);
}

RefusingLoopbackPort::RefusingLoopbackPort()
{
    m_socket.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress);
}

bool waitForHttp(const QString& url, std::chrono::milliseconds timeout)
{
    QNetworkAccessManager manager;
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(static_cast<int>(timeout.count()));
    QNetworkReply* reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    loop.exec();
    const bool answered =
        reply->isFinished() && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    reply->abort();
    reply->deleteLater();
    return answered;
}

QString findExecutable(const QString& name)
{
    return QStandardPaths::findExecutable(name);
}

} // namespace SageDesk::Test

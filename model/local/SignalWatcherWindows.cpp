#include "local/SignalWatcher.h"

#include <QMetaObject>
#include <QSemaphore>

#include <atomic>

#include <qt_windows.h>

namespace SageDesk::Local {

namespace {

std::atomic<SignalWatcher*> g_watcher{nullptr};
QSemaphore g_shutdownDone;

BOOL WINAPI onConsoleEvent(DWORD event)
{
    SignalWatcher* watcher = g_watcher.load();
    if (!watcher) {
        return FALSE;
    }
    QMetaObject::invokeMethod(
        watcher, [watcher, event] { emit watcher->received(static_cast<int>(event)); }, Qt::QueuedConnection);
    // After these three Windows ends the process when the handler returns: wait for the shutdown
    // (bounded below the 5 s Windows grants).
    if (event == CTRL_CLOSE_EVENT || event == CTRL_LOGOFF_EVENT || event == CTRL_SHUTDOWN_EVENT) {
        g_shutdownDone.tryAcquire(1, 4500);
    }
    return TRUE;
}

} // namespace

SignalWatcher::SignalWatcher(QObject* parent)
    : QObject(parent)
{
    g_watcher = this;
    ::SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

SignalWatcher::~SignalWatcher()
{
    ::SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    g_watcher = nullptr;
    g_shutdownDone.release();
}

void SignalWatcher::readSignal() {}

} // namespace SageDesk::Local

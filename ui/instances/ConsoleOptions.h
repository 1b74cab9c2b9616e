#pragma once

#include "console/PollScheduler.h"
#include "core/Clock.h"

#include <QString>
#include <QUrl>

#include <functional>

namespace SageDesk::Ui {

// What the console window is wired to; tests replace the clock, the poll intervals, the cache file,
// the local data directory and how URLs are opened.
struct ConsoleOptions
{
    const Clock* clock = &Clock::system();
    QString cachePath;    // empty: InstanceCache::defaultPath()
    QString localDataDir; // empty: sagedesk-local's default data directory
    QString localProgram; // empty: next to this executable, then PATH
    PollIntervals intervals;
    double longRunningHours = 8.0;
    std::function<void(const QUrl&)> openUrl; // empty: QDesktopServices::openUrl
    // Open Jupyter opens a tab in the window; off: the presigned URL goes to openUrl.
    bool jupyterInTabs = true;
    // Load the web engine in the background once the window has been idle for a moment.
    bool warmUpWebEngine = true;
    QString webDataDir; // the tabs' browser profiles; empty: the application's data folder
    // Where a download goes, given the proposed path (empty answer: cancelled); empty: a save dialog.
    std::function<QString(const QString&)> chooseDownloadPath;
};

} // namespace SageDesk::Ui

#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QWidget;

// The boundary between the console and the web engine module (ui/web/engine, built as the loadable
// module sagedesk_web): plain abstract classes and callbacks, so that the console links no Qt WebEngine
// and start-up does not pay for loading it. Both sides are built from this one header.
namespace SageDesk::Ui::Web {

// Raised whenever this header changes in a way the other side must know.
inline constexpr int kModuleApiVersion = 2;

class JupyterView;

// What a Jupyter tab tells the console; every member may be empty.
struct JupyterViewHooks
{
    // The session ended (a 401/403 answer, Jupyter's login page): presign again and call signIn().
    std::function<void()> signInAgain;
    // The page wanted a URL of another origin (a link in a notebook, too); it stayed where it was.
    std::function<void(const QUrl&)> navigationBlocked;
    std::function<void(const QString&)> titleChanged;
    std::function<void(double)> zoomChanged;
    // "Start" on the "Instance stopped" page.
    std::function<void()> startRequested;
    // The page's beforeunload handlers (unsaved notebooks) agreed: the tab may close now.
    std::function<void()> closeAccepted;
    // A person answered "stay" to the page's beforeunload question: the tab stays open.
    std::function<void()> closeCancelled;
    std::function<void()> openInBrowserRequested;
    std::function<void()> detachRequested;
    // The page opened a window on its own origin (a new notebook): the console gives it a tab.
    std::function<void(JupyterView* child)> childOpened;
};

// One Jupyter or JupyterLab view: a web view signed in through a presigned URL, confined to the
// origin that sign-in lands on, with find, zoom, reload and the stopped/deleted/message pages.
class JupyterView
{
public:
    virtual ~JupyterView() = default;

    virtual QWidget* widget() = 0;
    virtual void setHooks(JupyterViewHooks hooks) = 0;
    // Loads the presigned URL. It is never shown, logged or kept in the history; once signed in
    // again, the page that was open before comes back.
    virtual void signIn(const QUrl& presignedUrl, bool lab) = 0;
    // "Instance stopped — Start" (or "deleted") instead of the page.
    virtual void showStopped(const QString& instanceName, bool deleted) = 0;
    // A message with Reconnect (which asks signInAgain) instead of the page.
    virtual void showMessage(const QString& text) = 0;
    virtual bool isShowingPage() const = 0;
    virtual void setZoom(double factor) = 0;
    // Runs the page's beforeunload handlers; closeAccepted() follows when the tab may close.
    virtual void requestClose() = 0;
    virtual void setDetached(bool detached) = 0;
};

// The module: one persistent browser profile per account, the views, downloads.
class WebEngineModule
{
public:
    virtual ~WebEngineModule() = default;

    // A view in the profile of `account`, stored under `storageDir` (cookies, cache, local storage).
    virtual JupyterView* createView(const QString& account, const QString& storageDir, QWidget* parent) = 0;
    // Starts the browser (and the account's profile) in the background, so that the first tab is fast.
    virtual void warmUp(const QString& account, const QString& storageDir) = 0;
    // Cookies, cache and storage of every profile this module has opened, and of `storageDirs`.
    virtual void clearBrowsingData(const QStringList& storageDirs) = 0;
    // Where a download goes: the full path proposed, answered with the path chosen (empty: cancel).
    // Without one, a save dialog asks.
    virtual void setSavePathChooser(std::function<QString(const QString& proposedPath)> chooser) = 0;
};

} // namespace SageDesk::Ui::Web

// The module's one exported function: its singleton, or null when `apiVersion` is not its own.
extern "C" {
using SageDeskWebModuleEntry = SageDesk::Ui::Web::WebEngineModule* (*)(int apiVersion);
}

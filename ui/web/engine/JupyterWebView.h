#pragma once

#include "web/JupyterViewApi.h"

#include <QUrl>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QToolBar;
class QVBoxLayout;
class QWebEngineDownloadRequest;
class QWebEngineLoadingInfo;
class QWebEngineProfile;
class QWebEngineView;

namespace SageDesk::Ui::Web {

class JupyterPage;

// A Jupyter tab's content: its toolbar (reload, zoom, find, system browser, detach), the find bar,
// an inline notice, downloads in progress, and the web view or the page that stands in for it
// (instance stopped or deleted, session ended).
class JupyterWebView final : public QWidget, public JupyterView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JupyterWebView)

public:
    JupyterWebView(QWebEngineProfile* profile, QWidget* parent = nullptr);
    ~JupyterWebView() override;

    QWidget* widget() override { return this; }
    void setHooks(JupyterViewHooks hooks) override { m_hooks = std::move(hooks); }
    void signIn(const QUrl& presignedUrl, bool lab) override;
    void showStopped(const QString& instanceName, bool deleted) override;
    void showMessage(const QString& text) override;
    bool isShowingPage() const override;
    void setZoom(double factor) override;
    void requestClose() override;
    void setDetached(bool detached) override;

    JupyterPage* page() const { return m_page; }
    QWebEngineView* webView() const { return m_view; }
    // A download of this view's page: where it goes was chosen already; shows its progress.
    void trackDownload(QWebEngineDownloadRequest* download);

private:
    void createToolBar();
    void createFindBar();
    void createStandInPages();
    void onLoadingChanged(const QWebEngineLoadingInfo& info);
    void onLoadFinished(bool ok);
    void sessionEnded();
    void changeZoom(int steps);
    void find(bool backward);
    void setNotice(const QString& text);

    JupyterViewHooks m_hooks;
    QWebEngineProfile* m_profile = nullptr;
    JupyterPage* m_page = nullptr;
    QWebEngineView* m_view = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_detachAction = nullptr;
    QWidget* m_findBar = nullptr;
    QLineEdit* m_findEdit = nullptr;
    QLabel* m_findResult = nullptr;
    QLabel* m_notice = nullptr;
    QWidget* m_downloads = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_stoppedPage = nullptr;
    QLabel* m_stoppedText = nullptr;
    QPushButton* m_startButton = nullptr;
    QWidget* m_messagePage = nullptr;
    QLabel* m_messageText = nullptr;
    bool m_lab = false;
    bool m_retriedSignIn = false;
    bool m_everLoaded = false;
    bool m_lastLoadHttpError = false;
    QUrl m_lastGoodUrl; // the page to come back to after signing in again
    QUrl m_returnTo;
};

} // namespace SageDesk::Ui::Web

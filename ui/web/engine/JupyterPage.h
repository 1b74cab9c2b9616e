#pragma once

#include <QUrl>
#include <QWebEnginePage>

#include <functional>

namespace SageDesk::Ui::Web {

// A page confined to one notebook instance: while signing in it follows the presigned URL's
// redirects; afterwards main-frame navigation stays on the origin sign-in landed on, and anything
// else is refused and reported. Certificate errors are never ignored; camera, microphone, location
// and screen capture are refused; notifications and the clipboard only for the instance's origin.
class JupyterPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JupyterPage)

public:
    explicit JupyterPage(QWebEngineProfile* profile, QObject* parent = nullptr);

    // The presigned URL about to load: redirects are followed until finishSignIn().
    void beginSignIn(const QUrl& presignedUrl);
    void finishSignIn();
    bool isSigningIn() const { return m_signingIn; }
    // Whether `url` is the presigned URL's own page (the endpoint's notice or refusal).
    bool isSignInPage(const QUrl& url) const;
    QUrl origin() const { return m_origin; }
    // For a window this page opened: the same origin, already signed in.
    void adoptOrigin(const QUrl& origin) { m_origin = origin; }
    bool isSameOrigin(const QUrl& url) const;
    // Gives a window the page opens (window.open, target=_blank) a page; null refuses it.
    void setWindowFactory(std::function<QWebEnginePage*()> factory) { m_windowFactory = std::move(factory); }

signals:
    void navigationBlocked(const QUrl& url);
    void certificateRejected(const QString& host, const QString& description);
    // The beforeunload question was answered with Cancel: the page stays.
    void leavingCancelled();

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage* createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString& message, int lineNumber,
                                  const QString& sourceId) override;
    bool javaScriptConfirm(const QUrl& securityOrigin, const QString& message) override;

private:
    void answerPermission(const QUrl& securityOrigin, Feature feature);

    QUrl m_signInPage; // the presigned URL without its query: never kept beyond sign-in
    QUrl m_origin;
    bool m_signingIn = false;
    std::function<QWebEnginePage*()> m_windowFactory;
};

} // namespace SageDesk::Ui::Web

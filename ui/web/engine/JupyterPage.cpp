#include "web/engine/JupyterPage.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QWebEngineCertificateError>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineQuotaRequest>
#include <QWebEngineRegisterProtocolHandlerRequest>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace SageDesk::Ui::Web {

Q_LOGGING_CATEGORY(lcWebConsole, "sagedesk.web.console")
Q_LOGGING_CATEGORY(lcWeb, "sagedesk.web")

namespace {

QUrl originOf(const QUrl& url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

// What may be logged of a URL: never its query (a presigned URL's token lives there).
QString loggable(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toDisplayString();
}

// Chromium's own text for the beforeunload question (QWebEnginePage asks javaScriptConfirm with it,
// in Qt's translation): looked up, not ours to translate, so held where lupdate does not collect it.
bool isBeforeUnloadQuestion(const QString& message)
{
    static const char* const context = "QWebEnginePage";
    static const char* const question =
        "Are you sure you want to leave this page? Changes that you made may not be saved.";
    return message == QCoreApplication::translate(context, question);
}

} // namespace

JupyterPage::JupyterPage(QWebEngineProfile* profile, QObject* parent)
    : QWebEnginePage(profile, parent)
{
    // The instance's own pages may use the clipboard (copy and paste of cells); the page never
    // leaves that origin, so this grants it to that origin alone.
    settings()->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, true);
    settings()->setAttribute(QWebEngineSettings::JavascriptCanPaste, true);
    settings()->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    settings()->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    connect(this, &QWebEnginePage::featurePermissionRequested, this, &JupyterPage::answerPermission);
    connect(this, &QWebEnginePage::certificateError, this, [this](QWebEngineCertificateError error) {
        // Never ignored, never deferred to a person: a notebook holds credentials and data.
        qCWarning(lcWeb) << "certificate error for" << loggable(error.url()) << error.description();
        error.rejectCertificate();
        emit certificateRejected(error.url().host(), error.description());
    });
    connect(this, &QWebEnginePage::fileSystemAccessRequested,
            [](QWebEngineFileSystemAccessRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::quotaRequested, [](QWebEngineQuotaRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested,
            [](QWebEngineRegisterProtocolHandlerRequest request) { request.reject(); });
}

void JupyterPage::beginSignIn(const QUrl& presignedUrl)
{
    m_signingIn = true;
    m_signInPage = presignedUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
}

void JupyterPage::finishSignIn()
{
    m_signingIn = false;
    m_origin = originOf(url());
}

bool JupyterPage::isSignInPage(const QUrl& url) const
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment) == m_signInPage;
}

bool JupyterPage::isSameOrigin(const QUrl& url) const
{
    return !m_origin.isEmpty() && originOf(url) == m_origin;
}

bool JupyterPage::acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type)
    if (m_signingIn && isMainFrame) {
        return true; // the presigned URL and the redirects of its sign-in
    }
    if (isSameOrigin(url) || url == QUrl(QStringLiteral("about:blank"))) {
        return true;
    }
    const QString scheme = url.scheme();
    if (!isMainFrame && (scheme == QLatin1String("about") || scheme == QLatin1String("data") ||
                         scheme == QLatin1String("blob"))) {
        return true; // frames a notebook builds itself (widgets, srcdoc outputs)
    }
    qCInfo(lcWeb) << "blocked navigation to another origin:" << loggable(url);
    if (isMainFrame) {
        emit navigationBlocked(url);
    }
    return false;
}

QWebEnginePage* JupyterPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    return m_windowFactory ? m_windowFactory() : nullptr;
}

void JupyterPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString& message,
                                           int lineNumber, const QString& sourceId)
{
    const QString where = QStringLiteral("%1:%2").arg(loggable(QUrl(sourceId))).arg(lineNumber);
    switch (level) {
    case InfoMessageLevel:
        qCDebug(lcWebConsole).noquote() << where << message;
        break;
    case WarningMessageLevel:
        qCDebug(lcWebConsole).noquote() << "warning:" << where << message;
        break;
    case ErrorMessageLevel:
        qCDebug(lcWebConsole).noquote() << "error:" << where << message;
        break;
    }
}

bool JupyterPage::javaScriptConfirm(const QUrl& securityOrigin, const QString& message)
{
    Q_UNUSED(securityOrigin)
    const bool leaving = isBeforeUnloadQuestion(message);
    QMessageBox box(QMessageBox::Question, leaving ? tr("Leave the notebook?") : tr("Jupyter"),
                    leaving ? tr("The notebook has changes that are not saved. Close it anyway?") : message,
                    QMessageBox::NoButton, QWebEngineView::forPage(this));
    box.setObjectName(leaving ? QStringLiteral("beforeUnloadConfirmation")
                              : QStringLiteral("jupyterConfirm"));
    QPushButton* yes =
        box.addButton(leaving ? tr("Close without saving") : tr("OK"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    const bool accepted = box.clickedButton() == yes;
    if (leaving && !accepted) {
        emit leavingCancelled();
    }
    return accepted;
}

void JupyterPage::answerPermission(const QUrl& securityOrigin, Feature feature)
{
    const bool allowed = feature == Notifications && isSameOrigin(securityOrigin);
    qCInfo(lcWeb) << (allowed ? "granted" : "refused") << feature << "to" << loggable(securityOrigin);
    setFeaturePermission(securityOrigin, feature, allowed ? PermissionGrantedByUser : PermissionDeniedByUser);
}

} // namespace SageDesk::Ui::Web

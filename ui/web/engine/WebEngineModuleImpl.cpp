#include "web/engine/WebEngineModuleImpl.h"

#include "web/engine/JupyterPage.h"
#include "web/engine/JupyterWebView.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QWebEngineCookieStore>
#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace SageDesk::Ui::Web {

Q_DECLARE_LOGGING_CATEGORY(lcWeb)

struct WebEngineModuleImpl::Account
{
    QString storageDir;
    std::unique_ptr<QWebEngineProfile> profile;
    std::unique_ptr<QWebEnginePage> warmPage; // keeps a renderer ready; goes before its profile

    ~Account() { warmPage.reset(); }
};

namespace {

WebEngineModuleImpl* s_module = nullptr; // the one module of the process, for releaseProfiles()

} // namespace

// A child of the application, after every window (and so every page) has gone. Its profiles go
// earlier, in releaseProfiles().
WebEngineModuleImpl::WebEngineModuleImpl()
    : QObject(qApp)
{
    s_module = this;
}

WebEngineModuleImpl::~WebEngineModuleImpl()
{
    s_module = nullptr;
}

// Qt WebEngine shuts Chromium down in a post routine of QCoreApplication's destructor, before the
// application's children are deleted. A profile still alive then is released under its pages ("Release
// of profile requested but WebEnginePage still not deleted"), and Chromium's objects of the profile
// leak. So the warm pages and the profiles go in a post routine of ours, added after the first profile
// started the web engine: post routines run in the reverse order of their adding, so ours runs first.
void WebEngineModuleImpl::releaseProfiles()
{
    if (s_module) {
        s_module->m_accounts.clear();
    }
}

WebEngineModuleImpl::Account& WebEngineModuleImpl::account(const QString& key, const QString& storageDir)
{
    std::shared_ptr<Account>& entry = m_accounts[key];
    if (!entry) {
        entry = std::make_shared<Account>();
        entry->storageDir = storageDir;
        // A storage name per account: Chromium keeps each named profile's data apart.
        const QString name =
            QStringLiteral("sagedesk-") +
            QString::fromLatin1(
                QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
        entry->profile = std::make_unique<QWebEngineProfile>(name);
        QDir().mkpath(storageDir);
        entry->profile->setPersistentStoragePath(storageDir + QStringLiteral("/storage"));
        entry->profile->setCachePath(storageDir + QStringLiteral("/cache"));
        entry->profile->setPersistentCookiesPolicy(QWebEngineProfile::AllowPersistentCookies);
        entry->profile->setHttpCacheType(QWebEngineProfile::DiskHttpCache);
        connect(entry->profile.get(), &QWebEngineProfile::downloadRequested, this,
                &WebEngineModuleImpl::download);
        if (!m_releaseAdded) {
            m_releaseAdded = true;
            qAddPostRoutine(&WebEngineModuleImpl::releaseProfiles);
        }
    }
    return *entry;
}

JupyterView* WebEngineModuleImpl::createView(const QString& accountKey, const QString& storageDir,
                                             QWidget* parent)
{
    return new JupyterWebView(account(accountKey, storageDir).profile.get(), parent);
}

void WebEngineModuleImpl::warmUp(const QString& accountKey, const QString& storageDir)
{
    Account& entry = account(accountKey, storageDir);
    if (!entry.warmPage) {
        entry.warmPage = std::make_unique<QWebEnginePage>(entry.profile.get());
        entry.warmPage->setHtml(QStringLiteral("<html><body></body></html>"));
    }
}

void WebEngineModuleImpl::clearBrowsingData(const QStringList& storageDirs)
{
    for (const std::shared_ptr<Account>& entry : std::as_const(m_accounts)) {
        entry->profile->cookieStore()->deleteAllCookies();
        entry->profile->clearHttpCache();
        entry->profile->clearAllVisitedLinks();
    }
    // Profiles not opened in this run: their folders hold nothing a live page uses.
    for (const QString& dir : storageDirs) {
        bool open = false;
        for (const std::shared_ptr<Account>& entry : std::as_const(m_accounts)) {
            open = open || entry->storageDir == dir;
        }
        if (!open) {
            QDir(dir).removeRecursively();
        }
    }
}

void WebEngineModuleImpl::setSavePathChooser(std::function<QString(const QString&)> chooser)
{
    m_chooser = std::move(chooser);
}

void WebEngineModuleImpl::download(QWebEngineDownloadRequest* request)
{
    QWebEnginePage* page = request->page();
    auto* view = page ? qobject_cast<JupyterWebView*>(page->parent()) : nullptr;
    const QString proposed = QDir(request->downloadDirectory()).filePath(request->downloadFileName());
    const QString chosen =
        m_chooser ? m_chooser(proposed)
                  : QFileDialog::getSaveFileName(
                        view ? view->window() : nullptr,
                        QCoreApplication::translate("SageDesk::Ui::Web::JupyterWebView", "Save download"),
                        proposed);
    if (chosen.isEmpty()) {
        request->cancel();
        return;
    }
    const QFileInfo target(chosen);
    request->setDownloadDirectory(target.absolutePath());
    request->setDownloadFileName(target.fileName());
    request->accept();
    qCInfo(lcWeb) << "download accepted into" << target.absolutePath();
    if (view) {
        view->trackDownload(request);
    }
}

} // namespace SageDesk::Ui::Web

extern "C" Q_DECL_EXPORT SageDesk::Ui::Web::WebEngineModule* sagedesk_web_module(int apiVersion)
{
    if (apiVersion != SageDesk::Ui::Web::kModuleApiVersion) {
        return nullptr;
    }
    static auto* module = new SageDesk::Ui::Web::WebEngineModuleImpl;
    return module;
}

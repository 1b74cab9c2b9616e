#include "instances/AccountBar.h"

#include "instances/StatusDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace SageDesk::Ui {

AccountBar::AccountBar(QWidget* parent)
    : QWidget(parent)
    , m_regions(RegionCatalog::load())
{
    setObjectName(QStringLiteral("accountBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* profileLabel = new QLabel(tr("&Profile:"), this);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    profileLabel->setBuddy(m_profile);
    layout->addWidget(profileLabel);
    layout->addWidget(m_profile);

    auto* regionCaption = new QLabel(tr("&Region:"), this);
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const Region& region : m_regions.regions()) {
        m_region->addItem(regionLabel(region), region.code);
    }
    regionCaption->setBuddy(m_region);
    layout->addWidget(regionCaption);
    layout->addWidget(m_region);

    m_identity = new QLabel(this);
    m_identity->setObjectName(QStringLiteral("identityLabel"));
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_identity, 1);
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionStateLabel"));
    layout->addWidget(m_connection);

    setProfiles({});
    const auto changed = [this] {
        if (!m_selecting) {
            m_region->setEnabled(!isLocal());
            emit choiceChanged();
        }
    };
    connect(m_profile, &QComboBox::currentIndexChanged, this, changed);
    connect(m_region, &QComboBox::currentIndexChanged, this, changed);
}

AccountBar::~AccountBar() = default;

QString AccountBar::regionLabel(const Region& region)
{
    return tr("%1 \u2014 %2").arg(RegionCatalog::localName(region), region.code);
}

void AccountBar::setProfiles(const QStringList& awsProfiles)
{
    const QString current = profile();
    const bool wasLocal = isLocal();
    m_selecting = true;
    m_profile->clear();
    // Local has no profile name; an empty item data marks it.
    m_profile->addItem(tr("Local (this computer)"), QString());
    for (const QString& name : awsProfiles) {
        m_profile->addItem(name, name);
    }
    const int index = wasLocal ? 0 : m_profile->findData(current);
    m_profile->setCurrentIndex(std::max(0, index));
    m_selecting = false;
}

void AccountBar::select(const ConsoleScope& scope)
{
    m_selecting = true;
    const int profileIndex = scope.isLocal() ? 0 : m_profile->findData(scope.profileName());
    m_profile->setCurrentIndex(std::max(0, profileIndex));
    const int regionIndex = m_region->findData(scope.region());
    if (regionIndex >= 0) {
        m_region->setCurrentIndex(regionIndex);
    }
    m_region->setEnabled(!isLocal());
    m_selecting = false;
}

ConsoleScope AccountBar::scope() const
{
    return isLocal() ? ConsoleScope::local() : ConsoleScope::profile(profile(), region());
}

bool AccountBar::isLocal() const
{
    return m_profile->currentData().toString().isEmpty();
}

QString AccountBar::profile() const
{
    return m_profile->currentData().toString();
}

QString AccountBar::region() const
{
    return m_region->currentData().toString();
}

void AccountBar::setIdentity(const QString& arn)
{
    m_identity->setText(arn);
}

void AccountBar::setConnectionState(ConsoleSession::ConnectionState state, const QDateTime& asOf,
                                    const std::optional<Aws::AwsError>& error)
{
    QString text;
    NotebookInstanceStatus color = NotebookInstanceStatus::Stopped;
    switch (state) {
    case ConsoleSession::ConnectionState::NoSource:
        text = tr("Not connected");
        break;
    case ConsoleSession::ConnectionState::Connecting:
        text = tr("Connecting\u2026");
        color = NotebookInstanceStatus::Pending;
        break;
    case ConsoleSession::ConnectionState::Online:
        text = tr("Connected");
        color = NotebookInstanceStatus::InService;
        break;
    case ConsoleSession::ConnectionState::Offline:
        text = asOf.isValid()
                   ? tr("Offline \u2014 as of %1")
                         .arg(QLocale().toString(asOf.toLocalTime().time(), QStringLiteral("HH:mm")))
                   : tr("Offline");
        color = NotebookInstanceStatus::Failed;
        break;
    case ConsoleSession::ConnectionState::Failing:
        text = error ? tr("Error: %1").arg(error->code.isEmpty() ? error->toDisplayString() : error->code)
                     : tr("Error");
        color = NotebookInstanceStatus::Failed;
        break;
    }
    m_connection->setText(text);
    // The whole of it (code, message, request id, attempts), redacted, for the label's few words.
    m_connection->setToolTip(error ? error->toDisplayString() : QString());
    m_connection->setStyleSheet(QStringLiteral("color: %1").arg(StatusDelegate::colorOf(color).name()));
}

QString AccountBar::connectionText() const
{
    return m_connection->text();
}

} // namespace SageDesk::Ui

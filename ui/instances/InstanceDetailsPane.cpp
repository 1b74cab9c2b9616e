#include "instances/InstanceDetailsPane.h"

#include "console/models/InstanceTableModel.h"
#include "core/LocalDates.h"
#include "core/Redaction.h"
#include "instances/InstanceLogsView.h"
#include "instances/StatusDelegate.h"

#include <QClipboard>
#include <QFormLayout>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace SageDesk::Ui {

namespace {

QString orNone(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("\u2014") : text;
}

QString dateText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat)
                          : QStringLiteral("\u2014");
}

} // namespace

InstanceDetailsPane::InstanceDetailsPane(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("instanceDetails"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);

    m_title = new QLabel(tr("Select an instance to see its details."), content);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_failureBox = new QFrame(content);
    m_failureBox->setObjectName(QStringLiteral("failureBox"));
    m_failureBox->setFrameShape(QFrame::StyledPanel);
    m_failureBox->setStyleSheet(QStringLiteral("#failureBox { border: 2px solid %1; border-radius: 4px; }")
                                    .arg(StatusDelegate::colorOf(NotebookInstanceStatus::Failed).name()));
    auto* failureLayout = new QVBoxLayout(m_failureBox);
    auto* failureHeading = new QLabel(tr("Failure reason"), m_failureBox);
    failureHeading->setObjectName(QStringLiteral("failureHeading"));
    QFont bold = failureHeading->font();
    bold.setBold(true);
    failureHeading->setFont(bold);
    QPalette alarm = failureHeading->palette();
    alarm.setColor(QPalette::WindowText, StatusDelegate::colorOf(NotebookInstanceStatus::Failed));
    failureHeading->setPalette(alarm);
    failureLayout->addWidget(failureHeading);
    m_failureReason = new QLabel(m_failureBox);
    m_failureReason->setObjectName(QStringLiteral("failureReason"));
    m_failureReason->setWordWrap(true);
    m_failureReason->setTextFormat(Qt::PlainText);
    m_failureReason->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    failureLayout->addWidget(m_failureReason);
    m_copyFailure = new QPushButton(tr("Copy reason"), m_failureBox);
    m_copyFailure->setObjectName(QStringLiteral("copyFailureReason"));
    connect(m_copyFailure, &QPushButton::clicked, this, &InstanceDetailsPane::copyFailureReason);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_copyFailure);
    failureLayout->addLayout(buttonRow);
    m_failureBox->hide();
    layout->addWidget(m_failureBox);

    m_body = new QWidget(content);
    m_body->setObjectName(QStringLiteral("detailsBody"));
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_body);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    bodyLayout->addLayout(m_form);
    m_name = addField(tr("Name"), QStringLiteral("detailName"));
    m_arn = addField(tr("ARN"), QStringLiteral("detailArn"));
    m_status = addField(tr("Status"), QStringLiteral("detailStatus"));
    m_instanceType = addField(tr("Instance type"), QStringLiteral("detailInstanceType"));
    m_platform = addField(tr("Platform"), QStringLiteral("detailPlatform"));
    m_volume = addField(tr("Volume"), QStringLiteral("detailVolume"));
    m_created = addField(tr("Created"), QStringLiteral("detailCreated"));
    m_lastModified = addField(tr("Last modified"), QStringLiteral("detailLastModified"));
    m_url = addField(tr("URL"), QStringLiteral("detailUrl"));
    m_role = addField(tr("IAM role"), QStringLiteral("detailRole"));
    m_lifecycle = addField(tr("Lifecycle configuration"), QStringLiteral("detailLifecycle"));
    m_rootAccess = addField(tr("Root access"), QStringLiteral("detailRootAccess"));
    m_internet = addField(tr("Direct internet access"), QStringLiteral("detailInternet"));
    m_imds = addField(tr("Minimum IMDS version"), QStringLiteral("detailImds"));
    m_subnet = addField(tr("Subnet"), QStringLiteral("detailSubnet"));
    m_securityGroups = addField(tr("Security groups"), QStringLiteral("detailSecurityGroups"));
    m_kms = addField(tr("KMS key"), QStringLiteral("detailKms"));
    m_networkInterface = addField(tr("Network interface"), QStringLiteral("detailNetworkInterface"));
    m_defaultRepository = addField(tr("Default repository"), QStringLiteral("detailDefaultRepository"));
    m_additionalRepositories =
        addField(tr("Additional repositories"), QStringLiteral("detailAdditionalRepositories"));
    m_tags = addField(tr("Tags"), QStringLiteral("detailTags"));

    auto* timelineHeading = new QLabel(tr("Status history"), m_body);
    timelineHeading->setFont(bold);
    bodyLayout->addWidget(timelineHeading);
    m_timeline = new QListWidget(m_body);
    m_timeline->setObjectName(QStringLiteral("statusTimeline"));
    m_timeline->setAccessibleName(tr("Status history"));
    m_timeline->setMinimumHeight(120);
    bodyLayout->addWidget(m_timeline);
    auto* logsHeading = new QLabel(tr("Logs"), m_body);
    logsHeading->setFont(bold);
    bodyLayout->addWidget(logsHeading);
    m_logs = new InstanceLogsView(m_body);
    bodyLayout->addWidget(m_logs);
    layout->addStretch();
    showInstance(nullptr, {});
}

InstanceDetailsPane::~InstanceDetailsPane() = default;

QLabel* InstanceDetailsPane::addField(const QString& label, const QString& objectName)
{
    auto* field = new QLabel(this);
    field->setObjectName(objectName);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setTextFormat(Qt::PlainText);
    m_form->addRow(label, field);
    m_fields.append(field);
    return field;
}

void InstanceDetailsPane::showInstance(const NotebookInstance* instance, const QList<StatusEvent>& history)
{
    const bool sameInstance = instance && instance->notebookInstanceName == m_shownName;
    m_shownName = instance ? instance->notebookInstanceName : QString();
    m_body->setVisible(instance != nullptr);
    if (!instance) {
        m_title->setText(tr("No instance selected. Select one in the table to see its settings, tags and "
                            "status history."));
        m_failureBox->hide();
        for (QLabel* field : m_fields) {
            field->clear();
        }
        m_timeline->clear();
        m_logs->showInstance({}, NotebookInstanceStatus::Pending, {});
        return;
    }
    m_title->setText(instance->notebookInstanceName);
    m_failureReason->setText(instance->failureReason);
    m_failureBox->setVisible(!instance->failureReason.isEmpty());
    m_name->setText(instance->notebookInstanceName);
    m_arn->setText(orNone(instance->notebookInstanceArn));
    m_status->setText(InstanceTableModel::statusText(instance->notebookInstanceStatus));
    m_instanceType->setText(orNone(instance->instanceType));
    m_platform->setText(orNone(instance->platformIdentifier));
    m_volume->setText(instance->volumeSizeInGB > 0 ? tr("%1 GB").arg(instance->volumeSizeInGB)
                                                   : QStringLiteral("\u2014"));
    m_created->setText(dateText(instance->creationTime));
    m_lastModified->setText(dateText(instance->lastModifiedTime));
    m_url->setText(orNone(Redaction::redact(instance->url)));
    m_role->setText(orNone(instance->roleArn));
    m_lifecycle->setText(orNone(instance->notebookInstanceLifecycleConfigName));
    m_rootAccess->setText(orNone(instance->rootAccess));
    m_internet->setText(orNone(instance->directInternetAccess));
    m_imds->setText(orNone(instance->minimumInstanceMetadataServiceVersion));
    m_subnet->setText(orNone(instance->subnetId));
    m_securityGroups->setText(orNone(instance->securityGroups.join(QStringLiteral(", "))));
    m_kms->setText(orNone(instance->kmsKeyId));
    m_networkInterface->setText(orNone(instance->networkInterfaceId));
    m_defaultRepository->setText(orNone(instance->defaultCodeRepository));
    m_additionalRepositories->setText(
        orNone(instance->additionalCodeRepositories.join(QStringLiteral(", "))));
    if (!sameInstance) {
        m_tags->setText(tr("Loading\u2026"));
    }

    m_logs->showInstance(instance->notebookInstanceName, instance->notebookInstanceStatus,
                         instance->failureReason);
    m_timeline->clear();
    const QLocale locale;
    for (auto event = history.crbegin(); event != history.crend(); ++event) {
        QString text =
            event->previous
                ? tr("%1  %2 \u2192 %3")
                      .arg(shortDateTime(event->at, locale), InstanceTableModel::statusText(*event->previous),
                           InstanceTableModel::statusText(event->status))
                : tr("%1  first seen %2")
                      .arg(shortDateTime(event->at, locale), InstanceTableModel::statusText(event->status));
        if (!event->failureReason.isEmpty() && event->status == NotebookInstanceStatus::Failed) {
            text += QStringLiteral(" \u2014 ") + event->failureReason;
        }
        auto* item = new QListWidgetItem(text, m_timeline);
        item->setForeground(StatusDelegate::colorOf(event->status));
    }
}

void InstanceDetailsPane::showTags(const QString& name, const QList<Tag>& tags)
{
    if (name != m_shownName) {
        return;
    }
    QStringList lines;
    for (const Tag& tag : tags) {
        lines << tag.key + QStringLiteral(" = ") + tag.value;
    }
    m_tags->setText(lines.isEmpty() ? tr("None") : lines.join(QLatin1Char('\n')));
}

void InstanceDetailsPane::copyFailureReason()
{
    QGuiApplication::clipboard()->setText(m_failureReason->text());
}

} // namespace SageDesk::Ui

#include "instances/InstanceDetailsPane.h"

#include "console/models/InstanceTableModel.h"
#include "core/LocalDates.h"
#include "core/Redaction.h"
#include "instances/ApiValueText.h"
#include "instances/InstanceLogsView.h"
#include "instances/StatusDelegate.h"

#include <QClipboard>
#include <QFormLayout>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace SageDesk::Ui {

namespace {

// Empty when there is no time: the field then shows a dash.
QString dateText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
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

    m_title = new DetailValueLabel(DetailValueLabel::Fit::Wrap, content);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
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
    // One row per field. Identifiers are elided in the middle (an ARN keeps its account and its name)
    // and have a Copy button; prose and dates wrap between words.
    using Fit = DetailValueLabel::Fit;
    struct Row
    {
        DetailValueLabel* InstanceDetailsPane::*field;
        const char* label;
        const char* objectName;
        Fit fit;
        Copy copy;
    };
    const Row rows[] = {
        {&InstanceDetailsPane::m_name, QT_TR_NOOP("Name"), "detailName", Fit::Elide, Copy::Button},
        {&InstanceDetailsPane::m_arn, QT_TR_NOOP("ARN"), "detailArn", Fit::Elide, Copy::Button},
        {&InstanceDetailsPane::m_status, QT_TR_NOOP("Status"), "detailStatus", Fit::Wrap, Copy::MenuOnly},
        {&InstanceDetailsPane::m_instanceType, QT_TR_NOOP("Instance type"), "detailInstanceType", Fit::Elide,
         Copy::MenuOnly},
        {&InstanceDetailsPane::m_platform, QT_TR_NOOP("Platform"), "detailPlatform", Fit::Elide,
         Copy::MenuOnly},
        {&InstanceDetailsPane::m_volume, QT_TR_NOOP("Volume"), "detailVolume", Fit::Wrap, Copy::MenuOnly},
        {&InstanceDetailsPane::m_created, QT_TR_NOOP("Created"), "detailCreated", Fit::Wrap, Copy::Button},
        {&InstanceDetailsPane::m_lastModified, QT_TR_NOOP("Last modified"), "detailLastModified", Fit::Wrap,
         Copy::Button},
        {&InstanceDetailsPane::m_url, QT_TR_NOOP("URL"), "detailUrl", Fit::Elide, Copy::Button},
        {&InstanceDetailsPane::m_role, QT_TR_NOOP("IAM role"), "detailRole", Fit::Elide, Copy::Button},
        {&InstanceDetailsPane::m_lifecycle, QT_TR_NOOP("Lifecycle configuration"), "detailLifecycle",
         Fit::Elide, Copy::Button},
        {&InstanceDetailsPane::m_rootAccess, QT_TR_NOOP("Root access"), "detailRootAccess", Fit::Wrap,
         Copy::MenuOnly},
        {&InstanceDetailsPane::m_internet, QT_TR_NOOP("Direct internet access"), "detailInternet", Fit::Wrap,
         Copy::MenuOnly},
        {&InstanceDetailsPane::m_imds, QT_TR_NOOP("Minimum IMDS version"), "detailImds", Fit::Wrap,
         Copy::MenuOnly},
        {&InstanceDetailsPane::m_ipAddressType, QT_TR_NOOP("IP address type"), "detailIpAddressType",
         Fit::Wrap, Copy::MenuOnly},
        {&InstanceDetailsPane::m_subnet, QT_TR_NOOP("Subnet"), "detailSubnet", Fit::Elide, Copy::Button},
        {&InstanceDetailsPane::m_securityGroups, QT_TR_NOOP("Security groups"), "detailSecurityGroups",
         Fit::Elide, Copy::Button},
        {&InstanceDetailsPane::m_kms, QT_TR_NOOP("KMS key"), "detailKms", Fit::Elide, Copy::Button},
        {&InstanceDetailsPane::m_networkInterface, QT_TR_NOOP("Network interface"), "detailNetworkInterface",
         Fit::Elide, Copy::Button},
        {&InstanceDetailsPane::m_defaultRepository, QT_TR_NOOP("Default repository"),
         "detailDefaultRepository", Fit::Elide, Copy::Button},
        {&InstanceDetailsPane::m_additionalRepositories, QT_TR_NOOP("Additional repositories"),
         "detailAdditionalRepositories", Fit::Elide, Copy::Button},
        {&InstanceDetailsPane::m_tags, QT_TR_NOOP("Tags"), "detailTags", Fit::Elide, Copy::MenuOnly},
    };
    for (const Row& row : rows) {
        this->*row.field = addField(tr(row.label), QLatin1String(row.objectName), row.fit, row.copy);
    }

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

DetailValueLabel* InstanceDetailsPane::addField(const QString& label, const QString& objectName,
                                                DetailValueLabel::Fit fit, Copy copy)
{
    auto* row = new QWidget(m_body);
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto* field = new DetailValueLabel(fit, row);
    field->setObjectName(objectName);
    field->setAccessibleName(label);
    rowLayout->addWidget(field, 1);
    if (copy == Copy::Button) {
        auto* button = new QToolButton(row);
        button->setObjectName(objectName + QStringLiteral("Copy"));
        button->setAutoRaise(true);
        button->setIcon(
            QIcon::fromTheme(QStringLiteral("edit-copy"), QIcon(QStringLiteral(":/icons/actions/copy.svg"))));
        button->setIconSize(QSize(16, 16));
        button->setToolTip(tr("Copy %1").arg(label));
        button->setAccessibleName(tr("Copy %1").arg(label));
        // Tab reaches it (a QToolButton's default is not to take focus from the keyboard in every style).
        button->setFocusPolicy(Qt::StrongFocus);
        connect(button, &QToolButton::clicked, field, &DetailValueLabel::copyValue);
        // Nothing to copy while the value is "none": the button stays in place, so the rows line up.
        QSizePolicy keepPlace = button->sizePolicy();
        keepPlace.setRetainSizeWhenHidden(true);
        button->setSizePolicy(keepPlace);
        rowLayout->addWidget(button, 0, Qt::AlignTop);
        m_copyButtons.insert(field, button);
    }
    // Bold, so that a label reads apart from its value also when it sits above it.
    auto* heading = new QLabel(label, m_body);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_form->addRow(heading, row);
    m_fields.append(field);
    return field;
}

void InstanceDetailsPane::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // In a narrow pane each label goes above its value, so that an ARN shows more than a few
    // characters either side of its ellipsis.
    int widestLabel = 0;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (QLayoutItem* label = m_form->itemAt(row, QFormLayout::LabelRole)) {
            widestLabel = std::max(widestLabel, label->sizeHint().width());
        }
    }
    const int roomForValue = fontMetrics().averageCharWidth() * 36;
    const auto policy =
        width() < widestLabel + roomForValue ? QFormLayout::WrapAllRows : QFormLayout::DontWrapRows;
    if (m_form->rowWrapPolicy() != policy) {
        m_form->setRowWrapPolicy(policy);
    }
}

void InstanceDetailsPane::setField(DetailValueLabel* field, const QString& value)
{
    field->setValue(value.isEmpty() ? QStringLiteral("\u2014") : value);
    if (QToolButton* button = m_copyButtons.value(field)) {
        button->setVisible(!value.isEmpty());
    }
}

void InstanceDetailsPane::showInstance(const NotebookInstance* instance, const QList<StatusEvent>& history)
{
    const bool sameInstance = instance && instance->notebookInstanceName == m_shownName;
    m_shownName = instance ? instance->notebookInstanceName : QString();
    m_body->setVisible(instance != nullptr);
    if (!instance) {
        m_title->setFit(DetailValueLabel::Fit::Wrap);
        m_title->setValue(tr("No instance selected. Select one in the table to see its settings, tags and "
                             "status history."));
        m_failureBox->hide();
        for (DetailValueLabel* field : m_fields) {
            setField(field, {});
        }
        m_timeline->clear();
        m_logs->showInstance({}, NotebookInstanceStatus::Pending, {});
        return;
    }
    m_title->setFit(DetailValueLabel::Fit::Elide);
    m_title->setValue(instance->notebookInstanceName);
    m_failureReason->setText(instance->failureReason);
    m_failureBox->setVisible(!instance->failureReason.isEmpty());
    setField(m_name, instance->notebookInstanceName);
    setField(m_arn, instance->notebookInstanceArn);
    // As AWS spells it, in every language (the console does the same).
    setField(m_status, InstanceTableModel::statusText(instance->notebookInstanceStatus));
    setField(m_instanceType, instance->instanceType);
    setField(m_platform, instance->platformIdentifier);
    setField(m_volume, instance->volumeSizeInGB > 0 ? tr("%1 GB").arg(instance->volumeSizeInGB) : QString());
    setField(m_created, dateText(instance->creationTime));
    setField(m_lastModified, dateText(instance->lastModifiedTime));
    setField(m_url, Redaction::redact(instance->url));
    setField(m_role, instance->roleArn);
    setField(m_lifecycle, instance->notebookInstanceLifecycleConfigName);
    setField(m_rootAccess, ApiValueText::enabledDisabled(instance->rootAccess));
    setField(m_internet, ApiValueText::enabledDisabled(instance->directInternetAccess));
    setField(m_imds, ApiValueText::imdsVersion(instance->minimumInstanceMetadataServiceVersion));
    setField(m_ipAddressType, ApiValueText::ipAddressType(instance->ipAddressType));
    setField(m_subnet, instance->subnetId);
    setField(m_securityGroups, instance->securityGroups.join(QStringLiteral(", ")));
    setField(m_kms, instance->kmsKeyId);
    setField(m_networkInterface, instance->networkInterfaceId);
    setField(m_defaultRepository, instance->defaultCodeRepository);
    setField(m_additionalRepositories, instance->additionalCodeRepositories.join(QStringLiteral(", ")));
    if (!sameInstance) {
        m_tags->setValue(tr("Loading\u2026"));
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
    m_tags->setValue(lines.isEmpty() ? tr("None") : lines.join(QLatin1Char('\n')));
}

void InstanceDetailsPane::copyFailureReason()
{
    QGuiApplication::clipboard()->setText(m_failureReason->text());
}

} // namespace SageDesk::Ui

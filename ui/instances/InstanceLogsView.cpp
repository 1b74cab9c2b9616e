#include "instances/InstanceLogsView.h"

#include "instances/StatusDelegate.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QVBoxLayout>

namespace SageDesk::Ui {

namespace {

using Script = LogStreamTail::Script;

int tabOf(Script script)
{
    return static_cast<int>(script);
}

} // namespace

InstanceLogsView::InstanceLogsView(QWidget* parent)
    : QWidget(parent)
    , m_tail(new LogStreamTail(this))
{
    setObjectName(QStringLiteral("instanceLogs"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("logScripts"));
    m_tabs->setDrawBase(false);
    // In the order of NotebookInstanceLogs::Script.
    m_tabs->addTab(tr("OnCreate"));
    m_tabs->addTab(tr("OnStart"));
    m_tabs->addTab(tr("Jupyter"));
    layout->addWidget(m_tabs);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("logState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_state);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMinimumHeight(220);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_text->setFont(mono);
    layout->addWidget(m_text);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    m_copy = new QPushButton(tr("Copy log"), this);
    m_copy->setObjectName(QStringLiteral("copyLog"));
    m_save = new QPushButton(tr("Save as text\u2026"), this);
    m_save->setObjectName(QStringLiteral("saveLog"));
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_tabs, &QTabBar::tabBarClicked, this, [this](int index) {
        if (index >= 0 && !m_name.isEmpty()) {
            m_explainFailure = false;
            m_tail->open(m_name, Script(index));
        }
    });
    connect(m_copy, &QPushButton::clicked, this, &InstanceLogsView::copyToClipboard);
    connect(m_save, &QPushButton::clicked, this, &InstanceLogsView::saveAs);
    connect(m_tail, &LogStreamTail::reset, this, &InstanceLogsView::render);
    connect(m_tail, &LogStreamTail::appended, this, &InstanceLogsView::appendFrom);
    connect(m_tail, &LogStreamTail::scriptChosen, this,
            [this](Script script) { m_tabs->setCurrentIndex(tabOf(script)); });
    render();
}

InstanceLogsView::~InstanceLogsView() = default;

void InstanceLogsView::setContext(Aws::AwsClientContext* context)
{
    m_tail->setContext(context);
}

void InstanceLogsView::showInstance(const QString& name, NotebookInstanceStatus status,
                                    const QString& failureReason)
{
    const bool changed = name != m_name;
    const bool justFailed = !changed && status == NotebookInstanceStatus::Failed && m_status != status;
    m_name = name;
    m_status = status;
    if (name.isEmpty()) {
        m_tail->close();
        return;
    }
    m_tail->setFollowing(status == NotebookInstanceStatus::Pending);
    if (changed && status == NotebookInstanceStatus::InService) {
        m_explainFailure = false;
        m_tabs->setCurrentIndex(tabOf(Script::Jupyter));
        m_tail->open(name, Script::Jupyter);
    } else if (changed || justFailed) {
        // The lifecycle stream written last: the script running now, or the one that failed.
        m_explainFailure = status == NotebookInstanceStatus::Failed;
        m_tail->openExplaining(name, failureReason);
    }
}

void InstanceLogsView::showScript(Script script)
{
    m_tabs->setCurrentIndex(tabOf(script));
    if (!m_name.isEmpty()) {
        m_explainFailure = false;
        m_tail->open(m_name, script);
    }
}

QString InstanceLogsView::lineOf(const Aws::OutputLogEvent& event) const
{
    return event.timestamp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz  ")) +
           event.message;
}

void InstanceLogsView::render()
{
    m_highlighted = -1;
    m_text->setExtraSelections({});
    m_tabs->setCurrentIndex(tabOf(m_tail->script()));
    const QList<Aws::OutputLogEvent>& events = m_tail->events();
    switch (m_tail->state()) {
    case LogStreamTail::State::Closed:
        m_state->setText(tr("Select an instance to see its logs."));
        break;
    case LogStreamTail::State::Loading:
        m_state->setText(tr("Loading\u2026"));
        break;
    case LogStreamTail::State::Missing:
        m_state->setText(tr("No log yet."));
        break;
    case LogStreamTail::State::Failed:
        m_state->setText(tr("The log cannot be read: %1").arg(m_tail->error().toDisplayString()));
        break;
    case LogStreamTail::State::Shown:
        m_state->setText(events.isEmpty() ? tr("No log yet.") : countText());
        break;
    }
    QString text;
    text.reserve(events.size() * 64);
    for (const Aws::OutputLogEvent& event : events) {
        if (!text.isEmpty()) {
            text += u'\n';
        }
        text += lineOf(event);
    }
    m_text->setPlainText(text);
    m_copy->setEnabled(!events.isEmpty());
    m_save->setEnabled(!events.isEmpty());
    if (m_explainFailure && m_status == NotebookInstanceStatus::Failed && !events.isEmpty()) {
        highlightFailingLine();
    } else {
        m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
    }
    if (m_tail->state() != LogStreamTail::State::Loading) {
        emit shown();
    }
}

void InstanceLogsView::appendFrom(qsizetype first)
{
    const QList<Aws::OutputLogEvent>& events = m_tail->events();
    QScrollBar* bar = m_text->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QStringList lines;
    for (qsizetype i = first; i < events.size(); ++i) {
        lines << lineOf(events[i]);
    }
    m_text->appendPlainText(lines.join(u'\n'));
    m_state->setText(countText());
    m_copy->setEnabled(true);
    m_save->setEnabled(true);
    if (atEnd) {
        bar->setValue(bar->maximum());
    }
    emit shown();
}

QString InstanceLogsView::countText() const
{
    const QString count = QLocale().toString(m_tail->events().size());
    return m_tail->isFollowing() ? tr("Lines: %1, following new lines.").arg(count)
                                 : tr("Lines: %1").arg(count);
}

void InstanceLogsView::highlightFailingLine()
{
    QStringList messages;
    for (const Aws::OutputLogEvent& event : m_tail->events()) {
        messages << event.message;
    }
    const qsizetype line = Aws::NotebookInstanceLogs::failingLine(messages);
    if (line < 0) {
        return;
    }
    m_highlighted = static_cast<int>(line);
    QTextEdit::ExtraSelection selection;
    QColor background = StatusDelegate::colorOf(NotebookInstanceStatus::Failed);
    background.setAlpha(60);
    selection.format.setBackground(background);
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    selection.cursor = QTextCursor(m_text->document()->findBlockByNumber(m_highlighted));
    m_text->setExtraSelections({selection});
    m_text->setTextCursor(selection.cursor);
    m_text->centerCursor();
    m_state->setText(tr("The highlighted line is where the script failed."));
}

void InstanceLogsView::copyToClipboard() const
{
    QGuiApplication::clipboard()->setText(m_text->toPlainText());
}

bool InstanceLogsView::saveTo(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    const QByteArray text = m_text->toPlainText().toUtf8() + '\n';
    return file.write(text) == text.size();
}

void InstanceLogsView::saveAs()
{
    const QString suggested =
        QStringLiteral("%1-%2.log")
            .arg(m_name,
                 Aws::NotebookInstanceLogs::streamSuffix(m_tail->script()).remove(QStringLiteral(".log")));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save log as text"), suggested, tr("Text files (*.log *.txt)"));
    if (!path.isEmpty() && !saveTo(path)) {
        m_state->setText(tr("The log could not be saved to %1.").arg(path));
    }
}

} // namespace SageDesk::Ui

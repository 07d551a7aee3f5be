#include "ui/panels/runhistory/RunDetailView.h"

#include "core/common/Json.h"
#include "ui/widgets/Format.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kestrel::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

RunDetailView::RunDetailView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    m_hint = new QLabel(tr("Select a run to see its details."), this);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setEnabled(false);
    layout->addWidget(m_hint);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_fields = new QWidget(splitter);
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(4, 4, 4, 4);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    addField(QStringLiteral("id"), tr("Run"));
    addField(QStringLiteral("time"), tr("Time"));
    addField(QStringLiteral("model"), tr("Model"));
    addField(QStringLiteral("symbol"), tr("Symbol"));
    addField(QStringLiteral("status"), tr("Status"));
    addField(QStringLiteral("duration"), tr("Duration"));
    addField(QStringLiteral("accuracy"), tr("Accuracy"));
    addField(QStringLiteral("confidence"), tr("Confidence"));
    addField(QStringLiteral("dataSource"), tr("Data source"));
    addField(QStringLiteral("memory"), tr("Memory"));
    addField(QStringLiteral("cpu"), tr("CPU"));
    addField(QStringLiteral("experiment"), tr("Experiment"));
    addField(QStringLiteral("runName"), tr("Run name"));
    addField(QStringLiteral("externalId"), tr("External id"));
    addField(QStringLiteral("createdAt"), tr("Logged at"));
    // The whole message, wrapped anywhere (stack traces, URLs), selectable,
    // scrolling past a few lines.
    m_error = new QPlainTextEdit(m_fields);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setReadOnly(true);
    m_error->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_error->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_error->setFrameShape(QFrame::NoFrame);
    m_error->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_error->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_form->addRow(tr("Error message") + QLatin1Char(':'), m_error);

    m_tabs = new QTabWidget(splitter);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto makeText = [&](const QString& title) {
        auto* edit = new QPlainTextEdit(m_tabs);
        edit->setReadOnly(true);
        edit->setFont(mono);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_tabs->addTab(edit, title);
        return edit;
    };
    m_input = makeText(tr("Input parameters"));
    m_output = makeText(tr("Output results"));
    m_tags = makeText(tr("Tags"));
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    splitter->setObjectName(QStringLiteral("detailSplitter"));
    showRun(std::nullopt);
}

QLabel* RunDetailView::addField(const QString& name, const QString& caption)
{
    auto* value = new QLabel(m_fields);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    m_form->addRow(caption + QLatin1Char(':'), value);
    return value;
}

QString RunDetailView::prettyJson(const std::string& text)
{
    if (text.empty())
        return {};
    try {
        return qs(dumpJson(Json::parse(text), 2));
    } catch (const std::exception&) {
        return qs(text);
    }
}

void RunDetailView::showRun(const std::optional<runs::RunRecord>& run)
{
    m_runId = run ? std::optional<qint64>(run->id) : std::nullopt;
    m_hint->setVisible(!run);
    m_fields->parentWidget()->setVisible(run.has_value());
    if (!run)
        return;
    const runs::RunRecord& r = *run;
    auto set = [this](const char* name, const QString& text) {
        if (auto* label = m_fields->findChild<QLabel*>(QLatin1String(name)))
            label->setText(text.isEmpty() ? QStringLiteral("—") : text);
    };
    set("id", QString::number(r.id));
    set("time", Format::dateTime(r.startedAt, true));
    set("model", qs(r.model));
    set("symbol", qs(r.symbol));
    set("status", Format::status(r.status));
    if (auto* status = m_fields->findChild<QLabel*>(QStringLiteral("status"))) {
        const QColor c = Format::statusColor(r.status);
        status->setStyleSheet(
            c.isValid() ? QStringLiteral("color: %1; font-weight: 600;").arg(c.name()) : QString());
    }
    set("duration", Format::duration(r.durationSec));
    set("accuracy", Format::percent(r.accuracy));
    set("confidence", Format::percent(r.confidence));
    set("dataSource", qs(r.dataSource));
    set("memory", r.memoryMb ? Format::value(*r.memoryMb, units::Unit::Megabytes) : QString());
    set("cpu", r.cpuPercent ? Format::value(*r.cpuPercent, units::Unit::Percent) : QString());
    set("experiment", qs(r.experiment));
    set("runName", qs(r.runName));
    set("externalId", qs(r.externalId));
    set("createdAt", r.createdAt ? Format::dateTime(r.createdAt, true) : QString());
    m_error->setPlainText(r.errorMessage.empty() ? QStringLiteral("—") : qs(r.errorMessage));
    m_input->setPlainText(prettyJson(r.inputParams));
    m_output->setPlainText(prettyJson(r.outputResults));
    m_tags->setPlainText(prettyJson(r.tags));
}

QString RunDetailView::inputText() const
{
    return m_input->toPlainText();
}

QString RunDetailView::outputText() const
{
    return m_output->toPlainText();
}

QString RunDetailView::tagsText() const
{
    return m_tags->toPlainText();
}

QString RunDetailView::fieldText(const QString& name) const
{
    if (name == QLatin1String("error"))
        return m_error->toPlainText();
    const auto* label = m_fields->findChild<QLabel*>(name);
    return label ? label->text() : QString();
}

} // namespace kestrel::ui

#include "ui/panels/ai/ReportHistoryView.h"
#include "core/common/ProviderIds.h"

#include "core/ai/AnalysisService.h"
#include "core/ai/AnalysisTypes.h"
#include "core/ai/Governance.h"
#include "core/common/Error.h"
#include "ui/panels/ai/ReportExport.h"
#include "ui/widgets/Format.h"
#include "ui/widgets/LatestJob.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace kestrel::ui {

namespace {

enum Column
{
    When,
    Types,
    Timeframe,
    Provider,
    Models,
    Tokens,
    Cost,
    Flags,
    ColumnCount
};

QString joined(const std::vector<std::string>& parts, const QString& sep)
{
    QStringList out;
    for (const std::string& p : parts)
        out << QString::fromStdString(p);
    return out.join(sep);
}

EpochMs dayMs(const QDate& d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

ReportHistoryView::ReportHistoryView(QWidget* parent)
    : QWidget(parent), m_listJob(new LatestJob(this)), m_fetchJob(new LatestJob(this)),
      m_text(new QLineEdit(this)), m_type(new QComboBox(this)), m_provider(new QComboBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_status(new QLabel(this)),
      m_open(new QPushButton(tr("Open"), this)), m_compare(new QPushButton(tr("Compare"), this)),
      m_exportMd(new QPushButton(tr("Export Markdown…"), this)),
      m_exportPdf(new QPushButton(tr("Export PDF…"), this))
{
    m_text->setPlaceholderText(tr("Search reports and models"));
    m_text->setClearButtonEnabled(true);
    m_type->addItem(tr("Any analysis type"), QString());
    for (const std::string& t : ai::analysisTypes())
        m_type->addItem(QString::fromStdString(ai::analysisTitle(t)), QString::fromStdString(t));
    m_provider->addItem(tr("Any provider"), QString());
    m_provider->addItem(tr("Built-in"), QString::fromLatin1(provider_id::kBuiltin));
    m_provider->addItem(tr("Anthropic"), QString::fromLatin1(provider_id::kAnthropic));
    m_provider->addItem(tr("OpenAI-compatible"), QString::fromLatin1(provider_id::kOpenAi));
    m_provider->addItem(tr("Consensus"), QString::fromLatin1(provider_id::kConsensus));
    // The minimum date reads "any": no bound on that side.
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setSpecialValueText(edit == m_from ? tr("from any date") : tr("to any date"));
        edit->setDate(edit->minimumDate());
    }

    m_table->setHorizontalHeaderLabels({tr("Created (%1)").arg(Format::zoneName()), tr("Analysis"),
                                        tr("Timeframe"), tr("Provider"), tr("Models"),
                                        tr("Tokens in / out"), tr("Cost"), tr("Notes")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Types, QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click to reopen; select two to compare."));

    // Long choices do not widen the panel: it fits 1280×720 beside the form.
    for (QComboBox* combo : {m_type, m_provider}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_text, 2);
    filters->addWidget(m_type, 1);
    filters->addWidget(m_provider, 1);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    for (QPushButton* b : {m_open, m_compare, m_exportMd, m_exportPdf})
        actions->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(debounce, &QTimer::timeout, this, &ReportHistoryView::refresh);
    connect(m_text, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    for (QComboBox* box : {m_type, m_provider})
        connect(box, &QComboBox::currentIndexChanged, this, &ReportHistoryView::refresh);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &ReportHistoryView::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReportHistoryView::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { open(m_reports.at(std::size_t(row)).id); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const auto ids = selectedIds();
        if (!ids.empty())
            open(ids.front());
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const auto ids = selectedIds();
        if (ids.size() == 2)
            compare(ids[1], ids[0]); // older on the left
    });
    connect(m_exportMd, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_listJob, &LatestJob::failed, this, &ReportHistoryView::failed);
    connect(m_fetchJob, &LatestJob::failed, this, &ReportHistoryView::failed);
    updateButtons();
}

void ReportHistoryView::setContext(const QString& workspacePath, jobs::JobRunner* runner)
{
    m_path = workspacePath;
    m_listJob->setRunner(runner);
    m_fetchJob->setRunner(runner);
    refresh();
}

void ReportHistoryView::refresh()
{
    if (m_path.isEmpty() || !m_listJob->runner())
        return;
    ai::ReportQuery q;
    q.text = m_text->text().trimmed().toStdString();
    q.analysisType = m_type->currentData().toString().toStdString();
    q.provider = m_provider->currentData().toString().toStdString();
    if (m_from->date() != m_from->minimumDate())
        q.from = dayMs(m_from->date());
    if (m_to->date() != m_to->minimumDate())
        q.to = dayMs(m_to->date().addDays(1));
    m_listJob->run<std::vector<ai::StoredReport>>(
        tr("List AI reports"),
        [path = m_path.toStdString(), q](jobs::JobContext&) {
            return ai::AnalysisService(path).reports(q, false);
        },
        [this](const std::vector<ai::StoredReport>& reports) {
            m_reports = reports;
            fill();
            emit listed(int(m_reports.size()));
        });
}

void ReportHistoryView::fill()
{
    const QSignalBlocker block(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_reports.size()));
    for (int row = 0; row < int(m_reports.size()); ++row) {
        const ai::StoredReport& r = m_reports[std::size_t(row)];
        std::vector<std::string> titles;
        for (const std::string& t : r.analysisTypes)
            titles.push_back(ai::analysisTitle(t));
        QStringList notes;
        if (r.cached)
            notes << tr("cached");
        if (r.incomplete)
            notes << tr("incomplete");
        if (r.anonymised)
            notes << tr("anonymised");
        const QString tokens = r.inputTokens || r.outputTokens
                                   ? tr("%1 / %2").arg(Format::count(r.inputTokens.value_or(0)),
                                                       Format::count(r.outputTokens.value_or(0)))
                                   : QStringLiteral("—");
        const QStringList cells{Format::dateTime(r.createdAt),
                                joined(titles, QStringLiteral(", ")),
                                QString::fromStdString(r.timeframe),
                                QString::fromStdString(r.provider),
                                joined(r.models, QStringLiteral(", ")),
                                tokens,
                                r.costUsd ? Format::money(*r.costUsd) : QStringLiteral("—"),
                                notes.join(QStringLiteral(", "))};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == Tokens || c == Cost)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setData(Qt::UserRole, qint64(r.id));
            m_table->setItem(row, c, item);
        }
    }
    m_status->setText(m_reports.empty() ? tr("No stored reports match.")
                                        : tr("%n report(s)", nullptr, int(m_reports.size())));
    updateButtons();
}

std::vector<qint64> ReportHistoryView::selectedIds() const
{
    std::vector<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        if (index.row() < int(m_reports.size()))
            ids.push_back(m_reports[std::size_t(index.row())].id);
    return ids;
}

void ReportHistoryView::updateButtons()
{
    const std::size_t n = selectedIds().size();
    m_open->setEnabled(n == 1);
    m_exportMd->setEnabled(n == 1);
    m_exportPdf->setEnabled(n == 1);
    m_compare->setEnabled(n == 2);
}

void ReportHistoryView::fetch(std::vector<qint64> ids,
                              std::function<void(const std::vector<ai::StoredReport>&)> use)
{
    if (m_path.isEmpty() || !m_fetchJob->runner())
        return;
    m_fetchJob->run<std::vector<ai::StoredReport>>(
        tr("Open AI report"),
        [path = m_path.toStdString(), ids](jobs::JobContext&) {
            ai::AnalysisService service(path);
            std::vector<ai::StoredReport> out;
            for (qint64 id : ids)
                out.push_back(service.report(id));
            return out;
        },
        std::move(use));
}

void ReportHistoryView::open(qint64 id)
{
    fetch({id}, [this](const std::vector<ai::StoredReport>& r) { emit reportOpened(r.front()); });
}

void ReportHistoryView::compare(qint64 left, qint64 right)
{
    fetch({left, right},
          [this](const std::vector<ai::StoredReport>& r) { emit compareReady(r[0], r[1]); });
}

void ReportHistoryView::exportMarkdown(qint64 id, const QString& path)
{
    fetch({id}, [this, path](const std::vector<ai::StoredReport>& r) {
        emit exported(path, ReportExport::toMarkdown(r.front(), path));
    });
}

void ReportHistoryView::exportPdf(qint64 id, const QString& path)
{
    fetch({id}, [this, path](const std::vector<ai::StoredReport>& r) {
        emit exported(path, ReportExport::toPdf(r.front(), path));
    });
}

void ReportHistoryView::chooseExport(bool pdf)
{
    const auto ids = selectedIds();
    if (ids.size() != 1)
        return;
    const QString suggested = QFileInfo(m_path).absoluteDir().filePath(
        QStringLiteral("ai-report-%1.%2")
            .arg(ids.front())
            .arg(pdf ? QStringLiteral("pdf") : QStringLiteral("md")));
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export report as PDF") : tr("Export report as Markdown"), suggested,
        pdf ? tr("PDF (*.pdf)") : tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    if (pdf)
        exportPdf(ids.front(), path);
    else
        exportMarkdown(ids.front(), path);
}

} // namespace kestrel::ui

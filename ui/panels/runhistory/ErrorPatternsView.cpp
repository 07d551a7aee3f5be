#include "ui/panels/runhistory/ErrorPatternsView.h"

#include "ui/widgets/Format.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace kestrel::ui {

namespace {

// "BTST (41), Sector Analysis (12), +3 more": the largest counts first.
QString topCounts(const std::map<std::string, std::int64_t>& counts, int n = 3)
{
    std::vector<std::pair<std::string, std::int64_t>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    QStringList parts;
    for (int i = 0; i < int(sorted.size()) && i < n; ++i)
        parts << QStringLiteral("%1 (%2)").arg(QString::fromStdString(sorted[size_t(i)].first),
                                               Format::count(sorted[size_t(i)].second));
    if (int(sorted.size()) > n)
        parts << ErrorPatternsView::tr("+%1 more").arg(int(sorted.size()) - n);
    return parts.join(QStringLiteral(", "));
}

QString countTable(const QString& title, const std::map<std::string, std::int64_t>& counts)
{
    std::vector<std::pair<std::string, std::int64_t>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    QString html =
        QStringLiteral("<h4>%1</h4><table cellspacing=0 cellpadding=2>").arg(title.toHtmlEscaped());
    for (const auto& [name, count] : sorted)
        html += QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;&nbsp;%2</td></tr>")
                    .arg(QString::fromStdString(name).toHtmlEscaped(), Format::count(count));
    return html + QStringLiteral("</table>");
}

} // namespace

class ErrorPatternsView::TableModel : public RowTableModel<runs::ErrorPattern, ColumnCount>
{
public:
    using RowTableModel::RowTableModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid())
            return {};
        const runs::ErrorPattern& p = m_rows[size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case Template:
                return QString::fromStdString(p.templateText);
            case Count:
                return Format::count(p.count);
            case FirstSeen:
                return Format::dateTime(p.firstSeen);
            case LastSeen:
                return Format::dateTime(p.lastSeen);
            case Models:
                return topCounts(p.byModel);
            case Symbols:
                return topCounts(p.bySymbol);
            case DataSources:
                return topCounts(p.byDataSource);
            default:
                return {};
            }
        case Qt::UserRole:
            switch (index.column()) {
            case Count:
                return qint64(p.count);
            case FirstSeen:
                return qint64(p.firstSeen);
            case LastSeen:
                return qint64(p.lastSeen);
            default:
                return data(index, Qt::DisplayRole);
            }
        case Qt::ToolTipRole:
            return index.column() == Template ? QString::fromStdString(p.example) : QVariant();
        case Qt::TextAlignmentRole:
            return index.column() == Count ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                           : QVariant();
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Template:
            return ErrorPatternsView::tr("Error template");
        case Count:
            return ErrorPatternsView::tr("Count");
        case FirstSeen:
            return ErrorPatternsView::tr("First seen (%1)").arg(Format::zoneName());
        case LastSeen:
            return ErrorPatternsView::tr("Last seen (%1)").arg(Format::zoneName());
        case Models:
            return ErrorPatternsView::tr("Top models");
        case Symbols:
            return ErrorPatternsView::tr("Top symbols");
        case DataSources:
            return ErrorPatternsView::tr("Data sources");
        default:
            return {};
        }
    }
};

ErrorPatternsView::ErrorPatternsView(QWidget* parent)
    : AggregateTableView(tr("The error patterns could not be computed: %1"), parent),
      m_model(new TableModel(this)), m_detail(new QTextBrowser(this)),
      m_showRuns(new QPushButton(tr("Show runs"), this))
{
    m_proxy->setSourceModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Count, Qt::DescendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Template, 380);
    m_table->setColumnWidth(Count, 70);
    m_table->setColumnWidth(FirstSeen, 130);
    m_table->setColumnWidth(LastSeen, 130);
    m_table->setColumnWidth(Models, 260);
    m_table->setColumnWidth(Symbols, 220);

    auto* detailBox = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_showRuns);
    detailLayout->addLayout(buttons);
    m_showRuns->setEnabled(false);
    m_showRuns->setToolTip(tr("Filter the run list to the runs with this error template"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ErrorPatternsView::showDetail);
    connect(m_table, &QTableView::activated, this, &ErrorPatternsView::chooseCurrent);
    connect(m_showRuns, &QPushButton::clicked, this, &ErrorPatternsView::chooseCurrent);
}

runs::RunFilter ErrorPatternsView::adjustFilter(const runs::RunFilter& filter) const
{
    // The view lists every pattern of the filtered runs: a chosen template
    // narrows the run list, not this list.
    runs::RunFilter adjusted = filter;
    adjusted.errorTemplate.clear();
    return adjusted;
}

void ErrorPatternsView::recompute()
{
    recomputeWith(
        tr("Error patterns"),
        [](const runs::RunHistoryService& service, const runs::RunFilter& filter,
           const Feedback& feedback) { return service.errorPatterns(filter, feedback); },
        [this](const std::vector<runs::ErrorPattern>& rows) {
            m_model->setRows(rows);
            m_status->setVisible(rows.empty());
            m_status->setText(tr("No failed runs with an error message match the filter."));
            m_detail->clear();
            m_showRuns->setEnabled(false);
            if (!rows.empty())
                m_table->selectRow(0);
            emit updated();
        });
}

void ErrorPatternsView::showDetail()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const runs::ErrorPattern* p = m_model->row(current.row());
    m_showRuns->setEnabled(p != nullptr);
    if (!p) {
        m_detail->clear();
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(QString::fromStdString(p->templateText).toHtmlEscaped());
    html += QStringLiteral("<p>%1 <code>%2</code></p>")
                .arg(tr("Example:"), QString::fromStdString(p->example).toHtmlEscaped());
    html += tr("<p>%1 runs, first seen %2, last seen %3 (%4)</p>")
                .arg(Format::count(p->count), Format::dateTime(p->firstSeen),
                     Format::dateTime(p->lastSeen), Format::zoneName());
    html +=
        QStringLiteral("<table><tr><td valign=top>%1</td><td width=24></td><td valign=top>%2</td>"
                       "<td width=24></td><td valign=top>%3</td></tr></table>")
            .arg(countTable(tr("Models"), p->byModel), countTable(tr("Symbols"), p->bySymbol),
                 countTable(tr("Data sources"), p->byDataSource));
    m_detail->setHtml(html);
}

void ErrorPatternsView::chooseCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (const runs::ErrorPattern* p = m_model->row(current.row()))
        emit templateChosen(QString::fromStdString(p->templateText));
}

} // namespace kestrel::ui

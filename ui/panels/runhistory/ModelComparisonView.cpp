#include "ui/panels/runhistory/ModelComparisonView.h"

#include "ui/panels/runhistory/ModelIntervalChart.h"
#include "ui/widgets/Format.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace kestrel::ui {

// The rows of compareModels(); Qt::UserRole holds the number a column sorts by.
class ModelComparisonView::TableModel : public RowTableModel<runs::ModelStats, ColumnCount>
{
public:
    using RowTableModel::RowTableModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid())
            return {};
        const runs::ModelStats& m = m_rows[size_t(index.row())];
        if (role == Qt::DisplayRole)
            return text(m, index.column());
        if (role == Qt::UserRole)
            return sortKey(m, index.column());
        if (role == Qt::TextAlignmentRole && index.column() != Model)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && (index.column() == Rank || index.column() == Model))
            return why(m);
        if (role == Qt::ToolTipRole &&
            (index.column() == SuccessRate || index.column() == Accuracy))
            return ModelComparisonView::tr("95 % confidence interval in brackets (%1)")
                .arg(index.column() == SuccessRate ? ModelComparisonView::tr("Wilson")
                                                   : ModelComparisonView::tr("Student t"));
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Rank:
            return ModelComparisonView::tr("Rank");
        case Model:
            return ModelComparisonView::tr("Model");
        case Runs:
            return ModelComparisonView::tr("Runs");
        case Failed:
            return ModelComparisonView::tr("Failed");
        case SuccessRate:
            return ModelComparisonView::tr("Success rate (95 % CI)");
        case Accuracy:
            return ModelComparisonView::tr("Mean accuracy (95 % CI)");
        case P50:
            return ModelComparisonView::tr("p50 duration");
        case P95:
            return ModelComparisonView::tr("p95 duration");
        default:
            return {};
        }
    }

    // Why `m` ranks above the next model: the first criterion that differs,
    // and whether the 95 % intervals overlap (then the order may be chance).
    QString why(const runs::ModelStats& m) const
    {
        const runs::ModelStats* next = nullptr;
        for (const runs::ModelStats& o : m_rows)
            if (o.rank == m.rank + 1)
                next = &o;
        if (!next)
            return ModelComparisonView::tr("Rank %1: last of the models compared.").arg(m.rank);
        const auto overlap = [](const std::optional<runs::Interval>& a,
                                const std::optional<runs::Interval>& b) {
            return a && b && a->low <= b->high && b->low <= a->high;
        };
        const QString name = QString::fromStdString(next->model);
        const QString chance =
            ModelComparisonView::tr(" The 95 % intervals overlap, so the order may be chance.");
        if (m.successRate != next->successRate)
            return ModelComparisonView::tr("Above %1 by success rate (%2 against %3).")
                       .arg(name, Format::percent(m.successRate),
                            Format::percent(next->successRate)) +
                   (overlap(m.successInterval, next->successInterval) ? chance : QString());
        if (m.meanAccuracy != next->meanAccuracy)
            return ModelComparisonView::tr(
                       "Same success rate as %1, above it by mean accuracy (%2 against %3).")
                       .arg(name, Format::percent(m.meanAccuracy),
                            Format::percent(next->meanAccuracy)) +
                   (overlap(m.accuracyInterval, next->accuracyInterval) ? chance : QString());
        if (m.p95Duration != next->p95Duration)
            return ModelComparisonView::tr("Same success rate and accuracy as %1, faster at p95 "
                                           "(%2 against %3).")
                .arg(name, Format::duration(m.p95Duration), Format::duration(next->p95Duration));
        return ModelComparisonView::tr("Tied with %1; ordered by name.").arg(name);
    }

private:
    static QString text(const runs::ModelStats& m, int column)
    {
        switch (column) {
        case Rank:
            return QString::number(m.rank);
        case Model:
            return QString::fromStdString(m.model);
        case Runs:
            return Format::count(m.runs);
        case Failed:
            return Format::count(m.failed);
        case SuccessRate:
            return Format::percentInterval(m.successRate, m.successInterval);
        case Accuracy:
            return Format::meanInterval(m.meanAccuracy, m.accuracyInterval);
        case P50:
            return Format::duration(m.p50Duration);
        case P95:
            return Format::duration(m.p95Duration);
        default:
            return {};
        }
    }

    // Missing values sort below every real one.
    static QVariant sortKey(const runs::ModelStats& m, int column)
    {
        constexpr double kMissing = -std::numeric_limits<double>::infinity();
        switch (column) {
        case Rank:
            return m.rank;
        case Model:
            return QString::fromStdString(m.model);
        case Runs:
            return qint64(m.runs);
        case Failed:
            return qint64(m.failed);
        case SuccessRate:
            return m.successRate.value_or(kMissing);
        case Accuracy:
            return m.meanAccuracy.value_or(kMissing);
        case P50:
            return m.p50Duration.value_or(kMissing);
        case P95:
            return m.p95Duration.value_or(kMissing);
        default:
            return {};
        }
    }
};

ModelComparisonView::ModelComparisonView(QWidget* parent)
    : AggregateTableView(tr("The comparison could not be computed: %1"), parent),
      m_model(new TableModel(this)), m_explanation(new QLabel(this)),
      m_chart(new ModelIntervalChart(this)), m_top(new QHBoxLayout)
{
    m_explanation->setObjectName(QStringLiteral("rankingExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_explanation->setText(explainRanking({}));
    // The chart and what it means side by side, the full-width table below.
    m_top->setSpacing(12);
    m_top->addWidget(m_chart, 3);
    m_top->addWidget(m_explanation, 2);
    m_layout->addLayout(m_top);
    m_layout->addWidget(m_table, 1);
    m_proxy->setSourceModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Rank, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Model, QHeaderView::Stretch);
}

QString ModelComparisonView::explainRanking(const std::vector<runs::ModelStats>& models)
{
    const QString how =
        tr("Ranked by success rate: the share of finished runs that completed, runs still "
           "running left out; higher is better.");
    const QString ties = tr("Equal rates are ordered by mean accuracy, then p95 duration (lower "
                            "is better). Hover a rank or a row of the chart for the figures.");
    const runs::ModelStats* best = nullptr;
    for (const runs::ModelStats& m : models)
        if (m.rank == 1)
            best = &m;
    if (!best || !best->successRate || !best->successInterval)
        return how + QLatin1Char(' ') + ties;

    std::vector<const runs::ModelStats*> byRank;
    for (const runs::ModelStats& m : models)
        byRank.push_back(&m);
    std::stable_sort(byRank.begin(), byRank.end(),
                     [](const auto* a, const auto* b) { return a->rank < b->rank; });
    QStringList close, below;
    for (const runs::ModelStats* pm : byRank) {
        const runs::ModelStats& m = *pm;
        if (&m == best || !m.successInterval)
            continue;
        const bool overlap = m.successInterval->low <= best->successInterval->high &&
                             best->successInterval->low <= m.successInterval->high;
        (overlap ? close : below) << QString::fromStdString(m.model);
    }
    // Long lists read as a count.
    const auto names = [](const QStringList& list) {
        return list.size() <= 4 ? QLocale().createSeparatedList(list)
                                : tr("%n model(s)", nullptr, int(list.size()));
    };
    QStringList parts{how};
    parts << tr("Best: %1 at %2 (95 % interval %3 to %4) over %Ln run(s).", nullptr,
                int(best->runs))
                 .arg(QString::fromStdString(best->model), Format::percent(best->successRate),
                      Format::percent(best->successInterval->low),
                      Format::percent(best->successInterval->high));
    if (!close.isEmpty())
        parts << tr("The intervals of %1 overlap the best one, so they are not clearly worse: "
                    "their lower rank may be chance.")
                     .arg(names(close));
    if (!below.isEmpty())
        parts << tr("The intervals of %1 lie wholly below it, so they are clearly worse.")
                     .arg(names(below));
    if (close.isEmpty() && below.isEmpty() && models.size() > 1)
        parts << tr("No other model has finished runs.");
    parts << tr("The chart gives the runs behind each model; its dashed line marks the lower "
                "end of the best interval.")
          << ties;
    return parts.join(QLatin1Char(' '));
}

int ModelComparisonView::heightForAllRows() const
{
    int table = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth() + 2;
    for (int r = 0; r < m_table->model()->rowCount(); ++r)
        table += m_table->rowHeight(r);
    // The explanation's share of the width beside the chart (stretch 3 to 2),
    // whether or not the layout has placed it yet.
    const int besideChart = std::max(m_chart->minimumWidth(), (width() - m_top->spacing()) * 3 / 5);
    const int labelWidth = std::max(80, width() - m_top->spacing() - besideChart);
    const int top =
        std::max(m_chart->sizeHint().height(), m_explanation->heightForWidth(labelWidth));
    const int status =
        m_status->isHidden() ? 0 : m_status->sizeHint().height() + m_layout->spacing();
    return status + top + m_layout->spacing() + std::max(table, 80);
}

void ModelComparisonView::setFitsAllRows(bool fits)
{
    m_fitsAllRows = fits;
    fitHeight();
}

void ModelComparisonView::fitHeight()
{
    if (m_fitsAllRows)
        setFixedHeight(heightForAllRows());
}

void ModelComparisonView::resizeEvent(QResizeEvent* event)
{
    AggregateTableView::resizeEvent(event);
    // A new width rewraps the explanation; the height follows.
    if (event->size().width() != event->oldSize().width())
        fitHeight();
}

void ModelComparisonView::recompute()
{
    recomputeWith(
        tr("Model comparison"),
        [](const runs::RunHistoryService& service, const runs::RunFilter& filter,
           const Feedback& feedback) { return service.compareModels(filter, feedback); },
        [this](const std::vector<runs::ModelStats>& rows) {
            m_model->setRows(rows);
            m_chart->setModels(rows);
            m_explanation->setText(explainRanking(rows));
            m_status->setVisible(rows.empty());
            m_status->setText(tr("No runs match the filter."));
            fitHeight();
            emit updated();
        });
}

} // namespace kestrel::ui

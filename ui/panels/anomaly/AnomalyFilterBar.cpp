#include "ui/panels/anomaly/AnomalyReviewPanel.h"

#include "core/common/Error.h"
#include "core/jobs/JobRunner.h"
#include "ui/panels/anomaly/AnomalyChart.h"
#include "ui/panels/anomaly/AnomalyDetailView.h"
#include "ui/panels/anomaly/AnomalyStyle.h"
#include "ui/panels/anomaly/AnomalyTableModel.h"
#include "ui/panels/anomaly/DetectorEditor.h"
#include "ui/panels/runhistory/MultiSelectButton.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/Format.h"
#include "ui/widgets/Heading.h"
#include "ui/widgets/LatestJob.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kestrel::ui {

// The filter bar and the table it drives.

QWidget* AnomalyReviewPanel::buildFilterBar()
{
    // Two rows (what, then where and when), so the bar fits beside the
    // detectors at 1280×720 even with a custom range.
    auto* bar = new QWidget(this);
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);
    auto* layout = new QHBoxLayout;
    auto* second = new QHBoxLayout;
    rows->addLayout(layout);
    rows->addLayout(second);
    for (QHBoxLayout* row : {layout, second})
        row->setSpacing(6);
    layout->addWidget(new QLabel(tr("Filter:"), bar));

    m_severity = new MultiSelectButton(tr("Severity"), bar);
    QStringList labels;
    for (const QString& s : AnomalyStyle::severities())
        labels << AnomalyStyle::severityLabel(s);
    m_severity->setChoices(AnomalyStyle::severities(), labels);
    m_state = new MultiSelectButton(tr("State"), bar);
    labels.clear();
    for (const QString& s : AnomalyStyle::states())
        labels << AnomalyStyle::stateLabel(s);
    m_state->setChoices(AnomalyStyle::states(), labels);
    m_type = new MultiSelectButton(tr("Type"), bar);
    labels.clear();
    for (const QString& t : AnomalyStyle::types())
        labels << AnomalyStyle::typeLabel(t);
    m_type->setChoices(AnomalyStyle::types(), labels);
    m_models = new MultiSelectButton(tr("Models"), bar);
    m_detectorFilter = new QComboBox(bar);
    m_detectorFilter->addItem(tr("All detectors"), QVariant());
    // Long detector names do not widen the bar (the list shows them whole).
    m_detectorFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_detectorFilter->setMinimumContentsLength(16);
    m_time = new QComboBox(bar);
    m_time->addItem(tr("Any time"), QStringLiteral("any"));
    m_time->addItem(tr("Last 24 hours"), QStringLiteral("24h"));
    m_time->addItem(tr("Last 7 days"), QStringLiteral("7d"));
    m_time->addItem(tr("Last 30 days"), QStringLiteral("30d"));
    m_time->addItem(tr("Last 90 days"), QStringLiteral("90d"));
    m_time->addItem(tr("Custom range"), QStringLiteral("custom"));
    m_from = new QDateTimeEdit(bar);
    m_to = new QDateTimeEdit(bar);
    for (QDateTimeEdit* e : {m_from, m_to}) {
        e->setTimeSpec(Qt::UTC);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
        e->hide();
    }
    m_to->setDateTime(QDateTime::currentDateTimeUtc());
    m_from->setDateTime(m_to->dateTime().addDays(-7));

    for (QWidget* w : std::initializer_list<QWidget*>{m_severity, m_state, m_type, m_models})
        layout->addWidget(w);
    for (QWidget* w : std::initializer_list<QWidget*>{m_detectorFilter, m_time, m_from, m_to})
        second->addWidget(w);
    second->addStretch(1);
    layout->addStretch(1);
    QFont countFont = m_count->font();
    countFont.setBold(true);
    m_count->setFont(countFont);
    layout->addWidget(m_count);

    for (MultiSelectButton* b : {m_severity, m_state, m_type, m_models})
        connect(b, &MultiSelectButton::selectionChanged, this, &AnomalyReviewPanel::applyFilter);
    connect(m_detectorFilter, &QComboBox::currentIndexChanged, this,
            &AnomalyReviewPanel::applyFilter);
    connect(m_time, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_time->currentData().toString() == QLatin1String("custom");
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        applyFilter();
    });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &AnomalyReviewPanel::applyFilter);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &AnomalyReviewPanel::applyFilter);
    return bar;
}

void AnomalyReviewPanel::resetFilters()
{
    const QSignalBlocker blockSeverity(m_severity), blockState(m_state), blockType(m_type),
        blockModels(m_models), blockDetector(m_detectorFilter), blockTime(m_time);
    m_severity->setChecked(m_defaults.severities);
    m_state->setChecked(m_defaults.states);
    m_type->setChecked(m_defaults.types);
    m_models->setChecked({});
    m_models->setChoices({});
    m_detectorFilter->setCurrentIndex(0);
    m_time->setCurrentIndex(m_defaults.time);
    const bool custom = m_time->currentData().toString() == QLatin1String("custom");
    m_from->setVisible(custom);
    m_to->setVisible(custom);
}

bool AnomalyReviewPanel::filtersAreDefault() const
{
    return m_severity->checked() == m_defaults.severities &&
           m_state->checked() == m_defaults.states && m_type->checked() == m_defaults.types &&
           m_models->checked().isEmpty() && m_detectorFilter->currentIndex() == 0 &&
           m_time->currentIndex() == m_defaults.time;
}

QWidget* AnomalyReviewPanel::currentTablePage() const
{
    return m_tablePages->currentWidget();
}

void AnomalyReviewPanel::updateEmptyState()
{
    QWidget* page = m_table;
    if (m_model->rowCount() == 0 && !m_path.isEmpty())
        page = filtersAreDefault() ? static_cast<QWidget*>(m_nothing) : m_noMatch;
    m_tablePages->setCurrentWidget(page);
}

void AnomalyReviewPanel::setReferenceTime(EpochMs now)
{
    m_referenceTime = now;
    applyFilter();
}

void AnomalyReviewPanel::loadFilterChoices()
{
    callService<std::vector<std::string>>(
        tr("Read anomaly models"), [](detection::AnomalyService& s) { return s.anomalyModels(); },
        [this](const std::vector<std::string>& names, const QString& error) {
            if (!error.isEmpty()) {
                setStatus(error, true);
                return;
            }
            QStringList models;
            for (const std::string& m : names)
                models << QString::fromStdString(m);
            const QSignalBlocker block(m_models);
            m_models->setChoices(models);
        });
}

detection::AnomalyFilter AnomalyReviewPanel::filter() const
{
    detection::AnomalyFilter f = m_model->filter();
    f.severities.clear();
    f.states.clear();
    f.types.clear();
    f.models.clear();
    for (const QString& s : m_severity->checked())
        f.severities.push_back(s.toStdString());
    for (const QString& s : m_state->checked())
        f.states.push_back(s.toStdString());
    for (const QString& s : m_type->checked())
        f.types.push_back(s.toStdString());
    for (const QString& s : m_models->checked())
        f.models.push_back(s.toStdString());
    f.detectorId.reset();
    if (m_detectorFilter->currentData().isValid())
        f.detectorId = m_detectorFilter->currentData().toLongLong();
    f.from.reset();
    f.to.reset();
    const QString preset = m_time->currentData().toString();
    const EpochMs now = m_referenceTime ? m_referenceTime : nowMs();
    if (preset == QLatin1String("custom")) {
        f.from = m_from->dateTime().toMSecsSinceEpoch();
        f.to = m_to->dateTime().toMSecsSinceEpoch();
    } else if (preset != QLatin1String("any")) {
        const int hours = preset == QLatin1String("24h")   ? 24
                          : preset == QLatin1String("7d")  ? 7 * 24
                          : preset == QLatin1String("30d") ? 30 * 24
                                                           : 90 * 24;
        f.from = now - EpochMs(hours) * 3'600'000;
        f.to = now;
    }
    f.offset = 0;
    f.limit = -1;
    return f;
}

void AnomalyReviewPanel::applyFilter()
{
    if (m_path.isEmpty())
        return;
    m_model->setFilter(filter());
}

void AnomalyReviewPanel::reselectAfterLoad()
{
    const int row = m_selectedId ? m_model->rowOf(m_selectedId) : -1;
    if (row >= 0) {
        const QSignalBlocker block(m_table->selectionModel());
        m_table->selectRow(row);
    } else if (m_selectedId && !m_wantedId) {
        clearSelectedAnomaly(); // the detail follows the list: it shows no row the filter hides
    }
}

void AnomalyReviewPanel::updateCount()
{
    const qint64 n = m_model->rowCount();
    m_count->setText(tr("%n anomaly(ies)", nullptr, int(std::min<qint64>(n, INT_MAX))));
}

} // namespace kestrel::ui

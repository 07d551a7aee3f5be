#include "ui/panels/anomaly/DetectorEditor.h"

#include "core/detection/HourlyMetrics.h"
#include "ui/panels/anomaly/AnomalyStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kestrel::ui {

namespace {

constexpr int kDefaultWindowHours = 168;
const char* const kThresholdKeys[4] = {"low", "medium", "high", "critical"};

bool multivariate(const QString& algorithm)
{
    return algorithm == QLatin1String("iforest") || algorithm == QLatin1String("ocsvm") ||
           algorithm == QLatin1String("ensemble");
}

} // namespace

DetectorEditor::DetectorEditor(QWidget* parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_metrics(new QListWidget(this)),
      m_algorithm(new QComboBox(this)), m_contamination(new QDoubleSpinBox(this)),
      m_window(new QSpinBox(this)), m_schedule(new QSpinBox(this)),
      m_enabled(new QCheckBox(tr("Enabled"), this)), m_error(new QLabel(this)),
      m_save(new QPushButton(tr("Save"), this)), m_delete(new QPushButton(tr("Delete"), this)),
      m_new(new QPushButton(tr("New"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    m_name->setPlaceholderText(tr("e.g. Latency p95 (seasonal)"));
    form->addRow(tr("Name:"), m_name);

    for (const std::string& metric : detection::runMetricNames()) {
        auto* item = new QListWidgetItem(AnomalyStyle::metricLabel(QString::fromStdString(metric)),
                                         m_metrics);
        item->setData(Qt::UserRole, QString::fromStdString(metric));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_metrics->setMaximumHeight(m_metrics->sizeHintForRow(0) * 7 + 6);
    m_metrics->setToolTip(tr("The metrics this detector watches, per model and hour."));
    form->addRow(tr("Metrics:"), m_metrics);

    for (const QString& a : AnomalyStyle::algorithms())
        m_algorithm->addItem(AnomalyStyle::algorithmLabel(a), a);
    form->addRow(tr("Algorithm:"), m_algorithm);

    m_contamination->setRange(0.0, 0.5);
    m_contamination->setDecimals(3);
    m_contamination->setSingleStep(0.005);
    m_contamination->setSpecialValueText(tr("auto"));
    m_contamination->setToolTip(
        tr("Expected share of anomalous points (Isolation Forest, One-Class SVM, ensemble); "
           "auto uses the score's own threshold."));
    form->addRow(tr("Contamination:"), m_contamination);

    m_window->setRange(6, 24 * 90);
    m_window->setSuffix(tr(" h"));
    m_window->setToolTip(tr("Length of the rolling baseline (robust z-score)."));
    form->addRow(tr("Window:"), m_window);

    auto* thresholds = new QGridLayout;
    thresholds->setHorizontalSpacing(6);
    const QStringList severities = AnomalyStyle::severities();
    for (int i = 0; i < 4; ++i) {
        m_thresholds[i] = new QDoubleSpinBox(this);
        m_thresholds[i]->setRange(0.0, 1.0);
        m_thresholds[i]->setDecimals(2);
        m_thresholds[i]->setSingleStep(0.01);
        auto* label = new QLabel(AnomalyStyle::severityLabel(severities[i]), this);
        label->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;")
                                 .arg(AnomalyStyle::severityColor(severities[i]).name()));
        thresholds->addWidget(label, i / 2, (i % 2) * 2);
        thresholds->addWidget(m_thresholds[i], i / 2, (i % 2) * 2 + 1);
    }
    form->addRow(tr("Severity ≥:"), thresholds);

    m_schedule->setRange(0, 7 * 24 * 60);
    m_schedule->setSingleStep(15);
    m_schedule->setSuffix(tr(" min"));
    m_schedule->setSpecialValueText(tr("manual"));
    m_schedule->setToolTip(tr("Run every N minutes; manual runs only when you ask."));
    form->addRow(tr("Schedule:"), m_schedule);
    form->addRow(QString(), m_enabled);
    layout->addLayout(form);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QHBoxLayout;
    m_save->setDefault(true);
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_algorithm, &QComboBox::currentIndexChanged, this,
            &DetectorEditor::updateAlgorithmFields);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString local = localError();
        if (!local.isEmpty()) {
            showError(local);
            return;
        }
        showError({});
        emit saveRequested(config());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_config.id != 0)
            emit deleteRequested(m_config.id);
    });
    connect(m_new, &QPushButton::clicked, this, &DetectorEditor::newRequested);
    setConfig({});
}

void DetectorEditor::setConfig(const detection::DetectorConfig& config)
{
    m_config = config;
    m_name->setText(QString::fromStdString(config.name));
    // Metrics the list does not offer (imported series) join it, checked.
    for (const std::string& metric : config.metrics) {
        const QString m = QString::fromStdString(metric);
        bool listed = false;
        for (int i = 0; i < m_metrics->count(); ++i)
            listed = listed || m_metrics->item(i)->data(Qt::UserRole).toString() == m;
        if (!listed) {
            auto* item = new QListWidgetItem(m, m_metrics);
            item->setData(Qt::UserRole, m);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        }
    }
    for (int i = 0; i < m_metrics->count(); ++i) {
        const std::string m = m_metrics->item(i)->data(Qt::UserRole).toString().toStdString();
        const bool on =
            std::find(config.metrics.begin(), config.metrics.end(), m) != config.metrics.end();
        m_metrics->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_algorithm->setCurrentIndex(
        std::max(0, m_algorithm->findData(QString::fromStdString(config.algorithm))));
    const Json& d = config.detection;
    m_contamination->setValue(d.contains("contamination") && d["contamination"].is_number()
                                  ? d["contamination"].get<double>()
                                  : 0.0);
    m_window->setValue(d.contains("window") && d["window"].is_number() ? d["window"].get<int>()
                                                                       : kDefaultWindowHours);
    const anomaly::SeverityThresholds t = config.severityThresholds();
    m_thresholds[0]->setValue(t.low);
    m_thresholds[1]->setValue(t.medium);
    m_thresholds[2]->setValue(t.high);
    m_thresholds[3]->setValue(t.critical);
    m_schedule->setValue(config.scheduleMinutes);
    m_enabled->setChecked(config.enabled);
    m_delete->setEnabled(config.id != 0);
    updateAlgorithmFields();
    showError({});
}

detection::DetectorConfig DetectorEditor::config() const
{
    detection::DetectorConfig c = m_config;
    c.name = m_name->text().trimmed().toStdString();
    c.metrics.clear();
    for (int i = 0; i < m_metrics->count(); ++i)
        if (m_metrics->item(i)->checkState() == Qt::Checked)
            c.metrics.push_back(m_metrics->item(i)->data(Qt::UserRole).toString().toStdString());
    c.algorithm = m_algorithm->currentData().toString().toStdString();
    if (!c.detection.is_object())
        c.detection = Json::object();
    if (m_contamination->value() > 0)
        c.detection["contamination"] = m_contamination->value();
    else
        c.detection.erase("contamination");
    // The window is the robust z-score's; kept for others only when it was set.
    if (c.algorithm == "mad" || c.detection.contains("window") ||
        m_window->value() != kDefaultWindowHours)
        c.detection["window"] = m_window->value();
    if (!c.thresholds.is_object())
        c.thresholds = Json::object();
    for (int i = 0; i < 4; ++i)
        c.thresholds[kThresholdKeys[i]] = m_thresholds[i]->value();
    c.scheduleMinutes = m_schedule->value();
    c.enabled = m_enabled->isChecked();
    return c;
}

QString DetectorEditor::localError() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Name: a detector needs a name.");
    bool any = false;
    for (int i = 0; i < m_metrics->count(); ++i)
        any = any || m_metrics->item(i)->checkState() == Qt::Checked;
    if (!any)
        return tr("Metrics: check at least one metric to watch.");
    const QStringList severities = AnomalyStyle::severities();
    for (int i = 1; i < 4; ++i)
        if (m_thresholds[i]->value() <= m_thresholds[i - 1]->value())
            return tr("Severity thresholds: %1 (%2) must be above %3 (%4).")
                .arg(AnomalyStyle::severityLabel(severities[i]),
                     QString::number(m_thresholds[i]->value()),
                     AnomalyStyle::severityLabel(severities[i - 1]),
                     QString::number(m_thresholds[i - 1]->value()));
    return {};
}

void DetectorEditor::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString DetectorEditor::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DetectorEditor::updateAlgorithmFields()
{
    const QString algorithm = m_algorithm->currentData().toString();
    m_contamination->setEnabled(multivariate(algorithm));
    m_window->setEnabled(algorithm == QLatin1String("mad"));
}

} // namespace kestrel::ui

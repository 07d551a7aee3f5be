#include "ui/panels/runhistory/ImportDialog.h"

#include "core/jobs/JobRunner.h"
#include "core/runs/RunHistoryService.h"
#include "ui/widgets/Format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kestrel::ui {

namespace {

struct Field
{
    const char* name;  // runs table column
    const char* label; // for the mapping form
    bool required;
};

// The run fields a CSV column can feed (RunImport.h's CsvMapping).
const Field kFields[] = {
    {"model_name", QT_TRANSLATE_NOOP("kestrel::ui::ImportDialog", "Model"), true},
    {"execution_time", QT_TRANSLATE_NOOP("kestrel::ui::ImportDialog", "Start time"), true},
    {"status", QT_TRANSLATE_NOOP("kestrel::ui::ImportDialog", "Status"), false},
    {"symbol", QT_TRANSLATE_NOOP("kestrel::ui::ImportDialog", "Symbol"), false},
    {"execution_duration", QT_TRANSLATE_NOOP("kestrel::ui::ImportDialog", "Duration (s)"), false},
    {"accuracy_score", QT_TRANSLATE_NOOP("kestrel::ui::ImportDialog", "Accuracy"), false},
    {"confidence_level", QT_TRANSLATE_NOOP("kestrel::ui::ImportDialog", "Confidence"), false},
    {"data_source", QT_TRANSLATE_NOOP("kestrel::ui::ImportDialog", "Data source"), false},
    {"error_message", QT_TRANSLATE_NOOP("kestrel::ui::ImportDialog", "Error message"), false},
    {"input_parameters", QT_TRANSLATE_NOOP("kestrel::ui::ImportDialog", "Input parameters (JSON)"),
     false},
    {"output_results", QT_TRANSLATE_NOOP("kestrel::ui::ImportDialog", "Output results (JSON)"),
     false},
    {"memory_mb", QT_TRANSLATE_NOOP("kestrel::ui::ImportDialog", "Memory (MB)"), false},
    {"cpu_percent", QT_TRANSLATE_NOOP("kestrel::ui::ImportDialog", "CPU (%)"), false},
    {"experiment", QT_TRANSLATE_NOOP("kestrel::ui::ImportDialog", "Experiment"), false},
    {"run_name", QT_TRANSLATE_NOOP("kestrel::ui::ImportDialog", "Run name"), false},
    {"external_id", QT_TRANSLATE_NOOP("kestrel::ui::ImportDialog", "External id"), false},
    {"tags", QT_TRANSLATE_NOOP("kestrel::ui::ImportDialog", "Tags (JSON)"), false},
};

enum Page
{
    CsvPage,
    JsonPage,
    MlflowPage
};

QString formatName(runs::ImportFormat format)
{
    switch (format) {
    case runs::ImportFormat::Csv:
        return ImportDialog::tr("CSV");
    case runs::ImportFormat::Json:
        return ImportDialog::tr("JSON array");
    case runs::ImportFormat::Jsonl:
        return ImportDialog::tr("JSON lines");
    case runs::ImportFormat::Mlflow:
        return ImportDialog::tr("MLflow tracking store");
    }
    return {};
}

QComboBox* metricCombo(const QString& value, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->addItem(value);
    return combo;
}

} // namespace

ImportDialog::ImportDialog(const QString& workspacePath, jobs::JobRunner* runner, QWidget* parent)
    : QDialog(parent), m_workspacePath(workspacePath), m_runner(runner),
      m_path(new QLineEdit(this)), m_format(new QComboBox(this)), m_detected(new QLabel(this)),
      m_pages(new QStackedWidget(this)), m_preview(new QTableView(this)),
      m_previewModel(new QStandardItemModel(this)),
      m_accuracyMetric(metricCombo(QStringLiteral("accuracy"), this)),
      m_confidenceMetric(metricCombo(QStringLiteral("confidence"), this)),
      m_error(new QLabel(this)), m_summary(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import runs"));
    resize(920, 620);
    auto* layout = new QVBoxLayout(this);

    auto* source = new QFormLayout;
    auto* pathRow = new QHBoxLayout;
    m_path->setPlaceholderText(tr("A CSV, JSON or JSONL file, an mlflow.db or an mlruns folder"));
    auto* browseFile = new QPushButton(tr("File…"), this);
    auto* browseFolder = new QPushButton(tr("MLflow folder…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseFile);
    pathRow->addWidget(browseFolder);
    source->addRow(tr("Source:"), pathRow);
    auto* formatRow = new QHBoxLayout;
    m_format->addItem(tr("Detect from the path"), -1);
    for (runs::ImportFormat f : {runs::ImportFormat::Csv, runs::ImportFormat::Json,
                                 runs::ImportFormat::Jsonl, runs::ImportFormat::Mlflow})
        m_format->addItem(formatName(f), int(f));
    formatRow->addWidget(m_format);
    formatRow->addWidget(m_detected, 1);
    source->addRow(tr("Format:"), formatRow);
    m_skipInvalid = new QCheckBox(
        tr("Skip invalid rows (import the rest; write the invalid ones to SOURCE.rejected.csv)"),
        this);
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalid"));
    source->addRow(QString(), m_skipInvalid);
    layout->addLayout(source);

    // CSV: preview on the left, mapping on the right.
    auto* csvPage = new QSplitter(Qt::Horizontal, m_pages);
    auto* previewBox = new QWidget(csvPage);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("Preview (first rows):"), previewBox));
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    previewLayout->addWidget(m_preview, 1);
    csvPage->addWidget(previewBox);
    auto* mappingArea = new QScrollArea(csvPage);
    auto* mappingBox = new QWidget(mappingArea);
    auto* mappingForm = new QFormLayout(mappingBox);
    mappingForm->addRow(new QLabel(tr("<b>Column for each run field</b>"), mappingBox));
    for (const Field& field : kFields) {
        auto* combo = new QComboBox(mappingBox);
        combo->setObjectName(QStringLiteral("map_%1").arg(QString::fromLatin1(field.name)));
        const QString label = tr(field.label);
        mappingForm->addRow(field.required ? tr("%1 *").arg(label) : label, combo);
        m_mapping[QString::fromLatin1(field.name)] = combo;
    }
    mappingForm->addRow(new QLabel(tr("* required"), mappingBox));
    mappingArea->setWidget(mappingBox);
    mappingArea->setWidgetResizable(true);
    csvPage->addWidget(mappingArea);
    csvPage->setStretchFactor(0, 3);
    csvPage->setStretchFactor(1, 2);
    m_pages->addWidget(csvPage);

    auto* jsonPage = new QLabel(tr("Each JSON object becomes one run; its keys are the run fields "
                                   "(model_name, execution_time, status, execution_duration, "
                                   "accuracy_score, …)."),
                                m_pages);
    jsonPage->setWordWrap(true);
    jsonPage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(jsonPage);

    auto* mlflowPage = new QWidget(m_pages);
    auto* mlflowForm = new QFormLayout(mlflowPage);
    auto* mlflowNote =
        new QLabel(tr("Experiments become model names; run status, start and end give "
                      "status and duration; parameters become input parameters and "
                      "tags are kept. Deleted runs are skipped. The latest value of "
                      "each metric is used:"),
                   mlflowPage);
    mlflowNote->setWordWrap(true);
    mlflowForm->addRow(mlflowNote);
    mlflowForm->addRow(tr("Accuracy metric:"), m_accuracyMetric);
    mlflowForm->addRow(tr("Confidence metric:"), m_confidenceMetric);
    m_pages->addWidget(mlflowPage);
    layout->addWidget(m_pages, 1);

    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();
    layout->addWidget(m_summary);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    layout->addWidget(m_progress);
    auto* import = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    import->setDefault(true);
    layout->addWidget(m_buttons);

    connect(browseFile, &QPushButton::clicked, this, &ImportDialog::browseFile);
    connect(browseFolder, &QPushButton::clicked, this, &ImportDialog::browseFolder);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportDialog::updateFormat);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::updateFormat);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_runner, &jobs::JobRunner::jobProgress, this, [this](int id, double progress) {
        if (id == m_jobId)
            m_progress->setValue(int(progress * 1000));
    });
    connect(m_runner, &jobs::JobRunner::jobCancelled, this, [this](int id) {
        if (id != m_jobId)
            return;
        setImporting(false);
        showError(tr("The import was cancelled; nothing was imported."));
    });
    updateFormat();
}

ImportDialog::~ImportDialog()
{
    if (m_jobId)
        m_runner->cancel(m_jobId);
}

void ImportDialog::setSourcePath(const QString& path)
{
    m_path->setText(path);
    updateFormat();
}

QString ImportDialog::sourcePath() const
{
    return m_path->text().trimmed();
}

runs::ImportFormat ImportDialog::format() const
{
    const int chosen = m_format->currentData().toInt();
    if (chosen >= 0)
        return runs::ImportFormat(chosen);
    if (sourcePath().isEmpty())
        return runs::ImportFormat::Csv;
    return runs::detectImportFormat(sourcePath().toStdString());
}

QString ImportDialog::mappedColumn(const QString& field) const
{
    auto it = m_mapping.find(field);
    return it == m_mapping.end() ? QString() : it->second->currentData().toString();
}

void ImportDialog::setMappedColumn(const QString& field, const QString& column)
{
    auto it = m_mapping.find(field);
    if (it != m_mapping.end())
        it->second->setCurrentIndex(std::max(0, it->second->findData(column)));
}

QString ImportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ImportDialog::browseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import runs from a file"), QFileInfo(sourcePath()).absolutePath(),
        tr("Run files (*.csv *.tsv *.json *.jsonl *.ndjson *.db);;All files (*)"));
    if (!path.isEmpty())
        setSourcePath(path);
}

void ImportDialog::browseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(
        this, tr("MLflow tracking folder (mlruns)"), QFileInfo(sourcePath()).absolutePath());
    if (!path.isEmpty())
        setSourcePath(path);
}

void ImportDialog::updateFormat()
{
    m_error->hide();
    const QString path = sourcePath();
    if (path.isEmpty()) {
        m_detected->clear();
    } else {
        m_detected->setText(
            tr("detected: %1").arg(formatName(runs::detectImportFormat(path.toStdString()))));
    }
    switch (format()) {
    case runs::ImportFormat::Csv:
        m_pages->setCurrentIndex(CsvPage);
        loadCsvPreview();
        break;
    case runs::ImportFormat::Json:
    case runs::ImportFormat::Jsonl:
        m_pages->setCurrentIndex(JsonPage);
        break;
    case runs::ImportFormat::Mlflow:
        m_pages->setCurrentIndex(MlflowPage);
        break;
    }
}

void ImportDialog::loadCsvPreview()
{
    m_csv.reset();
    m_previewModel->clear();
    for (auto& [field, combo] : m_mapping) {
        combo->clear();
        combo->addItem(tr("(not mapped)"), QString());
    }
    const QString path = sourcePath();
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return;
    // A bounded read of the first rows: quick enough for the UI thread.
    try {
        m_csv = runs::previewCsv(path.toStdString(), 20);
    } catch (const std::exception& e) {
        showError(QString::fromUtf8(e.what()));
        return;
    }
    QStringList header;
    for (const std::string& h : m_csv->header)
        header << QString::fromStdString(h);
    m_previewModel->setColumnCount(header.size());
    m_previewModel->setHorizontalHeaderLabels(header);
    for (const auto& row : m_csv->rows) {
        QList<QStandardItem*> items;
        for (const std::string& cell : row)
            items << new QStandardItem(QString::fromStdString(cell));
        m_previewModel->appendRow(items);
    }
    for (auto& [field, combo] : m_mapping) {
        for (const QString& column : header)
            combo->addItem(column, column);
    }
    for (const auto& [field, column] : m_csv->suggested.fieldToColumn)
        setMappedColumn(QString::fromStdString(field), QString::fromStdString(column));
}

runs::ImportOptions ImportDialog::options() const
{
    runs::ImportOptions options;
    options.format = format();
    if (options.format == runs::ImportFormat::Csv) {
        for (const auto& [field, combo] : m_mapping) {
            const QString column = combo->currentData().toString();
            if (!column.isEmpty())
                options.csv.fieldToColumn[field.toStdString()] = column.toStdString();
        }
        options.csv.delimiter = m_csv ? m_csv->delimiter : ',';
    }
    options.mlflow.accuracyMetric = m_accuracyMetric->currentText().trimmed().toStdString();
    options.mlflow.confidenceMetric = m_confidenceMetric->currentText().trimmed().toStdString();
    options.skipInvalid = m_skipInvalid->isChecked();
    return options;
}

void ImportDialog::startImport()
{
    if (m_jobId)
        return;
    const QString path = sourcePath();
    if (path.isEmpty()) {
        showError(tr("Choose a file or an MLflow store to import."));
        return;
    }
    if (!QFileInfo::exists(path)) {
        showError(tr("%1 does not exist.").arg(path));
        return;
    }
    const runs::ImportOptions opts = options();
    if (opts.format == runs::ImportFormat::Csv) {
        for (const Field& field : kFields) {
            if (field.required && !opts.csv.fieldToColumn.count(field.name)) {
                showError(tr("Choose the CSV column for \"%1\".").arg(tr(field.label)));
                return;
            }
        }
    }

    m_error->hide();
    setImporting(true);
    const std::string workspacePath = m_workspacePath.toStdString();
    const std::string source = path.toStdString();
    QPointer<ImportDialog> self(this);
    m_jobId = m_runner->submit(
        tr("Import %1").arg(QFileInfo(path).fileName()),
        [workspacePath, source, opts](jobs::JobContext& ctx) {
            Feedback feedback = ctx.feedback();
            const runs::ImportResult result =
                runs::RunHistoryService(workspacePath).importRuns(source, opts, feedback);
            QVariantMap out;
            out[QStringLiteral("imported")] = qint64(result.imported);
            out[QStringLiteral("skipped")] = qint64(result.skipped);
            out[QStringLiteral("summary")] = summarize(result);
            return QVariant(out);
        },
        [self](const QVariant& result, const QString& error) {
            if (!self)
                return;
            self->setImporting(false);
            if (!error.isEmpty()) {
                self->showError(tr("Nothing was imported: %1").arg(error));
                return;
            }
            // The dialog stays with the summary; closing it accepts.
            const QVariantMap out = result.toMap();
            self->m_finished = true;
            self->setResult(QDialog::Accepted);
            self->m_summary->setText(out.value(QStringLiteral("summary")).toString());
            self->m_summary->show();
            self->m_pages->setEnabled(false);
            self->m_path->setEnabled(false);
            self->m_format->setEnabled(false);
            for (QAbstractButton* b : self->m_buttons->buttons()) {
                if (self->m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                    b->hide();
                else
                    b->setText(tr("Close"));
            }
            emit self->imported(out.value(QStringLiteral("imported")).toLongLong());
        });
}

QString ImportDialog::summaryText() const
{
    return m_summary->isHidden() ? QString() : m_summary->text();
}

QString ImportDialog::summarize(const runs::ImportResult& result)
{
    // "Label: number" reads right for every count without plural forms.
    QStringList lines;
    lines << tr("Runs imported: %1").arg(Format::count(result.imported));
    if (result.duplicates > 0)
        lines << tr("Duplicates skipped (already in the workspace): %1")
                     .arg(Format::count(result.duplicates));
    if (const std::int64_t other = result.skipped - result.duplicates; other > 0)
        lines
            << tr("Skipped in the MLflow store (deleted or invalid): %1").arg(Format::count(other));
    if (result.rejected > 0)
        lines << tr("Invalid rows rejected: %1, written with their reasons to %2")
                     .arg(Format::count(result.rejected),
                          QString::fromStdString(result.rejectedFile));
    if (result.importId > 0)
        lines << tr("File › Undo last import removes these runs again.");
    return lines.join(QLatin1Char('\n'));
}

void ImportDialog::undoLastImport(const QString& workspacePath, jobs::JobRunner* runner,
                                  QWidget* parent, std::function<void(qint64 removed)> done)
{
    const std::string path = workspacePath.toStdString();
    auto fail = [parent, done](const QString& error) {
        QMessageBox::warning(parent, tr("Undo last import"), error);
        done(-1);
    };
    runner->submit<std::optional<runs::ImportRecord>>(
        tr("Latest import"), jobs::JobOptions::view(),
        [path](jobs::JobContext& ctx) {
            return runs::RunHistoryService(path).lastImport(ctx.feedback());
        },
        parent,
        [path, runner, parent, done, fail](const std::optional<runs::ImportRecord>& last) {
            if (!last) {
                QMessageBox::information(parent, tr("Undo last import"),
                                         tr("There is no import to undo."));
                done(-1);
                return;
            }
            const auto answer = QMessageBox::question(
                parent, tr("Undo last import"),
                tr("Remove the runs of the latest import (%1 from %2)? Other runs are kept.")
                    .arg(Format::count(last->imported), QString::fromStdString(last->source)));
            if (answer != QMessageBox::Yes) {
                done(-1);
                return;
            }
            runner->submit<qint64>(
                tr("Undo import of %1")
                    .arg(QFileInfo(QString::fromStdString(last->source)).fileName()),
                jobs::JobOptions::bulk(),
                [path](jobs::JobContext&) {
                    return static_cast<qint64>(
                        runs::RunHistoryService(path).undoLastImport().imported);
                },
                parent, done, fail);
        },
        fail);
}

void ImportDialog::reject()
{
    if (m_finished) {
        done(QDialog::Accepted);
        return;
    }
    // While importing, Cancel stops the import; the dialog stays to say so.
    if (m_jobId) {
        m_runner->cancel(m_jobId);
        return;
    }
    QDialog::reject();
}

void ImportDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    emit importFailed(message);
}

void ImportDialog::setImporting(bool importing)
{
    if (!importing)
        m_jobId = 0;
    m_progress->setVisible(importing);
    m_progress->setValue(0);
    m_path->setEnabled(!importing);
    m_format->setEnabled(!importing);
    m_pages->setEnabled(!importing);
    for (QAbstractButton* b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!importing);
    }
}

} // namespace kestrel::ui

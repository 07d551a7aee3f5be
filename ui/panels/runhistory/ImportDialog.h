#pragma once

#include "core/runs/io/RunImport.h"

#include <QDialog>

#include <functional>
#include <map>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace kestrel::jobs {
class JobRunner;
}

namespace kestrel::ui {

// Imports runs from a CSV, JSON or JSONL file or an MLflow tracking store into
// the workspace. The format is detected from the path and can be overridden;
// CSV shows a preview and a column mapping, MLflow which metrics are accuracy
// and confidence. The import is one background job (all or nothing): a
// malformed file shows where it is wrong and nothing is imported. A finished
// import stays on screen with its summary (imported, duplicates skipped,
// rejected rows and where they went) until the user closes the dialog.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const QString& workspacePath, kestrel::jobs::JobRunner* runner,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Chooses the file or MLflow store to import (as Browse does).
    void setSourcePath(const QString& path);
    QString sourcePath() const;
    // The format that will be used: the override, or the detected one.
    runs::ImportFormat format() const;
    // The CSV column feeding a run field ("" when not mapped).
    QString mappedColumn(const QString& field) const;
    void setMappedColumn(const QString& field, const QString& column);
    // The error of the last attempt, empty when there was none.
    QString errorText() const;
    bool isImporting() const { return m_jobId != 0; }
    // The summary of the finished import, empty before.
    QString summaryText() const;
    // What a summary says, one line per count that is not zero.
    static QString summarize(const runs::ImportResult& result);

    // File › Undo last import: looks up the latest import of the workspace and
    // asks, then removes its runs, both in jobs on `runner` (the removal is a
    // listed Bulk job). `done` gets the runs removed, or -1 when the user
    // declined, there was nothing to undo or it failed (said in a message box).
    static void undoLastImport(const QString& workspacePath, kestrel::jobs::JobRunner* runner,
                               QWidget* parent, std::function<void(qint64 removed)> done);

public slots:
    void startImport();
    void reject() override;

signals:
    void imported(qint64 runs);
    // The last import attempt failed or was refused; `message` says why.
    void importFailed(const QString& message);

private:
    void browseFile();
    void browseFolder();
    void updateFormat();
    void loadCsvPreview();
    void showError(const QString& message);
    void setImporting(bool importing);
    runs::ImportOptions options() const;

    QString m_workspacePath;
    jobs::JobRunner* m_runner;
    QLineEdit* m_path;
    QComboBox* m_format;
    QLabel* m_detected;
    QStackedWidget* m_pages;
    QTableView* m_preview;
    QStandardItemModel* m_previewModel;
    std::map<QString, QComboBox*> m_mapping;
    QComboBox* m_accuracyMetric;
    QComboBox* m_confidenceMetric;
    QCheckBox* m_skipInvalid = nullptr;
    QLabel* m_error;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    std::optional<runs::CsvPreview> m_csv;
    int m_jobId = 0;
    bool m_finished = false;
};

} // namespace kestrel::ui

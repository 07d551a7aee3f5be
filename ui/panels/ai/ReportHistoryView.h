#pragma once

#include "core/ai/ReportStore.h"

#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kestrel::jobs {
class JobRunner;
}

namespace kestrel::ui {

class LatestJob;

// The stored AI reports of a workspace: filters (text, analysis type,
// provider, date range), a newest-first list, and what to do with the
// selection - reopen one, compare two side by side, export Markdown or PDF.
// Reads in the background; never blocks the UI thread on the workspace.
class ReportHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit ReportHistoryView(QWidget* parent = nullptr);

    void setContext(const QString& workspacePath, jobs::JobRunner* runner);
    void refresh();

    // Reports listed now (without content), newest first.
    const std::vector<ai::StoredReport>& reports() const { return m_reports; }
    QTableWidget* table() const { return m_table; }
    QLineEdit* textFilter() const { return m_text; }
    QComboBox* typeFilter() const { return m_type; }
    QComboBox* providerFilter() const { return m_provider; }

    // Loads a report and emits reportOpened.
    void open(qint64 id);
    // Loads both and emits compareReady.
    void compare(qint64 left, qint64 right);
    // Loads the report and writes it; emits exported (error empty on success).
    void exportMarkdown(qint64 id, const QString& path);
    void exportPdf(qint64 id, const QString& path);

signals:
    void listed(int count);
    void reportOpened(const kestrel::ai::StoredReport& report);
    void compareReady(const kestrel::ai::StoredReport& left,
                      const kestrel::ai::StoredReport& right);
    void exported(const QString& path, const QString& error);
    void failed(const QString& error);

private:
    void fetch(std::vector<qint64> ids,
               std::function<void(const std::vector<ai::StoredReport>&)> use);
    void fill();
    std::vector<qint64> selectedIds() const;
    void updateButtons();
    void chooseExport(bool pdf);

    QString m_path;
    LatestJob* m_listJob;
    LatestJob* m_fetchJob;
    std::vector<ai::StoredReport> m_reports;
    QLineEdit* m_text;
    QComboBox* m_type;
    QComboBox* m_provider;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_open;
    QPushButton* m_compare;
    QPushButton* m_exportMd;
    QPushButton* m_exportPdf;
};

} // namespace kestrel::ui

#pragma once

#include "core/runs/RunRecord.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace kestrel::ui {

// Every field of one run, its input parameters and output results as
// pretty-printed JSON in a monospace font, and its tags.
class RunDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit RunDetailView(QWidget* parent = nullptr);

    // Nothing: shows the "select a run" hint.
    void showRun(const std::optional<runs::RunRecord>& run);
    std::optional<qint64> runId() const { return m_runId; }
    // The text shown for the input parameters, output results and tags.
    QString inputText() const;
    QString outputText() const;
    QString tagsText() const;
    // The value shown for a field ("model", "status", ...); for tests.
    QString fieldText(const QString& name) const;

    // Indented JSON, or the text as it is when it is not JSON.
    static QString prettyJson(const std::string& text);

private:
    QLabel* addField(const QString& name, const QString& caption);

    QLabel* m_hint = nullptr;
    QWidget* m_fields = nullptr;
    QFormLayout* m_form = nullptr;
    QPlainTextEdit* m_error = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_input = nullptr;
    QPlainTextEdit* m_output = nullptr;
    QPlainTextEdit* m_tags = nullptr;
    std::optional<qint64> m_runId;
};

} // namespace kestrel::ui

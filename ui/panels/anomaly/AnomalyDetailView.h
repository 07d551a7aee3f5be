#pragma once

#include "core/detection/AnomalyService.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace kestrel::ui {

// Everything about one anomaly: actual vs expected, deviation, threshold,
// confidence, context, recommendations and the review history, with the
// review actions the anomaly's state allows.
class AnomalyDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit AnomalyDetailView(QWidget* parent = nullptr);

    void setDetail(const std::optional<detection::AnomalyService::AnomalyDetail>& detail);
    const std::optional<detection::AnomalyService::AnomalyDetail>& detail() const
    {
        return m_detail;
    }

    QString text() const;
    QTreeWidget* events() const { return m_events; }
    QPushButton* acknowledgeButton() const { return m_acknowledge; }
    QPushButton* resolveButton() const { return m_resolve; }
    QPushButton* falsePositiveButton() const { return m_falsePositive; }
    QPushButton* reopenButton() const { return m_reopen; }

signals:
    void acknowledgeRequested();
    void resolveRequested();
    void falsePositiveRequested();
    void reopenRequested();

private:
    std::optional<detection::AnomalyService::AnomalyDetail> m_detail;
    QLabel* m_header;
    QTextBrowser* m_body;
    QTreeWidget* m_events;
    QPushButton* m_acknowledge;
    QPushButton* m_resolve;
    QPushButton* m_falsePositive;
    QPushButton* m_reopen;
};

} // namespace kestrel::ui

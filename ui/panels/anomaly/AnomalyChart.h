#pragma once

#include "core/detection/AnomalyService.h"

#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPGraph;
class QCPItemRect;
class QLabel;

namespace kestrel::ui {

// The selected anomaly's metric around its window: the values, the expected
// line, the band outside which points score above the detector's threshold,
// and the anomalies of that model + metric as markers coloured by severity.
// Drag to pan, wheel to zoom, double-click to fit; clicking a marker emits
// markerClicked().
class AnomalyChart : public QWidget
{
    Q_OBJECT
public:
    explicit AnomalyChart(QWidget* parent = nullptr);

    void setData(const detection::ScoredSeries& series,
                 const std::vector<detection::StoredAnomaly>& markers, std::int64_t selectedId);
    // Highlights one marker (0: none) without reloading.
    void setSelectedId(std::int64_t id);
    void clear(const QString& message = {});
    void fit();

    QCustomPlot* plot() const { return m_plot; }
    int pointCount() const;
    int bandPointCount() const;
    std::size_t markerCount() const { return m_markers.size(); }
    std::int64_t selectedId() const { return m_selectedId; }
    bool hasMarker(std::int64_t id) const;
    // Emits markerClicked as a click on the marker of `id` would (tests, keyboard).
    void clickMarker(std::int64_t id);

signals:
    void markerClicked(qint64 id);

private:
    void updateHighlight();

    QCustomPlot* m_plot;
    QLabel* m_title;
    QCPGraph* m_upper;
    QCPGraph* m_lower;
    QCPGraph* m_expected;
    QCPGraph* m_actual;
    std::vector<QCPGraph*> m_severityGraphs; // low .. critical
    QCPGraph* m_highlight;
    QCPItemRect* m_window;
    std::vector<detection::StoredAnomaly> m_markers;
    // Per severity graph, the anomaly id of each data point (in key order).
    std::vector<std::vector<std::int64_t>> m_markerIds;
    std::int64_t m_selectedId = 0;
};

} // namespace kestrel::ui

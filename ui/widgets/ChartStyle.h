#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <vector>

class QCPAxis;
class QCustomPlot;
class QLabel;
class QPalette;

namespace kestrel::ui {

// The one look of every QCustomPlot chart: background, axes, tick labels,
// grid, legend and titles in the plot's palette, applied again whenever the
// palette changes (a theme switch at runtime), and a message in place of the
// axes when a chart has no data. Create it once per plot with attach(); it
// lives as long as the plot.
class ChartStyle : public QObject
{
    Q_OBJECT
public:
    // Styles `plot` now and on every palette change; returns the plot's style
    // (the same one when called twice).
    static ChartStyle* attach(QCustomPlot* plot);
    // The style attached to `plot`, or null.
    static ChartStyle* of(const QCustomPlot* plot);

    // Runs after the palette colours are applied, with the new palette: the
    // owner recolours the marks that must read on the background (a line of
    // actual values, outlines, highlight rings). Called once now.
    void onRestyle(std::function<void(const QPalette&)> recolour);

    // Shows `message` in the middle of the chart instead of axes, grid and
    // legend (a chart without data); an empty message shows them again.
    void setMessage(const QString& message);
    QString message() const;
    bool hasMessage() const { return !m_message.isEmpty(); }
    QLabel* messageLabel() const { return m_label; }

    // Applies the palette now (and replots).
    void restyle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ChartStyle(QCustomPlot* plot);
    void placeLabel();
    void fitTickCounts();

    QCustomPlot* m_plot;
    QLabel* m_label;
    QString m_message;
    std::vector<std::function<void(const QPalette&)>> m_recolour;
    // What setMessage() hid, to show it again.
    std::vector<QCPAxis*> m_hiddenAxes;
    bool m_legendWasVisible = false;
    bool m_restyling = false;
};

} // namespace kestrel::ui

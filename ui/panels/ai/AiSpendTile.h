#pragma once

#include "core/common/Time.h"
#include "ui/widgets/KpiTile.h"

namespace kestrel::jobs {
class JobRunner;
}

namespace kestrel::ui {

class LatestJob;

// The Overview's "AI spend this month" tile: priced spend of the calendar
// month (UTC) from the workspace's usage ledger, requests and cache hits as
// detail, daily spend of the last 30 days as the sparkline, and the tone of
// the monthly budget when one is set. Read in the background.
class AiSpendTile : public KpiTile
{
    Q_OBJECT
public:
    explicit AiSpendTile(QWidget* parent = nullptr);

    void setContext(const QString& workspacePath, jobs::JobRunner* runner);
    // Fixes "now" (tests); 0 follows the clock.
    void setReferenceTime(EpochMs now);
    void refresh();

signals:
    void updated();

private:
    QString m_path;
    EpochMs m_referenceTime = 0;
    LatestJob* m_job;
};

} // namespace kestrel::ui

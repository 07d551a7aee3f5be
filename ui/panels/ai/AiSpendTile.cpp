#include "ui/panels/ai/AiSpendTile.h"

#include "core/ai/Governance.h"
#include "core/ai/Settings.h"
#include "core/ai/UsageLedger.h"
#include "core/ai/AnalysisService.h"
#include "ui/widgets/Format.h"
#include "ui/widgets/LatestJob.h"

#include <chrono>

namespace kestrel::ui {

namespace {

constexpr int kTrendDays = 30;
constexpr EpochMs kDayMs = 24LL * 3600 * 1000;

struct Spend
{
    double month = 0;
    std::int64_t requests = 0;
    std::int64_t cached = 0;
    std::int64_t unpriced = 0;
    double budget = 0;
    QVector<double> daily;
};

} // namespace

AiSpendTile::AiSpendTile(QWidget* parent)
    : KpiTile(tr("AI spend this month"), parent), m_job(new LatestJob(this))
{
    setObjectName(QStringLiteral("aiSpendTile"));
    setValue(QStringLiteral("—"));
    setDetail(tr("No AI requests yet"));
}

void AiSpendTile::setContext(const QString& workspacePath, jobs::JobRunner* runner)
{
    m_path = workspacePath;
    m_job->setRunner(runner);
    refresh();
}

void AiSpendTile::setReferenceTime(EpochMs now)
{
    m_referenceTime = now;
    refresh();
}

void AiSpendTile::refresh()
{
    if (m_path.isEmpty() || !m_job->runner())
        return;
    const EpochMs now = m_referenceTime ? m_referenceTime
                                        : std::chrono::duration_cast<std::chrono::milliseconds>(
                                              std::chrono::system_clock::now().time_since_epoch())
                                              .count();
    m_job->run<Spend>(
        tr("AI spend"),
        [path = m_path.toStdString(), now](jobs::JobContext&) {
            ai::AnalysisService service(path);
            const EpochMs month = ai::monthStart(now);
            const EpochMs today = dayStart(now);
            const EpochMs trendFrom = today - (kTrendDays - 1) * kDayMs;
            Spend s;
            s.daily = QVector<double>(kTrendDays, 0.0);
            for (const ai::UsageTotal& t : service.usageTotals(std::min(month, trendFrom))) {
                if (t.day >= month && t.day <= now) {
                    s.month += t.costUsd;
                    s.requests += t.requests;
                    s.cached += t.cachedRequests;
                    s.unpriced += t.unpricedRequests;
                }
                const EpochMs index = (t.day - trendFrom) / kDayMs;
                if (t.day >= trendFrom && index < kTrendDays)
                    s.daily[int(index)] += t.costUsd;
            }
            s.budget = service.settings().monthlyBudgetUsd;
            return s;
        },
        [this](const Spend& s) {
            setValue(Format::money(s.month));
            QString detail = s.requests == 0
                                 ? tr("No AI requests this month")
                                 : tr("%n request(s), %1 from cache", nullptr, int(s.requests))
                                       .arg(Format::count(s.cached));
            if (s.budget > 0)
                detail += tr(" · budget %1").arg(Format::money(s.budget));
            if (s.unpriced > 0)
                detail += tr(" · %n without a price", nullptr, int(s.unpriced));
            setDetail(detail);
            setTrend(s.daily);
            if (s.budget > 0)
                setTone(s.month >= s.budget         ? Tone::Bad
                        : s.month >= 0.8 * s.budget ? Tone::Warning
                                                    : Tone::Good);
            else
                setTone(Tone::Neutral);
            emit updated();
        });
}

} // namespace kestrel::ui

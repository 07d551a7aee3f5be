#include "core/runs/DemoGenerator.h"

#include "core/common/Error.h"
#include "core/common/Random.h"
#include "core/runs/DemoCatalog.h"
#include "core/runs/IndexPause.h"
#include "core/market/PriceStore.h"
#include "core/runs/RunRecord.h"
#include "core/runs/RunStore.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace kestrel::runs {

using workspace::Database;
using workspace::Statement;
using workspace::Transaction;

namespace {

using demo::kAssets;
using demo::kModels;
using demo::kSectorCount;
using demo::kSymbols;

constexpr double kPi = 3.14159265358979323846;

// Portable draws from the raw 64-bit stream: the standard distributions differ
// between library implementations, the demo must not.
class Draw
{
public:
    explicit Draw(std::uint64_t seed) : m_rng(seed) {}

    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(m_rng() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int integer(int lo, int hiInclusive)
    {
        return lo + static_cast<int>(uniform() * static_cast<double>(hiInclusive - lo + 1));
    }
    bool chance(double p) { return uniform() < p; }
    // Standard normal (Box-Muller, one value per call for simplicity).
    double normal()
    {
        double u1 = uniform();
        while (u1 <= 0.0)
            u1 = uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * kPi * u2);
    }
    std::uint64_t bits() { return m_rng(); }
    // Index drawn from cumulative weights (last element = total).
    std::size_t pick(const std::vector<double>& cumulative)
    {
        const double u = uniform() * cumulative.back();
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), u);
        return std::min(static_cast<std::size_t>(it - cumulative.begin()), cumulative.size() - 1);
    }

private:
    Rng m_rng;
};

double logit(double p)
{
    return std::log(p / (1.0 - p));
}

double sigmoid(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

// 0 = Sunday ... 6 = Saturday; 1970-01-01 was a Thursday.
int weekday(EpochMs t)
{
    const EpochMs d = dayStart(t) / kMsPerDay;
    return static_cast<int>(((d + 4) % 7 + 7) % 7);
}

bool isWeekend(EpochMs t)
{
    const int w = weekday(t);
    return w == 0 || w == 6;
}

int hourOfDay(EpochMs t)
{
    return static_cast<int>((t - dayStart(t)) / kMsPerHour);
}

// NSE trades 03:45-10:00 UTC, US markets 14:30-21:00 UTC.
bool nseHours(int h)
{
    return h >= 4 && h < 10;
}
bool usHours(int h)
{
    return h >= 14 && h < 21;
}

// How busy an hour is: market hours heavier, weekends lighter.
double rhythm(EpochMs t)
{
    const int h = hourOfDay(t);
    double w = 0.3;
    if (nseHours(h))
        w += 1.0;
    if (usHours(h))
        w += 0.9;
    if (isWeekend(t))
        w *= 0.25;
    return w;
}

std::string hexId(Draw& d, int chars)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string s;
    s.reserve(static_cast<std::size_t>(chars));
    std::uint64_t b = d.bits();
    for (int i = 0; i < chars; ++i) {
        if (i == 16)
            b = d.bits();
        s += kHex[b & 15];
        b >>= 4;
    }
    return s;
}

std::string format(const char* fmt, auto... args)
{
    char buf[512];
    const int n = std::snprintf(buf, sizeof buf, fmt, args...);
    return std::string(
        buf, static_cast<std::size_t>(std::clamp(n, 0, static_cast<int>(sizeof buf) - 1)));
}

struct Window
{
    EpochMs start = 0;
    EpochMs end = 0;
    bool contains(EpochMs t) const { return t >= start && t < end; }
};

// Model indexes in kModels.
constexpr std::size_t kStockPrediction = 0;
constexpr std::size_t kBtst = 1;
constexpr std::size_t kOptionsChain = 2;
constexpr std::size_t kSectorAnalysis = 3;

struct Incidents
{
    bool enabled = false;
    Window latency;     // Options Chain Analysis durations x5-10
    Window fyersOutage; // fyers fails for every model
    Window memoryLeak;  // Sector Analysis memory climbs
    Window throughput;  // BTST runs fall to 20 %
    Window degradation; // Stock Price Prediction accuracy declines
};

// The first weekday on or after the day holding t.
EpochMs weekdayOnOrAfter(EpochMs t)
{
    EpochMs d = dayStart(t);
    while (isWeekend(d))
        d += kMsPerDay;
    return d;
}

Incidents planIncidents(EpochMs start, int days)
{
    Incidents inc;
    if (days < 20)
        return inc; // too short a history to show incidents against a baseline
    inc.enabled = true;
    const EpochMs day0 = dayStart(start) + kMsPerDay;
    auto dayAt = [&](double fraction) {
        return day0 + static_cast<EpochMs>(std::floor(fraction * days)) * kMsPerDay;
    };
    inc.memoryLeak = {dayAt(0.20), dayAt(0.20) + 10 * kMsPerDay};
    const EpochMs outageDay = weekdayOnOrAfter(dayAt(0.45));
    inc.fyersOutage = {outageDay + 4 * kMsPerHour, outageDay + 10 * kMsPerHour};
    const int degradationDays = std::min(14, days / 6);
    inc.degradation = {dayAt(0.55), dayAt(0.55) + degradationDays * kMsPerDay};
    const EpochMs latencyDay = weekdayOnOrAfter(dayAt(0.72));
    inc.latency = {latencyDay + 14 * kMsPerHour, latencyDay + 18 * kMsPerHour};
    const EpochMs dropDay = weekdayOnOrAfter(dayAt(0.82));
    inc.throughput = {dropDay, dropDay + kMsPerDay};
    return inc;
}

void writeIncidents(Database& db, const Incidents& inc)
{
    if (!inc.enabled)
        return;
    Statement st =
        db.prepare("INSERT INTO demo_incidents(model_name, metric, type, start_time, end_time, "
                   "data_source, description) VALUES(?,?,?,?,?,?,?)");
    auto add = [&](std::size_t model, const char* metric, const char* type, const Window& w,
                   std::string_view source, const std::string& description) {
        st.bind(1, kModels[model].name)
            .bind(2, metric)
            .bind(3, type)
            .bind(4, static_cast<std::int64_t>(w.start))
            .bind(5, static_cast<std::int64_t>(w.end))
            .bindTextOrNull(6, source)
            .bind(7, description);
        st.run();
        st.reset();
    };
    add(kOptionsChain, "duration", "latency_spike", inc.latency, {},
        "Execution time 5-10x the usual for four hours (a slow upstream options feed).");
    for (std::size_t m = 0; m < kModels.size(); ++m)
        add(m, "error_rate", "error_rate_spike", inc.fyersOutage, "fyers",
            "The fyers data API answered HTTP 503 for six hours; runs fetching from it failed.");
    add(kSectorAnalysis, "memory_mb", "memory_leak", inc.memoryLeak, {},
        "Resident memory rose steadily over ten days until the worker was restarted.");
    add(kBtst, "throughput", "throughput_drop", inc.throughput, {},
        "The BTST scheduler ran at about a fifth of its usual rate for a day.");
    add(kStockPrediction, "accuracy", "performance_degradation", inc.degradation, {},
        "Accuracy declined gradually as the market regime drifted away from the training data.");
}

struct Slot
{
    EpochMs time;
    std::uint32_t model;
    std::uint32_t order;
};

// Run start times: N draws from the per-model, per-hour intensity, sorted.
std::vector<Slot> drawTimes(Draw& d, std::int64_t runs, EpochMs start, int days,
                            const Incidents& inc)
{
    const std::int64_t hours = static_cast<std::int64_t>(days) * 24;
    std::vector<double> cumulative;
    cumulative.reserve(static_cast<std::size_t>(hours) * kModels.size());
    // A mild day-to-day variation in load, the same for every model.
    std::vector<double> dayLoad(static_cast<std::size_t>(days) + 2);
    for (double& l : dayLoad)
        l = std::exp(0.06 * d.normal());
    double total = 0;
    for (std::int64_t h = 0; h < hours; ++h) {
        const EpochMs mid = start + h * kMsPerHour + kMsPerHour / 2;
        const double base = rhythm(mid) * dayLoad[static_cast<std::size_t>(h / 24)];
        for (std::size_t m = 0; m < kModels.size(); ++m) {
            double w = base * kModels[m].share;
            if (inc.enabled && m == kBtst && inc.throughput.contains(mid))
                w *= 0.2;
            total += w;
            cumulative.push_back(total);
        }
    }
    std::vector<Slot> slots(static_cast<std::size_t>(runs));
    for (std::size_t i = 0; i < slots.size(); ++i) {
        const std::size_t b = d.pick(cumulative);
        const auto h = static_cast<EpochMs>(b / kModels.size());
        const EpochMs t = start + h * kMsPerHour + static_cast<EpochMs>(d.uniform() * kMsPerHour);
        slots[i] =
            Slot{t, static_cast<std::uint32_t>(b % kModels.size()), static_cast<std::uint32_t>(i)};
    }
    std::sort(slots.begin(), slots.end(), [](const Slot& a, const Slot& b) {
        return a.time != b.time ? a.time < b.time : a.order < b.order;
    });
    return slots;
}

struct SymbolPicker
{
    std::vector<std::size_t> nse;
    std::vector<std::size_t> us;
    std::vector<double> nseCum;
    std::vector<double> usCum;

    SymbolPicker()
    {
        for (std::size_t i = 0; i < kSymbols.size(); ++i) {
            auto& list = kSymbols[i].nse ? nse : us;
            auto& cum = kSymbols[i].nse ? nseCum : usCum;
            // Popular tickers run more often (Zipf-like).
            const double w = 1.0 / std::pow(static_cast<double>(list.size() + 1), 0.6);
            cum.push_back((cum.empty() ? 0.0 : cum.back()) + w);
            list.push_back(i);
        }
    }

    std::size_t pick(Draw& d, EpochMs t) const
    {
        const int h = hourOfDay(t);
        const double pNse = nseHours(h) ? 0.75 : usHours(h) ? 0.2 : 0.5;
        if (d.chance(pNse))
            return nse[d.pick(nseCum)];
        return us[d.pick(usCum)];
    }
};

std::string_view pickSource(Draw& d, bool nse)
{
    const double u = d.uniform();
    if (nse)
        return u < 0.55 ? "fyers" : u < 0.90 ? "yfinance" : "csv";
    return u < 0.85 ? "yfinance" : "csv";
}

// A stable pseudo price level per symbol, for output_results.
double priceLevel(std::string_view ticker)
{
    std::uint64_t h = 1469598103934665603ULL;
    for (char c : ticker)
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return 40.0 + static_cast<double>(h % 3000);
}

std::string inputParams(Draw& d, std::size_t model)
{
    const auto& m = kModels[model];
    static constexpr std::array<const char*, 5> kFeatures{
        R"(["close","volume","rsi_14","macd","ema_20"])", R"(["close","gap","vwap","volume"])",
        R"(["iv","oi","pcr","max_pain","delta"])",
        R"(["sector_return","breadth","relative_strength"])",
        R"(["momentum_12_1","volatility_20","volume"])"};
    return format(
        R"({"lookback":%d,"horizon":%d,"features":%s,"model_version":"v%d.%d","threshold":%.2f,"batch_size":%d})",
        m.lookback, m.horizon, kFeatures[model], 1 + static_cast<int>(model % 3), d.integer(0, 4),
        0.5 + 0.05 * d.integer(0, 4), 32 << d.integer(0, 2));
}

std::string outputResults(Draw& d, std::size_t model, std::string_view symbol, double accuracy)
{
    const double level = priceLevel(symbol);
    const double move = 0.02 * d.normal();
    const char* signal = move > 0.004 ? "BUY" : move < -0.004 ? "SELL" : "HOLD";
    switch (model) {
    case kOptionsChain:
        return format(
            R"({"signal":"%s","pcr":%.3f,"max_pain":%.1f,"iv_rank":%.1f,"probability":%.3f})",
            signal, 0.6 + 0.8 * d.uniform(), level * (1.0 + 0.01 * d.normal()), 100.0 * d.uniform(),
            accuracy);
    case kSectorAnalysis:
        return format(R"({"signal":"%s","sector_score":%.3f,"rank":%d,"probability":%.3f})", signal,
                      d.normal(), d.integer(1, 11), accuracy);
    default:
        return format(
            R"({"prediction":%.2f,"signal":"%s","expected_return":%.4f,"probability":%.3f})",
            level * (1.0 + move), signal, move, accuracy);
    }
}

// An ordinary failure: realistic messages whose variable parts differ per run.
std::string failureMessage(Draw& d, std::size_t model, std::string_view symbol,
                           std::string_view source, double& durationSec)
{
    static constexpr std::array<const char*, 4> kColumns{"adj_close", "volume", "open_interest",
                                                         "implied_vol"};
    static constexpr std::array<const char*, 4> kFeatures{"rsi_14", "macd", "vwap",
                                                          "volatility_20"};
    const double u = d.uniform();
    if (u < 0.28) {
        const int limit = std::array<int, 3>{30, 60, 90}[static_cast<std::size_t>(d.integer(0, 2))];
        durationSec = limit + d.uniform(0.0, 1.5);
        if (source == "csv")
            return format("Timeout after %.1fs reading /data/csv/%.*s_daily.csv", durationSec,
                          static_cast<int>(symbol.size()), symbol.data());
        return format("Timeout after %.1fs waiting for %.*s response for '%.*s'", durationSec,
                      static_cast<int>(source.size()), source.data(),
                      static_cast<int>(symbol.size()), symbol.data());
    }
    if (u < 0.45 && source == "yfinance")
        return format(
            "HTTP 429 Too Many Requests from https://query1.finance.yahoo.com/v8/finance/chart/%.*s"
            "?range=%dd&interval=1d",
            static_cast<int>(symbol.size()), symbol.data(), 30 * d.integer(1, 12));
    if (u < 0.45 && source == "csv")
        return format("File not found: /data/csv/%.*s_daily_%d.csv",
                      static_cast<int>(symbol.size()), symbol.data(), 2023 + d.integer(0, 3));
    if (u < 0.62)
        return format("Missing column '%s' in input data for '%.*s'",
                      kColumns[static_cast<std::size_t>(d.integer(0, 3))],
                      static_cast<int>(symbol.size()), symbol.data());
    if (u < 0.76) {
        const int need = kModels[model].lookback + 50 * d.integer(1, 4);
        return format("Insufficient history for '%.*s': need %d rows, got %d",
                      static_cast<int>(symbol.size()), symbol.data(), need, d.integer(5, need - 1));
    }
    if (u < 0.88)
        return format("ValueError: Input contains NaN in feature '%s' at row %d",
                      kFeatures[static_cast<std::size_t>(d.integer(0, 3))], d.integer(1, 5000));
    return format("Model checkpoint /models/%.*s/ckpt-%d.pt failed checksum (run id %s)",
                  static_cast<int>(kModels[model].slug.size()), kModels[model].slug.data(),
                  d.integer(100, 999), hexId(d, 12).c_str());
}

std::int64_t writePrices(Database& db, Draw& d, EpochMs end, int priceDays, Feedback& feedback)
{
    market::PriceStore::Writer load(db);
    std::array<double, kAssets.size()> price{};
    for (std::size_t i = 0; i < kAssets.size(); ++i)
        price[i] = kAssets[i].startPrice;
    const EpochMs last = dayStart(end);
    const EpochMs first = last - static_cast<EpochMs>(priceDays) * kMsPerDay;
    std::int64_t rows = 0;
    for (EpochMs day = first; day <= last; day += kMsPerDay) {
        if (isWeekend(day))
            continue;
        const double market = 0.0003 + 0.009 * d.normal();
        std::array<double, kSectorCount> sector{};
        for (double& s : sector)
            s = 0.006 * d.normal();
        for (std::size_t i = 0; i < kAssets.size(); ++i) {
            const auto& a = kAssets[i];
            const double r = a.marketBeta * market +
                             a.sectorBeta * sector[static_cast<std::size_t>(a.sector)] +
                             a.idioVol * d.normal();
            price[i] *= std::exp(r);
            load.add(a.ticker, day, price[i]);
            ++rows;
        }
        feedback.report(0.9 + 0.1 * static_cast<double>(day - first) /
                                  static_cast<double>(last - first + 1));
    }
    load.finish();
    return rows;
}

} // namespace

DemoSummary generateDemo(Database& db, const DemoOptions& options, Feedback& feedback)
{
    if (options.runs < 0)
        throw Error("The number of demo runs cannot be negative.");
    if (options.days < 1)
        throw Error("A demo history needs at least one day.");
    if (options.priceDays < 0)
        throw Error("The number of price days cannot be negative.");
    if (db.queryInt("SELECT EXISTS(SELECT 1 FROM runs)").value_or(0) != 0)
        throw Error(
            "The workspace already holds runs; a demo is generated only into an empty workspace.");

    const EpochMs end = options.end ? options.end : nowMs();
    const EpochMs start = end - static_cast<EpochMs>(options.days) * kMsPerDay;
    const Incidents inc = planIncidents(start, options.days);

    Draw timeDraw(deriveSeed(options.seed, 1));
    Draw runDraw(deriveSeed(options.seed, 2));
    Draw priceDraw(deriveSeed(options.seed, 3));

    // A bulk write into an empty workspace: the indexes are built once at the
    // end, in order, instead of page by page between the rows.
    Transaction tx(db);
    IndexPause pause(db);
    DemoSummary summary;
    const std::vector<Slot> slots = drawTimes(timeDraw, options.runs, start, options.days, inc);
    const SymbolPicker symbols;
    RunStore::Inserter inserter(db);
    // Written a batch at a time: several runs to a statement on SQLite, one
    // COPY on PostgreSQL.
    constexpr std::size_t kBatch = 1024;
    std::vector<RunRecord> batch;
    batch.reserve(kBatch);
    for (std::size_t i = 0; i < slots.size(); ++i) {
        if ((i & 1023) == 0) {
            inserter.addAll(batch);
            batch.clear();
            feedback.throwIfStopped();
            feedback.report(0.9 * static_cast<double>(i) / static_cast<double>(slots.size()));
        }
        const std::size_t m = slots[i].model;
        const auto& model = kModels[m];
        const EpochMs t = slots[i].time;
        const std::size_t s = symbols.pick(runDraw, t);
        const std::string_view symbol = kSymbols[s].ticker;
        const std::string_view source = pickSource(runDraw, kSymbols[s].nse);

        RunRecord& r = batch.emplace_back();
        r.model = std::string(model.name);
        r.symbol = std::string(symbol);
        r.startedAt = t;
        r.dataSource = std::string(source);
        r.inputParams = inputParams(runDraw, m);

        double duration =
            model.medianDurationSec * std::exp(model.durationSigma * runDraw.normal());
        if (inc.enabled && m == kOptionsChain && inc.latency.contains(t))
            duration *= runDraw.uniform(5.0, 10.0);

        double memory = model.memoryMb * std::exp(0.06 * runDraw.normal());
        if (inc.enabled && m == kSectorAnalysis && inc.memoryLeak.contains(t)) {
            const double progress = static_cast<double>(t - inc.memoryLeak.start) /
                                    static_cast<double>(inc.memoryLeak.end - inc.memoryLeak.start);
            memory += 1400.0 * progress;
        }
        const double cpu =
            std::clamp(30.0 + 45.0 * runDraw.uniform() + 8.0 * runDraw.normal(), 1.0, 100.0);

        double logitAccuracy = logit(model.meanAccuracy);
        if (inc.enabled && m == kStockPrediction && inc.degradation.contains(t)) {
            const double progress =
                static_cast<double>(t - inc.degradation.start) /
                static_cast<double>(inc.degradation.end - inc.degradation.start);
            logitAccuracy += (logit(0.50) - logit(model.meanAccuracy)) * progress;
        }
        const double accuracy = sigmoid(logitAccuracy + model.accuracySpread * runDraw.normal());

        const bool outage =
            inc.enabled && source == "fyers" && inc.fyersOutage.contains(t) && runDraw.chance(0.92);
        const bool failed = outage || runDraw.chance(model.failureRate);
        const bool cancelled = !failed && runDraw.chance(0.006);

        if (outage) {
            r.status = status::kFailed;
            duration = runDraw.uniform(0.4, 2.5);
            r.errorMessage = format(
                "Fyers API error: HTTP 503 Service Unavailable from "
                "https://api-t1.fyers.in/data/history?symbol=NSE:%.*s-EQ&resolution=D "
                "(request id %s)",
                static_cast<int>(symbol.size() - 3), symbol.data(), hexId(runDraw, 16).c_str());
        } else if (failed) {
            r.status = status::kFailed;
            duration *= runDraw.uniform(0.1, 0.8);
            r.errorMessage = failureMessage(runDraw, m, symbol, source, duration);
        } else if (cancelled) {
            r.status = status::kCancelled;
            duration *= runDraw.uniform(0.05, 0.9);
        } else {
            r.status = status::kCompleted;
            r.accuracy = accuracy;
            r.confidence = std::clamp(0.30 + 0.65 * accuracy + 0.04 * runDraw.normal(), 0.05, 0.99);
            r.outputResults = outputResults(runDraw, m, symbol, accuracy);
        }
        r.memoryMb = std::round(memory * 10.0) / 10.0;
        r.cpuPercent = std::round(cpu * 10.0) / 10.0;
        const EpochMs finished = t + static_cast<EpochMs>(duration * 1000.0);
        if (finished > end) {
            // Still going when the history ends.
            r.status = status::kRunning;
            r.errorMessage.clear();
            r.accuracy.reset();
            r.confidence.reset();
            r.outputResults.clear();
            r.createdAt = t;
        } else {
            r.durationSec = std::round(duration * 1000.0) / 1000.0;
            r.createdAt = finished;
        }
        ++summary.runs;
    }
    inserter.addAll(batch);
    inserter.flush();
    writeIncidents(db, inc);
    summary.incidents = db.queryInt("SELECT COUNT(*) FROM demo_incidents").value_or(0);
    summary.priceRows = writePrices(db, priceDraw, end, options.priceDays, feedback);
    feedback.throwIfStopped();
    pause.restore();
    tx.commit();
    feedback.report(1.0);
    return summary;
}

} // namespace kestrel::runs

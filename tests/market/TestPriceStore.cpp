// PriceStore on both backends: closes written in bulk read back per symbol
// in day order, with their range; the demo's simulated prices are readable
// through it (weekdays only, one series per asset, positive closes).
#include "core/market/PriceStore.h"
#include "core/runs/DemoGenerator.h"
#include "core/workspace/Workspace.h"
#include "common/TestBackend.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;
using namespace kestrel::market;

class TestPriceStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        KESTREL_START_BACKEND();
        QVERIFY(m_dir.isValid());
    }

    void closesComeBackInDayOrder()
    {
        auto ws = workspace::Workspace::open(test::newWorkspace(m_dir, "closes"));
        PriceStore store(ws->db());
        QVERIFY(store.symbols().empty());
        QVERIFY(!store.range("NSE:TCS"));
        const EpochMs day0 = *parseTime("2026-03-02T00:00:00Z");
        {
            workspace::Transaction tx(ws->db());
            PriceStore::Writer writer(ws->db());
            // Written newest first: the reads order them.
            for (int i = 9; i >= 0; --i) {
                writer.add("NSE:TCS", day0 + i * kMsPerDay, 3000.0 + i);
                writer.add("AAPL", day0 + i * kMsPerDay, 180.5 - i * 0.25);
            }
            QCOMPARE(writer.finish(), 20);
            tx.commit();
        }
        QCOMPARE(store.count(), 20);
        QCOMPARE(store.symbols(), (std::vector<std::string>{"AAPL", "NSE:TCS"}));
        const auto range = store.range("AAPL");
        QVERIFY(range);
        QCOMPARE(range->first, day0);
        QCOMPARE(range->second, day0 + 9 * kMsPerDay);
        const std::vector<DailyClose> tcs =
            store.series("NSE:TCS", day0 + 2 * kMsPerDay, day0 + 5 * kMsPerDay);
        QCOMPARE(tcs.size(), std::size_t(3));
        for (std::size_t i = 0; i < tcs.size(); ++i) {
            QCOMPARE(tcs[i].symbol, std::string("NSE:TCS"));
            QCOMPARE(tcs[i].day, day0 + static_cast<EpochMs>(i + 2) * kMsPerDay);
            QCOMPARE(tcs[i].close, 3002.0 + static_cast<double>(i));
        }
        QVERIFY(store.series("MSFT", day0, day0 + 10 * kMsPerDay).empty());
    }

    void theDemosPricesAreMarketData()
    {
        auto ws = workspace::Workspace::open(test::newWorkspace(m_dir, "demo"));
        runs::DemoOptions options;
        options.seed = 3;
        options.runs = 200;
        options.priceDays = 40;
        options.end = *parseTime("2026-11-20T12:00:00Z");
        Feedback feedback;
        const runs::DemoSummary summary = runs::generateDemo(ws->db(), options, feedback);
        PriceStore store(ws->db());
        QCOMPARE(store.count(), summary.priceRows);
        const std::vector<std::string> symbols = store.symbols();
        QCOMPARE(symbols.size(), std::size_t(20)); // the demo catalogue's assets
        std::int64_t rows = 0;
        for (const std::string& symbol : symbols) {
            const auto range = store.range(symbol);
            QVERIFY(range);
            const auto series = store.series(symbol, range->first, range->second + 1);
            QVERIFY(!series.empty());
            for (std::size_t i = 0; i < series.size(); ++i) {
                QVERIFY(series[i].close > 0);
                const auto weekday = ((series[i].day / kMsPerDay) + 4) % 7; // 0 = Sunday
                QVERIFY2(weekday != 0 && weekday != 6, symbol.c_str());
                if (i > 0)
                    QVERIFY(series[i].day > series[i - 1].day);
            }
            rows += static_cast<std::int64_t>(series.size());
        }
        QCOMPARE(rows, summary.priceRows);
    }
};

QTEST_GUILESS_MAIN(TestPriceStore)
#include "TestPriceStore.moc"

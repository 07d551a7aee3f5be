// workspace::BulkInsert, the loader of imports and the demo generator: what
// it writes reads back exactly on both backends (prepared inserts on SQLite,
// COPY on PostgreSQL), including the text COPY must escape, and it belongs to
// the caller's transaction.
#include "IoTestUtil.h"

#include "core/common/Error.h"
#include "core/workspace/BulkInsert.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace kestrel;
using workspace::BulkInsert;

namespace {

const std::vector<std::string> kTexts = {"plain",
                                         "tab\there",
                                         "line\nbreak",
                                         "carriage\rreturn",
                                         "back\\slash \\N",
                                         "quote ' and \"",
                                         "caf\xc3\xa9 \xe2\x9c\x93",
                                         std::string(70'000, 'x')};

const std::vector<double> kReals = {0.1 + 0.2, 1e-300, -2.5, 123456789.123456789,
                                    std::numeric_limits<double>::max()};

} // namespace

class TestBulkInsert : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KESTREL_START_BACKEND(); }

    void rowsReadBackExactly()
    {
        QTemporaryDir dir;
        auto ws = iotest::newWorkspace(dir);
        workspace::Database& db = ws->db();
        workspace::Transaction tx(db);
        BulkInsert settings(db, "settings", {"key", "value"});
        for (std::size_t i = 0; i < kTexts.size(); ++i)
            settings.text("k" + std::to_string(i)).text(kTexts[i]).endRow();
        settings.text("nothing").null().endRow();
        settings.text("empty").textOrNull("").endRow();
        QCOMPARE(settings.finish(), std::int64_t(kTexts.size() + 2));
        BulkInsert prices(db, "prices", {"symbol", "day", "close"});
        for (std::size_t i = 0; i < kReals.size(); ++i)
            prices.text("S").value(std::int64_t(i) - 3).value(kReals[i]).endRow();
        prices.text("S")
            .value(std::numeric_limits<std::int64_t>::max())
            .value(std::optional<double>(-0.5))
            .endRow();
        prices.finish();
        tx.commit();

        for (std::size_t i = 0; i < kTexts.size(); ++i)
            QCOMPARE(ws->setting("k" + std::to_string(i), "missing"), kTexts[i]);
        workspace::Statement nothing =
            db.prepare("SELECT value IS NULL FROM settings WHERE key = ?");
        nothing.bind(1, "nothing");
        QVERIFY(nothing.step());
        QCOMPARE(nothing.int64(0), std::int64_t(1));
        nothing.reset();
        nothing.bind(1, "empty");
        QVERIFY(nothing.step());
        QCOMPARE(nothing.int64(0), std::int64_t(1));

        workspace::Statement st = db.prepare("SELECT day, close FROM prices ORDER BY day");
        for (std::size_t i = 0; i < kReals.size(); ++i) {
            QVERIFY(st.step());
            QCOMPARE(st.int64(0), std::int64_t(i) - 3);
            QCOMPARE(st.real(1), kReals[i]); // bit for bit, not within a tolerance
        }
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), std::numeric_limits<std::int64_t>::max());
        QCOMPARE(st.real(1), -0.5);
        QVERIFY(!st.step());
    }

    void rolledBackWithTheTransaction()
    {
        QTemporaryDir dir;
        auto ws = iotest::newWorkspace(dir);
        {
            workspace::Transaction tx(ws->db());
            BulkInsert load(ws->db(), "settings", {"key", "value"});
            load.text("a").text("1").endRow();
            load.finish();
        }
        QCOMPARE(ws->setting("a", "gone"), std::string("gone"));
    }

    void aRowOfTheWrongWidthIsRefused()
    {
        QTemporaryDir dir;
        auto ws = iotest::newWorkspace(dir);
        workspace::Transaction tx(ws->db());
        BulkInsert load(ws->db(), "settings", {"key", "value"});
        load.text("a");
        QVERIFY_THROWS_EXCEPTION(Error, load.endRow());
        QVERIFY_THROWS_EXCEPTION(Error, load.text("b").text("c"));
    }
};

QTEST_GUILESS_MAIN(TestBulkInsert)
#include "TestBulkInsert.moc"

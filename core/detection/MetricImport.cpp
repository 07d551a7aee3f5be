#include "core/detection/MetricImport.h"

#include "core/anomaly/CsvTable.h"
#include "core/common/Error.h"
#include "core/detection/HourlyMetrics.h"
#include "core/workspace/BulkInsert.h"

#include "core/common/Text.h"

#include <algorithm>
#include <charconv>
#include <filesystem>

namespace kestrel::detection {

using workspace::Statement;
using workspace::Transaction;

MetricImportResult importMetricCsv(workspace::Database& db, const std::string& path,
                                   const MetricImportOptions& options, Feedback& feedback)
{
    const anomaly::CsvTable table = anomaly::CsvTable::read(path);
    std::optional<std::size_t> timeCol =
        options.timeColumn.empty() ? table.timeColumn() : table.column(options.timeColumn);
    if (!timeCol)
        throw Error(
            options.timeColumn.empty()
                ? path + ": no time column found (name one time/timestamp/date, or pass its name)"
                : path + ": no column named '" + options.timeColumn + "'");
    std::vector<std::size_t> cols;
    if (options.columns.empty()) {
        cols = table.numericColumns();
        // A column that holds numbers but also a cell that is not one (1e999,
        // 'n/a') is not silently left out: matrix() names that cell.
        for (std::size_t c = 0; c < table.header().size(); ++c) {
            if (c == *timeCol || std::find(cols.begin(), cols.end(), c) != cols.end())
                continue;
            bool anyNumber = false;
            for (std::size_t r = 0; r < table.rowCount() && !anyNumber; ++r) {
                const std::string t(trim(table.row(r)[c]));
                double v = 0;
                anyNumber = !t.empty() && std::from_chars(t.data(), t.data() + t.size(), v).ptr ==
                                              t.data() + t.size();
            }
            if (anyNumber)
                (void)table.matrix({c}); // throws naming line and column of the bad cell
        }
    } else {
        for (const std::string& name : options.columns) {
            const auto c = table.column(name);
            if (!c)
                throw Error(path + ": no column named '" + name + "'");
            cols.push_back(*c);
        }
    }
    if (cols.empty())
        throw Error(path + ": no numeric metric column to import");
    for (const std::string& name : runMetricNames())
        for (std::size_t c : cols)
            if (table.header()[c] == name)
                throw Error(
                    path + ": column '" + name +
                    "' has the name of a run-history metric; rename it so the two stay apart");

    const std::string component =
        options.component.empty() ? std::filesystem::path(path).stem().string() : options.component;
    // Validate everything before writing anything.
    const std::vector<EpochMs> times = table.times(*timeCol);
    const Eigen::MatrixXd values = table.matrix(cols);

    MetricImportResult result;
    Transaction tx(db);
    const std::string source = std::filesystem::path(path).filename().string();
    // Every point, column by column, in file order: a later point of the same
    // metric and time replaces an earlier one, as does a point imported again.
    auto forEachPoint = [&](const auto& write) {
        for (Eigen::Index j = 0; j < values.cols(); ++j) {
            feedback.throwIfStopped();
            const std::string& name = table.header()[cols[static_cast<std::size_t>(j)]];
            result.metrics.push_back(name);
            for (Eigen::Index i = 0; i < values.rows(); ++i) {
                write(name, static_cast<std::int64_t>(times[static_cast<std::size_t>(i)]),
                      values(i, j));
                ++result.points;
            }
            feedback.report(static_cast<double>(j + 1) / static_cast<double>(values.cols()));
        }
    };
    constexpr const char* kUpsert = " ON CONFLICT(model_name, metric, time) DO UPDATE SET "
                                    "value=excluded.value, source=excluded.source";
    if (db.backend() == workspace::Backend::Postgres) {
        // A round trip a point would take seconds for 100,000 points: COPY
        // them into a temporary table, then one upsert, the last point of a
        // (metric, time) winning (one statement may not update a row twice).
        db.exec("CREATE TEMPORARY TABLE metric_import (seq BIGINT, source TEXT, model_name TEXT, "
                "metric TEXT, time BIGINT, value DOUBLE PRECISION) ON COMMIT DROP");
        workspace::BulkInsert copy(db, "metric_import",
                                   {"seq", "source", "model_name", "metric", "time", "value"});
        std::int64_t seq = 0;
        forEachPoint([&](const std::string& name, std::int64_t time, double value) {
            copy.value(seq++).text(source).text(component).text(name).value(time).value(value);
            copy.endRow();
        });
        copy.finish();
        db.exec(std::string("INSERT INTO metric_series(source, model_name, metric, time, value) "
                            "SELECT DISTINCT ON (model_name, metric, time) source, model_name, "
                            "metric, time, value FROM metric_import "
                            "ORDER BY model_name, metric, time, seq DESC") +
                kUpsert);
    } else {
        Statement st = db.prepare(std::string("INSERT INTO metric_series(source, model_name, "
                                              "metric, time, value) VALUES(?,?,?,?,?)") +
                                  kUpsert);
        forEachPoint([&](const std::string& name, std::int64_t time, double value) {
            st.bind(1, source).bind(2, component).bind(3, name).bind(4, time).bind(5, value);
            st.run();
            st.reset();
        });
    }
    tx.commit();
    return result;
}

} // namespace kestrel::detection

#pragma once

#include "core/common/Time.h"
#include "core/workspace/BulkInsert.h"
#include "core/workspace/Database.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kestrel::market {

// One trading day's close of one symbol (the day is its UTC start).
struct DailyClose
{
    std::string symbol;
    EpochMs day = 0;
    double close = 0;
};

// The workspace's market data: daily closes per symbol in the `prices`
// table, on either backend. The demo writes its simulated prices here; the
// portfolio work (issue 14) reads its return series here and its market-data
// providers fill it. The one piece of code that touches `prices`.
class PriceStore
{
public:
    explicit PriceStore(workspace::Database& db);

    // Many closes at once in the caller's transaction (COPY on PostgreSQL).
    // A (symbol, day) already stored is refused by the table's key.
    class Writer
    {
    public:
        explicit Writer(workspace::Database& db);
        void add(std::string_view symbol, EpochMs day, double close);
        // Ends the copy; returns the closes written.
        std::int64_t finish();

    private:
        workspace::BulkInsert m_insert;
    };

    // The symbols with at least one close, in name order.
    std::vector<std::string> symbols();
    // The closes of `symbol` with from <= day < to, oldest first.
    std::vector<DailyClose> series(const std::string& symbol, EpochMs from, EpochMs to);
    // The first and last day of `symbol`; nothing without closes.
    std::optional<std::pair<EpochMs, EpochMs>> range(const std::string& symbol);
    // Every close stored.
    std::int64_t count();

private:
    workspace::Database& m_db;
};

} // namespace kestrel::market

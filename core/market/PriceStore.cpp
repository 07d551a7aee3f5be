#include "core/market/PriceStore.h"

namespace kestrel::market {

using workspace::Statement;

PriceStore::PriceStore(workspace::Database& db) : m_db(db) {}

PriceStore::Writer::Writer(workspace::Database& db)
    : m_insert(db, "prices", {"symbol", "day", "close"})
{
}

void PriceStore::Writer::add(std::string_view symbol, EpochMs day, double close)
{
    m_insert.text(symbol).value(static_cast<std::int64_t>(day)).value(close).endRow();
}

std::int64_t PriceStore::Writer::finish()
{
    return m_insert.finish();
}

std::vector<std::string> PriceStore::symbols()
{
    Statement st = m_db.prepare("SELECT DISTINCT symbol FROM prices ORDER BY symbol");
    std::vector<std::string> out;
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

std::vector<DailyClose> PriceStore::series(const std::string& symbol, EpochMs from, EpochMs to)
{
    Statement st = m_db.prepare(
        "SELECT day, close FROM prices WHERE symbol = ? AND day >= ? AND day < ? ORDER BY day");
    st.bind(1, symbol)
        .bind(2, static_cast<std::int64_t>(from))
        .bind(3, static_cast<std::int64_t>(to));
    std::vector<DailyClose> out;
    while (st.step())
        out.push_back(DailyClose{symbol, st.int64(0), st.real(1)});
    return out;
}

std::optional<std::pair<EpochMs, EpochMs>> PriceStore::range(const std::string& symbol)
{
    Statement st = m_db.prepare("SELECT min(day), max(day) FROM prices WHERE symbol = ?");
    st.bind(1, symbol);
    if (!st.step() || st.isNull(0))
        return std::nullopt;
    return std::make_pair(EpochMs(st.int64(0)), EpochMs(st.int64(1)));
}

std::int64_t PriceStore::count()
{
    return m_db.queryInt("SELECT count(*) FROM prices").value_or(0);
}

} // namespace kestrel::market

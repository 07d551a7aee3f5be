#pragma once

#include "core/common/Progress.h"
#include "core/common/Time.h"
#include "core/workspace/Database.h"

#include <cstdint>

namespace kestrel::runs {

struct DemoOptions
{
    std::uint64_t seed = 42;
    std::int64_t runs = 100'000;
    int days = 90;
    // The moment the generated history ends; 0 means now.
    EpochMs end = 0;
    // Daily prices for the correlated assets cover this many calendar days.
    int priceDays = 3 * 365 + 30;
};

struct DemoSummary
{
    std::int64_t runs = 0;
    std::int64_t incidents = 0;
    std::int64_t priceRows = 0;
};

// Fills an empty workspace with a deterministic demo: runs for five models over
// ~50 NSE and US symbols with daily and weekly rhythm, planted incidents (each
// recorded in demo_incidents as ground truth) and daily prices for ~20
// correlated assets. Same options, same workspace content. One transaction.
DemoSummary generateDemo(workspace::Database& db, const DemoOptions& options, Feedback& feedback);

} // namespace kestrel::runs

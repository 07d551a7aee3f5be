#pragma once

#include "core/common/Time.h"
#include "core/runs/DemoGenerator.h"
#include "core/workspace/Workspace.h"

#include <QString>
#include <QTest>

#include <functional>

namespace kestrel::test {

// The demo history of the view tests ends here, so every run of the suite
// sees the same workspace.
inline EpochMs demoEnd()
{
    return *parseTime("2026-11-01T00:00:00Z");
}

// Writes a deterministic demo workspace of `runs` runs at `path`.
inline void makeDemo(const QString& path, std::int64_t runs, std::uint64_t seed = 7)
{
    auto ws = workspace::Workspace::create(path.toStdString());
    runs::DemoOptions options;
    options.seed = seed;
    options.runs = runs;
    options.end = demoEnd();
    options.priceDays = 60;
    Feedback feedback;
    runs::generateDemo(ws->db(), options, feedback);
}

// Spins the event loop until `done` holds (background jobs deliver results
// through it); false after `ms`.
inline bool waitFor(const std::function<bool()>& done, int ms = 60000)
{
    return QTest::qWaitFor(done, ms);
}

} // namespace kestrel::test

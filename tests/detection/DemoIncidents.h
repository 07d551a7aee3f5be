#pragma once

// The demo's ground truth (demo_incidents) as the detection quality tests
// read it.
#include "core/common/Time.h"
#include "core/workspace/Database.h"

#include <string>
#include <vector>

namespace kestrel::test {

struct Incident
{
    std::string model;
    std::string metric; // the run field ("duration", "memory_mb")
    std::string type;
    EpochMs start = 0;
    EpochMs end = 0;
};

// Every planted incident of the workspace, in the order planted.
inline std::vector<Incident> incidents(workspace::Database& db)
{
    std::vector<Incident> out;
    auto st = db.prepare(
        "SELECT model_name, metric, type, start_time, end_time FROM demo_incidents ORDER BY id");
    while (st.step())
        out.push_back({st.text(0), st.text(1), st.text(2), st.int64(3), st.int64(4)});
    return out;
}

} // namespace kestrel::test

#pragma once

#include "core/common/Progress.h"
#include "core/runs/io/RunImport.h"
#include "core/runs/io/RunSink.h"

#include <string>

namespace kestrel::runs::io {

// Reads an MLflow tracking database (`mlflow.db`, the SQLAlchemy backend) of
// any schema version from MLflow 1.x to 3.x, opened read-only. Columns that
// only some versions have (runs.name, metrics.is_nan, metrics.step,
// experiments.lifecycle_stage) are detected with PRAGMA table_info. Deleted
// runs and runs of deleted experiments are skipped and counted.
void importMlflowSqlite(const std::string& path, const MlflowMapping& mapping, RunSink& sink,
                        Feedback& feedback);

// True when `path` is an SQLite file (by its 16-byte header).
bool isSqliteFile(const std::string& path);

} // namespace kestrel::runs::io

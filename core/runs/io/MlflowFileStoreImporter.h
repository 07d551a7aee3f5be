#pragma once

#include "core/common/Progress.h"
#include "core/runs/io/RunImport.h"
#include "core/runs/io/RunSink.h"

#include <string>

namespace kestrel::runs::io {

// Reads an MLflow file store: `root` is the mlruns/ folder (or a folder that
// holds one). Each experiment is <root>/<id>/meta.yaml, each run
// <root>/<id>/<run>/meta.yaml with metrics/, params/ and tags/ folders (keys
// with '/' are sub-folders). The .trash folder and the model registry are
// ignored; runs marked deleted are skipped and counted.
void importMlflowFileStore(const std::string& root, const MlflowMapping& mapping, RunSink& sink,
                           Feedback& feedback);

} // namespace kestrel::runs::io

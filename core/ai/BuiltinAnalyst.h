#pragma once

#include "core/ai/AnalysisData.h"
#include "core/ai/Provider.h"
#include "core/common/ProviderIds.h"

#include <memory>

namespace kestrel::ai {

// The built-in statistical analyst: no network, no model, no cost. Writes the
// report from the aggregates alone - every section with concrete figures and
// names (which model, which error template, when, how much) - and is
// deterministic: the same data gives the same text. Used when no provider is
// configured and offered as the fallback when one fails; its report always
// says it was written by the built-in analyst.
class BuiltinAnalyst : public Provider
{
public:
    static constexpr const char* kModelName = "kestrel-statistical-analyst";

    explicit BuiltinAnalyst(std::shared_ptr<const AnalysisData> data);

    std::string id() const override { return provider_id::kBuiltin; }
    std::string displayName() const override { return "Built-in statistical analyst"; }
    bool usesNetwork() const override { return false; }
    ModelList listModels(std::stop_token stop) override;
    Json requestBody(const CompletionRequest& request) const override;
    // Streams the report in paragraphs; ignores request.prompt (it reads the
    // aggregates directly). Token counts are left empty: nothing was billed.
    Completion complete(const CompletionRequest& request, const TextSink& onText,
                        std::stop_token stop) override;

    // The whole report at once.
    static std::string write(const AnalysisData& data);

private:
    std::shared_ptr<const AnalysisData> m_data;
};

} // namespace kestrel::ai

// Fuzzes the prompt-template loader: the JSON a workspace stores under
// "ai.prompt_template.<name>" (PromptTemplate::parse). A kestrel::Error naming
// the missing field or the JSON error is the expected answer to bad input.
#include "core/ai/PromptTemplate.h"
#include "core/common/Error.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    try {
        kestrel::ai::PromptTemplate::parse(std::string(reinterpret_cast<const char*>(data), size),
                                           "workspace override");
    } catch (const kestrel::Error&) {
    }
    return 0;
}

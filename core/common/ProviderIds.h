#pragma once

// The AI provider ids, declared once: stored in the usage ledger, the response
// cache, reports and settings, used as key names by core/secrets and shown by
// the panels' pickers. In core/common because secrets/ (below ai/) names them
// too. Compare and store these, never a literal.
namespace kestrel::provider_id {

inline constexpr const char* kAnthropic = "anthropic";
inline constexpr const char* kOpenAi = "openai"; // any OpenAI-compatible server
inline constexpr const char* kBuiltin = "builtin";
// Not a provider: the label of a report merged from several providers' answers.
inline constexpr const char* kConsensus = "consensus";

// The providers a person can choose, in the order pickers list them.
inline constexpr const char* kAll[] = {kBuiltin, kAnthropic, kOpenAi};

} // namespace kestrel::provider_id

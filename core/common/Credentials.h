#pragma once

#include <string>
#include <string_view>

namespace kestrel {

// What a masked credential becomes.
inline constexpr std::string_view kRedacted = "[redacted]";

// The text a person or a remote service may see, with every credential-looking
// value replaced by "[redacted]": bearer and basic authorisation values, JSON
// web tokens (eyJ….eyJ….…), provider keys ("sk-…", "sk-ant-…"), GitHub tokens
// (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_), Slack tokens (xoxb-, xoxp-, …),
// AWS access key ids (AKIA…, ASIA…), the values of password=, passwd=, pwd=,
// token=, access_token=, secret=, client_secret=, apikey=, api_key= and
// api-key= (also with ':' and in any case), and the user:password part of a
// URL.
//
// Also works on error templates (core/runs/ErrorTemplate.h), in which each
// number is the placeholder <n>: a placeholder counts as part of a token, so a
// key templated before this rule existed is still masked whole.
std::string maskCredentials(std::string_view text);

} // namespace kestrel

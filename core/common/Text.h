#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace kestrel {

// `s` without leading and trailing ASCII whitespace (space, tab, CR, LF, FF, VT).
inline std::string_view trim(std::string_view s)
{
    auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return s;
}

// ASCII lower case; other bytes (UTF-8 included) unchanged.
inline std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return s;
}

} // namespace kestrel

#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kestrel {

using Json = nlohmann::json;

// The deepest nesting of arrays and objects Kestrel parses. nlohmann's
// parser, dump and destructor recurse per level, so a document nested tens of
// thousands deep would overflow the stack.
inline constexpr int kMaxJsonDepth = 256;

// Calls visit(offset, c) for every byte of JSON text outside string literals,
// the quote that opens a string included; visit returns false to stop.
template <class Visit> void scanJsonOutsideStrings(std::string_view text, Visit&& visit)
{
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        inString = c == '"';
        if (!visit(i, c))
            return;
    }
}

// The byte offset of the bracket that opens level kMaxJsonDepth + 1 in JSON
// text (brackets inside strings ignored); nothing when the text nests no
// deeper than kMaxJsonDepth. Check before Json::parse on untrusted text.
inline std::optional<std::size_t> jsonTooDeepAt(std::string_view text)
{
    int depth = 0;
    std::optional<std::size_t> at;
    scanJsonOutsideStrings(text, [&](std::size_t i, char c) {
        if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth) {
                at = i;
                return false;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
        return true;
    });
    return at;
}

// The message for jsonTooDeepAt.
inline std::string jsonTooDeepMessage()
{
    return "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
}

// Serialises `j`; invalid UTF-8 in stored strings becomes U+FFFD instead of
// throwing type_error.316. Every JSON writer uses this, never Json::dump directly.
inline std::string dumpJson(const Json& j, int indent = -1)
{
    return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

} // namespace kestrel

#pragma once

#include "core/common/Error.h"
#include "core/common/Json.h"

#include <optional>
#include <string>
#include <string_view>

namespace kestrel {

// "origin:line:column" of byte `offset` in `text` (both 1-based in the result).
inline std::string jsonPosition(std::string_view text, std::size_t offset,
                                const std::string& origin)
{
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return origin + ":" + std::to_string(line) + ":" + std::to_string(column);
}

struct OverflowingNumber
{
    std::string text;       // as written, e.g. "1e999"
    std::size_t offset = 0; // of its first occurrence in the parsed text
};

// The number an out_of_range parse error is about: nlohmann names it ("number
// overflow parsing '1e999'") but not where it is, so it is looked up in `text`
// (its first occurrence: an earlier equal text would be named instead).
inline std::optional<OverflowingNumber> overflowingNumber(const Json::out_of_range& e,
                                                          std::string_view text)
{
    const std::string what = e.what();
    const auto q1 = what.find('\'');
    const auto q2 = q1 == std::string::npos ? q1 : what.find('\'', q1 + 1);
    if (q2 == std::string::npos)
        return std::nullopt;
    OverflowingNumber n;
    n.text = what.substr(q1 + 1, q2 - q1 - 1);
    if (const auto p = text.find(n.text); p != std::string_view::npos)
        n.offset = p;
    return n;
}

// Parses a whole JSON document read from `origin` (a file name); every
// failure, a number that overflows (1e999) included, throws Error naming
// origin:line:column.
inline Json parseJsonDocument(std::string_view text, const std::string& origin)
{
    try {
        return Json::parse(text);
    } catch (const Json::parse_error& e) {
        const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
        std::string what = e.what();
        if (const auto p = what.find("]: "); p != std::string::npos)
            what.erase(0, p + 3);
        throw Error(jsonPosition(text, at, origin) + ": not valid JSON: " + what);
    } catch (const Json::out_of_range& e) {
        if (const auto number = overflowingNumber(e, text))
            throw Error(jsonPosition(text, number->offset, origin) + ": the number " +
                        number->text + " is too large");
        throw Error(origin + ": " + e.what());
    }
}

} // namespace kestrel

#include "core/runs/io/FlatYaml.h"

#include "core/runs/io/RunFields.h"

namespace kestrel::runs::io {

namespace {

std::string unquote(std::string_view v)
{
    if (v.size() >= 2 && v.front() == '\'' && v.back() == '\'') {
        std::string out;
        v = v.substr(1, v.size() - 2);
        for (std::size_t i = 0; i < v.size(); ++i) {
            out.push_back(v[i]);
            if (v[i] == '\'' && i + 1 < v.size() && v[i + 1] == '\'')
                ++i; // '' is an escaped quote
        }
        return out;
    }
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') {
        std::string out;
        v = v.substr(1, v.size() - 2);
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (v[i] == '\\' && i + 1 < v.size()) {
                ++i;
                out.push_back(v[i] == 'n' ? '\n' : v[i] == 't' ? '\t' : v[i]);
            } else {
                out.push_back(v[i]);
            }
        }
        return out;
    }
    return std::string(v);
}

} // namespace

std::map<std::string, std::string> parseFlatYaml(std::string_view text)
{
    std::map<std::string, std::string> out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        if (line.empty() || line.front() == ' ' || line.front() == '\t' || line.front() == '-' ||
            line.front() == '#')
            continue;
        const auto colon = line.find(':');
        if (colon == std::string_view::npos)
            continue;
        const std::string_view key = trim(line.substr(0, colon));
        const std::string_view value = trim(line.substr(colon + 1));
        if (key.empty() || value.empty() || value == "null" || value == "~" || value == "Null" ||
            value == "NULL")
            continue;
        out[std::string(key)] = unquote(value);
    }
    return out;
}

} // namespace kestrel::runs::io

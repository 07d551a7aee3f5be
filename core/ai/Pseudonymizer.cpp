#include "core/ai/Pseudonymizer.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace kestrel::ai {

std::string Pseudonymizer::letters(std::size_t index)
{
    std::string s;
    ++index;
    while (index > 0) {
        --index;
        s.insert(s.begin(), static_cast<char>('A' + index % 26));
        index /= 26;
    }
    return s;
}

std::string Pseudonymizer::model(const std::string& name)
{
    if (!m_enabled || name.empty())
        return name;
    auto it = m_models.find(name);
    if (it != m_models.end())
        return it->second;
    const std::string alias = "Model " + letters(m_models.size());
    m_models.emplace(name, alias);
    m_reverse.emplace(alias, name);
    return alias;
}

std::string Pseudonymizer::symbol(const std::string& name)
{
    if (!m_enabled || name.empty())
        return name;
    auto it = m_symbols.find(name);
    if (it != m_symbols.end())
        return it->second;
    char buf[32];
    std::snprintf(buf, sizeof buf, "Symbol %02zu", m_symbols.size() + 1);
    m_symbols.emplace(name, buf);
    m_reverse.emplace(buf, name);
    return buf;
}

std::string Pseudonymizer::replaceAll(std::string_view text,
                                      std::vector<std::pair<std::string, std::string>> pairs)
{
    // Longest first so "Model AB" is not read as "Model A" + "B".
    std::sort(pairs.begin(), pairs.end(),
              [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        bool hit = false;
        for (const auto& [from, to] : pairs) {
            if (!from.empty() && text.compare(i, from.size(), from) == 0) {
                // Whole words only: "Model A" inside "Model Alpha" is not a pseudonym.
                const std::size_t end = i + from.size();
                const bool boundary =
                    end >= text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
                const bool start = i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1]));
                if (boundary && start) {
                    out += to;
                    i = end;
                    hit = true;
                    break;
                }
            }
        }
        if (!hit)
            out += text[i++];
    }
    return out;
}

std::string Pseudonymizer::hide(std::string_view text) const
{
    if (!m_enabled)
        return std::string(text);
    std::vector<std::pair<std::string, std::string>> pairs;
    for (const auto& [real, alias] : m_models)
        pairs.emplace_back(real, alias);
    for (const auto& [real, alias] : m_symbols)
        pairs.emplace_back(real, alias);
    return replaceAll(text, std::move(pairs));
}

std::string Pseudonymizer::restore(std::string_view text) const
{
    if (!m_enabled)
        return std::string(text);
    return replaceAll(text, {m_reverse.begin(), m_reverse.end()});
}

} // namespace kestrel::ai

#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kestrel::ai {

// Consistent pseudonyms for model names and symbols, so an analysis can be sent
// without naming what the desk runs or trades: the i-th model seen becomes
// "Model A", "Model B", ... "Model AA"; the i-th symbol "Symbol 01", "Symbol 02".
// The same name always gets the same pseudonym within one Pseudonymizer, and
// restore() maps an answer back to the real names before it is shown or stored.
class Pseudonymizer
{
public:
    explicit Pseudonymizer(bool enabled = true) : m_enabled(enabled) {}

    bool enabled() const { return m_enabled; }
    // The pseudonym for a model (the name itself when disabled).
    std::string model(const std::string& name);
    std::string symbol(const std::string& name);
    // Replaces every known real name inside free text (error templates) by its
    // pseudonym, longest names first.
    std::string hide(std::string_view text) const;
    // Replaces every pseudonym in an answer by the real name.
    std::string restore(std::string_view text) const;
    // pseudonym -> real name.
    const std::map<std::string, std::string>& mapping() const { return m_reverse; }

private:
    static std::string letters(std::size_t index);
    static std::string replaceAll(std::string_view text,
                                  std::vector<std::pair<std::string, std::string>> pairs);

    bool m_enabled;
    std::map<std::string, std::string> m_models;
    std::map<std::string, std::string> m_symbols;
    std::map<std::string, std::string> m_reverse;
};

} // namespace kestrel::ai

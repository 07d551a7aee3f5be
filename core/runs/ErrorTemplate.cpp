#include "core/runs/ErrorTemplate.h"

#include "core/common/Credentials.h"

#include <cctype>

namespace kestrel::runs {

namespace {

bool isWordChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

bool isHex(char c)
{
    return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}

// Length of a token that stops at whitespace or a closing delimiter.
size_t tokenLength(std::string_view s, size_t i)
{
    size_t j = i;
    while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j])) && s[j] != ',' &&
           s[j] != ';' && s[j] != ')' && s[j] != ']' && s[j] != '}' && s[j] != '"' && s[j] != '\'')
        ++j;
    return j - i;
}

} // namespace

std::string errorTemplate(std::string_view message)
{
    // Credentials go before the variable parts are templated, so a key is
    // masked whole rather than left with only its digits replaced.
    const std::string masked = maskCredentials(message);
    const std::string_view m = masked;
    std::string out;
    out.reserve(m.size());
    size_t i = 0;
    auto emit = [&out](std::string_view token) { out += token; };
    while (i < m.size()) {
        const char c = m[i];
        // Whitespace collapses to one space.
        if (std::isspace(static_cast<unsigned char>(c))) {
            while (i < m.size() && std::isspace(static_cast<unsigned char>(m[i])))
                ++i;
            if (!out.empty())
                out += ' ';
            continue;
        }
        // Quoted values.
        if (c == '\'' || c == '"' || c == '`') {
            const size_t end = m.find(c, i + 1);
            if (end != std::string_view::npos && end - i < 200) {
                emit("<str>");
                i = end + 1;
                continue;
            }
        }
        const bool atWordStart = i == 0 || !isWordChar(m[i - 1]);
        // URLs.
        if (atWordStart && (m.substr(i, 7) == "http://" || m.substr(i, 8) == "https://")) {
            emit("<url>");
            i += tokenLength(m, i);
            continue;
        }
        // Paths: /a/b, ./a, ~/a, C:\a.
        if (atWordStart &&
            ((c == '/' && i + 1 < m.size() && isWordChar(m[i + 1])) ||
             ((c == '.' || c == '~') && m.substr(i + 1, 1) == "/") ||
             (std::isalpha(static_cast<unsigned char>(c)) && m.substr(i + 1, 2) == ":\\"))) {
            emit("<path>");
            i += tokenLength(m, i);
            continue;
        }
        if (atWordStart && isWordChar(c)) {
            size_t j = i;
            while (j < m.size() && (isWordChar(m[j]) || m[j] == '-'))
                ++j;
            const std::string_view word = m.substr(i, j - i);
            bool hasDigit = false, allHex = true;
            size_t hexCount = 0;
            for (char w : word) {
                hasDigit |= std::isdigit(static_cast<unsigned char>(w)) != 0;
                if (w != '-') {
                    allHex &= isHex(w);
                    ++hexCount;
                }
            }
            // UUIDs and long hex ids (git shas, run ids).
            if (hasDigit && allHex && hexCount >= 8) {
                emit("<id>");
                i = j;
                continue;
            }
        }
        // Numbers (with sign, decimals, exponent) not glued to a preceding letter.
        if (std::isdigit(static_cast<unsigned char>(c)) &&
            (i == 0 || !std::isalpha(static_cast<unsigned char>(m[i - 1])))) {
            size_t j = i;
            while (j < m.size() &&
                   (std::isdigit(static_cast<unsigned char>(m[j])) || m[j] == '.' || m[j] == '_'))
                ++j;
            if (j < m.size() && (m[j] == 'e' || m[j] == 'E') && j + 1 < m.size() &&
                (std::isdigit(static_cast<unsigned char>(m[j + 1])) || m[j + 1] == '-' ||
                 m[j + 1] == '+')) {
                j += 2;
                while (j < m.size() && std::isdigit(static_cast<unsigned char>(m[j])))
                    ++j;
            }
            if (!out.empty() && out.back() == '-' &&
                (out.size() == 1 || out[out.size() - 2] == ' '))
                out.pop_back();
            // A trailing '.' ends the sentence, it is not part of the number.
            if (m[j - 1] == '.')
                --j;
            emit("<n>");
            i = j;
            continue;
        }
        // Identifiers with digits glued to letters (e.g. worker7, AAPL2) keep the letters.
        if (std::isdigit(static_cast<unsigned char>(c))) {
            while (i < m.size() && std::isdigit(static_cast<unsigned char>(m[i])))
                ++i;
            emit("<n>");
            continue;
        }
        out += c;
        ++i;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

} // namespace kestrel::runs

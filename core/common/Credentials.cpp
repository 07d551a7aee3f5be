#include "core/common/Credentials.h"

#include <array>
#include <cctype>

namespace kestrel {

namespace {

bool isAlnum(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

bool isWordChar(char c)
{
    return isAlnum(c) || c == '_' || c == '-';
}

// The length of an error-template placeholder (<n>, <id>, <str>, <path>, <url>) at `i`, or 0.
std::size_t placeholderAt(std::string_view s, std::size_t i)
{
    static constexpr std::array<std::string_view, 5> kPlaceholders = {"<n>", "<id>", "<str>",
                                                                      "<path>", "<url>"};
    for (std::string_view p : kPlaceholders)
        if (s.substr(i, p.size()) == p)
            return p.size();
    return 0;
}

// The end of the token starting at `i`: letters, digits, base64 and URL-safe
// punctuation, and template placeholders.
std::size_t tokenEnd(std::string_view s, std::size_t i)
{
    while (i < s.size()) {
        const char c = s[i];
        if (isAlnum(c) || c == '-' || c == '_' || c == '.' || c == '+' || c == '/' || c == '=' ||
            c == '~') {
            ++i;
        } else if (const std::size_t p = placeholderAt(s, i)) {
            i += p;
        } else {
            break;
        }
    }
    // A sentence's full stop is not part of the token.
    while (i > 0 && s[i - 1] == '.')
        --i;
    return i;
}

// The end of a key=value value: anything up to a space, a separator or a quote.
std::size_t valueEnd(std::string_view s, std::size_t i)
{
    while (i < s.size()) {
        const char c = s[i];
        if (std::isspace(static_cast<unsigned char>(c)) || c == '&' || c == ',' || c == ';' ||
            c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == '>')
            break;
        ++i;
    }
    return i;
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Whether `s` has `prefix` (lower case) at `i`, ignoring ASCII case.
bool startsWithNoCase(std::string_view s, std::size_t i, std::string_view prefix)
{
    if (s.size() - i < prefix.size())
        return false;
    for (std::size_t k = 0; k < prefix.size(); ++k)
        if (asciiLower(s[i + k]) != prefix[k])
            return false;
    return true;
}

constexpr std::size_t kMaxKeyLength = 32;

// `word` in ASCII lower case, in `buffer` (no allocation: this runs for every
// error message an import stores).
std::string_view lowered(std::string_view word, std::array<char, kMaxKeyLength>& buffer)
{
    for (std::size_t k = 0; k < word.size(); ++k)
        buffer[k] = asciiLower(word[k]);
    return {buffer.data(), word.size()};
}

// Whether `word` (lower case) names a secret in a key=value pair.
bool isSecretKey(std::string_view word)
{
    static constexpr std::array<std::string_view, 9> kExact = {
        "pwd", "passwd", "apikey", "api_key", "api-key", "secret", "token", "auth", "x-api-key"};
    for (std::string_view k : kExact)
        if (word == k)
            return true;
    static constexpr std::array<std::string_view, 6> kSuffixes = {"password", "_token",  "-token",
                                                                  "_secret",  "-secret", "_key"};
    for (std::string_view k : kSuffixes)
        if (word.size() >= k.size() && word.substr(word.size() - k.size()) == k &&
            (k != "_key" || word == "private_key" || word == "access_key" || word == "secret_key"))
            return true;
    return false;
}

struct Prefix
{
    std::string_view text;
    std::size_t minRest; // characters the token needs after the prefix
};

constexpr std::array<Prefix, 14> kTokenPrefixes = {{
    {"sk-", 16},
    {"ghp_", 16},
    {"gho_", 16},
    {"ghu_", 16},
    {"ghs_", 16},
    {"ghr_", 16},
    {"github_pat_", 16},
    {"xoxb-", 8},
    {"xoxp-", 8},
    {"xoxa-", 8},
    {"xoxr-", 8},
    {"xoxs-", 8},
    {"xoxo-", 8},
    {"glpat-", 16},
}};

// An AWS access key id: AKIA/ASIA and at least 12 upper-case letters or digits.
bool isAwsKeyId(std::string_view token)
{
    if (token.size() < 16 || (token.substr(0, 4) != "AKIA" && token.substr(0, 4) != "ASIA"))
        return false;
    std::size_t count = 0;
    for (std::size_t i = 4; i < token.size();) {
        const char c = token[i];
        if (std::isupper(static_cast<unsigned char>(c)) ||
            std::isdigit(static_cast<unsigned char>(c))) {
            ++count;
            ++i;
        } else if (const std::size_t p = placeholderAt(token, i)) {
            count += 2;
            i += p;
        } else {
            return false;
        }
    }
    return count >= 12;
}

// A JSON web token: three base64url parts, the first starting "eyJ" ('{"').
bool isJwt(std::string_view token)
{
    if (token.size() < 20 || token.substr(0, 3) != "eyJ")
        return false;
    std::size_t dots = 0;
    for (char c : token)
        dots += c == '.';
    return dots >= 2;
}

// Whether `s` contains anything that could start a credential: one pass with
// no allocation, so the common message (none) costs little. This runs for
// every error message an import stores.
bool mayHoldCredentials(std::string_view s)
{
    auto at = [&](std::size_t i, std::string_view word) { return startsWithNoCase(s, i, word); };
    for (std::size_t i = 0; i < s.size(); ++i) {
        switch (asciiLower(s[i])) {
        case ':':
            if (at(i, "://") && s.find('@', i) != std::string_view::npos)
                return true;
            break;
        case '_':
        case '-':
            if (at(i + 1, "key"))
                return true;
            break;
        case 'a':
            if (at(i, "akia") || at(i, "asia") || at(i, "auth") || at(i, "apik") || at(i, "api_") ||
                at(i, "api-"))
                return true;
            break;
        case 'b':
            if (at(i, "bearer") || at(i, "basic"))
                return true;
            break;
        case 'e':
            if (at(i, "eyj"))
                return true;
            break;
        case 'g':
            if (at(i, "gh") || at(i, "glpat"))
                return true;
            break;
        case 'p':
            if (at(i, "pass") || at(i, "pwd"))
                return true;
            break;
        case 's':
            if (at(i, "sk-") || at(i, "secret"))
                return true;
            break;
        case 't':
            if (at(i, "token"))
                return true;
            break;
        case 'x':
            if (at(i, "xox"))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

} // namespace

std::string maskCredentials(std::string_view s)
{
    if (!mayHoldCredentials(s))
        return std::string(s);
    std::array<char, kMaxKeyLength> key{};
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        // scheme://user:password@host: the user stays, the password goes.
        if (s.substr(i, 3) == "://") {
            const std::size_t from = i + 3;
            std::size_t j = from;
            while (j < s.size() && s[j] != '@' && s[j] != '/' &&
                   !std::isspace(static_cast<unsigned char>(s[j])))
                ++j;
            const std::size_t colon = s.find(':', from);
            if (j < s.size() && s[j] == '@' && colon < j) {
                out.append(s.substr(i, colon + 1 - i));
                out += kRedacted;
                i = j;
                continue;
            }
        }
        const bool wordStart = i == 0 || !isWordChar(s[i - 1]);
        if (!wordStart) {
            out += s[i++];
            continue;
        }
        // "Bearer <token>", "Basic <base64>": the scheme stays, the value goes.
        bool schemeMasked = false;
        for (std::string_view scheme : {std::string_view("bearer "), std::string_view("basic ")}) {
            if (!startsWithNoCase(s, i, scheme))
                continue;
            std::size_t from = i + scheme.size();
            while (from < s.size() && s[from] == ' ')
                ++from;
            const std::size_t end = tokenEnd(s, from);
            if (end - from >= 8) {
                out.append(s.substr(i, from - i));
                out += kRedacted;
                i = end;
                schemeMasked = true;
                break;
            }
        }
        if (schemeMasked)
            continue;
        // Tokens recognisable by their shape.
        const std::size_t end = tokenEnd(s, i);
        const std::string_view token = s.substr(i, end - i);
        bool masked = isJwt(token) || isAwsKeyId(token);
        for (const Prefix& p : kTokenPrefixes)
            masked = masked || (token.size() >= p.text.size() + p.minRest &&
                                token.substr(0, p.text.size()) == p.text);
        if (masked) {
            out += kRedacted;
            i = end;
            continue;
        }
        // key=value and key: value pairs whose key names a secret.
        std::size_t wordEnd = i;
        while (wordEnd < s.size() && isWordChar(s[wordEnd]))
            ++wordEnd;
        if (wordEnd > i && wordEnd - i <= kMaxKeyLength &&
            isSecretKey(lowered(s.substr(i, wordEnd - i), key))) {
            std::size_t v = wordEnd;
            if (v < s.size() && (s[v] == '"' || s[v] == '\''))
                ++v;
            while (v < s.size() && s[v] == ' ')
                ++v;
            if (v < s.size() && (s[v] == '=' || s[v] == ':')) {
                ++v;
                while (v < s.size() && s[v] == ' ')
                    ++v;
                if (v < s.size() && (s[v] == '"' || s[v] == '\''))
                    ++v;
                const std::size_t vEnd = valueEnd(s, v);
                if (vEnd > v && s.substr(v, vEnd - v) != kRedacted) {
                    out.append(s.substr(i, v - i));
                    out += kRedacted;
                    i = vEnd;
                    continue;
                }
            }
        }
        if (wordEnd > i) { // copy the whole word, so no token starts inside it
            out.append(s.substr(i, wordEnd - i));
            i = wordEnd;
        } else {
            out += s[i++];
        }
    }
    return out;
}

} // namespace kestrel

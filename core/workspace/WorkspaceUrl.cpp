#include "core/workspace/WorkspaceUrl.h"

#include "core/common/Error.h"

#include <cctype>
#include <cstdlib>

namespace kestrel::workspace {

namespace {

constexpr std::string_view kSchemes[] = {"postgresql://", "postgres://"};

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

std::string percentDecoded(std::string_view s, std::string_view url)
{
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') {
            out.push_back(s[i]);
            continue;
        }
        const int hi = i + 2 < s.size() ? hexDigit(s[i + 1]) : -1;
        const int lo = i + 2 < s.size() ? hexDigit(s[i + 2]) : -1;
        if (hi < 0 || lo < 0)
            throw Error("The workspace URL " + std::string(url) + " has a bad %-escape");
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
    }
    return out;
}

bool plainIdentifier(std::string_view s)
{
    if (s.empty() || s.size() > 63 ||
        !(std::islower(static_cast<unsigned char>(s[0])) || s[0] == '_'))
        return false;
    for (char c : s)
        if (!(std::islower(static_cast<unsigned char>(c)) ||
              std::isdigit(static_cast<unsigned char>(c)) || c == '_'))
            return false;
    return true;
}

// The characters that would change how a URL part is read, %-escaped.
std::string percentEncoded(std::string_view s)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (char c : s) {
        if (c == '%' || c == '@' || c == ':' || c == '/' || c == '?' || c == '&' || c == '#' ||
            c == ' ') {
            out.push_back('%');
            out.push_back(kHex[(static_cast<unsigned char>(c) >> 4) & 0xF]);
            out.push_back(kHex[static_cast<unsigned char>(c) & 0xF]);
        } else {
            out.push_back(c);
        }
    }
    return out;
}

} // namespace

bool WorkspaceUrl::looksLikePostgres(std::string_view text)
{
    for (std::string_view scheme : kSchemes)
        if (text.substr(0, scheme.size()) == scheme)
            return true;
    return false;
}

WorkspaceUrl WorkspaceUrl::parse(std::string_view text)
{
    WorkspaceUrl url;
    if (!looksLikePostgres(text)) {
        if (text.empty())
            throw Error("No workspace given");
        url.m_path = std::string(text);
        return url;
    }
    url.m_kind = Kind::Postgres;
    const std::string shown(text);
    std::string_view rest = text.substr(text.find("://") + 3);

    std::string_view query;
    if (const auto q = rest.find('?'); q != std::string_view::npos) {
        query = rest.substr(q + 1);
        rest = rest.substr(0, q);
    }
    std::string_view authority = rest;
    if (const auto slash = rest.find('/'); slash != std::string_view::npos) {
        authority = rest.substr(0, slash);
        url.m_database = percentDecoded(rest.substr(slash + 1), "postgresql://…");
    }
    if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
        const std::string_view userInfo = authority.substr(0, at);
        if (userInfo.find(':') != std::string_view::npos)
            throw Error("The workspace URL carries a password. Kestrel never stores or logs one: "
                        "remove it from the URL and put it in PGPASSWORD or ~/.pgpass.");
        url.m_user = percentDecoded(userInfo, "postgresql://…");
        authority = authority.substr(at + 1);
    }
    std::string_view hostPort = authority;
    std::string_view port;
    if (!hostPort.empty() && hostPort.front() == '[') {
        const auto close = hostPort.find(']');
        if (close == std::string_view::npos)
            throw Error("The workspace URL " + shown + " has an unclosed [ in its host");
        url.m_host = std::string(hostPort.substr(1, close - 1));
        if (close + 1 < hostPort.size() && hostPort[close + 1] == ':')
            port = hostPort.substr(close + 2);
    } else {
        if (const auto colon = hostPort.rfind(':'); colon != std::string_view::npos) {
            port = hostPort.substr(colon + 1);
            hostPort = hostPort.substr(0, colon);
        }
        if (!hostPort.empty())
            url.m_host = percentDecoded(hostPort, shown);
    }
    if (!port.empty()) {
        int p = 0;
        for (char c : port) {
            if (!std::isdigit(static_cast<unsigned char>(c)) || p > 65535)
                throw Error("The workspace URL " + shown + " has a bad port '" + std::string(port) +
                            "'");
            p = p * 10 + (c - '0');
        }
        if (p < 1 || p > 65535)
            throw Error("The workspace URL " + shown + " has a bad port '" + std::string(port) +
                        "'");
        url.m_port = p;
    }

    while (!query.empty()) {
        const auto amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        const auto eq = pair.find('=');
        const std::string key(pair.substr(0, eq));
        const std::string value = eq == std::string_view::npos
                                      ? std::string()
                                      : percentDecoded(pair.substr(eq + 1), shown);
        if (key == "schema")
            url.m_schema = value;
        else if (key == "sslmode")
            url.m_sslmode = value;
        else if (key == "connect_timeout")
            url.m_connectTimeout = value;
        else if (key == "password")
            throw Error("The workspace URL carries a password. Kestrel never stores or logs one: "
                        "remove it from the URL and put it in PGPASSWORD or ~/.pgpass.");
        else
            throw Error("The workspace URL " + shown + " has an unknown parameter '" + key +
                        "' (known: schema, sslmode, connect_timeout)");
    }
    if (!plainIdentifier(url.m_schema) || url.m_schema.rfind("pg_", 0) == 0 ||
        url.m_schema == "information_schema")
        throw Error("The schema '" + url.m_schema +
                    "' cannot hold a Kestrel workspace: use lower-case letters, digits and _ "
                    "(not starting with pg_), e.g. ?schema=team");
    return url;
}

std::string WorkspaceUrl::conninfo() const
{
    std::string s = "host=" + conninfoQuoted(m_host) + " port=" + std::to_string(m_port);
    if (!m_user.empty())
        s += " user=" + conninfoQuoted(m_user);
    if (!m_database.empty())
        s += " dbname=" + conninfoQuoted(m_database);
    if (!m_sslmode.empty())
        s += " sslmode=" + conninfoQuoted(m_sslmode);
    s += " connect_timeout=" + conninfoQuoted(m_connectTimeout);
    s += " application_name='kestrel'";
    s += " options=" + conninfoQuoted("-c search_path=" + m_schema);
    return s;
}

std::string WorkspaceUrl::display() const
{
    if (!isPostgres())
        return m_path;
    const bool ipv6 = m_host.find(':') != std::string::npos;
    std::string s = "postgresql://";
    if (!m_user.empty())
        s += percentEncoded(m_user) + "@";
    s += (ipv6 ? "[" + m_host + "]" : m_host) + ":" + std::to_string(m_port) + "/" +
         percentEncoded(m_database) + "?schema=" + m_schema;
    if (!m_sslmode.empty())
        s += "&sslmode=" + m_sslmode;
    return s;
}

std::string WorkspaceUrl::credentialName() const
{
    return workspace::credentialName(m_user, m_host, m_port, m_database);
}

std::string credentialName(std::string_view user, std::string_view host, int port,
                           std::string_view database)
{
    const char* login = std::getenv("USER");
    const std::string who = !user.empty() ? std::string(user) : login ? login : "";
    const std::string db = !database.empty() ? std::string(database) : who;
    return "postgresql://" + who + "@" + std::string(host) + ":" + std::to_string(port) + "/" + db;
}

std::string conninfoQuoted(std::string_view v)
{
    std::string s = "'";
    for (char c : v) {
        if (c == '\'' || c == '\\')
            s.push_back('\\');
        s.push_back(c);
    }
    return s + "'";
}

} // namespace kestrel::workspace

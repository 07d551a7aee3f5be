#include "core/workspace/CurrentUser.h"

#include "core/workspace/Database.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

namespace kestrel::workspace {

std::string osUserName()
{
    if (const char* u = std::getenv("USER"); u && *u)
        return u;
    if (const passwd* pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return pw->pw_name;
    return "uid " + std::to_string(::geteuid());
}

std::string actingUser(Database& db)
{
    if (db.backend() == Backend::Postgres) {
        Statement st = db.prepare("SELECT current_user");
        if (st.step() && !st.text(0).empty())
            return st.text(0);
    }
    return osUserName();
}

} // namespace kestrel::workspace

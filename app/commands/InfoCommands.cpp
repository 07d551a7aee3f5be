#include "app/commands/Commands.h"
#include "core/Version.h"

namespace kestrel::app::commands {

int version(CommandContext& ctx)
{
    ctx.out << "kestrel " << kestrel::version() << "\n";
    return 0;
}

} // namespace kestrel::app::commands

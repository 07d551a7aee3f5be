#pragma once

#include "app/Cli.h"

// One function per sub-command; each lives in a file under app/commands/.
namespace kestrel::app::commands {

int version(CommandContext& ctx);

} // namespace kestrel::app::commands

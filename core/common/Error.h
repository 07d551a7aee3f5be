#pragma once

#include <stdexcept>
#include <string>

namespace kestrel {

// The one exception type that crosses module borders. Its message is written
// for a person: it says what went wrong and, where possible, what to do.
class Error : public std::runtime_error
{
public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// A request that cannot be carried out as asked (a wrong argument, an output
// path that is a workspace ...): the CLI exits with 2 for it, not 1.
class UsageError : public Error
{
public:
    explicit UsageError(const std::string& message) : Error(message) {}
};

// Thrown when work stops because its stop token was triggered.
class Cancelled : public Error
{
public:
    Cancelled() : Error("cancelled") {}
};

} // namespace kestrel

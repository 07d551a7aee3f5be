#pragma once

#include <cstdint>
#include <random>

namespace kestrel {

// The generator every stochastic algorithm in Kestrel uses: the same seed gives
// the same sequence on every platform (std::mt19937_64 is fully specified).
using Rng = std::mt19937_64;

// A well-mixed seed for the i-th independent stream derived from `seed`
// (splitmix64), so parallel workers stay deterministic.
inline std::uint64_t deriveSeed(std::uint64_t seed, std::uint64_t stream)
{
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ULL * (stream + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

} // namespace kestrel

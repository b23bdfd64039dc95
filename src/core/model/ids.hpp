#pragma once
// Stable entity ids. Every entity carries a random RFC 4122 version-4 UUID in text form, so two
// partners creating entities apart never collide and a merge can match entities by id.
#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <string_view>

namespace accord {

using Id = std::string;

// Produces new ids. The app uses a random source; tests use a seeded one to get repeatable ids.
class IdSource {
public:
    explicit IdSource(std::uint64_t seed);  // deterministic
    IdSource();                             // seeded from std::random_device
    Id next();                              // "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", lower-case hex
private:
    std::mt19937_64 rng_;
};

bool is_uuid(std::string_view text);  // canonical lower- or upper-case 8-4-4-4-12 hex form

}  // namespace accord

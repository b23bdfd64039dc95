#pragma once
// SHA-256 (FIPS 180-4), for the fingerprints partners approve (DESIGN: agreement snapshots).
// Written here rather than taken from a library: the core depends on the standard library and
// nlohmann/json only, and a digest is small. Checked against the FIPS 180-2 example vectors.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace accord {

class Sha256 {
public:
    Sha256();
    void update(std::string_view bytes);
    std::array<std::uint8_t, 32> finish();  // the object is spent afterwards

private:
    void block(const std::uint8_t* data);
    std::array<std::uint32_t, 8> state_;
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t length_ = 0;  // bytes seen
};

// The digest of `bytes` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace accord

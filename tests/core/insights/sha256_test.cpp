// SHA-256 against the example vectors published with FIPS 180-2 (Appendix B) and the empty
// message's well-known digest.
#include <catch2/catch.hpp>

#include "core/insights/sha256.hpp"

using accord::sha256_hex;

TEST_CASE("sha-256 of the empty message") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("sha-256 of \"abc\" (FIPS 180-2, B.1: one block)") {
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("sha-256 of the 448-bit message (FIPS 180-2, B.2: padding spills into a second block)") {
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("sha-256 of a million 'a' (FIPS 180-2, B.3), fed in uneven pieces") {
    accord::Sha256 hash;
    const std::string piece(997, 'a');  // a prime, so pieces straddle block boundaries
    std::size_t left = 1000000;
    while (left > 0) {
        const std::size_t n = std::min(left, piece.size());
        hash.update(std::string_view(piece).substr(0, n));
        left -= n;
    }
    static const char kHex[] = "0123456789abcdef";
    std::string hex;
    for (auto byte : hash.finish()) hex += {kHex[byte >> 4], kHex[byte & 0xF]};
    CHECK(hex == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha-256 of non-ASCII text digests its UTF-8 bytes") {
    // "ä" is C3 A4 in UTF-8; digest computed independently with Python's hashlib.
    CHECK(sha256_hex("\xC3\xA4") == "33e6d73fee82904c8d7afb78de1154d1e8dc2a0edb08120e63df5b9385c2d9cc");
}

TEST_CASE("sha-256 at the padding edges: 55, 56 and 64 bytes") {
    // 55 bytes leave room for the 0x80 and the length in one block; 56 do not; 64 fill a block.
    // Digests computed independently with Python's hashlib.
    CHECK(sha256_hex(std::string(55, 'a')) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    CHECK(sha256_hex(std::string(56, 'a')) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    CHECK(sha256_hex(std::string(64, 'a')) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

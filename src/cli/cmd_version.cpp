#include <iostream>

#include "cli/cli.hpp"

namespace accord::cli {
namespace {

const bool registered = register_subcommand({
    "version", "version", "print the tool's version",
    [](const std::vector<std::string>&) {
        std::cout << "accord 0.1.0\n";
        return kOk;
    },
});

}  // namespace
}  // namespace accord::cli

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/cli.hpp"

namespace accord::cli {

std::vector<Subcommand>& registry() {
    static std::vector<Subcommand> all;
    return all;
}

bool register_subcommand(Subcommand subcommand) {
    registry().push_back(std::move(subcommand));
    return true;
}

const std::vector<Subcommand>& subcommands() { return registry(); }

bool read_file(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << "accord: cannot read " << path << "\n";
        return false;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return true;
}

bool write_file(const std::string& path, const std::string& data) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!(out << data)) {
        std::cerr << "accord: cannot write " << path << "\n";
        return false;
    }
    return true;
}

}  // namespace accord::cli

namespace {

void print_help(std::ostream& out) {
    out << "accord: partnership plans from the command line\n\nusage:\n";
    for (const auto& sub : accord::cli::subcommands())
        out << "  accord " << sub.usage << "\n      " << sub.summary << "\n";
}

}  // namespace

int main(int argc, char** argv) {
    using namespace accord::cli;
    if (argc < 2 || std::string(argv[1]) == "help" || std::string(argv[1]) == "--help") {
        print_help(argc < 2 ? std::cerr : std::cout);
        return argc < 2 ? kUsage : kOk;
    }
    const std::string name = argv[1];
    for (const auto& sub : subcommands()) {
        if (name == sub.name) return sub.run(std::vector<std::string>(argv + 2, argv + argc));
    }
    std::cerr << "accord: unknown command '" << name << "'\n";
    print_help(std::cerr);
    return kUsage;
}

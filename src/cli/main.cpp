#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/cli.hpp"

#include <chrono>

#include "core/io/plan_file.hpp"

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

std::optional<Plan> load_plan(const std::string& path, int& exit) {
    std::string bytes;
    if (!read_file(path, bytes)) {
        exit = kIoError;
        return std::nullopt;
    }
    io::ImportResult result = io::import_plan(bytes);
    if (!result.ok()) {
        std::cerr << path << ": not a valid plan\n";
        for (const Problem& problem : result.problems) std::cerr << "  " << problem.text() << "\n";
        exit = kProblems;
        return std::nullopt;
    }
    return std::move(result.plan);
}

std::optional<Date> today_from(const std::vector<std::string>& args, size_t at) {
    if (at < args.size()) return Date::parse(args[at]);
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return Date::from_unix_ms(std::chrono::duration_cast<std::chrono::milliseconds>(now).count());
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

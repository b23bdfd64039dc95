#include "core/exchange/sending.hpp"

#include <algorithm>
#include <cstdio>

#include "core/io/plan_file.hpp"

namespace accord::exchange {

namespace {

// Characters some file system refuses in a name (Windows' list is the longest), and controls.
bool unsafe_in_file_name(unsigned char c) {
    if (c < 0x20 || c == 0x7F) return true;
    switch (c) {
        case '/': case '\\': case ':': case '*': case '?': case '"': case '<': case '>': case '|':
            return true;
        default:
            return false;
    }
}

// The title with unsafe characters turned into spaces, runs of spaces made one, no leading or
// trailing spaces or dots (Windows drops trailing dots; a leading dot hides the file on Unix).
// Multi-byte UTF-8 sequences pass through whole: every byte of them is >= 0x80.
std::string file_stem(std::string_view title) {
    std::string stem;
    bool space = false;
    for (unsigned char c : title) {
        if (unsafe_in_file_name(c) || c == ' ') {
            space = !stem.empty();
            continue;
        }
        if (space) stem += ' ';
        space = false;
        stem += static_cast<char>(c);
    }
    while (!stem.empty() && stem.back() == '.') stem.pop_back();
    const size_t first = stem.find_first_not_of(". ");
    stem = first == std::string::npos ? std::string() : stem.substr(first);
    // A title longer than a file name should be: cut at 80 bytes, not inside a UTF-8 sequence.
    constexpr size_t kMaxStem = 80;
    if (stem.size() > kMaxStem) {
        size_t cut = kMaxStem;
        while (cut > 0 && (static_cast<unsigned char>(stem[cut]) & 0xC0) == 0x80) --cut;
        stem.resize(cut);
        while (!stem.empty() && (stem.back() == ' ' || stem.back() == '.')) stem.pop_back();
    }
    return stem.empty() ? "plan" : stem;
}

bool is_file_address(std::string_view address) {
    return address.empty() || address.substr(0, 5) == "file:";
}

}  // namespace

std::string plan_file_name(std::string_view title) { return file_stem(title) + io::kFileExtension; }

std::string report_file_name(std::string_view title, std::string_view extension) {
    return file_stem(title) + " report" + std::string(extension);
}

EmailDraft email_draft(const Plan& plan, const Id& me, const std::string& file_name, Date today,
                       std::string_view app_address) {
    EmailDraft draft;
    for (const Partner& partner : plan.partners)
        if (partner.id != me && !partner.email.empty()) draft.to.push_back(partner.email);
    const std::string title = plan.title.empty() ? std::string("our partnership plan") : "\"" + plan.title + "\"";
    draft.subject = "Accord plan: " + (plan.title.empty() ? std::string("our partnership plan") : plan.title);
    const std::string where = is_file_address(app_address)
                                  ? std::string("Open Accord (the accord.html file, in any browser)")
                                  : "Open Accord at " + std::string(app_address);
    draft.body = "Hello,\n\n"
                 "attached is " + title + " as of " + today.iso() + ", from Accord: the file " + file_name + ".\n\n"
                 "To work on it:\n"
                 "1. " + where + ".\n"
                 "2. Go to Exchange and choose \"Open a plan file\", or drop the attached file onto the page.\n"
                 "   If you already have this plan, Accord merges my changes into yours: nothing of yours is lost,\n"
                 "   and anything we both changed differently is shown for you to decide.\n"
                 "3. When you are done, send your copy back the same way (Exchange, \"Prepare email\").\n";
    const auto sender = std::find_if(plan.partners.begin(), plan.partners.end(),
                                     [&](const Partner& p) { return p.id == me; });
    draft.body += sender == plan.partners.end() ? std::string("\n") : "\n" + sender->name + "\n";
    return draft;
}

std::string percent_encode(std::string_view text) {
    std::string out;
    for (unsigned char c : text) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '.' || c == '_' || c == '~';
        if (unreserved) {
            out += static_cast<char>(c);
        } else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", c);
            out += hex;
        }
    }
    return out;
}

std::string mailto_url(const EmailDraft& draft) {
    std::string url = "mailto:";
    for (size_t i = 0; i < draft.to.size(); ++i) {
        if (i > 0) url += ',';
        // '@' is allowed in the address part; anything else unusual is encoded.
        const std::string encoded = percent_encode(draft.to[i]);
        std::string address;
        for (size_t k = 0; k < encoded.size(); ++k) {
            if (encoded.compare(k, 3, "%40") == 0) {
                address += '@';
                k += 2;
            } else {
                address += encoded[k];
            }
        }
        url += address;
    }
    std::string body;  // RFC 6068: line breaks in a body are CRLF
    for (char c : draft.body) body += c == '\n' ? std::string("\r\n") : std::string(1, c);
    url += "?subject=" + percent_encode(draft.subject) + "&body=" + percent_encode(body);
    return url;
}

}  // namespace accord::exchange

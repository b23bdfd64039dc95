#pragma once
// What goes out of the app with a plan: the file's name, and the email that carries it.
//
// Browsers cannot attach a file to a mailto: link, so "Prepare email" downloads the plan file and
// opens the mail client with a draft whose body says which file to attach and how the partner
// opens it. Everything here is text: the browser glue only downloads and opens the link.
#include <string>
#include <string_view>
#include <vector>

#include "core/model/date.hpp"
#include "core/model/plan.hpp"

namespace accord::exchange {

// A file name for the plan: its title made safe for every file system ("Q3: Pilot / Berlin" ->
// "Q3 Pilot Berlin.accord.json"). Letters of any script stay; an empty title gives "plan".
std::string plan_file_name(std::string_view title);

// The same stem with another ending: report_file_name("Pilot", ".md") -> "Pilot report.md".
std::string report_file_name(std::string_view title, std::string_view extension);

struct EmailDraft {
    std::vector<std::string> to;  // the other partners' addresses (those that have one)
    std::string subject;
    std::string body;  // lines end with "\n"
};

// The draft for sending `file_name` to the other partners. `me` is the sender ("" when unknown:
// then every partner with an address is a recipient); `app_address` is where the app lives (the
// page's address; empty or a file: address when opened from disk, then the body names accord.html).
EmailDraft email_draft(const Plan& plan, const Id& me, const std::string& file_name, Date today,
                       std::string_view app_address);

// The draft as a mailto: link (RFC 6068): addresses joined by commas, subject and body
// percent-encoded as UTF-8 with line breaks as %0D%0A.
std::string mailto_url(const EmailDraft& draft);

// Percent-encodes everything but RFC 3986's unreserved characters (A-Z a-z 0-9 - . _ ~).
std::string percent_encode(std::string_view text);

}  // namespace accord::exchange

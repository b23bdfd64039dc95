#include "core/model/search.hpp"

#include "core/text/fold.hpp"

namespace accord {
namespace {

struct Field {
    const char* name;
    const std::string* text;
};

class Finder {
public:
    Finder(std::string_view query, size_t limit) : needle_(text::fold(query)), limit_(limit) {}

    bool done() const { return hits_.size() >= limit_; }

    // Names first: a pass over names only, then a pass over the other texts.
    template <class T>
    void look(HitKind kind, const std::vector<T>& items, const std::string T::*name, std::initializer_list<std::pair<const char*, const std::string T::*>> others, int pass) {
        for (const T& item : items) {
            if (done()) return;
            if (pass == 0) {
                if (matches(item.*name)) hits_.push_back({kind, item.id, item.*name, "name"});
                continue;
            }
            if (matches(item.*name)) continue;  // already found by its name
            for (const auto& [field, member] : others) {
                if (matches(item.*member)) {
                    hits_.push_back({kind, item.id, item.*name, field});
                    break;
                }
            }
        }
    }

    bool matches(const std::string& text) const {
        return !text.empty() && text::fold(text).find(needle_) != std::string::npos;
    }

    std::vector<SearchHit> take() { return std::move(hits_); }

private:
    std::string needle_;
    size_t limit_;
    std::vector<SearchHit> hits_;
};

std::string checkin_title(const CheckIn& checkin) { return "Check-in " + checkin.date.iso(); }

}  // namespace

std::vector<SearchHit> search(const Plan& plan, std::string_view query, size_t limit) {
    if (query.find_first_not_of(" \t\n") == std::string_view::npos) return {};
    Finder f(query, limit);
    for (int pass = 0; pass < 2; ++pass) {
        f.look(HitKind::Partner, plan.partners, &Partner::name,
               {{"organisation", &Partner::organisation}, {"strengths", &Partner::strengths},
                {"expectations", &Partner::expectations}}, pass);
        f.look(HitKind::Goal, plan.goals, &Goal::title, {{"description", &Goal::description}}, pass);
        f.look(HitKind::Activity, plan.activities, &Activity::name, {{"area", &Activity::area}}, pass);
        f.look(HitKind::Risk, plan.risks, &Risk::title,
               {{"description", &Risk::description}, {"trigger", &Risk::trigger}, {"contingency", &Risk::contingency}}, pass);
        f.look(HitKind::Value, plan.values, &Value::name, {{"meaning", &Value::meaning}}, pass);
        f.look(HitKind::GlossaryTerm, plan.glossary, &GlossaryTerm::term, {{"definition", &GlossaryTerm::definition}}, pass);
        f.look(HitKind::Dimension, plan.dimensions, &Dimension::name, {{"description", &Dimension::description}}, pass);
        f.look(HitKind::Review, plan.reviews, &Review::title, {{"notes", &Review::notes}, {"adjustments", &Review::adjustments}}, pass);
    }
    // Check-ins have no name: their notes and decisions are what people search for.
    std::vector<SearchHit> hits = f.take();
    for (const CheckIn& checkin : plan.checkins) {
        if (hits.size() >= limit) break;
        bool found = f.matches(checkin.notes);
        for (size_t i = 0; !found && i < checkin.decisions.size(); ++i) found = f.matches(checkin.decisions[i]);
        if (found) hits.push_back({HitKind::CheckIn, checkin.id, checkin_title(checkin), "notes"});
    }
    return hits;
}

const char* label(HitKind kind) {
    switch (kind) {
        case HitKind::Partner: return "Partner";
        case HitKind::Value: return "Value";
        case HitKind::GlossaryTerm: return "Glossary term";
        case HitKind::Goal: return "Goal";
        case HitKind::Activity: return "Activity";
        case HitKind::Dimension: return "Dimension";
        case HitKind::Risk: return "Risk";
        case HitKind::CheckIn: return "Check-in";
        case HitKind::Review: return "Review";
    }
    return "";
}

}  // namespace accord

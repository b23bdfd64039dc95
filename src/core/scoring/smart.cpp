// The SMART check (docs/scoring.md, "SMART check").
#include "core/scoring/smart.hpp"

#include <string_view>

#include "core/scoring/goal_tree.hpp"
#include "core/scoring/wording.hpp"

namespace accord::scoring {
namespace {

using detail::kNoGoal;
namespace w = wording;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool is_ascii_alnum(unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lower_case(std::string text) {
    for (char& c : text) c = lower_ascii(c);
    return text;
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

bool same_ignoring_ascii_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (lower_ascii(a[i]) != lower_ascii(b[i])) return false;
    return true;
}

// Characters are code points (a UTF-8 continuation byte is not a new character); a word is a run
// without spaces holding a letter or digit (any non-ASCII byte counts as a letter), so "-" or "..."
// alone is not a word.
struct TextSize {
    int characters = 0;
    int words = 0;
};

// Stops early once the text has `enough` of both: beyond that the counts change nothing.
TextSize measure(std::string_view text, TextSize enough) {
    TextSize size;
    bool in_word = false, word_has_letter = false;
    auto close_word = [&] {
        if (in_word && word_has_letter) ++size.words;
        in_word = word_has_letter = false;
    };
    for (char c : text) {
        const unsigned char byte = static_cast<unsigned char>(c);
        if ((byte & 0xC0) != 0x80) ++size.characters;
        if (is_space(c)) {
            close_word();
            if (size.words >= enough.words && size.characters >= enough.characters) return size;
            continue;
        }
        in_word = true;
        if (byte >= 0x80 || is_ascii_alnum(byte)) word_has_letter = true;
    }
    close_word();
    return size;
}

Criterion specific(const Goal& goal) {
    const std::string_view description = trimmed(goal.description);
    if (description.empty()) return {false, "no description: say what exactly is to be achieved"};
    if (same_ignoring_ascii_case(description, trimmed(goal.title))) return {false, "the description only repeats the title"};
    const TextSize size = measure(description, {kSpecificMinChars, kSpecificMinWords});
    if (size.words < kSpecificMinWords || size.characters < kSpecificMinChars)
        return {false, w::concat("the description is too short (", w::count(size.words, "word", "words"), ", ",
                                 w::count(size.characters, "character", "characters"), "; at least ",
                                 std::to_string(kSpecificMinWords), " words and ", std::to_string(kSpecificMinChars),
                                 " characters)")};
    return {true, ""};
}

Criterion measurable(const Goal& goal) {
    if (!goal.metric) return {false, "no metric to measure it by"};
    const Metric& m = *goal.metric;
    // What is missing, "; " between: the unit, then the distance.
    std::string reason;
    if (trimmed(m.unit).empty()) reason = "the metric has no unit";
    const std::string_view separator = reason.empty() ? "" : "; ";
    if (m.target == m.baseline)
        w::append(reason, separator, "the target equals the baseline (", w::number(m.target),
                  "), so there is no distance to measure");
    else if ((m.direction == Direction::Increase) != (m.target > m.baseline))
        w::append(reason, separator, "the metric is set to ",
                  m.direction == Direction::Increase ? "increase but its target is below" : "decrease but its target is above",
                  " its baseline");
    if (reason.empty()) return {true, ""};
    return {false, std::move(reason)};
}

Criterion achievable(const Goal& goal) {
    const bool no_owner = goal.owners.empty(), too_unsure = goal.confidence < kAchievableMinConfidence;
    if (!no_owner && !too_unsure) return {true, ""};
    if (!too_unsure) return {false, "no owner"};
    return {false, w::concat(no_owner ? "no owner; " : "", "confidence ", w::percent(goal.confidence), " is below ",
                             w::percent(kAchievableMinConfidence))};
}

Criterion time_bound(const Goal& goal) {
    if (goal.due) return {true, ""};
    return {false, "no due date"};
}

}  // namespace

SmartScores check_smart(const Plan& plan) { return detail::check_smart(plan, detail::build_goal_tree(plan)); }

SmartScores detail::check_smart(const Plan& plan, const GoalTree& tree) {
    const size_t n = plan.goals.size();

    // Relevant: a vision anchor, or under one. Worked out parents first, with each goal's
    // top-level ancestor for the reason.
    std::vector<bool> linked(n, false);
    std::vector<size_t> top(n, kNoGoal);
    for (size_t i : tree.top_down) {
        const size_t parent = tree.parent[i];
        top[i] = parent == kNoGoal ? i : top[parent];
        linked[i] = plan.goals[i].kind == GoalKind::VisionAnchor || (parent != kNoGoal && linked[parent]);
    }

    SmartScores s;
    s.goals.resize(n);
    s.index.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        const Goal& goal = plan.goals[i];
        SmartCheck& c = s.goals[i];
        c.goal = goal.id;
        c.applies = goal.kind != GoalKind::VisionAnchor;
        c.specific = specific(goal);
        c.measurable = measurable(goal);
        c.achievable = achievable(goal);
        c.time_bound = time_bound(goal);
        if (linked[i])
            c.relevant = {true, ""};
        else if (!tree.reachable[i])
            c.relevant = {false, "not linked up to the vision: its chain of parent goals is broken"};
        else if (top[i] == i)
            c.relevant = {false, w::concat("not linked up to the vision: it is a top-level ", lower_case(label(goal.kind)),
                                           " with no vision anchor above it")};
        else
            c.relevant = {false, w::concat("not linked up to the vision: its top-level goal ",
                                           w::Quoted{plan.goals[top[i]].title}, " is not a vision anchor")};
        c.score = c.specific.met + c.measurable.met + c.achievable.met + c.relevant.met + c.time_bound.met;
        s.index.emplace(goal.id, i);

        if (!c.applies || goal.status == GoalStatus::Dropped) continue;
        ++s.checked;
        s.missing_specific += !c.specific.met;
        s.missing_measurable += !c.measurable.met;
        s.missing_achievable += !c.achievable.met;
        s.missing_relevant += !c.relevant.met;
        s.missing_time_bound += !c.time_bound.met;
    }

    if (!s.checked) {
        s.average.reasons.push_back(n ? "no goal to check: only vision anchors and dropped goals" : "no goals yet");
        return s;
    }
    double sum = 0;
    for (size_t i = 0; i < n; ++i)
        if (s.goals[i].applies && plan.goals[i].status != GoalStatus::Dropped) sum += s.goals[i].score;
    s.average.value = sum / s.checked;
    s.average.reasons.push_back(w::concat("mean of ", w::count(s.checked, "goal", "goals"),
                                          " (vision anchors and dropped goals aside): ", w::one_decimal(*s.average.value),
                                          " of 5 letters"));
    const std::string checked = std::to_string(s.checked);
    auto tally = [&](int missing, const char* one, const char* many) {
        if (missing)
            s.average.reasons.push_back(w::concat(std::to_string(missing), " of ", checked, " ",
                                                  s.checked == 1 ? "goal " : "goals ", missing == 1 ? one : many));
    };
    tally(s.missing_specific, "lacks a specific description (S)", "lack a specific description (S)");
    tally(s.missing_measurable, "has no usable metric (M)", "have no usable metric (M)");
    tally(s.missing_achievable, "has no owner or too little confidence (A)", "have no owner or too little confidence (A)");
    tally(s.missing_relevant, "is not linked up to a vision anchor (R)", "are not linked up to a vision anchor (R)");
    tally(s.missing_time_bound, "has no due date (T)", "have no due date (T)");
    if (s.average.reasons.size() == 1) s.average.reasons.push_back("every goal meets all five letters");
    return s;
}

const SmartCheck* SmartScores::find(const Id& goal) const {
    auto it = index.find(goal);
    return it == index.end() ? nullptr : &goals[it->second];
}

}  // namespace accord::scoring

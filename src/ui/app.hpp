#pragma once
// The app: the open plan, the shell (navigation, title bar, menus) and the views.
#include <string>

#include "core/model/plan.hpp"

namespace accord::ui {

enum class View { Dashboard, Vision, Partners, Goals, Roles, Alignment, Risks, Checkins, Exchange };
constexpr int kViewCount = 9;

// What the UI remembers that is not the plan: never undone, never exported.
struct UiState {
    View view = View::Dashboard;
    bool dark = false;
};

class App {
public:
    void setup();
    void draw();
    void after_frame();

private:
    void draw_title_bar();
    void draw_navigation();
    void draw_view();
    std::string test_state() const;

    Plan plan_;
    UiState ui_;
};

const char* view_name(View view);

}  // namespace accord::ui

// Accord in the browser: the runner draws the app every frame it decides to draw.
#include "ui/app.hpp"
#include "ui/runner.hpp"

int main() {
    static accord::ui::App app;  // outlives main(): the browser keeps running the loop
    return accord::ui::run({
        [] { app.setup(); },
        [] { app.draw(); },
        [] { app.after_frame(); },
    });
}

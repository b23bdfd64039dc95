#pragma once
// Partners: the list of partners on the left, the selected partner's profile on the right
// (organisation, contact, colour, strengths, resources, limitations, expectations, values), and
// which partner is using this device (their edits are signed with their name).
#include <string>

#include "core/model/ids.hpp"

namespace accord::ui {

struct ViewContext;

struct PartnersState {
    Id selected;           // the partner whose profile is shown
    Id confirm_remove;     // a removal waiting for the user's yes
};

void draw_partners_view(ViewContext& cx);

}  // namespace accord::ui

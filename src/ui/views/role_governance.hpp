#pragma once
// Governance, drawn under the role matrix: how each area decides (decision rules), whom to call at
// each partner (points of contact), and where a disagreement goes when it is not settled
// (the escalation path).
namespace accord::ui {

struct ViewContext;

void draw_governance(ViewContext& cx);

}  // namespace accord::ui

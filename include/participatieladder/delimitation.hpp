// SPDX-License-Identifier: Apache-2.0
// Delimitation (afbakening) of the steps, SPEC §3: the criteria that define each step and the
// examples that go with them. They *explain* a placement; the questionnaire (§4) computes one.
#pragma once

#include "lang.hpp"
#include "step.hpp"

#include <array>
#include <span>

namespace pl {

struct delimitation_info {
  step code;
  text criteria;
  std::span<const text> examples;
};

namespace detail {
// SPEC §3, step 6.
inline constexpr text examples_6[] = {
    {"baan met arbeidscontract", "job with an employment contract"},
    {"baan met pro-forma nazorg (één of twee telefoontjes, niet apart ingekocht)", "job with pro-forma aftercare (one or two phone calls, not separately purchased)"},
    {"zzp'er", "self-employed (zzp)"},
    {"ondernemer", "entrepreneur"},
};
// SPEC §3, step 5.
inline constexpr text examples_5[] = {
    {"WSW", "WSW (sheltered employment)"},
    {"deeltijdwerk met aanvullende uitkering", "part-time work with a supplementary benefit"},
    {"werk met loonkostensubsidie", "work with a wage-cost subsidy"},
    {"werk waarbij de uitkering als loon wordt uitbetaald (sommige Work First)", "work where the benefit is paid as wage (some Work First)"},
    {"werk met apart ingekochte echte nazorg", "work with separately purchased real aftercare"},
    {"werk met een externe jobcoach", "work with an external job coach"},
    {"werk plus inburgeringstraject", "work plus an integration (inburgering) trajectory"},
    {"werk plus opleidingstraject", "work plus an education trajectory"},
    {"BBL (4 dagen werk, 1 dag school)", "BBL (4 days work, 1 day school)"},
    {"werk met stagevergoeding en zonder aanvullende uitkering", "work with internship allowance and no supplementary benefit"},
};
// SPEC §3, step 4.
inline constexpr text examples_4[] = {
    {"werken met behoud van uitkering (Work First, participatiebanen)", "work while keeping the benefit (Work First, participation jobs)"},
    {"duale inburgeringstrajecten met een werkcomponent", "dual integration trajectories with a work component"},
    {"re-integratie-instrument met een werkcomponent", "re-integration instrument with a work component"},
    {"stages", "internships"},
    {"vrijwilligerswerk (minstens wekelijks contact)", "volunteering (contact at least weekly)"},
    {"BOL (dagschool met af en toe stage)", "BOL (day school with occasional internship)"},
    {"GIT-trajecten", "GIT trajectories"},
};
// SPEC §3, step 3.
inline constexpr text examples_3[] = {
    {"inburgerings-, opleidings- of re-integratietraject zonder werkcomponent", "integration, education or re-integration trajectory without work component"},
    {"andere cursussen zonder werkcomponent", "other courses without work component"},
    {"lidmaatschap van een vereniging met regelmatig contact", "club membership with regular contact"},
    {"regelmatig georganiseerd sporten", "regular organised sport"},
    {"vrijwilligerswerk (minder dan wekelijks contact)", "volunteering (contact less than weekly)"},
};
// SPEC §3, step 2.
inline constexpr text examples_2[] = {
    {"buren ontmoeten, ouders van vriendjes van de kinderen", "meeting neighbours, parents of children's friends"},
    {"regelmatig uitgaan (vrienden, bioscoop, museum)", "regular outings (friends, cinema, museum)"},
    {"regelmatig mantelzorg voor niet-huisgenoten", "regular informal care (mantelzorg) for non-household members"},
    {"individueel sporten, zoals in een sportschool", "individual sport such as a gym"},
    {"georganiseerde activiteiten minder dan wekelijks", "organised activities less than weekly"},
    {"wekelijks kerk- of moskeebezoek", "weekly church or mosque visits"},
};
// SPEC §3, step 1.
inline constexpr text examples_1[] = {
    {"nauwelijks contact buiten de deur", "hardly any contact outside the home"},
    {"mantelzorg alleen voor huisgenoten", "informal care only for household members"},
    {"contact alleen via internet/e-mail", "contact only via internet/e-mail"},
    {"dakloos zonder contacten behalve hulpverleners", "homeless without contacts except care workers"},
};
}  // namespace detail

/// SPEC §3, one row per step 6 … 1, as in the SPEC.
inline constexpr std::array<delimitation_info, 6> delimitation_table{{
    {step::paid_work,
     {"Heeft een arbeidscontract of is zelfstandige (zzp) én ontvangt geen aanvullende uitkering van gemeente of "
      "andere uitkeringsinstantie én wordt bij het werk door niemand anders ondersteund dan leidinggevende of collega's "
      "én maakt geen gebruik van de WSW of van een gemeentelijk participatie-instrument.",
      "Has an employment contract or is self-employed (zzp) and receives no supplementary benefit from the municipality "
      "or another benefits agency and is not supported in the work by anyone but manager or colleagues and uses no WSW "
      "and no municipal participation instrument."},
     detail::examples_6},
    {step::paid_work_with_support,
     {"Arbeidscontract of zzp mét ondersteuning (gebruikt gemeentelijke participatie-instrumenten) óf ontvangt een "
      "aanvullende uitkering óf werkt binnen de WSW (intern, gedetacheerd, begeleid) óf volgt regulier onderwijs met een "
      "werkcomponent onder startkwalificatieniveau.",
      "Employment contract or zzp with support (uses municipal participation instruments) or receives a supplementary "
      "benefit or works within the WSW (internal, seconded, supported) or follows regular education with a work "
      "component below start-qualification level."},
     detail::examples_5},
    {step::unpaid_work,
     {"Onbetaald werk (geen arbeidscontract) én voert taken uit met verantwoordelijkheden naar anderen én heeft daarbij "
      "minstens wekelijks fysiek contact met anderen.",
      "Unpaid work (no employment contract) and carries out tasks with responsibilities towards others and has physical "
      "contact with others at least weekly while doing it."},
     detail::examples_4},
    {step::organised_activities,
     {"Neemt deel aan georganiseerde activiteiten (verenigingen, onderwijs) én heeft geen taken met verantwoordelijkheden "
      "naar anderen (het is geen werk) én neemt minstens wekelijks deel met fysiek contact met anderen.",
      "Takes part in organised activities (clubs, education) and has no tasks with responsibilities towards others (it is "
      "not work) and takes part at least weekly with physical contact with others."},
     detail::examples_3},
    {step::social_contacts,
     {"Minstens wekelijks fysiek contact met mensen die geen huisgenoten zijn én niet in georganiseerd verband én geen "
      "taken met verantwoordelijkheden (geen werk) én niet alleen functioneel contact (winkelpersoneel, hulpverleners).",
      "Physical contact at least weekly with people who are not household members and not in an organised setting and no "
      "tasks with responsibilities (not work) and not only functional contact (shop staff, care workers)."},
     detail::examples_2},
    {step::isolated,
     {"Nauwelijks contact met anderen dan huisgenoten én contacten buiten het huishouden zijn alleen functioneel.",
      "Hardly any contact with anyone but household members and contacts outside the household are only functional."},
     detail::examples_1},
}};

/// The delimitation of a ladder step 1–6; nullptr for the status codes 0 and 9.
constexpr const delimitation_info* delimitation(step s) noexcept {
  for (const auto& d : delimitation_table)
    if (d.code == s) return &d;
  return nullptr;
}

}  // namespace pl

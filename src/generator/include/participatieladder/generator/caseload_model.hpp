// SPDX-License-Identifier: Apache-2.0
// The model of a realistic municipal caseload (issue 3), as data: how clients are spread over
// the steps (SPEC §2), how many measurements they have and how they move between them (SPEC §7),
// how often they have growth potential and which target (SPEC §5), and which income, instruments
// and characteristics go with a step (SPEC §3, §6). The weights are integers; a row reads
// "value: weight". caseload.hpp draws from these tables and nothing else.
#pragma once

#include <participatieladder/growth.hpp>
#include <participatieladder/record.hpp>
#include <participatieladder/step.hpp>
#include "prng.hpp"

#include <array>
#include <string_view>

namespace pl::gen::model {

/// Share of clients that are in intake (a single, recent measurement on 0), in percent.
inline constexpr int intake_percent = 4;

/// Measurements per placed client: 1–4, about a year apart (SPEC §7).
inline constexpr weighted<int> measurement_count[] = {{1, 30}, {2, 30}, {3, 25}, {4, 15}};

/// The step at the first measurement: most clients on 2, then 1 and 3, few on 4/5, very few on 6.
inline constexpr weighted<step> first_step[] = {
    {step::isolated, 18}, {step::social_contacts, 42}, {step::organised_activities, 20},
    {step::unpaid_work, 9}, {step::paid_work_with_support, 7}, {step::paid_work, 2}};

/// Share of clients with two or more measurements whose last measurement is 9 (left), percent.
inline constexpr int left_percent = 8;

/// Growth potential `+` per step 1–5 (index = step), percent (SPEC §5).
inline constexpr std::array<int, 6> growth_percent{0, 40, 45, 50, 50, 40};

/// Step to the target step when there is growth potential: one step up, or two.
inline constexpr weighted<int> target_rise[] = {{1, 75}, {2, 25}};

/// How a municipality registered growth (SPEC §5: the target instead of, or next to, the flag).
enum class growth_registration { flag_and_target, target_only, flag_only };
inline constexpr weighted<growth_registration> registration[] = {
    {growth_registration::flag_and_target, 70}, {growth_registration::target_only, 20},
    {growth_registration::flag_only, 10}};

/// Growth expected beyond the target (`3+` vs `3-`), percent; the target 6 carries no sign.
inline constexpr int target_growth_percent = 30;

inline constexpr weighted<horizon> target_horizon[] = {
    {horizon::one_year, 88}, {horizon::five_years, 9}, {horizon::ever, 3}};

/// Movement from one measurement to the next (SPEC §7), as a change of step, for clients with
/// and without growth potential at the earlier measurement. "+target" means: reaches the target.
enum class move { down, stay, up_one, to_target };
inline constexpr weighted<move> move_with_growth[] = {{move::down, 6}, {move::stay, 50}, {move::to_target, 44}};
inline constexpr weighted<move> move_without_growth[] = {{move::down, 7}, {move::stay, 86}, {move::up_one, 7}};
inline constexpr weighted<move> move_from_paid_work[] = {{move::down, 12}, {move::stay, 88}};

/// Share of measurements on steps 1–6 with stored questionnaire answers, percent; the others
/// were determined by the delimitation (SPEC §3, §6 `determination`).
inline constexpr int answers_percent = 80;

/// How often each question of the questionnaire (SPEC §4) is answered yes, percent. A stored
/// answer set is a path to the record's step, chosen with the probability these answers give it,
/// so short, ordinary paths are common and odd ones rare.
inline constexpr std::array<int, 22> yes_percent{
    0,
    30, 10, 40, 50, 20, 20, 30, 40, 10,  // 1–9: paid job, internship, allowance, benefit, course, WSW, subsidy, coach, inburgering
    35, 30, 70, 80,                      // 10–13: volunteering, re-integration work, weekly, meets people
    25, 30, 10, 20, 70,                  // 14–18: club, re-integration, inburgering, course, meets people
    65, 70, 15};                         // 19–21: meets others, weekly, informal care

/// Income situation (SPEC §6 field 15) per kind of placement. Income `d werk` goes only with
/// paid work (5, 6): below 5 it is PL015.
inline constexpr weighted<income> income_low_steps[] = {
    {income::municipal_benefit, 78}, {income::uwv_benefit, 10}, {income::no_benefit, 12}};
inline constexpr weighted<income> income_supplementary[] = {{income::municipal_benefit, 85}, {income::uwv_benefit, 15}};
inline constexpr weighted<income> income_paid_work[] = {{income::work, 92}, {income::no_benefit, 8}};
inline constexpr weighted<income> income_intake[] = {
    {income::municipal_benefit, 70}, {income::uwv_benefit, 15}, {income::no_benefit, 15}};
inline constexpr weighted<income> income_left[] = {
    {income::no_benefit, 60}, {income::municipal_benefit, 30}, {income::uwv_benefit, 10}};

/// Exit reasons of clients who leave (SPEC §6 exit_reason, §7), percent.
inline constexpr weighted<exit_reason> exit_reasons[] = {
    {exit_reason::work, 35}, {exit_reason::education, 8}, {exit_reason::moved, 20}, {exit_reason::other_benefit, 17},
    {exit_reason::deceased, 3}, {exit_reason::other, 10}, {exit_reason::unknown, 7}};

/// Instrument in use on steps 3 and 4 when the answers do not already say so, percent
/// (SPEC §8 PL002: never on 1 and 2; PL003: never on 6).
inline constexpr std::array<int, 6> instrument_in_use_percent{0, 0, 0, 30, 40, 0};
/// A (new) instrument deployed for a client with growth potential, percent (PL001: only then).
inline constexpr int instrument_deployed_percent = 55;
/// Work-obligation exemption for clients without growth potential on steps 1–4, percent (PL005).
inline constexpr int work_exemption_percent = 30;

/// Client characteristics (SPEC §6 fields 16–21), percent.
inline constexpr int start_qualification_percent = 45;
inline constexpr int integration_obligation_percent = 8;
inline constexpr int integration_need_if_obliged_percent = 70;
inline constexpr int integration_need_otherwise_percent = 4;
inline constexpr int integration_exemption_if_obliged_percent = 25;  ///< PL016: only when obliged
inline constexpr int low_literacy_percent = 12;

/// Sub-steps (SPEC §9, Heemskerk's 2.1–2.6) on step 2, percent; some clients have two.
inline constexpr int sub_step_percent = 25;
inline constexpr int second_sub_step_percent = 20;

/// Age at the latest measurement (SPEC §8 PL018 allows 15–67; caseloads are 18–66).
struct age_band { int from; int to; };
inline constexpr weighted<age_band> age_at_latest[] = {
    {{18, 26}, 18}, {{27, 40}, 32}, {{41, 55}, 32}, {{56, 66}, 18}};

/// Organisation (SPEC §6 field 12): departments, their teams, caseworkers per team.
struct team_info { std::string_view team; std::string_view department; };
inline constexpr std::array<team_info, 6> teams{{
    {"Team Noord", "Werk en Inkomen"}, {"Team Oost", "Werk en Inkomen"}, {"Team Zuid", "Werk en Inkomen"},
    {"Team West", "Participatie"}, {"Team Centrum", "Participatie"}, {"Team Jongeren", "Participatie"}}};
inline constexpr int caseworkers_per_team = 4;
/// Share of later measurements done by another caseworker of the same team, percent.
inline constexpr int caseworker_change_percent = 10;

/// Dates (SPEC §7, for the default settings: re-assessment every 12 months, intake 3 months).
/// The latest measurement of an active client lies this many days before the reference date, so
/// that it is never overdue (PL021); its next measurement falls after the reference date.
inline constexpr int latest_days_min = 5, latest_days_max = 170;
inline constexpr int latest_left_days_max = 400;       ///< clients on 9 left some time ago
inline constexpr int gap_days_min = 330, gap_days_max = 390;  ///< between measurements: about a year
inline constexpr int due_days_min = 300, due_days_max = 360;  ///< next measurement due (< 12 months, PL011)
inline constexpr int intake_days_max = 60;             ///< intake measured at most 2 months ago (PL019)
inline constexpr int intake_due_days_max = 30;         ///< placement due within a month from the reference

}  // namespace pl::gen::model

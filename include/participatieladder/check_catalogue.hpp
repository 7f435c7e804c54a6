// SPDX-License-Identifier: Apache-2.0
// The catalogue of consistency checks, SPEC §8 (conditions from §5, §6, §7, §9): one row per
// check, read like the SPEC table — id, default severity, scope, the SPEC section the rule comes
// from, the §6 keys involved, a description and a message template in Dutch and English.
//
// Where the SPEC splits a check's severity (PL006, PL017) the row lists *variants*, each with its
// own severity, fields and message. A municipality's severity override applies to the whole id
// (all variants), SPEC §8 "a municipality can switch checks off or change severities".
//
// Messages are templates: `{step}`, `{measured_on}` … are filled from the record by
// check_message.hpp. They name fields and values but never personal data (SPEC §11): there is
// deliberately no placeholder for bsn, names, birth_date, address, postal_code or city.
//
// The predicates that decide when a check fires live in check_rules.hpp; the interpretations
// chosen where the SPEC leaves room are documented there, on each predicate, and in docs/checks.md.
#pragma once

#include "finding.hpp"
#include "lang.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace pl {

/// What a check looks at: one record, or a client's history of measurements (SPEC §8, last
/// paragraph: PL019–PL021 run on the history).
enum class check_scope : unsigned char { record, history };

constexpr std::string_view to_string(check_scope s) noexcept { return s == check_scope::record ? "record" : "history"; }

/// The §6 keys a check involves (at most six).
struct field_list {
  std::array<std::string_view, 6> keys{};
  std::size_t count = 0;

  constexpr field_list() = default;
  template <class... K>
  constexpr explicit field_list(K... k) : keys{std::string_view(k)...}, count(sizeof...(K)) {
    static_assert(sizeof...(K) <= 6, "at most six fields per check");
  }
  constexpr const std::string_view* begin() const noexcept { return keys.data(); }
  constexpr const std::string_view* end() const noexcept { return keys.data() + count; }
  constexpr std::size_t size() const noexcept { return count; }
};

template <class... K>
constexpr field_list fields(K... k) { return field_list(k...); }

/// One variant of a check whose SPEC severity is split (PL006, PL017). A check without variants
/// has one implicit variant: the row itself (name "").
struct check_variant {
  std::string_view name;  ///< stable: the §6 key (or condition) the variant is about
  pl::severity severity;  ///< default severity of this variant
  field_list fields;
  text message;           ///< template, see check_message.hpp
};

struct check_info {
  std::string_view id;          ///< PL001 … PL023, stable
  pl::severity severity;        ///< default severity (for split checks: the most severe variant)
  check_scope scope;
  std::string_view spec;        ///< the SPEC section the condition comes from
  field_list fields;            ///< the §6 keys involved (for split checks: all variants')
  text description;             ///< the SPEC §8 condition
  text message;                 ///< template of the finding's message (unused when there are variants)
  std::span<const check_variant> variants{};  ///< empty: the row is the only variant
};

// --- variants of the split checks --------------------------------------------------------------

/// PL006, SPEC §6/§8: "required field empty: client_id, measured_on, step; for steps 1–5 also
/// growth potential or target step; caseworker — error for the first three, warning otherwise".
inline constexpr std::array<check_variant, 5> pl006_variants{{
    {"client_id", severity::error, fields("client_id"),
     {"Verplicht veld client_id is leeg.", "Required field client_id is empty."}},
    {"measured_on", severity::error, fields("measured_on"),
     {"Verplicht veld measured_on is leeg.", "Required field measured_on is empty."}},
    {"step", severity::error, fields("step"),
     {"Verplicht veld step is leeg.", "Required field step is empty."}},
    {"growth_potential_or_target_step", severity::warning, fields("step", "growth_potential", "target_step"),
     {"Bij step {step} is growth_potential of target_step verplicht; beide zijn leeg.",
      "At step {step} growth_potential or target_step is required; both are empty."}},
    {"caseworker", severity::warning, fields("caseworker"),
     {"Veld caseworker (behandelend medewerker) is leeg.", "Field caseworker is empty."}},
}};

/// PL017, SPEC §6/§8: "BSN fails the eleven-test; postal code not NNNN AA — error / warning".
/// The values are personal data (SPEC §11) and never appear in the message.
inline constexpr std::array<check_variant, 2> pl017_variants{{
    {"bsn", severity::error, fields("bsn"),
     {"bsn is geen geldig BSN: geen 9 cijfers of voldoet niet aan de elfproef (waarde niet getoond: persoonsgegeven).",
      "bsn is not a valid BSN: not 9 digits or fails the eleven-test (value withheld: personal data)."}},
    {"postal_code", severity::warning, fields("postal_code"),
     {"postal_code heeft niet de vorm NNNN AA (waarde niet getoond: persoonsgegeven).",
      "postal_code is not of the form NNNN AA (value withheld: personal data)."}},
}};

/// PL023, SPEC §6/§8 (revised): exit data that contradicts itself, two conditions.
inline constexpr std::array<check_variant, 2> pl023_variants{{
    {"exit_date", severity::warning, fields("exit_date", "measured_on"),
     {"exit_date {exit_date} ligt voor measured_on {measured_on}.",
      "exit_date {exit_date} is before measured_on {measured_on}."}},
    {"exit_reason", severity::warning, fields("exit_reason", "step", "exit_date"),
     {"exit_reason {exit_reason} bij step {step} zonder exit_date: een uitstroomreden hoort bij trede 9 of bij een uitstroomdatum.",
      "exit_reason {exit_reason} at step {step} without exit_date: an exit reason belongs to step 9 or to an exit date."}},
}};

// --- the catalogue, SPEC §8 row for row ----------------------------------------------------------

inline constexpr std::array<check_info, 23> check_catalogue{{
    {"PL001", severity::warning, check_scope::record, "§5",
     fields("growth_potential", "target_step", "target_horizon", "step", "instrument_in_use", "instrument_deployed"),
     {"Geen groeipotentieel (0, of een doeltrede op één jaar ≤ trede) maar een instrument in gebruik of ingezet",
      "No growth potential (0, or a one-year target ≤ step) but an instrument in use or deployed"},
     {"Geen groeipotentieel (growth_potential {growth_potential}, target_step {target_step} termijn {target_horizon}, step {step}) maar instrument_in_use {instrument_in_use}, instrument_deployed {instrument_deployed}.",
      "No growth potential (growth_potential {growth_potential}, target_step {target_step} horizon {target_horizon}, step {step}) but instrument_in_use {instrument_in_use}, instrument_deployed {instrument_deployed}."}},
    {"PL002", severity::warning, check_scope::record, "§4",
     fields("answers", "instrument_in_use", "step"),
     {"Re-integratietraject of instrument in gebruik, maar trede 1 of 2",
      "Re-integration trajectory or instrument in use, but step 1 or 2"},
     {"step {step} maar re-integratietraject (answers {reintegration_answers}) of instrument_in_use {instrument_in_use}.",
      "step {step} but a re-integration trajectory (answers {reintegration_answers}) or instrument_in_use {instrument_in_use}."}},
    {"PL003", severity::error, check_scope::record, "§3",
     fields("step", "income_situation", "instrument_in_use", "instrument_deployed"),
     {"Trede 6 maar een gemeentelijke/UWV-uitkering (inkomen a of b), of een instrument in gebruik of ingezet",
      "Step 6 but a municipal/UWV benefit (income a or b), an instrument in use or deployed"},
     {"step 6 (betaald werk) maar income_situation {income_situation}, instrument_in_use {instrument_in_use}, instrument_deployed {instrument_deployed}.",
      "step 6 (paid work) but income_situation {income_situation}, instrument_in_use {instrument_in_use}, instrument_deployed {instrument_deployed}."}},
    {"PL004", severity::warning, check_scope::record, "§3, §4",
     fields("step", "instrument_in_use", "instrument_deployed", "income_situation", "answers"),
     {"Trede 5 maar geen instrument, geen aanvullende uitkering (inkomen a/b) en geen antwoord op het pad dat het verklaart",
      "Step 5 but no instrument, no supplementary benefit (income a/b) and no answer on the path that explains it"},
     {"step 5 maar geen instrument (instrument_in_use {instrument_in_use}, instrument_deployed {instrument_deployed}), geen uitkering (income_situation {income_situation}) en geen ja op vraag 4–9 in answers.",
      "step 5 but no instrument (instrument_in_use {instrument_in_use}, instrument_deployed {instrument_deployed}), no benefit (income_situation {income_situation}) and no yes to questions 4–9 in answers."}},
    {"PL005", severity::warning, check_scope::record, "§5, §6",
     fields("work_obligation_exemption", "integration_exemption", "growth_potential", "target_step", "target_horizon", "step"),
     {"Vrijstelling (arbeidsplicht of inburgeringsplicht) maar groeipotentieel +",
      "An exemption (work obligation or integration) but growth potential +"},
     {"work_obligation_exemption {work_obligation_exemption}, integration_exemption {integration_exemption} maar groeipotentieel + (growth_potential {growth_potential}, target_step {target_step} termijn {target_horizon}, step {step}).",
      "work_obligation_exemption {work_obligation_exemption}, integration_exemption {integration_exemption} but growth potential + (growth_potential {growth_potential}, target_step {target_step} horizon {target_horizon}, step {step})."}},
    {"PL006", severity::error, check_scope::record, "§6",
     fields("client_id", "measured_on", "step", "growth_potential", "target_step", "caseworker"),
     {"Verplicht veld leeg: client_id, measured_on, step; bij trede 1–5 ook groeipotentieel of doeltrede; behandelend medewerker",
      "Required field empty: client_id, measured_on, step; for steps 1–5 also growth potential or target step; caseworker"},
     {"", ""}, pl006_variants},
    {"PL007", severity::error, check_scope::record, "§5",
     fields("growth_potential", "target_step", "target_horizon", "step"),
     {"Groeipotentieel in tegenspraak met een doeltrede op één jaar (een doeltrede op 5 jaar of ooit spreekt nooit tegen)",
      "Growth-potential flag contradicts a one-year target step (a 5y/ever target never contradicts)"},
     {"growth_potential {growth_potential} is in tegenspraak met target_step {target_step} (termijn {target_horizon}) bij step {step} (+ precies als de doeltrede op één jaar > trede).",
      "growth_potential {growth_potential} contradicts target_step {target_step} (horizon {target_horizon}) at step {step} (+ exactly when the one-year target > step)."}},
    {"PL008", severity::warning, check_scope::record, "§5",
     fields("target_step", "step"),
     {"Doeltrede onder de huidige trede", "Target step below current step"},
     {"target_step {target_step} ligt onder step {step}.", "target_step {target_step} is below step {step}."}},
    {"PL009", severity::error, check_scope::record, "§5",
     fields("step", "growth_potential", "target_step"),
     {"Groeipotentieel of doeltrede bij trede 6, 0 of 9", "Growth potential or target on step 6, 0 or 9"},
     {"step {step} heeft geen groeipotentieel of doeltrede, maar growth_potential {growth_potential}, target_step {target_step}.",
      "step {step} carries no growth potential or target, but growth_potential {growth_potential}, target_step {target_step}."}},
    {"PL010", severity::error, check_scope::record, "§7",
     fields("next_measurement_due", "measured_on"),
     {"Volgend meetmoment niet na de meetdatum", "next_measurement_due not after measured_on"},
     {"next_measurement_due {next_measurement_due} ligt niet na measured_on {measured_on}.",
      "next_measurement_due {next_measurement_due} is not after measured_on {measured_on}."}},
    {"PL011", severity::warning, check_scope::record, "§7",
     fields("next_measurement_due", "measured_on"),
     {"Volgend meetmoment meer dan de herbeoordelingstermijn na de meetdatum",
      "next_measurement_due more than the re-assessment interval after measured_on"},
     {"next_measurement_due {next_measurement_due} ligt meer dan {reassessment_months} maanden na measured_on {measured_on}.",
      "next_measurement_due {next_measurement_due} is more than {reassessment_months} months after measured_on {measured_on}."}},
    {"PL012", severity::error, check_scope::record, "§7, §8",
     fields("measured_on"),
     {"Meetdatum na de peildatum (toekomst)", "measured_on after the reference date (future)"},
     {"measured_on {measured_on} ligt na de peildatum {reference_date}.",
      "measured_on {measured_on} is after the reference date {reference_date}."}},
    {"PL013", severity::warning, check_scope::record, "§4",
     fields("answers", "step"),
     {"Opgeslagen antwoorden geven een andere trede dan de geregistreerde",
      "Stored answers give another step than the registered step"},
     {"De opgeslagen answers geven trede {answers_step}, geregistreerd is step {step}.",
      "The stored answers give step {answers_step}, the registered step is {step}."}},
    {"PL014", severity::error, check_scope::record, "§9",
     fields("sub_step", "step"),
     {"Subtrede niet onder de geregistreerde trede (of niet in de lokale uitbreiding)",
      "Sub-step not under the registered step (or not in the local extension set)"},
     {"sub_step {sub_step}: {sub_step_problem}.", "sub_step {sub_step}: {sub_step_problem}."}},
    {"PL015", severity::warning, check_scope::record, "§3, §6",
     fields("income_situation", "step"),
     {"Inkomenssituatie d (werk) maar trede onder 5", "Income situation d (work) but step below 5"},
     {"income_situation d (werk) maar step {step}.", "income_situation d (work) but step {step}."}},
    {"PL016", severity::warning, check_scope::record, "§6",
     fields("integration_exemption", "integration_obligation"),
     {"Vrijstelling inburgeringsplicht zonder inburgeringsplicht", "Integration exemption without integration obligation"},
     {"integration_exemption ja maar integration_obligation {integration_obligation}.",
      "integration_exemption yes but integration_obligation {integration_obligation}."}},
    {"PL017", severity::error, check_scope::record, "§6",
     fields("bsn", "postal_code"),
     {"BSN voldoet niet aan de elfproef; postcode niet NNNN AA", "BSN fails the eleven-test; postal code not NNNN AA"},
     {"", ""}, pl017_variants},
    {"PL018", severity::warning, check_scope::record, "§6",
     fields("birth_date", "measured_on"),
     {"Leeftijd op de meetdatum onder 15 of boven 67", "Age at measurement below 15 or above 67"},
     {"Leeftijd op measured_on {measured_on} is onder 15 of boven 67 (birth_date niet getoond: persoonsgegeven).",
      "Age at measured_on {measured_on} is below 15 or above 67 (birth_date withheld: personal data)."}},
    {"PL019", severity::warning, check_scope::history, "§2, §7",
     fields("step", "measured_on"),
     {"Trede 0 langer dan de intakeperiode (instelling, standaard 3 maanden)",
      "Step 0 for longer than the intake period (setting, default 3 months)"},
     {"step 0 sinds measured_on {measured_on} en tot {intake_end} niet opnieuw gemeten: langer dan de intakeperiode van {intake_months} maanden.",
      "step 0 since measured_on {measured_on} and not measured again until {intake_end}: longer than the intake period of {intake_months} months."}},
    {"PL020", severity::error, check_scope::history, "§7",
     fields("client_id", "measured_on"),
     {"Twee metingen van één cliënt op één datum", "Two measurements of one client on one date"},
     {"Nog een meting van deze cliënt op measured_on {measured_on} ({duplicate_of}).",
      "Another measurement of this client on measured_on {measured_on} ({duplicate_of})."}},
    {"PL021", severity::warning, check_scope::history, "§7",
     fields("measured_on", "step"),
     {"Laatste meting ouder dan de herbeoordelingstermijn (achterstallig), cliënt niet op 9",
      "Latest measurement older than the re-assessment interval (overdue), client not on 9"},
     {"Laatste meting measured_on {measured_on} (step {step}) is op peildatum {reference_date} ouder dan {reassessment_months} maanden.",
      "Latest measurement measured_on {measured_on} (step {step}) is older than {reassessment_months} months on the reference date {reference_date}."}},
    {"PL022", severity::info, check_scope::record, "§6, §7",
     fields("step", "exit_reason"),
     {"Trede 9 zonder uitstroomreden", "Step 9 without an exit reason"},
     {"step 9 (uitgestroomd) maar exit_reason is leeg: waarheen is de cliënt vertrokken?",
      "step 9 (left) but exit_reason is empty: where did the client go?"}},
    {"PL023", severity::warning, check_scope::record, "§6",
     fields("exit_date", "measured_on", "exit_reason", "step"),
     {"Uitstroomgegevens spreken elkaar tegen: uitstroomdatum voor de meetdatum, of een uitstroomreden zonder trede 9 en zonder uitstroomdatum",
      "Exit data that contradicts itself: exit_date before measured_on; exit_reason on a record that is neither step 9 nor has an exit_date"},
     {"", ""}, pl023_variants},
}};

inline constexpr std::size_t no_check = static_cast<std::size_t>(-1);

/// The position of a check id in the catalogue, or no_check (ids are matched exactly: `PL001`).
/// Index-based so it also folds in constant expressions under -fsanitize=undefined.
constexpr std::size_t check_index(std::string_view id) noexcept {
  for (std::size_t i = 0; i < check_catalogue.size(); ++i)
    if (check_catalogue[i].id == id) return i;
  return no_check;
}

/// The row of a check id, or nullptr.
constexpr const check_info* find_check(std::string_view id) noexcept {
  const auto i = check_index(id);
  return i == no_check ? nullptr : &check_catalogue[i];
}

/// The variant `name` of a check ("" = the row itself for a check without variants).
constexpr std::optional<check_variant> find_variant(const check_info& c, std::string_view name) noexcept {
  if (c.variants.empty()) {
    if (name.empty()) return check_variant{"", c.severity, c.fields, c.message};
    return std::nullopt;
  }
  for (const auto& v : c.variants)
    if (v.name == name) return v;
  return std::nullopt;
}

namespace detail {
constexpr bool catalogue_is_well_formed() noexcept {
  for (std::size_t i = 0; i < check_catalogue.size(); ++i) {
    const auto& c = check_catalogue[i];
    // ids PL001 … PL023 in order
    if (c.id.size() != 5 || c.id.substr(0, 2) != "PL") return false;
    if ((c.id[2] - '0') * 100 + (c.id[3] - '0') * 10 + (c.id[4] - '0') != static_cast<int>(i) + 1) return false;
    if (c.description.nl.empty() || c.description.en.empty() || c.spec.empty() || c.fields.size() == 0) return false;
    if (c.variants.empty() && (c.message.nl.empty() || c.message.en.empty())) return false;
    // a split check's default severity is its most severe variant
    if (!c.variants.empty()) {
      auto most = severity::info;
      for (const auto& v : c.variants)
        if (static_cast<int>(v.severity) < static_cast<int>(most)) most = v.severity;
      if (most != c.severity) return false;
    }
  }
  return true;
}
}  // namespace detail
static_assert(detail::catalogue_is_well_formed(), "SPEC §8 catalogue: ids PL001-PL023 in order, texts filled");

}  // namespace pl

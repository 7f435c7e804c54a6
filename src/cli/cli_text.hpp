// SPDX-License-Identifier: Apache-2.0
// The language of pladder's own messages (Dutch unless `--lang en` is on the command line), the
// option values a person may write in Dutch or English (`--table plaatsing` = `--table placement`),
// and the argument parser's (CLI11's) errors in that language. The words of the library's errors
// are in include/participatieladder/error_text.hpp; this file only puts CLI11's in the same two
// languages.
#pragma once

#include <participatieladder/error_text.hpp>
#include <participatieladder/lang.hpp>
#include <participatieladder/text_util.hpp>

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pl::cli {

/// The language of every message pladder prints (set once by main before the command line is
/// parsed: validators run while it is parsed).
inline lang& ui_language_setting() {
  static lang l = lang::nl;
  return l;
}
inline lang ui_language() { return ui_language_setting(); }
inline bool ui_dutch() { return ui_language() == lang::nl; }

/// The text of a library error in pladder's language.
inline const std::string& text_of(const error& e) { return message(e, ui_language()); }

/// A library message about a request, in the words of the command line: the request's field
/// names become the flags that set them (`reference_date: '31-12-24' …` → `--reference-date: …`).
inline std::string in_flags(std::string message) {
  static const std::pair<std::string_view, std::string_view> flags[] = {
      {"reference_date", "--reference-date"}, {"from_date", "--from"}, {"to_date", "--to"}, {"group_by", "--by"}};
  for (const auto& [field, flag] : flags)
    if (message.rfind(field, 0) == 0) return std::string(flag) + message.substr(field.size());
  for (std::string_view period : {"the period", "year", "periode", "jaar"})
    if (message.find(period) != std::string::npos) return "--from/--to: " + message;
  return message;
}

/// One value an option takes: the value the program uses, then the other spellings it accepts
/// (Dutch first). Matched without regard to case.
struct choice {
  std::string value;
  std::vector<std::string> spellings;
};

inline std::string lowered(std::string s) {
  for (auto& c : s) c = detail::ascii_lower(c);
  return s;
}

/// A validator that accepts every value and spelling of `choices` and turns it into the value; an
/// error (in pladder's language) names the values it takes, with their Dutch spellings.
inline CLI::Validator choices(std::vector<choice> list) {
  std::string names, values;
  for (const auto& c : list) {
    names += (names.empty() ? "" : ", ") + c.value;
    if (!c.spellings.empty()) names += " (" + c.spellings.front() + ")";
    values += (values.empty() ? "" : ",") + c.value;
  }
  CLI::Validator v(
      [list, names](std::string& input) -> std::string {
        const std::string folded = lowered(input);
        for (const auto& c : list) {
          if (folded == lowered(c.value)) {
            input = c.value;
            return {};
          }
          for (const auto& s : c.spellings)
            if (folded == lowered(s)) {
              input = c.value;
              return {};
            }
        }
        return (ui_dutch() ? "'" + input + "' kan niet; kies uit " : "'" + input + "' is not one of ") + names;
      },
      "{" + values + "}");
  return v;
}

namespace cli_detail {
inline bool starts(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
inline bool ends(std::string_view s, std::string_view p) { return s.size() >= p.size() && s.substr(s.size() - p.size()) == p; }
}  // namespace cli_detail

/// CLI11's message of a parse error in pladder's language: English as CLI11 wrote it, or in Dutch
/// for the errors a person can make (a required argument, a value that is not allowed, a value
/// that is missing or is not a number).
inline std::string parse_error_text(const CLI::Error& e) {
  using cli_detail::ends;
  using cli_detail::starts;
  const std::string what = e.what();
  if (!ui_dutch()) return what;
  const std::string_view w = what;
  const std::string name = e.get_name();
  if (name == "RequiredError") {
    if (w == "A subcommand is required") return "geef een opdracht";
    if (ends(w, " is required")) {
      std::string who(w.substr(0, w.size() - std::string_view(" is required").size()));
      if (who == "files") return "geef een of meer bestanden";
      return who + " ontbreekt (verplicht)";
    }
    return "er ontbreekt een verplicht argument";
  }
  if (name == "ArgumentMismatch") {
    if (const auto colon = w.find(": "); colon != std::string_view::npos && ends(w, " missing"))
      return std::string(w.substr(0, colon)) + ": geef een waarde";
    return "een optie heeft het verkeerde aantal waarden";
  }
  if (name == "ValidationError" || name == "ConversionError") {
    // "--table: plaatsing not in {placement,target}" (IsMember) or "Value 300 not in range 0 to 256" (Range)
    const auto colon = w.find(": ");
    const std::string flag = colon != std::string_view::npos && starts(w, "-") ? std::string(w.substr(0, colon)) + ": " : "";
    const std::string_view rest = colon != std::string_view::npos && starts(w, "-") ? w.substr(colon + 2) : w;
    if (const auto at = rest.find(" not in {"); at != std::string_view::npos) {
      std::string list(rest.substr(at + 9));
      if (!list.empty() && list.back() == '}') list.pop_back();
      for (auto& c : list)
        if (c == ',') c = '/';
      return flag + "'" + std::string(rest.substr(0, at)) + "' kan niet; kies uit " + list;
    }
    if (starts(rest, "Value ")) {
      if (const auto at = rest.find(" not in range "); at != std::string_view::npos) {
        std::string range(rest.substr(at + 14));
        if (const auto to = range.find(" to "); to != std::string::npos) range.replace(to, 4, " tot en met ");
        return flag + "waarde " + std::string(rest.substr(6, at - 6)) + ": verwacht een getal van " + range;
      }
    }
    if (starts(rest, "Could not convert: ") || starts(rest, "The value ") || rest.find("Failed parsing") != std::string_view::npos ||
        rest.find("Failed") != std::string_view::npos)
      return flag + "deze waarde is niet leesbaar (verwacht een getal of een van de genoemde waarden)";
    return flag + std::string(rest);  // a validator of ours (choices): already in pladder's language
  }
  if (name == "RequiresError") {
    if (const auto at = w.find(" requires "); at != std::string_view::npos)
      return std::string(w.substr(0, at)) + " werkt alleen samen met " + std::string(w.substr(at + 10));
  }
  if (name == "ExcludesError") {
    if (const auto at = w.find(" excludes "); at != std::string_view::npos)
      return std::string(w.substr(0, at)) + " en " + std::string(w.substr(at + 10)) + " gaan niet samen";
  }
  return "de opdrachtregel is niet leesbaar";
}

}  // namespace pl::cli

// SPDX-License-Identifier: Apache-2.0
// pladder — the command-line face of the participatieladder library.
#include "cli_text.hpp"
#include "command_registry.hpp"

#include <participatieladder/edit_distance.hpp>
#include <participatieladder/version.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace pl::cli {
void add_version_flag(CLI::App& app) {
  app.add_flag_callback("--version", [] { throw CLI::CallForVersion("pladder " PL_VERSION_STRING, 0); },
                        "Print the version and exit");
}
namespace {

/// The candidate nearest to `word` when it is close (at most a third of its length off), else "".
std::string nearest(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_d = word.size() / 3 + 1;
  for (const auto& c : candidates)
    if (const auto d = detail::edit_distance(word, c); d < best_d) {
      best_d = d;
      best = c;
    }
  return best;
}

/// Options in Dutch (and other spellings people try) and the option pladder has for them: an
/// unknown `--peildatum` is answered with `--reference-date`, as `--tabel` is with `--table`.
constexpr std::pair<std::string_view, std::string_view> option_spellings[] = {
    {"--peildatum", "--reference-date"}, {"--datum", "--reference-date"},   {"--tabel", "--table"},
    {"--taal", "--lang"},                {"--language", "--lang"},          {"--formaat", "--format"},
    {"--opmaak", "--format"},            {"--uitvoer", "--format"},         {"--kolommen", "--columns"},
    {"--kolomindeling", "--columns"},    {"--van", "--from"},               {"--vanaf", "--from"},
    {"--tot", "--to"},                   {"--totenmet", "--to"},            {"--per", "--by"},
    {"--groep", "--by"},                 {"--uitbreidingen", "--extensions"}, {"--uitbreiding", "--extensions"},
    {"--tekenset", "--encoding"},        {"--codering", "--encoding"},      {"--stil", "--quiet"},
    {"--draden", "--threads"},           {"--configuratie", "--config"},    {"--instellingen", "--config"},
    {"--begroting", "--budget"},         {"--werkmap", "--xlsx"},           {"--excel", "--xlsx"},
    {"--webpagina", "--html"},           {"--date", "--reference-date"},    {"--refdate", "--reference-date"},
};

/// The option of `options` that an unknown `flag` most likely means: the nearest option, or the
/// option for the nearest Dutch (or other) spelling; "" when none is close.
std::string meant_option(const std::string& flag, const std::vector<std::string>& options) {
  std::vector<std::string> spellings;
  for (const auto& [spelling, option] : option_spellings)
    if (std::find(options.begin(), options.end(), option) != options.end()) spellings.emplace_back(spelling);
  const std::string near = nearest(flag, options);
  const std::string near_spelling = nearest(flag, spellings);
  if (near_spelling.empty()) return near;
  if (!near.empty() && detail::edit_distance(flag, near) <= detail::edit_distance(flag, near_spelling)) return near;
  for (const auto& [spelling, option] : option_spellings)
    if (spelling == near_spelling) return std::string(option);
  return near;
}

/// People-facing messages of pladder itself are Dutch unless `--lang en` is on the command line.
bool dutch(int argc, char** argv) {
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--lang") == 0 && std::strcmp(argv[i + 1], "en") == 0) return false;
  for (int i = 1; i < argc; ++i)
    if (std::strcmp(argv[i], "--lang=en") == 0) return false;
  return true;
}

/// The arguments CLI11 did not expect, as the command line wrote them.
std::string join_extras(const CLI::ExtrasError& e) {
  const std::string what = e.what();
  const auto colon = what.find(": ");
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

}  // namespace
}  // namespace pl::cli

namespace {
int run(int argc, char** argv) {
  using namespace pl::cli;
  const bool nl = dutch(argc, argv);
  ui_language_setting() = nl ? pl::lang::nl : pl::lang::en;
  CLI::App app{"pladder — Participatieladder reference tool (SPEC: placement, checks, reports)", "pladder"};
  add_version_flag(app);
  app.require_subcommand(1);
  auto commands = registry();
  std::sort(commands.begin(), commands.end(), [](const command& a, const command& b) { return a.order < b.order; });
  std::vector<std::pair<CLI::App*, std::function<int()>>> actions;
  for (const auto& c : commands) {
    CLI::App* sub = app.add_subcommand(c.name, "");
    add_version_flag(*sub);
    actions.emplace_back(sub, c.setup(*sub));
  }
  // An unknown command is named, with the nearest one (`pladder chek` -> check).
  if (argc > 1 && argv[1][0] != '-') {
    std::vector<std::string> names;
    for (const auto& c : commands) names.push_back(c.name);
    if (std::find(names.begin(), names.end(), argv[1]) == names.end()) {
      const std::string near = nearest(argv[1], names);
      std::cerr << "pladder: " << (nl ? "onbekende opdracht '" : "unknown command '") << argv[1] << "'";
      if (!near.empty()) std::cerr << (nl ? "; bedoelt u '" : "; did you mean '") << near << "'?";
      std::cerr << (nl ? "\nopdrachten: " : "\ncommands: ");
      for (std::size_t i = 0; i < names.size(); ++i) std::cerr << (i ? ", " : "") << names[i];
      std::cerr << (nl ? " (pladder --help)\n" : " (pladder --help)\n");
      return exit_usage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ExtrasError& e) {
    // An unknown option is named, with the nearest option of that command (`--tabel` -> --table).
    CLI::App* sub = nullptr;
    for (auto& [s, action] : actions)
      if (s->parsed()) sub = s;
    std::vector<std::string> options;
    if (sub != nullptr)
      for (const CLI::Option* opt : sub->get_options())
        for (const auto& name : opt->get_lnames()) options.push_back("--" + name);
    const std::string prefix = sub ? "pladder " + sub->get_name() + ": " : "pladder: ";
    bool named = false;
    for (int i = 1; i < argc; ++i) {
      const std::string arg = argv[i];
      if (arg.rfind("--", 0) != 0) continue;
      const std::string flag = arg.substr(0, arg.find('='));
      if (std::find(options.begin(), options.end(), flag) != options.end() || flag == "--help" || flag == "--version") continue;
      const std::string near = meant_option(flag, options);
      std::cerr << prefix << (nl ? "onbekende optie " : "unknown option ") << flag;
      if (!near.empty()) std::cerr << (nl ? "; bedoelt u " : "; did you mean ") << near << "?";
      std::cerr << '\n';
      named = true;
    }
    if (!named) std::cerr << prefix << (nl ? "onverwachte argumenten: " : "unexpected arguments: ") << join_extras(e) << '\n';
    std::cerr << (nl ? "Zie " : "See ") << (sub ? "pladder " + sub->get_name() + " --help" : std::string("pladder --help")) << '\n';
    return exit_usage;
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    std::cout << e.what() << '\n';
    return exit_ok;
  } catch (const CLI::ParseError& e) {
    // CLI11's own message in pladder's language, and where to look (not CLI11's "Run with --help").
    CLI::App* sub = nullptr;
    for (auto& [s, action] : actions)
      if (s->parsed()) sub = s;
    const std::string who = sub ? "pladder " + sub->get_name() : std::string("pladder");
    std::cerr << who << ": " << parse_error_text(e) << '\n' << (nl ? "Zie " : "See ") << who << " --help\n";
    return exit_usage;
  }
  for (auto& [sub, action] : actions)
    if (sub->parsed()) {
      try {
        return action();
      } catch (const std::exception& e) {
        std::cerr << (nl ? "pladder: interne fout: " : "pladder: internal error: ") << e.what() << '\n';
        return exit_usage;
      }
    }
  return exit_usage;
}

/// Output that could not be written (a full disk, /dev/full, a closed pipe) is an error with its
/// reason and a non-zero exit, never a silent success (issue 14).
int finish_output(int rc, bool nl) {
  using namespace pl::cli;
  errno = 0;
  std::cout.flush();
  const bool failed = std::cout.fail() || std::fflush(stdout) != 0 || std::ferror(stdout) != 0;
  if (!failed) return rc;
  const int err = errno;
  const pl::lang l = nl ? pl::lang::nl : pl::lang::en;
  std::cerr << "pladder: " << pl::say(pl::msg::output_unwritable, l, {nl ? "standaarduitvoer" : "standard output", pl::system_reason(err, l)}) << '\n';
  return rc == exit_ok || rc == exit_findings ? exit_usage : rc;
}
}  // namespace

int main(int argc, char** argv) { return finish_output(run(argc, argv), pl::cli::dutch(argc, argv)); }

// SPDX-License-Identifier: Apache-2.0
// `pladder catalogue` — show the consistency-check catalogue (SPEC §8: "a municipality … can see
// the catalogue"): id, severity, scope, SPEC section, description; split checks with their
// variants. Text (aligned columns) or JSON (one object per check per line).
#include "command_registry.hpp"
#include "json_output.hpp"

#include <participatieladder/check_catalogue.hpp>

#include <iostream>
#include <memory>

namespace pl::cli {
namespace {

struct catalogue_options {
  std::string format = "text";
  std::string lang = "nl";
};

json::Value fields_json(const field_list& fs) {
  std::vector<json::Value> out;
  for (const auto k : fs) out.push_back(json::string(k));
  return json::list(std::move(out));
}

std::string pad(std::string_view s, std::size_t width) {
  std::string out(s);
  if (out.size() < width) out.append(width - out.size(), ' ');
  return out + ' ';
}

int run_catalogue(const catalogue_options& o) {
  const lang l = parse_lang(o.lang).value();
  for (const auto& c : check_catalogue) {
    if (o.format == "json") {
      std::vector<json::Value> variants;
      for (const auto& v : c.variants)
        variants.push_back(json::object()
                               .set("name", json::string(v.name))
                               .set("severity", json::string(to_string(v.severity)))
                               .set("fields", fields_json(v.fields))
                               .value());
      std::cout << json::object()
                       .set("id", json::string(c.id))
                       .set("severity", json::string(to_string(c.severity)))
                       .set("scope", json::string(to_string(c.scope)))
                       .set("spec", json::string(c.spec))
                       .set("fields", fields_json(c.fields))
                       .set("description", json::string(c.description(l)))
                       .set("variants", json::list(std::move(variants)))
                       .line()
                << '\n';
      continue;
    }
    std::cout << pad(c.id, 5) << pad(to_string(c.severity), 7) << pad(to_string(c.scope), 7) << pad("SPEC " + std::string(c.spec), 12)
              << c.description(l) << '\n';
    for (const auto& v : c.variants) {
      std::string keys;
      for (const auto k : v.fields) keys += (keys.empty() ? "" : ", ") + std::string(k);
      std::cout << pad("", 5) << pad(to_string(v.severity), 7) << pad("", 7) << pad("", 12) << "  " << keys << '\n';
    }
  }
  return exit_ok;
}

const bool registered = register_command({"catalogue", 40, [](CLI::App& app) {
  auto o = std::make_shared<catalogue_options>();
  app.description("Show the consistency-check catalogue (SPEC §8): id, severity, scope, SPEC section, description");
  app.add_option("--format", o->format, "Output format")->check(CLI::IsMember({"text", "json"}));
  app.add_option("--lang", o->lang, "Language of the descriptions")->check(CLI::IsMember({"nl", "en"}));
  return std::function<int()>([o] { return run_catalogue(*o); });
}});

}  // namespace
}  // namespace pl::cli

// SPDX-License-Identifier: Apache-2.0
// The WebAssembly entry points of the JavaScript binding (issues 15, 20, 22). Every answer comes
// from the header-only rules core (SPEC §2–§8): this file only turns its results into JSON text for
// bindings/js/src/api.mjs. No rule is written here or in JavaScript: the required fields and the
// growth rules of a record are the consistency checks of SPEC §8 (pl::check_one_record), run here
// exactly as the CLI runs them.
//
// A determination is written in the v1 JSON mapping (participatieladder.v1.DeterminationResult,
// protobuf's JSON with the schema's field names, every primitive field written): the same bytes as
// the C ABI's pl_message_to_json (bindings/js/test/core.test.mjs compares them).
//
// Each function returns a pointer to a JSON text owned by this module, valid until the next call.
// Errors are JSON too: {"error": {"code": "parse_error", "message": "…"}} (pl::errc_id).
#include <participatieladder/answers.hpp>
#include <participatieladder/checks.hpp>
#include <participatieladder/csv_field.hpp>
#include <participatieladder/finding_names.hpp>
#include <participatieladder/delimitation.hpp>
#include <participatieladder/determination.hpp>
#include <participatieladder/divergence.hpp>
#include <participatieladder/fields.hpp>
#include <participatieladder/growth.hpp>
#include <participatieladder/questionnaire.hpp>
#include <participatieladder/session.hpp>
#include <participatieladder/step.hpp>
#include <participatieladder/text_escape.hpp>
#include <participatieladder/version.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <emscripten/emscripten.h>

namespace {

// ---- a minimal JSON writer (strings: pl::json_quote, RFC 8259) ----------------------------------

class object {
 public:
  object& raw(std::string_view key, std::string_view json) {
    body_ += body_.empty() ? "" : ",";
    body_ += pl::json_quote(key) + ":" + std::string(json);
    return *this;
  }
  object& str(std::string_view key, std::string_view v) { return raw(key, pl::json_quote(v)); }
  object& num(std::string_view key, long v) { return raw(key, std::to_string(v)); }
  object& boolean(std::string_view key, bool v) { return raw(key, v ? "true" : "false"); }
  object& null(std::string_view key) { return raw(key, "null"); }
  std::string text() const { return "{" + body_ + "}"; }

 private:
  std::string body_;
};

template <class Range, class F>
std::string list(const Range& r, F&& each) {
  std::string out = "[";
  bool first = true;
  for (const auto& x : r) {
    if (!first) out += ',';
    first = false;
    out += each(x);
  }
  return out + "]";
}

std::string reply;  // the text returned to JavaScript (single-threaded module)

const char* give(std::string s) {
  reply = std::move(s);
  return reply.c_str();
}

const char* give_error(const pl::error& e) {
  return give(object().raw("error", object().str("code", pl::errc_id(e.value())).str("message", e.message).text()).text());
}

pl::lang to_lang(int l) { return l == 1 ? pl::lang::en : pl::lang::nl; }

// ---- the v1 JSON mapping of participatieladder.v1.DeterminationResult ---------------------------
// What protobuf's JSON printer writes for the message: the plain fields in field-number order,
// primitive and repeated ones always, unset messages left out; then the proto3 `optional` fields
// (step, next_question) when present, in field-number order.

std::string localized(const pl::text& t) { return object().str("nl", t.nl).str("en", t.en).text(); }

std::string v1_answer(const pl::path_entry& e) {
  return object().num("question", e.question).boolean("yes", e.answer).text();
}

std::string v1_determination(const pl::determination& d) {
  pl::answer_set on_path;
  for (const auto& e : d.path) on_path.set(e.question, e.answer);
  object o;
  o.boolean("complete", d.complete);
  if (d.result) o.raw("label", localized(pl::info(*d.result).label));
  o.raw("path", list(d.path, v1_answer));
  o.str("path_notation", pl::format_answers(on_path));
  if (d.next_question) {
    o.raw("question", object()
                          .num("number", *d.next_question)
                          .raw("text", localized(pl::question_at(*d.next_question).wording))
                          .raw("block", localized(pl::block_of(*d.next_question).title))
                          .text());
  }
  o.raw("unused", list(d.unused, [](int q) { return std::to_string(q); }));
  o.raw("notes", list(d.notes, [](const pl::divergence_note* n) {
    return object().str("id", n->id).raw("message", localized(n->message)).text();
  }));
  if (const auto* del = d.delimitation_of_result())
    o.raw("delimitation", object()
                              .num("step", pl::to_int(del->code))
                              .raw("criteria", localized(del->criteria))
                              .raw("examples", list(del->examples, localized))
                              .text());
  if (d.result) o.num("step", pl::to_int(*d.result));
  if (d.next_question) o.num("next_question", *d.next_question);
  return o.text();
}

// ---- texts of the questionnaire and the steps (one language) -----------------------------------

std::string delimitation_json(pl::step s, pl::lang l) {
  const auto* d = pl::delimitation(s);
  if (!d) return "null";
  return object()
      .num("step", pl::to_int(s))
      .str("label", pl::label(s, l))
      .str("criteria", d->criteria(l))
      .raw("examples", list(d->examples, [&](const pl::text& t) { return pl::json_quote(t(l)); }))
      .text();
}

std::string question_json(int q, pl::lang l) {
  const auto& row = pl::question_at(q);
  const auto& b = pl::block_of(q);
  int block_index = 0;
  for (std::size_t i = 0; i < pl::question_blocks.size(); ++i)
    if (&pl::question_blocks[i] == &b) block_index = static_cast<int>(i) + 1;
  return object()
      .num("number", q)
      .str("text", row.wording(l))
      .raw("block", object()
                        .num("index", block_index)
                        .num("count", static_cast<long>(pl::question_blocks.size()))
                        .num("first", b.first)
                        .num("last", b.last)
                        .str("title", b.title(l))
                        .text())
      .text();
}

// ---- records (SPEC §6) and their checks (SPEC §8) -------------------------------------------------

/// One line `key=value` of what api.mjs passes (`has_value` false for a line without `=`).
struct key_value {
  std::string_view key, value;
  bool has_value;
};

/// `each(key_value)` for every non-empty line of `in`, in order; the first error ends the walk.
template <class Each>
pl::result<void> for_each_key_value(std::string_view in, Each&& each) {
  while (!in.empty()) {
    const auto nl = in.find('\n');
    const std::string_view line = in.substr(0, nl);
    in = nl == std::string_view::npos ? std::string_view{} : in.substr(nl + 1);
    if (line.empty()) continue;
    const auto eq = line.find('=');
    const bool has_value = eq != std::string_view::npos;
    if (auto ok = each(key_value{line.substr(0, eq), has_value ? line.substr(eq + 1) : std::string_view{}, has_value}); !ok) return ok;
  }
  return pl::success();
}

/// Lines `key=value` (canonical keys or Dutch headers) → a record; errors name the key (the value
/// only where it is no personal data: the field parsers withhold it).
pl::result<pl::record> read_fields(std::string_view in) {
  pl::record r;
  auto walked = for_each_key_value(in, [&](const key_value& kv) -> pl::result<void> {
    const auto* f = kv.has_value ? pl::find_field(kv.key) : nullptr;
    if (!f) return pl::fail(pl::errc::invalid_argument, "'" + std::string(kv.key) + "' is not a SPEC §6 key");
    return pl::parse_field(r, *f, kv.value);
  });
  if (!walked) return walked.error();
  return r;
}

/// Lines of a check configuration (the keys of a configuration file, docs/checks.md):
/// `disabled_checks=PL017`, `severity=PL017:info`, `reassessment_months=6`, `intake_months=3`.
pl::result<pl::check_config> read_config(std::string_view in) {
  pl::check_config c;
  auto months = [](std::string_view key, std::string_view v, int& out) -> pl::result<void> {
    int n = 0;
    if (!pl::detail::parse_uint(v, n)) return pl::fail(pl::errc::config, std::string(key) + ": '" + std::string(v) + "' is not a number of months");
    out = n;
    return pl::success();
  };
  auto walked = for_each_key_value(in, [&](const key_value& kv) -> pl::result<void> {
    const auto key = kv.key;
    const auto value = kv.value;
    if (key == "disabled_checks") {
      c.disabled_checks.emplace(value);
    } else if (key == "severity") {
      const auto colon = value.find(':');
      auto sev = pl::parse_severity(colon == std::string_view::npos ? std::string_view{} : value.substr(colon + 1));
      if (!sev) return sev.error();
      c.severity_overrides[std::string(value.substr(0, colon))] = sev.value();
    } else if (key == "reassessment_months") {
      if (auto ok = months(key, value, c.reassessment_months); !ok) return ok.error();
    } else if (key == "intake_months") {
      if (auto ok = months(key, value, c.intake_months); !ok) return ok.error();
    } else {
      return pl::fail(pl::errc::config, "'" + std::string(key) + "' is not a setting of the checks (disabled_checks, severity, reassessment_months, intake_months)");
    }
    return pl::success();
  });
  if (!walked) return walked.error();
  return pl::validate(c);
}

std::string finding_json(const pl::finding& f) {
  return object()
      .str("check", f.check)
      .str("severity", pl::to_string(f.severity))
      .raw("fields", list(f.fields, [](const std::string& k) { return pl::json_quote(k); }))
      .str("message_nl", f.message_nl)
      .str("message_en", f.message_en)
      .text();
}

/// The input page writes the column a caseworker knows from the page: the SPEC §6 alias
/// `doeltrede` of target_step (the CLI reads every alias); every other column is the first alias.
std::string_view page_header(const pl::field_info& f) { return f.key == "target_step" ? "doeltrede" : f.dutch_header(); }

/// A step is a number in the record's JSON (SPEC §6: 0–6, 9; 1–6); every other value is text.
bool json_number(const pl::field_info& f) { return f.kind == pl::value_kind::step || f.kind == pl::value_kind::target_step; }

std::map<int, pl::session> sessions;
int next_session = 1;

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* pljs_version() { return pl::version_string; }

/// SPEC §4: determine from the answer notation (`1:N 2:N 10:J`, every §6 yes/no spelling), as the
/// v1 DeterminationResult in JSON.
EMSCRIPTEN_KEEPALIVE const char* pljs_determine(const char* answers) {
  auto set = pl::parse_answers(answers ? answers : "");
  if (!set) return give_error(set.error());
  return give(v1_determination(pl::determine(set.value())));
}

/// SPEC §4: every complete path, depth first, yes before no.
EMSCRIPTEN_KEEPALIVE const char* pljs_paths() {
  return give(list(pl::enumerate_paths(), [](const pl::complete_path& p) {
    return object().str("answers", pl::format_answers(p.answers())).num("step", pl::to_int(p.result)).text();
  }));
}

EMSCRIPTEN_KEEPALIVE const char* pljs_question(int q, int l) {
  if (!pl::is_question(q)) return give_error(pl::fail(pl::errc::invalid_argument, "question must be a whole number 1-21, not " + std::to_string(q)));
  return give(question_json(q, to_lang(l)));
}

EMSCRIPTEN_KEEPALIVE const char* pljs_blocks(int l) {
  return give(list(pl::question_blocks, [&](const pl::question_block& b) {
    return object().num("first", b.first).num("last", b.last).str("title", b.title(to_lang(l))).text();
  }));
}

/// SPEC §2: label of a step or status code.
EMSCRIPTEN_KEEPALIVE const char* pljs_step(int code, int l) {
  const auto s = pl::step_from_int(code);
  if (!s) return give_error(pl::fail(pl::errc::invalid_argument, "'" + std::to_string(code) + "' is not a step (expected 1-6, or 0 intake, 9 left)"));
  return give(object()
                  .num("step", code)
                  .str("label", pl::label(*s, to_lang(l)))
                  .boolean("onLadder", pl::is_ladder_step(*s))
                  .boolean("canGrow", pl::can_grow(*s))
                  .text());
}

/// SPEC §3: the delimitation of a ladder step; null for 0 and 9.
EMSCRIPTEN_KEEPALIVE const char* pljs_delimitation(int code, int l) {
  const auto s = pl::step_from_int(code);
  if (!s) return give_error(pl::fail(pl::errc::invalid_argument, "'" + std::to_string(code) + "' is not a step (expected 1-6, or 0 intake, 9 left)"));
  return give(delimitation_json(*s, to_lang(l)));
}

/// SPEC §5: the compact notation `2+`, `T3-`, `6`.
EMSCRIPTEN_KEEPALIVE const char* pljs_parse_notation(const char* text) {
  auto n = pl::parse_notation(text ? text : "");
  if (!n) return give_error(n.error());
  object o;
  o.num("step", pl::to_int(n.value().code));
  if (n.value().sign) o.str("growth", pl::to_string(*n.value().sign)); else o.null("growth");
  o.str("notation", pl::format_notation(n.value()));
  return give(o.text());
}

/// SPEC §5: a growth potential value `+`, `0`, graded `++`/`--`, or a yes/no spelling.
EMSCRIPTEN_KEEPALIVE const char* pljs_parse_growth_value(const char* text) {
  auto g = pl::parse_growth(text ? text : "");
  if (!g) return give_error(g.error());
  return give(object().str("growth", pl::to_string(g.value().flag)).num("grade", g.value().grade).text());
}

/// SPEC §5: derivation of the flag from a target step and its horizon ("" = one year), and whether
/// a registered flag ("" = none) contradicts it.
EMSCRIPTEN_KEEPALIVE const char* pljs_growth_from_target(int current, int target, const char* term, const char* flag) {
  const auto cur = pl::step_from_int(current);
  const auto tgt = pl::step_from_int(target);
  if (!cur || !tgt) return give_error(pl::fail(pl::errc::invalid_argument, "step and target must be step codes"));
  std::optional<pl::horizon> h;
  if (term && *term) {
    auto parsed = pl::parse_horizon(term);
    if (!parsed) return give_error(parsed.error());
    h = parsed.value();
  }
  object o;
  const auto derived = pl::derive_growth(*cur, *tgt, h);
  if (derived) o.str("derived", pl::to_string(*derived)); else o.null("derived");
  bool contradicts = false;
  if (flag && *flag) {
    auto g = pl::parse_growth(flag);
    if (!g) return give_error(g.error());
    contradicts = pl::can_grow(*cur) && pl::contradicts(*cur, g.value().flag, *tgt, h);
  }
  o.boolean("contradicts", contradicts);
  o.boolean("keepsLevel", pl::keeps_level(*cur, *tgt));
  return give(o.text());
}

/// SPEC §6 + §8: a base-data-set record from `key=value` lines (canonical keys or Dutch headers),
/// checked as of `reference` (YYYY-MM-DD) by the record-scope checks of SPEC §8 under the
/// configuration lines (see read_config). Returns
///   csv       a `;` header + row: Dutch headers, Dutch values (value_style::dutch_text), CRLF
///   jsonl     one compact JSON object with the §6 keys and ISO values, steps as numbers, and "\n"
///   findings  [{check, severity, fields, message_nl, message_en}] in engine order
/// Only filled fields are written, in the order of the §6 table. An unreadable value is an error
/// naming the key; a missing or contradictory value is a finding (PL006, PL007, PL009, …), never
/// an error: findings are data.
EMSCRIPTEN_KEEPALIVE const char* pljs_record(const char* lines, const char* reference, const char* config_lines) {
  auto r = read_fields(lines ? lines : "");
  if (!r) return give_error(r.error());
  auto ref = pl::parse_date(reference ? reference : "");
  if (!ref) return give_error(pl::fail(pl::errc::invalid_argument, "referenceDate: " + ref.error().message));
  auto config = read_config(config_lines ? config_lines : "");
  if (!config) return give_error(config.error());
  std::string header, row;
  object json;
  for (const auto& f : pl::field_table) {
    const std::string dutch = pl::format_field(r.value(), f, pl::value_style::dutch_text());
    if (dutch.empty()) continue;
    if (!header.empty()) { header += ';'; row += ';'; }
    header += pl::csv_field(page_header(f), ';');
    row += pl::csv_field(dutch, ';');
    const std::string iso = pl::format_field(r.value(), f, pl::value_style::iso());
    if (json_number(f)) json.raw(f.key, iso); else json.str(f.key, iso);
  }
  auto findings = pl::check_one_record(r.value(), ref.value(), config.value());
  for (auto& f : findings) pl::name_fields_in_dutch(f);  // as the pipeline names them (finding_names.hpp)
  return give(object()
                  .str("csv", header + "\r\n" + row + "\r\n")
                  .str("jsonl", json.text() + "\n")
                  .raw("findings", list(findings, finding_json))
                  .text());
}

EMSCRIPTEN_KEEPALIVE int pljs_session_new() {
  const int id = next_session++;
  sessions.emplace(id, pl::session{});
  return id;
}

EMSCRIPTEN_KEEPALIVE void pljs_session_free(int id) { sessions.erase(id); }

/// action: 0 = state, 1 = answer yes, 2 = answer no, 3 = back. The outcome is the v1
/// DeterminationResult in JSON, as pljs_determine.
EMSCRIPTEN_KEEPALIVE const char* pljs_session(int id, int action) {
  const auto it = sessions.find(id);
  if (it == sessions.end()) return give_error(pl::fail(pl::errc::state, "the session was closed"));
  pl::session& s = it->second;
  pl::result<void> done = pl::success();
  if (action == 1 || action == 2) done = s.answer(action == 1);
  else if (action == 3) done = s.back();
  if (!done) return give_error(done.error());
  return give(object()
                  .num("answered", static_cast<long>(s.answered()))
                  .str("answers", pl::format_answers(s.answers()))
                  .raw("outcome", v1_determination(s.outcome()))
                  .text());
}

}  // extern "C"

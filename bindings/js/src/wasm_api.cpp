// SPDX-License-Identifier: Apache-2.0
// The WebAssembly entry points of the JavaScript binding (issue 15). Every answer comes from the
// header-only rules core (SPEC §2–§6): this file only turns its results into JSON text for
// bindings/js/src/api.mjs. No rule is written here or in JavaScript.
//
// Each function returns a pointer to a JSON text owned by this module, valid until the next call.
// Errors are JSON too: {"error": {"code": "parse error", "message": "…"}}.
#include <participatieladder/answers.hpp>
#include <participatieladder/delimitation.hpp>
#include <participatieladder/determination.hpp>
#include <participatieladder/divergence.hpp>
#include <participatieladder/fields.hpp>
#include <participatieladder/csv_field.hpp>
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
  return give(object().raw("error", object().str("code", pl::errc_name(e.value())).str("message", e.message).text()).text());
}

pl::lang to_lang(int l) { return l == 1 ? pl::lang::en : pl::lang::nl; }

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

std::string determination_json(const pl::determination& d, pl::lang l) {
  pl::answer_set on_path;
  for (const auto& e : d.path) on_path.set(e.question, e.answer);
  object o;
  o.boolean("complete", d.complete);
  if (d.result) o.num("step", pl::to_int(*d.result)); else o.null("step");
  if (d.result) o.str("label", pl::label(*d.result, l)); else o.null("label");
  o.raw("path", list(d.path, [](const pl::path_entry& e) {
    return object().num("question", e.question).boolean("answer", e.answer).text();
  }));
  o.str("pathNotation", pl::format_answers(on_path));
  if (d.next_question) o.raw("nextQuestion", question_json(*d.next_question, l)); else o.null("nextQuestion");
  o.raw("unused", list(d.unused, [](int q) { return std::to_string(q); }));
  o.raw("notes", list(d.notes, [&](const pl::divergence_note* n) {
    return object().str("id", n->id).str("text", n->message(l)).text();
  }));
  o.raw("delimitation", d.result ? delimitation_json(*d.result, l) : "null");
  return o.text();
}

std::map<int, pl::session> sessions;
int next_session = 1;

std::string session_json(const pl::session& s, pl::lang l) {
  return object()
      .num("answered", static_cast<long>(s.answered()))
      .str("answers", pl::format_answers(s.answers()))
      .raw("outcome", determination_json(s.outcome(), l))
      .text();
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* pljs_version() { return pl::version_string; }

/// SPEC §4: determine from the answer notation (`1:N 2:N 10:J`, every §6 yes/no spelling).
EMSCRIPTEN_KEEPALIVE const char* pljs_determine(const char* answers, int l) {
  auto set = pl::parse_answers(answers ? answers : "");
  if (!set) return give_error(set.error());
  return give(determination_json(pl::determine(set.value()), to_lang(l)));
}

/// SPEC §4: every complete path, depth first, yes before no.
EMSCRIPTEN_KEEPALIVE const char* pljs_paths() {
  return give(list(pl::enumerate_paths(), [](const pl::complete_path& p) {
    return object().str("answers", pl::format_answers(p.answers())).num("step", pl::to_int(p.result)).text();
  }));
}

EMSCRIPTEN_KEEPALIVE const char* pljs_question(int q, int l) {
  if (!pl::is_question(q)) return give_error(pl::fail(pl::errc::invalid_argument, "question must be a number 1-21, not " + std::to_string(q)));
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

/// SPEC §6: build a base-data-set record from `key=value` lines (canonical keys or Dutch headers)
/// and return it as a `;` CSV header + row with Dutch headers and Dutch values (as Dutch Excel
/// writes) and as a JSON object with the §6 keys and ISO values. Only filled fields are written,
/// in the order of the §6 table. Errors name the key and why (personal values withheld); the
/// required keys of the §6 table (client_id, measured_on, step) must be filled.
EMSCRIPTEN_KEEPALIVE const char* pljs_record(const char* lines) {
  pl::record r;
  std::string_view in = lines ? lines : "";
  std::vector<const pl::field_info*> given;
  while (!in.empty()) {
    const auto nl = in.find('\n');
    const std::string_view line = in.substr(0, nl);
    in = nl == std::string_view::npos ? std::string_view{} : in.substr(nl + 1);
    if (line.empty()) continue;
    const auto eq = line.find('=');
    const auto* f = eq == std::string_view::npos ? nullptr : pl::find_field(line.substr(0, eq));
    if (!f) return give_error(pl::fail(pl::errc::invalid_argument, "'" + std::string(line.substr(0, eq)) + "' is not a SPEC §6 key"));
    auto ok = pl::parse_field(r, *f, line.substr(eq + 1));
    if (!ok) return give_error(ok.error());
  }
  if (r.step && !pl::can_grow(*r.step) && (r.growth_potential || r.target_step))
    return give_error(pl::fail(pl::errc::invalid_argument, "step " + pl::to_string(*r.step) +
                                                               " carries no growth potential and no target step (SPEC §5)"));
  for (const auto& f : pl::field_table)
    if (f.required && pl::format_field(r, f, pl::value_style::iso()).empty())
      return give_error(pl::fail(pl::errc::invalid_argument, std::string(f.key) + " (" + std::string(f.dutch_header()) +
                                                                 ") is required (SPEC §6)"));
  std::string header, row;
  object json;
  for (const auto& f : pl::field_table) {
    const std::string dutch = pl::format_field(r, f, pl::value_style::dutch());
    if (dutch.empty()) continue;
    if (!header.empty()) { header += ';'; row += ';'; }
    header += pl::csv_field(f.dutch_header(), ';');
    row += pl::csv_field(dutch, ';');
    json.str(f.key, pl::format_field(r, f, pl::value_style::iso()));
  }
  return give(object().str("csv", header + "\r\n" + row + "\r\n").raw("json", json.text()).text());
}

EMSCRIPTEN_KEEPALIVE int pljs_session_new() {
  const int id = next_session++;
  sessions.emplace(id, pl::session{});
  return id;
}

EMSCRIPTEN_KEEPALIVE void pljs_session_free(int id) { sessions.erase(id); }

/// action: 0 = state, 1 = answer yes, 2 = answer no, 3 = back.
EMSCRIPTEN_KEEPALIVE const char* pljs_session(int id, int action, int l) {
  const auto it = sessions.find(id);
  if (it == sessions.end()) return give_error(pl::fail(pl::errc::state, "the session was closed"));
  pl::session& s = it->second;
  pl::result<void> done = pl::success();
  if (action == 1 || action == 2) done = s.answer(action == 1);
  else if (action == 3) done = s.back();
  if (!done) return give_error(done.error());
  return give(session_json(s, to_lang(l)));
}

}  // extern "C"

// SPDX-License-Identifier: Apache-2.0
// Building the conformance cases from the vector set, and the reference library's answers
// (SPEC §11, docs/conformance.md). Nothing here decides a step or a finding: requests are built
// with the library's own readers, and expected responses come from the library at run time.
#include "conformance/cases.hpp"

#include "conformance/sha256.hpp"
#include "messages/check_message.hpp"
#include "messages/config_message.hpp"
#include "messages/determination_message.hpp"
#include "messages/extensions_message.hpp"
#include "messages/json.hpp"
#include "messages/read_options_message.hpp"
#include "messages/record_message.hpp"
#include "messages/report_message.hpp"
#include "pipeline/record_set.hpp"

#include <participatieladder/answers.hpp>
#include <participatieladder/config/check_config_json.hpp>
#include <participatieladder/determination.hpp>
#include <participatieladder/extensions_file.hpp>

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace pl::conformance {
namespace {

namespace v1 = participatieladder::v1;
namespace gpb = google::protobuf;
namespace fs = std::filesystem;

result<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(errc::io, path.string() + ": cannot be opened");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

result<gpb::Struct> read_json(const fs::path& path) {
  PL_TRY(text, read_file(path));
  gpb::Struct doc;
  if (!gpb::util::JsonStringToMessage(text, &doc).ok()) return fail(errc::parse, path.string() + ": not a JSON object");
  return doc;
}

std::string json_text(const gpb::Value& v) {
  std::string out;
  (void)gpb::util::MessageToJsonString(v, &out);
  return out;
}

const gpb::Value* member(const gpb::Struct& s, const std::string& key) {
  const auto it = s.fields().find(key);
  return it == s.fields().end() ? nullptr : &it->second;
}

std::string text_of(const gpb::Struct& s, const std::string& key) {
  const auto* v = member(s, key);
  return v != nullptr && v->has_string_value() ? v->string_value() : std::string();
}

result<const gpb::ListValue*> cases_of(const gpb::Struct& doc, const fs::path& path) {
  const auto* v = member(doc, "cases");
  if (v == nullptr || !v->has_list_value()) return fail(errc::format, path.string() + ": no \"cases\" list");
  return &v->list_value();
}

/// "1:N 2:N 10:J": the answer-set notation of SPEC §6, as the path is written everywhere.
std::string notation(const v1::AnswerSet& set) {
  std::string out;
  for (const auto& a : set.answers()) {
    if (!out.empty()) out += ' ';
    out += std::to_string(a.question()) + (a.yes() ? ":J" : ":N");
  }
  return out;
}

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

/// Records given as SPEC §6 key → text objects, read by the library's JSON Lines reader (so they
/// reach the vendor exactly as a file of the municipality would give them).
result<v1::RecordSet> read_records(const std::vector<gpb::Struct>& records, const std::string& name) {
  std::string lines;
  for (const auto& r : records) {
    std::string line;
    (void)gpb::util::MessageToJsonString(r, &line);
    lines += line + '\n';
  }
  PL_TRY(set, pipeline::read_bytes(lines, name + ".jsonl", pipeline::input_format::jsonl));
  return messages::to_message(set);
}

void add_determination(std::vector<request_case>& out, const v1::AnswerSet& answers, const std::string& required_id,
                       const std::string& notes_id) {
  request_case c;
  *c.request.mutable_determine() = answers;
  c.request.set_case_id(required_id);
  c.cases.push_back({required_id, level::required, aspect::determination, "determine"});
  if (!notes_id.empty()) c.cases.push_back({notes_id, level::recommended, aspect::notes, "notes"});
  out.push_back(std::move(c));
}

/// The answers of a readable notation as written ("1:nee 2:Nee 10:ja" -> text "nee", "Nee", "ja"),
/// split at the separators of SPEC §6 (blanks, commas, semicolons) and each token's first ':'.
/// Only called after pl::parse_answers accepted the notation: every token is QUESTION:ANSWER.
v1::AnswerSet answers_as_written(const std::string& notation) {
  v1::AnswerSet set;
  std::size_t i = 0;
  auto sep = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0 || c == ',' || c == ';'; };
  while (i < notation.size()) {
    while (i < notation.size() && sep(notation[i])) ++i;
    std::size_t j = i;
    while (j < notation.size() && !sep(notation[j])) ++j;
    if (j > i) {
      const std::string token = notation.substr(i, j - i);
      const auto colon = token.find(':');
      auto& a = *set.add_answers();
      a.set_question(std::stoi(token.substr(0, colon)));
      a.set_text(token.substr(colon + 1));
    }
    i = j;
  }
  return set;
}

/// A notation that spells an answer otherwise than J or N (SPEC §6: ja/nee, yes/no, true/false,
/// 1/0, y/j/n in any case).
bool has_spellings(const v1::AnswerSet& written) {
  for (const auto& a : written.answers())
    if (a.text() != "J" && a.text() != "N") return true;
  return false;
}

/// SPEC §4: all 308 paths (step + §4.1 notes) and every distinct proper prefix (next question).
void questionnaire_paths(std::vector<request_case>& out) {
  const v1::QuestionnairePaths paths = messages::paths_message();
  std::set<std::string> seen;
  std::vector<v1::AnswerSet> prefixes;
  for (const auto& p : paths.paths()) {
    v1::AnswerSet full;
    for (const auto& a : p.path()) *full.add_answers() = a;
    const std::string n = notation(full);
    add_determination(out, full, "required/path/" + n, "recommended/notes/" + n);
    for (int len = 0; len < full.answers_size(); ++len) {
      v1::AnswerSet prefix;
      for (int i = 0; i < len; ++i) *prefix.add_answers() = full.answers(i);
      if (seen.insert(notation(prefix)).second) prefixes.push_back(prefix);
    }
  }
  for (const auto& prefix : prefixes) {
    const std::string n = notation(prefix);
    add_determination(out, prefix, "required/next/" + (n.empty() ? std::string("-") : n), "");
  }
}

/// The shared questionnaire vectors (answers off the path, spellings, separators) whose notation
/// can be read; those that test an unreadable notation have no AnswerSet to send.
result<void> questionnaire_vectors(std::vector<request_case>& out, const fs::path& path) {
  PL_TRY(doc, read_json(path));
  PL_TRY(list, cases_of(doc, path));
  for (const auto& v : list->values()) {
    const auto& c = v.struct_value();
    if (member(c, "error") != nullptr) continue;
    const std::string name = text_of(c, "name");
    PL_TRY(answers, pl::parse_answers(text_of(c, "answers")));
    add_determination(out, messages::to_message(answers), "required/questionnaire/" + name,
                      "recommended/notes/questionnaire/" + name);
    // SPEC §6 spellings reach the adapter as written (Answer.text): the vendor's own reading of
    // "nee", "YES", "1" is tested, at the recommended level.
    const v1::AnswerSet written = answers_as_written(text_of(c, "answers"));
    if (has_spellings(written)) {
      request_case rc;
      *rc.request.mutable_determine() = written;
      const std::string id = "recommended/spelling/" + name;
      rc.request.set_case_id(id);
      rc.cases.push_back({id, level::recommended, aspect::determination, "answer_text"});
      out.push_back(std::move(rc));
    }
  }
  return success();
}

result<void> check_vectors(std::vector<request_case>& out, const fs::path& path) {
  PL_TRY(doc, read_json(path));
  PL_TRY(list, cases_of(doc, path));
  const auto* base = member(doc, "base_record");
  if (base == nullptr || !base->has_struct_value()) return fail(errc::format, path.string() + ": no \"base_record\"");
  for (const auto& v : list->values()) {
    const auto& c = v.struct_value();
    const std::string name = text_of(c, "name");
    std::vector<gpb::Struct> records;
    if (const auto* rs = member(c, "records"); rs != nullptr)
      for (const auto& r : rs->list_value().values()) {
        gpb::Struct merged = base->struct_value();
        for (const auto& [key, value] : r.struct_value().fields()) (*merged.mutable_fields())[key] = value;
        records.push_back(std::move(merged));
      }
    request_case rc;
    auto& req = *rc.request.mutable_check();
    PL_TRY(set, read_records(records, "check " + name));
    *req.mutable_records() = std::move(set);
    auto& o = *req.mutable_options();
    o.set_reference_date(text_of(c, "reference_date"));
    if (const auto* e = member(c, "extensions"); e != nullptr) {
      PL_TRY(ext, parse_extension_set_json(json_text(*e), name));
      *o.mutable_extensions() = messages::to_message(ext);
    }
    if (const auto* cfg = member(c, "config"); cfg != nullptr) {
      PL_TRY(config, parse_check_config(json_text(*cfg), name));
      *o.mutable_config() = messages::to_message(config);
    }
    const std::string id = "recommended/check/" + name;
    rc.request.set_case_id(id);
    rc.cases.push_back({id, level::recommended, aspect::check, "check"});
    out.push_back(std::move(rc));
  }
  return success();
}

result<void> report_vectors(std::vector<request_case>& out, const fs::path& path) {
  PL_TRY(doc, read_json(path));
  PL_TRY(list, cases_of(doc, path));
  for (const auto& v : list->values()) {
    const auto& c = v.struct_value();
    const std::string name = text_of(c, "name");
    std::vector<gpb::Struct> records;
    if (const auto* rs = member(c, "records"); rs != nullptr)
      for (const auto& r : rs->list_value().values()) records.push_back(r.struct_value());
    request_case rc;
    auto& req = *rc.request.mutable_report();
    PL_TRY(set, read_records(records, "report " + name));
    *req.mutable_records() = std::move(set);
    auto& o = *req.mutable_options();
    o.set_reference_date(text_of(c, "reference_date"));
    o.set_from_date(text_of(c, "from"));
    o.set_to_date(text_of(c, "to"));
    const auto* kind = v1::ReportKind_descriptor()->FindValueByName("REPORT_KIND_" + upper(text_of(c, "table")));
    if (kind == nullptr) return fail(errc::format, path.string() + ": case '" + name + "': unknown table");
    o.set_kind(static_cast<v1::ReportKind>(kind->number()));
    if (!text_of(c, "by").empty()) {
      const auto* by = v1::GroupBy_descriptor()->FindValueByName("GROUP_BY_" + upper(text_of(c, "by")));
      if (by == nullptr) return fail(errc::format, path.string() + ": case '" + name + "': unknown grouping");
      o.set_group_by(static_cast<v1::GroupBy>(by->number()));
    }
    if (const auto* e = member(c, "extensions"); e != nullptr) {
      PL_TRY(ext, parse_extension_set_json(json_text(*e), name));
      *o.mutable_extensions() = messages::to_message(ext);
    }
    if (const auto* b = member(c, "budget"); b != nullptr) {
      PL_TRY(messages::from_json(json_text(*b), *o.mutable_budget(), name));
    }
    const std::string id = "recommended/report/" + name;
    rc.request.set_case_id(id);
    rc.cases.push_back({id, level::recommended, aspect::report, "report"});
    out.push_back(std::move(rc));
  }
  return success();
}

result<void> bad_inputs(std::vector<request_case>& out, const fs::path& dir) {
  const fs::path index = dir / "expected.json";
  PL_TRY(doc, read_json(index));
  PL_TRY(list, cases_of(doc, index));
  const std::string reference = text_of(doc, "reference_date");
  for (const auto& v : list->values()) {
    const std::string file = text_of(v.struct_value(), "file");
    PL_TRY(content, read_file(dir / file));
    request_case rc;
    auto& req = *rc.request.mutable_check_file();
    req.set_source_name(file);
    req.set_content(std::move(content));
    req.mutable_options()->set_reference_date(reference);
    const std::string id = "recommended/bad_input/" + file;
    rc.request.set_case_id(id);
    rc.cases.push_back({id, level::recommended, aspect::bad_input, "check_file"});
    out.push_back(std::move(rc));
  }
  return success();
}

v1::ConformanceResponse error_response(const pl::error& e) {
  v1::ConformanceResponse r;
  r.mutable_error()->set_status(-e.code.value());
  r.mutable_error()->set_message(e.message);
  return r;
}

}  // namespace

const std::vector<std::string>& all_features() {
  static const std::vector<std::string> features{"determine", "answer_text", "notes", "check", "report", "check_file"};
  return features;
}

result<vector_set> open_vector_set(const std::string& dir) {
  vector_set set;
  set.dir = dir;
  const fs::path root(dir);
  for (const char* required : {"vectors/questionnaire.json", "vectors/checks.json", "vectors/reports.json", "bad_input/expected.json"})
    if (!fs::is_regular_file(root / required))
      return fail(errc::io, (root / required).string() + ": missing (not a conformance vector set; give --vectors DIR)");
  std::error_code ec;
  for (const auto& entry : fs::recursive_directory_iterator(root, ec)) {
    if (!entry.is_regular_file()) continue;
    const std::string rel = fs::relative(entry.path(), root).generic_string();
    if (rel == "SHA256SUMS") continue;
    set.files.push_back(rel);
  }
  if (ec) return fail(errc::io, dir + ": " + ec.message());
  std::sort(set.files.begin(), set.files.end());
  std::string listing;
  for (const auto& rel : set.files) {
    PL_TRY(bytes, read_file(root / rel));
    listing += sha256_hex(bytes) + "  " + rel + "\n";
  }
  // The manifest written at build time (src/conformance/CMakeLists.txt): the same listing.
  if (fs::exists(root / "SHA256SUMS")) {
    PL_TRY(manifest, read_file(root / "SHA256SUMS"));
    if (manifest != listing)
      return fail(errc::format, (root / "SHA256SUMS").string() +
                                    ": the vector files differ from this manifest (changed, added or removed files)");
  }
  set.digest = sha256_hex(listing);
  set.version = "source";
  if (fs::exists(root / "VERSION")) {
    PL_TRY(v, read_file(root / "VERSION"));
    while (!v.empty() && std::isspace(static_cast<unsigned char>(v.back()))) v.pop_back();
    set.version = v;
  }
  return set;
}

std::string default_vector_dir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = exe.parent_path().parent_path() / "share/participatieladder/conformance";
    if (fs::is_directory(installed)) return installed.string();
  }
  return PL_CONFORMANCE_STAGE_DIR;
}

result<std::vector<request_case>> build_cases(const vector_set& set) {
  std::vector<request_case> out;
  const fs::path root(set.dir);
  questionnaire_paths(out);
  PL_TRY(questionnaire_vectors(out, root / "vectors/questionnaire.json"));
  PL_TRY(check_vectors(out, root / "vectors/checks.json"));
  PL_TRY(report_vectors(out, root / "vectors/reports.json"));
  PL_TRY(bad_inputs(out, root / "bad_input"));
  return out;
}

v1::ConformanceResponse reference_answer(const v1::ConformanceRequest& request) {
  v1::ConformanceResponse r;
  const check_config engine_config{};  // pl_engine_new(NULL, 0): the default configuration
  switch (request.request_case()) {
    case v1::ConformanceRequest::kDetermine: {
      auto answers = messages::from_message(request.determine());
      if (!answers) return error_response(answers.error());
      *r.mutable_determination() = messages::to_message(pl::determine(answers.value()));
      return r;
    }
    case v1::ConformanceRequest::kCheck: {
      auto response = messages::run(request.check(), engine_config);
      if (!response) return error_response(response.error());
      *r.mutable_check() = std::move(response).value();
      return r;
    }
    case v1::ConformanceRequest::kReport: {
      auto set = messages::from_message(request.report().records());
      if (!set) return error_response(set.error());
      auto response = messages::report(set.value(), request.report().options(), nullptr);
      if (!response) return error_response(response.error());
      *r.mutable_report() = std::move(response).value();
      return r;
    }
    case v1::ConformanceRequest::kCheckFile: {
      const auto& f = request.check_file();
      auto how = messages::from_message(f.options().read(), "ReadOptions");
      if (!how) return error_response(how.error());
      auto set = pipeline::read_bytes(f.content(), f.source_name(), pipeline::input_format::automatic, how.value());
      if (!set) return error_response(set.error());
      auto response = messages::check(set.value(), f.options(), engine_config);
      if (!response) return error_response(response.error());
      *r.mutable_check() = std::move(response).value();
      return r;
    }
    case v1::ConformanceRequest::kCapabilities:
    case v1::ConformanceRequest::REQUEST_NOT_SET: break;
  }
  r.mutable_error()->set_status(-static_cast<int>(errc::invalid_argument));
  r.mutable_error()->set_message("empty conformance request");
  return r;
}

}  // namespace pl::conformance

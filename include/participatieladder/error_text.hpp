// SPDX-License-Identifier: Apache-2.0
// The words of every error a person sees (a file that cannot be read, a date on the command line,
// a usage error of pladder), in one table: a message id, its Dutch text (canonical) and its English
// text, with numbered places `{0}`, `{1}`, … for the file name, line, value or reason. An error
// built from this table carries both languages (pl::error::message is English, message_nl Dutch);
// whoever prints it picks one with `pl::message(error, lang)`. Messages never contain personal data
// (SPEC §11): the places hold file names, line numbers, headers and non-personal values only.
#pragma once

#include "error.hpp"
#include "lang.hpp"

#include <cerrno>
#include <cstddef>
#include <iterator>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace pl {

enum class msg {
  // reading a file (SPEC §6)
  is_directory,
  cannot_open,
  cannot_read,
  stdin_unreadable,
  file_empty,
  utf16,
  excel_workbook,
  two_byte_order_marks,
  binary_content,
  not_utf8,
  not_windows1252,
  not_csv_no_separator,
  not_csv_no_header,
  header_broken_quote,
  duplicate_column,
  missing_column,
  not_jsonl,
  stream_needs_file,
  stream_not_grouped,
  stream_needs_reference_date,
  report_stream_not_grouped,
  report_stream_needs_reference_date,
  // values
  not_a_date,
  not_a_calendar_date,
  year_not_a_date,
  // configuration
  encoding_unknown,
  mapping_not_a_key,
  // pladder's usage errors
  report_needs_output,
  stream_one_csv,
  report_stream_one_csv,
  report_stream_table_only,
  column_mapping_unopenable,
  output_unwritable,
  cannot_write,
  cannot_open_what,
  cannot_read_what,
};

struct message_text {
  msg id;
  text words;  ///< nl, en; `{n}` is the n-th argument
};

// One row per message, in the order of the enum (checked below).
inline constexpr message_text message_table[] = {
    {msg::is_directory, {"{0}: is een map, geen bestand", "{0}: is a directory, not a file"}},
    {msg::cannot_open, {"{0}: kan het bestand niet openen: {1}", "{0}: cannot open: {1}"}},
    {msg::cannot_read, {"{0}: kan het bestand niet lezen: {1}", "{0}: cannot read: {1}"}},
    {msg::stdin_unreadable, {"(standaardinvoer): kan niet lezen", "(standard input): cannot read"}},
    {msg::file_empty, {"{0}: het bestand is leeg", "{0}: the file is empty"}},
    {msg::utf16, {"{0}: het bestand is UTF-16-tekst, geen UTF-8 (sla het op als CSV UTF-8)",
                  "{0}: the file is UTF-16 text, not UTF-8 (save it as CSV UTF-8)"}},
    {msg::excel_workbook,
     {"{0}: dit is een Excel-werkmap, geen CSV-bestand; kies in Excel Opslaan als > \"CSV UTF-8 (door komma's gescheiden)\" "
      "(of \"CSV (gescheiden door lijstscheidingsteken)\") en lees dat bestand",
      "{0}: this is an Excel workbook, not a CSV file; in Excel choose Save As > \"CSV UTF-8 (door komma's gescheiden)\" "
      "(or \"CSV (gescheiden door lijstscheidingsteken)\") and read that file"}},
    {msg::two_byte_order_marks,
     {"{0}: regel 1: het bestand begint met twee bytevolgordetekens (U+FEFF); sla het één keer op als UTF-8 (bijv. Excels "
      "\"CSV UTF-8\")",
      "{0}: line 1: the file starts with two byte order marks (U+FEFF); save it once as UTF-8 (e.g. Excel's \"CSV UTF-8\")"}},
    {msg::binary_content, {"{0}: regel {1}: binaire inhoud (een NUL-byte), geen tekstbestand",
                           "{0}: line {1}: binary content (a NUL byte), not a text file"}},
    {msg::not_utf8, {"{0}: regel {1}: geen geldige UTF-8-tekst (sla het bestand op als CSV UTF-8, of lees het als Windows-1252)",
                     "{0}: line {1}: not valid UTF-8 text (save the file as CSV UTF-8, or read it as Windows-1252)"}},
    {msg::not_windows1252,
     {"{0}: regel {1}: geen UTF-8- en geen Windows-1252-tekst (een byte die Windows-1252 niet kent); sla het bestand op als "
      "CSV UTF-8",
      "{0}: line {1}: neither UTF-8 nor Windows-1252 text (a byte Windows-1252 does not define); save the file as CSV UTF-8"}},
    {msg::not_csv_no_separator,
     {"{0}: geen CSV-bestand met de gegevensset: de kopregel heeft geen kolomnamen gescheiden door ';' of ','",
      "{0}: not a CSV file of the base data set: the header line has no ';' or ',' separated column names"}},
    {msg::not_csv_no_header, {"{0}: geen CSV-bestand met de gegevensset: geen kopregel",
                              "{0}: not a CSV file of the base data set: no header line"}},
    {msg::header_broken_quote, {"{0}: regel {1}: de kopregel heeft een kapot aanhalingsteken{2}",
                                "{0}: line {1}: the header line has a broken quote{2}"}},
    {msg::duplicate_column, {"{0}: regel {1}: kolom '{2}' staat twee keer in de kopregel{3}",
                             "{0}: line {1}: duplicate column '{2}'{3}"}},
    {msg::missing_column, {"{0}: regel {1}: verplichte kolom {2} ontbreekt", "{0}: line {1}: missing required column {2}"}},
    {msg::not_jsonl, {"{0}: geen JSON Lines-bestand: geen van de {1} regels is een JSON-object",
                      "{0}: not a JSON Lines file: none of its {1} lines is a JSON object"}},
    {msg::stream_needs_file, {"in delen lezen kan alleen uit een bestand, niet uit standaardinvoer (het wordt twee keer gelezen)",
                              "reading in parts needs a file, not standard input (it is read twice)"}},
    {msg::stream_not_grouped,
     {"{0}: regel {1}: de metingen van één klant staan niet bij elkaar (dezelfde klant staat op regel {2}, vóór andere "
      "klanten); in delen controleren (--stream) vraagt een bestand dat per klant gesorteerd is: sorteer het per klant, of "
      "controleer het zonder --stream",
      "{0}: line {1}: the measurements of one client are not together (the same client is on line {2}, before other clients); "
      "checking in parts (--stream) needs a file grouped by client: sort it by client, or check it without --stream"}},
    {msg::stream_needs_reference_date,
     {"in delen controleren (--stream) vraagt een peildatum (--reference-date): de laatste meetdatum is pas aan het eind bekend",
      "checking in parts (--stream) needs the reference date (--reference-date): the latest measured_on is known only at the end"}},
    {msg::report_stream_not_grouped,
     {"{0}: regel {1}: de metingen van één klant staan niet bij elkaar (dezelfde klant staat op regel {2}, vóór andere "
      "klanten); rapporteren in delen (--stream) vraagt een bestand dat per klant gesorteerd is: sorteer het per klant, of "
      "rapporteer zonder --stream",
      "{0}: line {1}: the measurements of one client are not together (the same client is on line {2}, before other clients); "
      "reporting in parts (--stream) needs a file grouped by client: sort it by client, or report without --stream"}},
    {msg::report_stream_needs_reference_date,
     {"rapporteren in delen (--stream) vraagt een peildatum (--reference-date): de laatste meetdatum is pas aan het eind bekend",
      "reporting in parts (--stream) needs the reference date (--reference-date): the latest measured_on is known only at the end"}},
    {msg::not_a_date, {"'{0}' is geen datum (verwacht JJJJ-MM-DD, DD-MM-JJJJ of D-M-JJJJ)",
                       "'{0}' is not a date (expected YYYY-MM-DD, DD-MM-YYYY or D-M-YYYY)"}},
    {msg::not_a_calendar_date, {"'{0}' is geen bestaande datum", "'{0}' is not a valid calendar date"}},
    {msg::year_not_a_date, {"{0}: '{1}' is een jaar; alleen de kpi-tabel neemt jaren (geef een datum JJJJ-MM-DD)",
                            "{0}: '{1}' is a year; only the kpi table takes years (give a date YYYY-MM-DD)"}},
    {msg::encoding_unknown, {"tekenset '{0}' is niet auto, utf-8 of windows-1252", "encoding '{0}' is not auto, utf-8 or windows-1252"}},
    {msg::mapping_not_a_key,
     {"{0}.columns['{1}']: '{2}' is geen veld van de gegevensset (SPEC §6; een sleutel of Nederlandse kolomnaam, bijv. "
      "meetdatum, klantmanager, trede)",
      "{0}.columns['{1}']: '{2}' is not a key of the base data set (SPEC §6; a key or a Dutch header, e.g. measured_on, "
      "caseworker, step)"}},
    {msg::report_needs_output, {"geef --table TABEL, --html BESTAND en/of --xlsx BESTAND",
                                "give --table TABLE, --html FILE and/or --xlsx FILE"}},
    {msg::stream_one_csv,
     {"--stream controleert één CSV-bestand (de hele geschiedenis van een klant moet erin staan; JSON Lines: zonder --stream)",
      "--stream checks one CSV file (a client's history must be in it; JSON Lines: without --stream)"}},
    {msg::report_stream_one_csv,
     {"--stream rapporteert over één CSV-bestand (de hele geschiedenis van een klant moet erin staan; JSON Lines: zonder --stream)",
      "--stream reports over one CSV file (a client's history must be in it; JSON Lines: without --stream)"}},
    {msg::report_stream_table_only,
     {"--stream maakt één tabel (--table); het HTML-rapport en de werkmap (--html, --xlsx) bevatten alle tabellen en de "
      "controles: maak ze zonder --stream",
      "--stream makes one table (--table); the HTML report and the workbook (--html, --xlsx) hold every table and the checks: "
      "make them without --stream"}},
    {msg::column_mapping_unopenable, {"{0}: kan het kolommenbestand niet openen: {1}", "{0}: cannot open the column-mapping file: {1}"}},
    {msg::output_unwritable, {"kan de uitvoer niet schrijven ({0}): {1}", "cannot write the output ({0}): {1}"}},
    {msg::cannot_write, {"{0}: kan {1} niet schrijven: {2}", "{0}: cannot write the {1}: {2}"}},
    {msg::cannot_open_what, {"{0}: kan {1} niet openen: {2}", "{0}: cannot open the {1}: {2}"}},
    {msg::cannot_read_what, {"{0}: kan {1} niet lezen: {2}", "{0}: cannot read the {1}: {2}"}},
};

namespace detail {
constexpr bool message_table_in_order() {
  for (std::size_t i = 0; i < std::size(message_table); ++i)
    if (static_cast<std::size_t>(message_table[i].id) != i) return false;
  return true;
}
static_assert(message_table_in_order(), "message_table: one row per msg, in the order of the enum");

/// `words` with `{n}` replaced by the n-th of `args`.
template <class Args>
std::string fill(std::string_view words, const Args& args) {
  std::string out;
  out.reserve(words.size() + 32);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i] == '{' && i + 2 < words.size() && words[i + 2] == '}' && words[i + 1] >= '0' && words[i + 1] <= '9') {
      const auto n = static_cast<std::size_t>(words[i + 1] - '0');
      if (n < args.size()) out += *(std::begin(args) + static_cast<std::ptrdiff_t>(n));
      i += 2;
      continue;
    }
    out += words[i];
  }
  return out;
}
}  // namespace detail

/// The text of message `id` in language `l`, its places filled with `args`.
inline std::string say(msg id, lang l, std::initializer_list<std::string_view> args = {}) {
  return detail::fill(message_table[static_cast<std::size_t>(id)].words(l), args);
}

/// An error with message `id` in both languages.
inline error fail(errc c, msg id, std::initializer_list<std::string_view> args = {}) {
  error e = fail(c, say(id, lang::en, args));
  e.message_nl = say(id, lang::nl, args);
  return e;
}

/// An error with message `id` whose places differ per language (a list joined with "or"/"of").
inline error fail(errc c, msg id, const std::vector<std::string>& args_nl, const std::vector<std::string>& args_en) {
  error e = fail(c, detail::fill(message_table[static_cast<std::size_t>(id)].words(lang::en), args_en));
  e.message_nl = detail::fill(message_table[static_cast<std::size_t>(id)].words(lang::nl), args_nl);
  return e;
}

/// The text of `e` in language `l`: its Dutch text when it carries one, else its (English) message.
inline const std::string& message(const error& e, lang l) noexcept {
  return l == lang::nl && !e.message_nl.empty() ? e.message_nl : e.message;
}

/// `e` with `prefix` (a flag, a file name, the same in both languages) before its text: "PREFIX: …".
inline error prefixed(std::string_view prefix, error e) {
  const std::string p = std::string(prefix) + ": ";
  if (!e.message_nl.empty()) e.message_nl = p + e.message_nl;
  e.message = p + e.message;
  return e;
}

/// The system's reason for a failed open/read (errno) in language `l`: the common ones in Dutch,
/// the C library's text otherwise.
inline std::string system_reason(int err, lang l) {
  if (l == lang::nl) switch (err) {
      case ENOENT: return "bestand of map bestaat niet";
      case EACCES: return "geen toegang (rechten)";
      case EISDIR: return "is een map";
      case ENOSPC: return "de schijf is vol";
      case EROFS: return "alleen-lezen bestandssysteem";
      case EIO: return "lees- of schrijffout van het apparaat";
      case EPIPE: return "de ontvanger is gesloten";
      case ENOTDIR: return "een deel van het pad is geen map";
      case ENAMETOOLONG: return "de naam is te lang";
      case EFBIG: return "het bestand wordt te groot";
      case EEXIST: return "bestaat al";
      case EMFILE: case ENFILE: return "te veel open bestanden";
      case 0: return "schrijffout";
      default: return "systeemfout " + std::to_string(err);
    }
  return err == 0 ? std::string("write error") : std::string(std::strerror(err));
}

/// An I/O error with message `id` whose last place is the system's reason for `err` (errno).
inline error fail_system(errc c, msg id, std::string_view file, int err) {
  error e = fail(c, say(id, lang::en, {file, system_reason(err, lang::en)}));
  e.message_nl = say(id, lang::nl, {file, system_reason(err, lang::nl)});
  return e;
}

}  // namespace pl

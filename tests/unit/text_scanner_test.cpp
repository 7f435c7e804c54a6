// SPDX-License-Identifier: Apache-2.0
// SPEC §6 encoding rule over a text given in blocks (issue 13, the streaming reader): for every
// way of cutting the text into blocks, the decision — encoding, or the error with its line — is
// the one of the whole text at once (which is read_csv's, checked_text).
#include <catch2/catch.hpp>

#include "io/text_check.hpp"

#include <string>
#include <vector>

using namespace pl;

namespace {
std::string decision(const io_detail::text_scanner& s, text_encoding asked) {
  auto r = s.decide("t.csv", asked);
  return r ? std::string(to_string(r.value())) + " skip " + std::to_string(s.skip()) : r.error().message;
}
}  // namespace

TEST_CASE("text_scanner: the decision does not depend on how the text is cut into blocks", "[io][stream]") {
  const std::vector<std::string> texts = {
      "client_id;step\nA;3\n",
      "\xEF\xBB\xBF" "client_id;naam\nA;Jos\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\n",  // BOM, 2-, 3- and 4-byte UTF-8
      "client_id;naam\nA;caf\xE9\nB;\x80\n",                                           // Windows-1252
      "client_id;naam\nA;\xC3\xA9\nB;\xE9\n",                                          // UTF-8 first, then not
      "client_id;naam\nA;x\nB;\x81\n\xE9\n",                                           // a byte Windows-1252 does not define
      "client_id;naam\nA;x\nB;\0\n",                                                    // NUL on line 3
      "client_id;naam\nA;\xE2\x82",                                                    // cut off in a sequence at the end
      "client_id;naam\nA;\xE2\x28\xA1\n",                                              // a bad continuation byte
      "\xEF\xBB\xBF\xEF\xBB\xBF" "client_id\n",                                         // two byte order marks
      "\xEF\xBB\xBF \r\n\t\n",                                                          // empty after the BOM
      "\xFF\xFE" "c\0l\0",                                                               // UTF-16
      "PK\x03\x04" "workbook.xml........",                                              // an Excel workbook
  };
  for (const auto& t : texts) {
    for (const auto asked : {text_encoding::automatic, text_encoding::utf8, text_encoding::windows1252}) {
      io_detail::text_scanner whole;
      whole.feed(t);
      const std::string expected = decision(whole, asked);
      for (std::size_t block = 1; block <= t.size(); ++block) {
        io_detail::text_scanner parts;
        const std::size_t first = std::max<std::size_t>(block, 16);  // the first block holds the first 16 bytes
        parts.feed(std::string_view(t).substr(0, first));
        for (std::size_t at = first; at < t.size(); at += block) parts.feed(std::string_view(t).substr(at, block));
        INFO("text " << t << ", blocks of " << block);
        CHECK(decision(parts, asked) == expected);
      }
    }
  }
  io_detail::text_scanner nul;
  nul.feed(std::string_view("client_id;naam\nA;x\nB;\0\n", 24));
  CHECK(decision(nul, text_encoding::automatic) == "t.csv: line 3: binary content (a NUL byte), not a text file");
}

TEST_CASE("text_scanner: parts cut after line ends, scanned apart and appended, decide as the whole", "[io][stream][parallel]") {
  // what a thread per part sees (checked_text and csv_stream's first pass on several threads): the
  // same encoding, or the same error on the same line, for every pair of cuts after a line end
  const std::string body = "client_id;naam;trede\nA1;Jansen;3\nA2;de Vries;4\nA3;Bakker;2\nA4;Visser;5\n";
  std::vector<std::string> texts;
  for (const std::string& odd : std::vector<std::string>{"", "caf\xE9", "\xC3\xA9", "\x81", std::string("x\0y", 3), "\xE2\x82", "\xE2\x28\xA1", "\xF0\x9F\x98\x80"})
    for (std::size_t line = 1; line <= 4; ++line) {  // the odd bytes in one of the data lines
      std::string t = body;
      std::size_t at = 0;
      for (std::size_t k = 0; k <= line; ++k) at = t.find('\n', at) + 1;
      t.insert(at - 1, odd);
      texts.push_back(t);
      texts.push_back("\xEF\xBB\xBF" + t);
      texts.push_back(t.substr(0, t.size() - 1) + odd);  // the odd bytes at the very end
    }
  std::size_t compared = 0;
  for (const auto& t : texts) {
    io_detail::text_scanner whole;
    whole.feed(t);
    std::vector<std::size_t> ends;  // cuts just after a line end, the first part at least 16 bytes
    for (std::size_t i = 16; i < t.size(); ++i)
      if (t[i - 1] == '\n') ends.push_back(i);
    for (const auto asked : {text_encoding::automatic, text_encoding::utf8, text_encoding::windows1252}) {
      const std::string expected = decision(whole, asked);
      for (std::size_t a = 0; a < ends.size(); ++a)
        for (std::size_t b = a; b < ends.size(); ++b) {
          const std::vector<std::size_t> cut = a == b ? std::vector<std::size_t>{0, ends[a], t.size()}
                                                      : std::vector<std::size_t>{0, ends[a], ends[b], t.size()};
          io_detail::text_scanner first;
          first.feed(std::string_view(t).substr(0, cut[1]));
          for (std::size_t k = 1; k + 1 < cut.size(); ++k) {
            auto later = io_detail::text_scanner::after_line_end();
            later.feed(std::string_view(t).substr(cut[k], cut[k + 1] - cut[k]));
            first.append(later);
          }
          INFO("text " << t << ", cuts at " << ends[a] << " and " << ends[b]);
          CHECK(decision(first, asked) == expected);
          ++compared;
        }
    }
  }
  CHECK(compared > 1000);
}

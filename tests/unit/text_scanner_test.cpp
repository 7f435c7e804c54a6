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

// SPDX-License-Identifier: Apache-2.0
// The one HTML escape and the one JSON string quoting (participatieladder/text_escape.hpp) behind
// the HTML report, the benchmark and conformance pages, the conformance certificate and the
// WebAssembly binding: the exact bytes each writes, and JSON that protobuf's own JSON parser reads
// back to the text it came from.
#include <participatieladder/text_escape.hpp>

#include <catch2/catch.hpp>

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <string>

using pl::html_escape;
using pl::json_quote;

namespace {

/// `json` read by protobuf's JSON parser as a google.protobuf.Value holding a string.
std::string parsed_string(const std::string& json) {
  google::protobuf::Value v;
  const auto status = google::protobuf::util::JsonStringToMessage(json, &v);
  INFO(json << ": " << status.ToString());
  REQUIRE(status.ok());
  REQUIRE(v.kind_case() == google::protobuf::Value::kStringValue);
  return v.string_value();
}

}  // namespace

TEST_CASE("html_escape: the five specials, every other byte as it is", "[text][html]") {
  CHECK(html_escape(R"(<a href="x">Jan & 'Piet'</a>)") == "&lt;a href=&quot;x&quot;&gt;Jan &amp; &#39;Piet&#39;&lt;/a&gt;");
  CHECK(html_escape("&amp;") == "&amp;amp;");  // escaping twice is visible: callers escape once
  CHECK(html_escape("") == "");
  // non-ASCII UTF-8 (é, –, €, an emoji) and control characters are not touched
  CHECK(html_escape("één – € 5 \xF0\x9F\x98\x80") == "één – € 5 \xF0\x9F\x98\x80");
  CHECK(html_escape(std::string("a\0b\tc\nd\x1f\x7f", 9)) == std::string("a\0b\tc\nd\x1f\x7f", 9));
  for (int b = 0; b < 256; ++b) {
    const std::string one(1, static_cast<char>(b));
    if (one == "&" || one == "<" || one == ">" || one == "\"" || one == "'") continue;
    INFO("byte " << b);
    CHECK(html_escape(one) == one);
  }
}

TEST_CASE("json_quote: quotes, backslash, control characters, UTF-8", "[text][json]") {
  CHECK(json_quote("") == R"("")");
  CHECK(json_quote(R"(zei "ja" \ nee)") == R"("zei \"ja\" \\ nee")");
  CHECK(json_quote("a\nb\rc\td") == R"("a\nb\rc\td")");
  CHECK(json_quote(std::string("\0\x01\x08\x0c\x1f", 5)) == R"("\u0000\u0001\u0008\u000c\u001f")");  // lower-case hex
  CHECK(json_quote("</script> / 'x' \x7f") == "\"</script> / 'x' \x7f\"");  // '/', ' and DEL as they are
  CHECK(json_quote("één – € \xF0\x9F\x98\x80") == "\"één – € \xF0\x9F\x98\x80\"");
}

TEST_CASE("json_quote: protobuf's JSON parser reads every ASCII character and UTF-8 back", "[text][json]") {
  for (int b = 0; b < 128; ++b) {
    const std::string text = "x" + std::string(1, static_cast<char>(b)) + "y";
    INFO("byte " << b);
    CHECK(parsed_string(json_quote(text)) == text);
  }
  for (const std::string text : {"Gemeente 's-Hertogenbosch", "trede 2 — één", "\"\\\"", "€ \xF0\x9F\x98\x80", "a\r\n\tb"})
    CHECK(parsed_string(json_quote(text)) == text);
}

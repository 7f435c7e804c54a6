// SPDX-License-Identifier: Apache-2.0
#include "messages/json.hpp"

#include "embedded_schema.hpp"
#include "io/message_text.hpp"

#include <participatieladder/io/json_line.hpp>

#include <google/protobuf/util/json_util.h>

namespace pl::messages {

result<std::string> to_json(const google::protobuf::Message& m) { return json_line(m, true); }

result<void> from_json(std::string_view json, google::protobuf::Message& m, std::string_view what) {
  m.Clear();
  google::protobuf::util::JsonParseOptions opts;
  opts.ignore_unknown_fields = false;
  const auto st = google::protobuf::util::JsonStringToMessage(std::string(json), &m, opts);
  if (!st.ok())
    // The kind of error only: protobuf adds an excerpt of the JSON (records hold personal data).
    return fail(errc::parse, std::string(what) + ": not a " + public_name(*m.GetDescriptor()) + " in JSON: " +
                                 io_detail::json_error_kind(std::string(st.message())));
  return success();
}

}  // namespace pl::messages

// SPDX-License-Identifier: Apache-2.0
// CSV input (SPEC §6): RFC 4180 through our own tokenizer (csv_tokenizer.hpp), `;` or `,`, UTF-8
// with or without BOM, §6 keys or Dutch aliases as headers. Every row knows the physical line it
// starts on, and a broken row is skipped without losing the rest of the file. The reader itself is
// csv_reader_core.hpp; this is the whole-text door to it.
#include <participatieladder/io/csv_reader.hpp>

#include "csv_reader_core.hpp"

namespace pl {

result<read_result> read_csv(std::string_view bytes, std::string_view source_name, std::uint32_t source_index,
                             const read_options& options) {
  io_detail::decoded_text decoded;
  const std::string file = io_detail::valid_utf8(source_name);  // a caller's name, echoed in messages
  PL_TRY(io_detail::checked_text(bytes, file, options.encoding, decoded, options.threads));
  io_detail::csv_reader reader(file, source_index, options);
  reader.set_encoding(decoded.encoding);
  return reader.read(decoded.text);
}

}  // namespace pl

// SPDX-License-Identifier: Apache-2.0
// The one Levenshtein distance (edit_distance.hpp) behind "did you mean" for options and columns.
#include <participatieladder/edit_distance.hpp>

#include <catch2/catch.hpp>

using pl::detail::edit_distance;

TEST_CASE("edit distance: insertions, deletions and substitutions of bytes", "[text]") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("", "trede") == 5);
  CHECK(edit_distance("trede", "") == 5);
  CHECK(edit_distance("kitten", "sitting") == 3);       // two substitutions, one insertion
  CHECK(edit_distance("--tabel", "--table") == 2);       // a swap is two edits
  CHECK(edit_distance("meetdatum", "meetdatum") == 0);
  CHECK(edit_distance("klantnummer", "klantnumer") == 1);
  CHECK(edit_distance("ab", "ba") == edit_distance("ba", "ab"));
  CHECK(edit_distance("trede", "treden") == 1);
}

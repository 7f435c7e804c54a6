// SPDX-License-Identifier: Apache-2.0
// Progress of a long read on standard error (issue 13): percent of the bytes, records and records
// per second, on one line rewritten in place — only when standard error is a terminal and the input
// is large (16 MiB or more), never with --quiet, and never on standard output (which may be a
// file or a pipe). Only numbers and the word "records", which Dutch and English share.
#pragma once

#include <unistd.h>

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>

namespace pl::cli {

class progress_meter {
 public:
  static constexpr std::size_t min_bytes = 16u << 20;

  progress_meter(std::string command, std::size_t total_bytes, bool quiet)
      : command_(std::move(command)),
        total_(total_bytes),
        on_(!quiet && total_bytes >= min_bytes && isatty(STDERR_FILENO) == 1),
        start_(clock::now()),
        last_(start_ - std::chrono::seconds(1)) {}  // the first update shows at once
  ~progress_meter() { finish(); }
  progress_meter(const progress_meter&) = delete;
  progress_meter& operator=(const progress_meter&) = delete;

  bool on() const noexcept { return on_; }

  /// `done` bytes of all inputs read (of the total given), `records` so far.
  void update(std::size_t done, std::size_t records) {
    if (!on_) return;
    const auto now = clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double percent = total_ ? 100.0 * static_cast<double>(done) / static_cast<double>(total_) : 100.0;
    const double rate = seconds > 0 ? static_cast<double>(records) / seconds : 0.0;
    std::fprintf(stderr, "\rpladder %s: %3.0f%%, %zu records, %.0f records/s   ", command_.c_str(), percent, records, rate);
    std::fflush(stderr);
    shown_ = true;
  }

  /// Clears the line (nothing else is left on the terminal).
  void finish() {
    if (!shown_) return;
    std::fprintf(stderr, "\r%*s\r", 72, "");
    std::fflush(stderr);
    shown_ = false;
  }

 private:
  using clock = std::chrono::steady_clock;
  std::string command_;
  std::size_t total_;
  bool on_;
  bool shown_ = false;
  clock::time_point start_, last_;
};

}  // namespace pl::cli

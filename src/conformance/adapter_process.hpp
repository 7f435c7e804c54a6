// SPDX-License-Identifier: Apache-2.0
// The vendor's adapter program, driven over its standard input and output (SPEC §11,
// proto/participatieladder/v1/conformance.proto): one request, one response, in order.
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/v1/conformance.pb.h>

#include <chrono>
#include <string>
#include <sys/types.h>

namespace pl::conformance {

enum class protocol {
  binary,  ///< 4-byte little-endian length + serialized message
  json,    ///< one message per line, protobuf JSON mapping (JSON Lines)
};

class adapter_process {
 public:
  using clock = std::chrono::steady_clock;

  /// `timeout`: the longest one exchange (writing the request, reading the response) may take;
  /// after it the adapter's process group is killed and the exchange is an error.
  adapter_process(std::string command, conformance::protocol p, std::chrono::milliseconds timeout = std::chrono::seconds(10))
      : command_(std::move(command)), protocol_(p), timeout_(timeout) {}
  adapter_process(const adapter_process&) = delete;
  adapter_process& operator=(const adapter_process&) = delete;
  ~adapter_process() { stop(); }

  /// Sends one request and reads its response. Starts the adapter (`/bin/sh -c COMMAND`) when it
  /// is not running; after a broken exchange the adapter is stopped and restarted by the next call.
  result<participatieladder::v1::ConformanceResponse> exchange(const participatieladder::v1::ConformanceRequest& request);

  /// Closes the adapter's input and waits for it to end (at most the timeout, then it is killed).
  void stop();

  std::chrono::milliseconds timeout() const { return timeout_; }

 private:
  result<void> start();
  result<void> write_all(const std::string& bytes, clock::time_point deadline);
  result<std::string> read_exact(std::size_t n, clock::time_point deadline);
  result<std::string> read_line(clock::time_point deadline);
  /// Waits until `fd` is ready for `events` or the deadline passes (an error naming the timeout).
  result<void> wait_for(int fd, short events, clock::time_point deadline);
  void kill_group();

  std::string command_;
  conformance::protocol protocol_;
  std::chrono::milliseconds timeout_;
  pid_t pid_ = -1;
  int to_adapter_ = -1;
  int from_adapter_ = -1;
  std::string pending_;  ///< bytes read past the last response (JSON Lines)
};

}  // namespace pl::conformance

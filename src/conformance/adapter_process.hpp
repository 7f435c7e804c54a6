// SPDX-License-Identifier: Apache-2.0
// The vendor's adapter program, driven over its standard input and output (SPEC §11,
// proto/participatieladder/v1/conformance.proto): one request, one response, in order.
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/v1/conformance.pb.h>

#include <string>
#include <sys/types.h>

namespace pl::conformance {

enum class protocol {
  binary,  ///< 4-byte little-endian length + serialized message
  json,    ///< one message per line, protobuf JSON mapping (JSON Lines)
};

class adapter_process {
 public:
  adapter_process(std::string command, conformance::protocol p) : command_(std::move(command)), protocol_(p) {}
  adapter_process(const adapter_process&) = delete;
  adapter_process& operator=(const adapter_process&) = delete;
  ~adapter_process() { stop(); }

  /// Sends one request and reads its response. Starts the adapter (`/bin/sh -c COMMAND`) when it
  /// is not running; after a broken exchange the adapter is stopped and restarted by the next call.
  result<participatieladder::v1::ConformanceResponse> exchange(const participatieladder::v1::ConformanceRequest& request);

  /// Closes the adapter's input and waits for it to end.
  void stop();

 private:
  result<void> start();
  result<void> write_all(const std::string& bytes);
  result<std::string> read_exact(std::size_t n);
  result<std::string> read_line();

  std::string command_;
  conformance::protocol protocol_;
  pid_t pid_ = -1;
  int to_adapter_ = -1;
  int from_adapter_ = -1;
  std::string pending_;  ///< bytes read past the last response (JSON Lines)
};

}  // namespace pl::conformance

// SPDX-License-Identifier: Apache-2.0
#include "conformance/adapter_process.hpp"

#include <google/protobuf/util/json_util.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/wait.h>
#include <unistd.h>

namespace pl::conformance {
namespace {

namespace v1 = participatieladder::v1;

/// A response larger than this is a broken adapter, not a message (the largest is a few hundred kB).
constexpr std::size_t max_message = 64u << 20;

error broken(const std::string& why) { return fail(errc::io, "adapter: " + why); }

}  // namespace

result<void> adapter_process::start() {
  int in[2], out[2];
  if (pipe(in) != 0) return broken(std::string("pipe: ") + std::strerror(errno));
  if (pipe(out) != 0) {
    close(in[0]);
    close(in[1]);
    return broken(std::string("pipe: ") + std::strerror(errno));
  }
  std::signal(SIGPIPE, SIG_IGN);  // a dead adapter is an error of the exchange, not of the runner
  const pid_t pid = fork();
  if (pid < 0) return broken(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) {
    dup2(in[0], STDIN_FILENO);
    dup2(out[1], STDOUT_FILENO);
    close(in[0]);
    close(in[1]);
    close(out[0]);
    close(out[1]);
    std::signal(SIGPIPE, SIG_DFL);
    execl("/bin/sh", "sh", "-c", command_.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(in[0]);
  close(out[1]);
  pid_ = pid;
  to_adapter_ = in[1];
  from_adapter_ = out[0];
  pending_.clear();
  return success();
}

void adapter_process::stop() {
  if (to_adapter_ >= 0) close(to_adapter_);
  if (from_adapter_ >= 0) close(from_adapter_);
  to_adapter_ = from_adapter_ = -1;
  if (pid_ > 0) {
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
  }
  pid_ = -1;
}

result<void> adapter_process::write_all(const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = write(to_adapter_, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return broken("ended before reading the request (" + std::string(std::strerror(errno)) + ")");
    done += static_cast<std::size_t>(n);
  }
  return success();
}

result<std::string> adapter_process::read_exact(std::size_t want) {
  std::string out;
  out.resize(want);
  std::size_t done = 0;
  while (done < want) {
    const ssize_t n = read(from_adapter_, out.data() + done, want - done);
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) return broken("ended without a complete response");
    if (n < 0) return broken(std::string("read: ") + std::strerror(errno));
    done += static_cast<std::size_t>(n);
  }
  return out;
}

result<std::string> adapter_process::read_line() {
  for (;;) {
    const auto nl = pending_.find('\n');
    if (nl != std::string::npos) {
      std::string line = pending_.substr(0, nl);
      pending_.erase(0, nl + 1);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return line;
    }
    if (pending_.size() > max_message) return broken("a response line longer than 64 MiB");
    char buf[65536];
    const ssize_t n = read(from_adapter_, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) return broken("ended without a complete response line");
    if (n < 0) return broken(std::string("read: ") + std::strerror(errno));
    pending_.append(buf, static_cast<std::size_t>(n));
  }
}

result<v1::ConformanceResponse> adapter_process::exchange(const v1::ConformanceRequest& request) {
  if (pid_ < 0) {
    PL_TRY(start());
  }
  auto run = [&]() -> result<v1::ConformanceResponse> {
    v1::ConformanceResponse response;
    if (protocol_ == protocol::binary) {
      std::string body;
      request.SerializeToString(&body);
      std::string frame(4, '\0');
      for (int i = 0; i < 4; ++i) frame[i] = static_cast<char>((body.size() >> (8 * i)) & 0xff);
      PL_TRY(write_all(frame + body));
      PL_TRY(head, read_exact(4));
      std::size_t size = 0;
      for (int i = 0; i < 4; ++i) size |= std::size_t{static_cast<unsigned char>(head[i])} << (8 * i);
      if (size > max_message) return broken("announced a response of " + std::to_string(size) + " bytes");
      PL_TRY(bytes, read_exact(size));
      if (!response.ParseFromString(bytes)) return broken("sent bytes that are not a ConformanceResponse");
    } else {
      std::string line;
      google::protobuf::util::JsonPrintOptions o;
      o.preserve_proto_field_names = true;
      (void)google::protobuf::util::MessageToJsonString(request, &line, o);
      PL_TRY(write_all(line + "\n"));
      PL_TRY(reply, read_line());
      const auto status = google::protobuf::util::JsonStringToMessage(reply, &response);
      if (!status.ok()) return broken("sent a line that is not a ConformanceResponse in JSON: " + std::string(status.message()));
    }
    return response;
  };
  auto r = run();
  if (!r) stop();
  return r;
}

}  // namespace pl::conformance

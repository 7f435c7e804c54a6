// SPDX-License-Identifier: Apache-2.0
#include "conformance/adapter_process.hpp"

#include <google/protobuf/util/json_util.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <thread>
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
    setpgid(0, 0);  // its own process group: a timeout stops the adapter and everything it started
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
  setpgid(pid, pid);  // also here, whichever of the two runs first
  close(in[0]);
  close(out[1]);
  fcntl(in[1], F_SETFL, fcntl(in[1], F_GETFL) | O_NONBLOCK);  // a request never blocks past the deadline
  pid_ = pid;
  to_adapter_ = in[1];
  from_adapter_ = out[0];
  pending_.clear();
  return success();
}

void adapter_process::kill_group() {
  if (pid_ > 0) {
    kill(-pid_, SIGKILL);
    kill(pid_, SIGKILL);
  }
}

void adapter_process::stop() {
  if (to_adapter_ >= 0) close(to_adapter_);
  if (from_adapter_ >= 0) close(from_adapter_);
  to_adapter_ = from_adapter_ = -1;
  if (pid_ > 0) {
    // At end of input an adapter exits; one that does not within the timeout is killed.
    const auto deadline = clock::now() + timeout_;
    int status = 0;
    for (;;) {
      const pid_t r = waitpid(pid_, &status, WNOHANG);
      if (r == pid_ || (r < 0 && errno != EINTR)) break;
      if (clock::now() >= deadline) {
        kill_group();
        while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
        }
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  }
  pid_ = -1;
}

result<void> adapter_process::wait_for(int fd, short events, clock::time_point deadline) {
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - clock::now()).count();
    if (left <= 0) {
      kill_group();
      const auto ms = timeout_.count();
      const std::string seconds = std::to_string(ms / 1000) + (ms % 1000 ? "." + std::to_string(ms % 1000 + 1000).substr(1) : "");
      return fail(errc::io, "adapter: no response within the timeout of " + seconds + " s (--timeout); the adapter was stopped");
    }
    pollfd p{fd, events, 0};
    const int r = poll(&p, 1, static_cast<int>(std::min<long long>(left, 1000)));
    if (r > 0) return success();
    if (r < 0 && errno != EINTR) return broken(std::string("poll: ") + std::strerror(errno));
  }
}

result<void> adapter_process::write_all(const std::string& bytes, clock::time_point deadline) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = write(to_adapter_, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      PL_TRY(wait_for(to_adapter_, POLLOUT, deadline));
      continue;
    }
    if (n <= 0) return broken("ended before reading the request (" + std::string(std::strerror(errno)) + ")");
    done += static_cast<std::size_t>(n);
  }
  return success();
}

result<std::string> adapter_process::read_exact(std::size_t want, clock::time_point deadline) {
  std::string out;
  out.resize(want);
  std::size_t done = 0;
  while (done < want) {
    PL_TRY(wait_for(from_adapter_, POLLIN, deadline));
    const ssize_t n = read(from_adapter_, out.data() + done, want - done);
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) return broken("ended without a complete response");
    if (n < 0) return broken(std::string("read: ") + std::strerror(errno));
    done += static_cast<std::size_t>(n);
  }
  return out;
}

result<std::string> adapter_process::read_line(clock::time_point deadline) {
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
    PL_TRY(wait_for(from_adapter_, POLLIN, deadline));
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
  const auto deadline = clock::now() + timeout_;
  auto run = [&]() -> result<v1::ConformanceResponse> {
    v1::ConformanceResponse response;
    if (protocol_ == protocol::binary) {
      std::string body;
      request.SerializeToString(&body);
      std::string frame(4, '\0');
      for (int i = 0; i < 4; ++i) frame[i] = static_cast<char>((body.size() >> (8 * i)) & 0xff);
      PL_TRY(write_all(frame + body, deadline));
      PL_TRY(head, read_exact(4, deadline));
      std::size_t size = 0;
      for (int i = 0; i < 4; ++i) size |= std::size_t{static_cast<unsigned char>(head[i])} << (8 * i);
      if (size > max_message) return broken("announced a response of " + std::to_string(size) + " bytes");
      PL_TRY(bytes, read_exact(size, deadline));
      if (!response.ParseFromString(bytes)) return broken("sent bytes that are not a ConformanceResponse");
    } else {
      std::string line;
      google::protobuf::util::JsonPrintOptions o;
      o.preserve_proto_field_names = true;
      (void)google::protobuf::util::MessageToJsonString(request, &line, o);
      PL_TRY(write_all(line + "\n", deadline));
      PL_TRY(reply, read_line(deadline));
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

// SPDX-License-Identifier: Apache-2.0
// Writing an output file (HTML report, XLSX workbook, CSV) so that a failure never leaves a
// partial file: the bytes go to a temporary file in the same directory, are flushed and closed,
// then renamed over the target. Errors name the path and the reason (errno), e.g. a directory
// without write permission or a full disk.
#pragma once

#include <participatieladder/error.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pl::support {

inline result<void> write_output_file(const std::string& path, std::string_view bytes, std::string_view what) {
  const std::string why_prefix = path + ": cannot write the " + std::string(what) + ": ";
  std::string tmp = path + ".tmp-XXXXXX";
  const int fd = ::mkstemp(tmp.data());
  if (fd < 0) return fail(errc::io, why_prefix + std::strerror(errno));
  auto give_up = [&](int err) {
    ::close(fd);
    ::unlink(tmp.c_str());
    return fail(errc::io, why_prefix + std::strerror(err));
  };
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return give_up(errno);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 && errno != EINVAL) return give_up(errno);
  (void)::fchmod(fd, 0644);
  if (::close(fd) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    return fail(errc::io, why_prefix + std::strerror(err));
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    return fail(errc::io, why_prefix + std::strerror(err));
  }
  return success();
}

}  // namespace pl::support

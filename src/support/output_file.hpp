// SPDX-License-Identifier: Apache-2.0
// Writing an output file (HTML report, XLSX workbook, a generated caseload) so that a failure never
// leaves a partial file: the bytes go to a temporary file in the target's directory, are flushed,
// synced and closed, then renamed over the target. Errors name the path and the reason (errno),
// e.g. a directory without write permission or a full disk.
//
// A target that exists and is not a regular file — a device such as /dev/full or /dev/stdout, a
// FIFO — is written directly: renaming a file over it would replace the device node itself (as
// root, /dev/full would become a regular file; issue 14). A symbolic link is followed: its target
// is replaced, not the link.
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/error_text.hpp>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <memory>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pl::support {

/// A stream buffer writing to a file descriptor that keeps the errno of the first failed write,
/// so the message can say why (ENOSPC: "No space left on device").
class fd_buffer : public std::streambuf {
 public:
  fd_buffer() { setp(buf_, buf_ + sizeof buf_); }
  fd_buffer(const fd_buffer&) = delete;
  fd_buffer& operator=(const fd_buffer&) = delete;
  void attach(int fd) noexcept { fd_ = fd; }
  int fd() const noexcept { return fd_; }
  int error() const noexcept { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    if (error_ != 0 || fd_ < 0) return false;
    const char* p = pbase();
    while (p < pptr()) {
      const ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
      if (n < 0) {
        if (errno == EINTR) continue;
        error_ = errno;
        return false;
      }
      p += n;
    }
    setp(buf_, buf_ + sizeof buf_);
    return true;
  }
  char buf_[1 << 16];
  int fd_ = -1;
  int error_ = 0;
};

/// An output file being written: stream() while writing, then commit(). Destroyed without a
/// commit (an error on the way), the temporary file is removed and the target left as it was.
class output_file {
 public:
  /// Start writing `path`; `what` names the output in messages ("HTML report").
  static result<output_file> open(const std::string& path, std::string_view what) {
    output_file f;
    f.path_ = path;
    f.what_ = std::string(what);
    f.target_ = resolve_links(path);
    struct stat st{};
    if (::stat(f.target_.c_str(), &st) == 0) {
      if (S_ISDIR(st.st_mode)) return f.failure(EISDIR);
      f.direct_ = !S_ISREG(st.st_mode);
    }
    int fd = -1;
    if (f.direct_) {
      fd = ::open(f.target_.c_str(), O_WRONLY | O_CLOEXEC);
    } else {
      f.tmp_ = f.target_ + ".tmp-XXXXXX";
      fd = ::mkostemp(f.tmp_.data(), O_CLOEXEC);
      if (fd < 0) f.tmp_.clear();
    }
    if (fd < 0) return f.failure(errno);
    f.buffer_->attach(fd);
    return f;
  }

  output_file(output_file&& o) noexcept
      : path_(std::move(o.path_)), what_(std::move(o.what_)), target_(std::move(o.target_)), tmp_(std::move(o.tmp_)),
        buffer_(std::move(o.buffer_)), stream_(std::move(o.stream_)), direct_(o.direct_) {
    o.tmp_.clear();
  }
  output_file& operator=(output_file&&) = delete;
  output_file(const output_file&) = delete;
  output_file& operator=(const output_file&) = delete;
  ~output_file() { discard(); }

  std::ostream& stream() { return *stream_; }

  /// The error of a write that failed so far (the path and the reason), or success.
  result<void> status() const {
    if (buffer_->error() != 0) return message(buffer_->error());
    return success();
  }

  /// Flush, sync and close; then the temporary file (mode `mode`: 0600 for pseudonymised data)
  /// replaces the target.
  result<void> commit(unsigned mode = 0644) {
    stream_->flush();
    if (buffer_->error() != 0) return failure(buffer_->error());
    if (!*stream_) return failure(EIO);
    const int fd = buffer_->fd();
    if (!direct_ && ::fsync(fd) != 0 && errno != EINVAL) return failure(errno);
    if (!direct_) (void)::fchmod(fd, static_cast<mode_t>(mode));
    buffer_->attach(-1);
    if (::close(fd) != 0) return failure(errno);
    if (direct_) return success();
    if (::rename(tmp_.c_str(), target_.c_str()) != 0) return failure(errno);
    tmp_.clear();
    return success();
  }

 private:
  /// `path` with symbolic links followed to the file they name (which need not exist yet).
  static std::string resolve_links(std::string path) {
    for (int depth = 0; depth < 40; ++depth) {
      struct stat st{};
      if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) break;
      char buf[PATH_MAX];
      const ssize_t n = ::readlink(path.c_str(), buf, sizeof buf - 1);
      if (n <= 0) break;
      std::string link(buf, static_cast<std::size_t>(n));
      if (link.front() != '/') {
        const auto slash = path.rfind('/');
        link = (slash == std::string::npos ? std::string() : path.substr(0, slash + 1)) + link;
      }
      path = std::move(link);
    }
    return path;
  }

  output_file() : buffer_(std::make_unique<fd_buffer>()), stream_(std::make_unique<std::ostream>(buffer_.get())) {}

  error message(int err) const {
    static constexpr std::pair<std::string_view, std::string_view> dutch[] = {
        {"HTML report", "het HTML-rapport"}, {"workbook", "de werkmap"}, {"caseload", "het klantenbestand"}, {"certificate", "het certificaat"}};
    std::string what_nl = "het bestand (" + what_ + ")";
    for (const auto& [en, nl] : dutch)
      if (what_ == en) what_nl = nl;
    return fail(errc::io, msg::cannot_write, {path_, what_nl, system_reason(err, lang::nl)}, {path_, what_, system_reason(err, lang::en)});
  }

  /// The error naming the path and the reason; the temporary file is removed.
  error failure(int err) {
    discard();
    return message(err);
  }

  void discard() noexcept {
    if (buffer_ && buffer_->fd() >= 0) {
      ::close(buffer_->fd());
      buffer_->attach(-1);
    }
    if (!tmp_.empty()) ::unlink(tmp_.c_str());
    tmp_.clear();
  }

  std::string path_, what_, target_, tmp_;
  std::unique_ptr<fd_buffer> buffer_;
  std::unique_ptr<std::ostream> stream_;
  bool direct_ = false;
};

/// Write `bytes` as output file `path` (see output_file).
inline result<void> write_output_file(const std::string& path, std::string_view bytes, std::string_view what, unsigned mode = 0644) {
  PL_TRY(file, output_file::open(path, what));
  file.stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return file.commit(mode);
}

}  // namespace pl::support

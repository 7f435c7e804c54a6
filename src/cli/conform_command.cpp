// SPDX-License-Identifier: Apache-2.0
// `pladder conform --adapter COMMAND` — vendor conformance (SPEC §11, docs/conformance.md): every
// case of the vector set through the vendor's adapter program, per level passed / failed /
// skipped / expected failures, and a last line stating the verdict. Exit 0 only when no case
// fails unexpectedly and no case on the failure list passes (the list only shrinks); 2 when the
// adapter breaks or does not answer within --timeout.
// `pladder conform --verify CERT.json` — runs the certificate's adapter again and compares.
// `pladder conform --data FILES` — the conformance report of a municipality's export (SPEC §11,
// conform_data.cpp). One subcommand, two modes, each in its own functions; --lang is shared.
#include "command_registry.hpp"
#include "conform_data.hpp"
#include "support/output_file.hpp"

#include "conformance/runner.hpp"

#include <participatieladder/lang.hpp>

#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace pl::cli {
namespace {

struct adapter_options {
  std::string adapter;
  std::string protocol = "binary";
  std::string failure_list;
  std::string output;
  std::string vectors;
  std::string lang = "nl";
  std::string product, product_version;
  std::string verify;
  double timeout = 10;
  bool verbose = false;
};

/// Now, UTC, ISO 8601 to the second.
std::string utc_now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char out[32];
  std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return out;
}

/// The last line of a run: the verdict first, then the counts behind it.
std::string verdict(const conformance::run_report& r, bool nl) {
  const std::size_t listed = r.required.listed_but_passed + r.recommended.listed_but_passed;
  std::string counts = std::to_string(r.passed()) + (nl ? " geslaagd, " : " passed, ") + std::to_string(r.failed()) + (nl ? " mislukt" : " failed");
  const std::size_t skipped = r.required.skipped + r.recommended.skipped;
  const std::size_t expected = r.required.expected_failures + r.recommended.expected_failures;
  if (skipped) counts += ", " + std::to_string(skipped) + (nl ? " overgeslagen" : " skipped");
  if (expected) counts += ", " + std::to_string(expected) + (nl ? " verwachte fouten" : " expected failures");
  if (!r.ok()) {
    if (listed) counts += ", " + std::to_string(listed) + (nl ? " op de foutenlijst maar geslaagd" : " listed but passed");
    if (!r.unknown_listed.empty())
      counts += ", " + std::to_string(r.unknown_listed.size()) + (nl ? " ids op de foutenlijst zonder case" : " ids on the failure list that are no case");
    return (nl ? "NIET GESLAAGD: " : "FAIL: ") + counts;
  }
  if (r.conformant()) return (nl ? "GESLAAGD, conform op het verplichte niveau: " : "PASS, conformant at the required level: ") + counts;
  return (nl ? "GESLAAGD (alleen bekende fouten), niet conform op het verplichte niveau: "
             : "PASS (known failures only), not conformant at the required level: ") + counts;
}

/// At most `lines` lines of a compared text, indented.
std::string excerpt(const std::string& text, std::size_t lines) {
  std::string out;
  std::size_t start = 0, n = 0;
  while (start <= text.size() && n < lines) {
    const auto end = text.find('\n', start);
    out += "      " + text.substr(start, end == std::string::npos ? std::string::npos : end - start) + "\n";
    ++n;
    if (end == std::string::npos) return out;
    start = end + 1;
  }
  return start < text.size() ? out + "      …\n" : out;
}

void print_summary(const conformance::run_report& r, bool nl, bool verbose) {
  using conformance::outcome;
  for (const auto& c : r.cases) {
    if (c.outcome == outcome::failed || (verbose && c.outcome == outcome::expected_failure)) {
      std::cout << (c.outcome == outcome::failed ? (nl ? "MISLUKT  " : "FAILED   ") : (nl ? "VERWACHT " : "EXPECTED ")) << c.spec.id << '\n';
      if (verbose || c.outcome == outcome::failed) {
        std::cout << (nl ? "    verwacht:\n" : "    expected:\n") << excerpt(c.expected, verbose ? 1000 : 6)
                  << (nl ? "    gekregen:\n" : "    got:\n") << excerpt(c.got, verbose ? 1000 : 6);
      }
    } else if (c.outcome == outcome::listed_but_passed) {
      std::cout << (nl ? "GESLAAGD maar op de foutenlijst (haal het van de lijst): " : "PASSED but on the failure list (remove it): ")
                << c.spec.id << '\n';
    } else if (c.outcome == outcome::skipped && verbose) {
      std::cout << (nl ? "OVERGESLAGEN " : "SKIPPED ") << c.spec.id << '\n';
    }
  }
  for (const auto& id : r.unknown_listed)
    std::cout << (nl ? "Op de foutenlijst maar geen case: " : "On the failure list but not a case: ") << id << '\n';
  std::cout << (nl ? "Vectorset " : "Vector set ") << r.vectors.version << ", sha256 " << r.vectors.digest << " ("
            << r.vectors.files.size() << (nl ? " bestanden)\n" : " files)\n");
  std::cout << (nl ? "niveau       geslaagd  mislukt  overgeslagen  verwachte fouten  op lijst maar geslaagd\n"
                   : "level        passed    failed   skipped       expected failures listed but passed\n");
  auto row = [](const char* name, const conformance::level_counts& c) {
    char line[160];
    std::snprintf(line, sizeof line, "%-12s %8zu %8zu %13zu %17zu %23zu\n", name, c.passed, c.failed, c.skipped,
                  c.expected_failures, c.listed_but_passed);
    std::cout << line;
  };
  row(nl ? "verplicht" : "required", r.required);
  row(nl ? "aanbevolen" : "recommended", r.recommended);
  std::cout << verdict(r, nl) << '\n';
}

/// `--verify CERT.json`: the run just made (with the certificate's adapter) against its claims.
int verify_against(const adapter_options& o, const conformance::run_report& rerun, bool nl);

/// Reads the certificate and sets up the run that verifies it: its adapter (unless --adapter is
/// given: the same program where it is installed on this machine), protocol and failure list.
int run_adapter_mode(adapter_options o);

int verify_mode(adapter_options o) {
  const bool nl = o.lang != "en";
  std::ifstream in(o.verify, std::ios::binary);
  if (!in) {
    std::cerr << "pladder conform: " << o.verify << (nl ? ": kan niet worden geopend\n" : ": cannot be opened\n");
    return exit_usage;
  }
  std::stringstream text;
  text << in.rdbuf();
  auto claims = conformance::read_certificate(text.str());
  if (!claims) {
    std::cerr << "pladder conform: " << o.verify << ": " << claims.error().message << '\n';
    return exit_usage;
  }
  if (o.adapter.empty()) o.adapter = claims.value().adapter;
  o.protocol = claims.value().protocol;
  o.product = claims.value().product;
  o.product_version = claims.value().product_version;
  // the certificate's failure list, written to a temporary file for the run
  if (!claims.value().failure_list.empty()) {
    char path[] = "/tmp/pladder_verify_XXXXXX";
    const int fd = mkstemp(path);
    if (fd < 0) {
      std::cerr << "pladder conform: cannot write a temporary file\n";
      return exit_usage;
    }
    std::string lines;
    for (const auto& id : claims.value().failure_list) lines += id + "\n";
    const bool written = write(fd, lines.data(), lines.size()) == static_cast<ssize_t>(lines.size());
    close(fd);
    if (!written) return exit_usage;
    o.failure_list = path;
    const int rc = run_adapter_mode(o);
    std::remove(path);
    return rc;
  }
  return run_adapter_mode(o);
}

int verify_against(const adapter_options& o, const conformance::run_report& rerun, bool nl) {
  std::ifstream in(o.verify, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const auto claims = conformance::read_certificate(text.str());
  const std::string diff = claims ? conformance::compare_with(claims.value(), rerun) : claims.error().message + "\n";
  if (!diff.empty()) {
    std::cout << diff << (nl ? "Certificaat NIET bevestigd: " : "Certificate NOT verified: ") << o.verify << '\n';
    return exit_findings;
  }
  std::cout << (nl ? "Certificaat bevestigd: " : "Certificate verified: ") << o.verify << " (" << rerun.passed()
            << (nl ? " geslaagd, uitkomsten sha256 " : " passed, results sha256 ") << rerun.results_digest() << ")\n";
  return exit_ok;
}

int run_adapter_mode(adapter_options o) {
  const lang l = parse_lang(o.lang).value();
  const bool nl = l == lang::nl;
  if (o.adapter.empty()) {
    std::cerr << (nl ? "pladder conform: geef --adapter \"COMMANDO\" (docs/conformance.md)\n"
                     : "pladder conform: give --adapter \"COMMAND\" (docs/conformance.md)\n");
    return exit_usage;
  }
  std::set<std::string> listed;
  if (!o.failure_list.empty()) {
    auto read = conformance::read_failure_list(o.failure_list);
    if (!read) {
      std::cerr << "pladder conform: " << read.error().message << '\n';
      return exit_usage;
    }
    listed = std::move(read).value();
  }
  auto set = conformance::open_vector_set(o.vectors.empty() ? conformance::default_vector_dir() : o.vectors);
  if (!set) {
    std::cerr << "pladder conform: " << set.error().message << '\n';
    return exit_usage;
  }
  auto cases = conformance::build_cases(set.value());
  if (!cases) {
    std::cerr << "pladder conform: " << cases.error().message << '\n';
    return exit_usage;
  }
  const auto protocol = o.protocol == "json" ? conformance::protocol::json : conformance::protocol::binary;
  conformance::adapter_process adapter(o.adapter, protocol, std::chrono::milliseconds(static_cast<long long>(o.timeout * 1000)));
  auto report = conformance::run(set.value(), cases.value(), adapter, listed);
  if (!report) {
    std::cerr << "pladder conform: " << report.error().message << '\n';
    return exit_usage;
  }
  report.value().adapter = o.adapter;
  report.value().protocol = protocol;
  report.value().product = o.product;
  report.value().product_version = o.product_version;
  report.value().date = utc_now();
  if (!o.verify.empty()) return verify_against(o, report.value(), nl);
  print_summary(report.value(), nl, o.verbose);
  if (!o.output.empty()) {
    const bool html = o.output.size() >= 5 && o.output.compare(o.output.size() - 5, 5, ".html") == 0;
    // temporary file + rename (support/output_file.hpp): a failure never leaves a partial certificate
    const std::string text =
        html ? conformance::certificate_html(report.value(), l) : conformance::certificate_json(report.value());
    if (auto written = support::write_output_file(o.output, text, "certificate"); !written) {
      std::cerr << "pladder conform: " << pl::message(written.error(), l) << '\n';
      return exit_usage;
    }
  }
  return report.value().ok() ? exit_ok : exit_findings;
}

void add_adapter_options(CLI::App& app, adapter_options& o) {
  app.add_option("--adapter", o.adapter, "The adapter program (run with /bin/sh -c); one request and one response per case");
  app.add_option("--protocol", o.protocol, "binary: 4-byte little-endian length + message; json: JSON Lines")
      ->check(CLI::IsMember({"binary", "json"}));
  app.add_option("--failure-list", o.failure_list, "The vendor's known failures: one case id per line");
  app.add_option("--output", o.output, "Write the conformance certificate: FILE.json or FILE.html");
  app.add_option("--vectors", o.vectors, "The vector set (default: the installed share/participatieladder/conformance)");
  app.add_flag("--verbose", o.verbose, "Show every compared text of failed, expected-failing and skipped cases");
  app.add_option("--timeout", o.timeout, "Seconds one case may take; then the adapter is stopped and the run ends (exit 2). Default 10")
      ->check(CLI::PositiveNumber);
  app.add_option("--product", o.product, "The product the certificate is about (the vendor's system)");
  // --version names the product's version here; `pladder --version` still prints pladder's own.
  if (CLI::Option* flag = app.get_option_no_throw("--version")) app.remove_option(flag);
  app.add_option("--version", o.product_version, "The version of that product");
  app.add_option("--verify", o.verify,
                 "Run the adapter of a JSON certificate again (or --adapter: the same program here) and compare; exit 0 when it matches");
}

const bool registered = register_command({"conform", 60, [](CLI::App& app) {
  auto o = std::make_shared<adapter_options>();
  auto data = std::make_shared<conform_data_options>();
  app.description("Conformance (SPEC §11): --adapter runs the vector set through a vendor's adapter program "
                  "(docs/conformance.md); --data FILES gives the conformance report of a municipality's export "
                  "(docs/benchmark-exchange.md)");
  add_adapter_options(app, *o);
  add_conform_data_options(app, *data);  // also --lang, for both modes
  return std::function<int()>([o, data] {
    const bool nl = data->lang != "en";
    if (!data->data.empty() && !o->adapter.empty()) {
      std::cerr << (nl ? "pladder conform: --adapter en --data gaan niet samen: kies één\n"
                       : "pladder conform: --adapter and --data cannot be combined: choose one\n");
      return exit_usage;
    }
    if (!data->data.empty()) return run_conform_data(*data);
    if (!o->verify.empty()) {
      o->lang = data->lang;
      return verify_mode(*o);
    }
    if (o->adapter.empty()) {
      std::cerr << (nl ? "pladder conform: geef --adapter \"COMMANDO\" (docs/conformance.md) of --data BESTANDEN "
                         "(docs/benchmark-exchange.md)\n"
                       : "pladder conform: give --adapter \"COMMAND\" (docs/conformance.md) or --data FILES "
                         "(docs/benchmark-exchange.md)\n");
      return exit_usage;
    }
    o->lang = data->lang;
    return run_adapter_mode(*o);
  });
}});

}  // namespace
}  // namespace pl::cli

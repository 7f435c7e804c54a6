// SPDX-License-Identifier: Apache-2.0
// The Java door of the differential test (tests/differential/run.py, issue 24): one job per line on
// standard input — {"kind": "check"|"report", "file", "reference_date", "table", "by", "from", "to",
// "config", "extensions", "budget"} — done through the binding's public API as a Java user would
// (Engine with a configuration file, CheckOptions/ReportOptions with the settings files); per job
// one line out: the response JSON as the library returned it, or "!ERROR <status> <message>".
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.participatieladder.CheckOptions;
import nl.participatieladder.Engine;
import nl.participatieladder.Json;
import nl.participatieladder.ParticipatieladderException;
import nl.participatieladder.ReportOptions;
import nl.participatieladder.Settings;

public final class JavaDoor {
  private JavaDoor() {}

  static String text(Map<String, Object> job, String key) {
    Object v = job.get(key);
    return v == null ? null : v.toString();
  }

  static Settings file(Map<String, Object> job, String key) throws ParticipatieladderException {
    String path = text(job, key);
    return path == null ? null : Settings.file(Path.of(path));
  }

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    Map<String, Engine> engines = new HashMap<>();
    for (String line; (line = in.readLine()) != null; ) {
      Map<String, Object> job = (Map<String, Object>) Json.parse(line);
      try {
        String config = text(job, "config");
        Engine engine = engines.get(String.valueOf(config));
        if (engine == null) {
          engine = new Engine(config == null ? null : Settings.file(Path.of(config)), null);
          engines.put(String.valueOf(config), engine);
        }
        Path file = Path.of(text(job, "file"));
        if ("check".equals(job.get("kind"))) {
          CheckOptions o = new CheckOptions().referenceDate(text(job, "reference_date")).extensions(file(job, "extensions"));
          out.println(engine.check(file, o).json());
        } else {
          ReportOptions o = new ReportOptions().table(text(job, "table")).referenceDate(text(job, "reference_date"))
              .from(text(job, "from")).to(text(job, "to")).extensions(file(job, "extensions")).budget(file(job, "budget"));
          if (text(job, "by") != null) o.by(text(job, "by"));
          out.println(engine.report(file, o).json());
        }
      } catch (ParticipatieladderException e) {
        out.println("!ERROR " + e.code() + " " + e.getMessage().replace("\n", "\\n"));
      }
    }
    out.flush();
    for (Engine e : engines.values()) e.close();
  }
}

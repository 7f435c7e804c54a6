// SPDX-License-Identifier: Apache-2.0
// Reference conformance adapter in Java, over the Java binding (docs/conformance.md, docs/java.md).
//
//   pladder conform --protocol json --adapter "java -cp jna.jar:participatieladder.jar:adapter.jar Adapter"
//
// JSON Lines (proto/participatieladder/v1/conformance.proto in protobuf's JSON mapping): one
// ConformanceRequest per line on standard input, one ConformanceResponse per line on standard
// output, until the input ends. The first request asks which kinds of case the adapter implements
// (`capabilities`); a vendor lists only what its system does, and the rest is skipped, not failed.
// Every answer here comes from the library through the binding; a vendor's adapter calls its own
// system instead, and builds the same response messages.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import nl.participatieladder.Engine;
import nl.participatieladder.Json;
import nl.participatieladder.ParticipatieladderException;

public final class Adapter {
  /** What this adapter implements: every kind of case (docs/conformance.md, "Capabilities"). */
  static final String FEATURES = "[\"determine\",\"answer_text\",\"notes\",\"check\",\"report\",\"check_file\"]";

  private Adapter() {}

  @SuppressWarnings("unchecked")
  static String answer(Engine engine, Map<String, Object> request) {
    try {
      if (request.containsKey("capabilities")) return "{\"capabilities\":{\"features\":" + FEATURES + "}}";
      if (request.containsKey("determine"))
        return "{\"determination\":" + engine.determineJson(Json.write(request.get("determine"))).json() + "}";
      if (request.containsKey("check"))
        return "{\"check\":" + engine.checkRequestJson(Json.write(request.get("check"))) + "}";
      if (request.containsKey("report"))
        return "{\"report\":" + engine.reportRequestJson(Json.write(request.get("report"))) + "}";
      if (request.containsKey("check_file")) {
        Map<String, Object> f = (Map<String, Object>) request.get("check_file");
        Object content = f.get("content");
        byte[] data = content == null ? new byte[0] : Base64.getDecoder().decode(content.toString());
        String name = f.get("source_name") == null ? "" : f.get("source_name").toString();
        String options = f.get("options") == null ? null : Json.write(f.get("options"));
        return "{\"check\":" + engine.checkJson(data, name, options).json() + "}";
      }
      return "{\"skipped\":" + Json.quote("unknown request kind") + "}";
    } catch (ParticipatieladderException e) {
      return "{\"error\":{\"status\":" + e.code() + ",\"message\":" + Json.quote(e.getMessage()) + "}}";
    }
  }

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (Engine engine = new Engine()) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) continue;
        out.print(answer(engine, (Map<String, Object>) Json.parse(line)));
        out.print('\n');
        out.flush();
      }
    }
  }
}

// SPDX-License-Identifier: Apache-2.0
// The faulty adapter of tests/conformance/faulty_adapter.py, in Java over the reference Java adapter
// (examples/conformance/Adapter.java): question 20 "yes" is taken as "no" and PL022 findings are
// dropped. conformance_test.py predicts the cases it must fail — the same as the Python one.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.participatieladder.Engine;
import nl.participatieladder.Json;

public final class FaultyAdapter {
  private FaultyAdapter() {}

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (Engine engine = new Engine()) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) continue;
        Map<String, Object> request = (Map<String, Object>) Json.parse(line);
        Object determine = request.get("determine");
        if (determine instanceof Map) {
          for (Object a : (List<Object>) ((Map<String, Object>) determine).getOrDefault("answers", new ArrayList<>())) {
            Map<String, Object> answer = (Map<String, Object>) a;
            if (Long.valueOf(20).equals(answer.get("question")) && Boolean.TRUE.equals(answer.get("yes"))) answer.put("yes", false);
          }
        }
        String response = Adapter.answer(engine, request);
        Map<String, Object> parsed = (Map<String, Object>) Json.parse(response);
        Object check = parsed.get("check");
        if (check instanceof Map) {
          List<Object> kept = new ArrayList<>();
          for (Object f : (List<Object>) ((Map<String, Object>) check).getOrDefault("findings", new ArrayList<>()))
            if (!"PL022".equals(((Map<String, Object>) f).get("check"))) kept.add(f);
          ((Map<String, Object>) check).put("findings", kept);
          response = Json.write(parsed);
        }
        out.print(response);
        out.print('\n');
        out.flush();
      }
    }
  }
}

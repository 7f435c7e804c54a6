// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader and writer: the binding passes JSON to the library and reads the library's
 * JSON back (protobuf's JSON mapping of the participatieladder.v1 messages), nothing more. Values
 * are {@code Map<String,Object>} (insertion order kept), {@code List<Object>}, {@code String},
 * {@code Long} (a number without fraction or exponent), {@code Double}, {@code Boolean} and
 * {@code null}. No rule of the Participatieladder is here.
 */
public final class Json {
  private final String text;
  private int pos;

  private Json(String text) {
    this.text = text;
  }

  /** Parses one JSON value; {@link IllegalArgumentException} naming the offset on bad JSON. */
  public static Object parse(String text) {
    Json p = new Json(text);
    p.skipSpace();
    Object v = p.value();
    p.skipSpace();
    if (p.pos != text.length()) throw p.error("text after the JSON value");
    return v;
  }

  /** The JSON text of a value tree as above (also Integer, Short, byte[]: none of those arrive). */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value);
    return out.toString();
  }

  /** A JSON string literal. */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder();
    quote(out, s);
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object v) {
    return v instanceof Map ? (Map<String, Object>) v : new LinkedHashMap<>();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object v) {
    return v instanceof List ? (List<Object>) v : new ArrayList<>();
  }

  static String string(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v == null ? "" : v.toString();
  }

  static long number(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v instanceof Number) return ((Number) v).longValue();
    if (v instanceof String && !((String) v).isEmpty()) return Long.parseLong((String) v); // 64-bit ints are strings
    return 0;
  }

  private static void write(StringBuilder out, Object v) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String) {
      quote(out, (String) v);
    } else if (v instanceof Boolean || v instanceof Long || v instanceof Integer || v instanceof Short) {
      out.append(v);
    } else if (v instanceof Number) {
      double d = ((Number) v).doubleValue();
      if (d == Math.rint(d) && Math.abs(d) < 1e15) out.append((long) d);
      else out.append(d);
    } else if (v instanceof Map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        if (!first) out.append(',');
        first = false;
        quote(out, e.getKey().toString());
        out.append(':');
        write(out, e.getValue());
      }
      out.append('}');
    } else if (v instanceof List) {
      out.append('[');
      boolean first = true;
      for (Object item : (List<?>) v) {
        if (!first) out.append(',');
        first = false;
        write(out, item);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("no JSON form for " + v.getClass().getName());
    }
  }

  private static void quote(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
          if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
      }
    }
    out.append('"');
  }

  private IllegalArgumentException error(String why) {
    return new IllegalArgumentException("JSON at offset " + pos + ": " + why);
  }

  private void skipSpace() {
    while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) pos++;
  }

  private Object value() {
    if (pos >= text.length()) throw error("unexpected end");
    char c = text.charAt(pos);
    switch (c) {
      case '{': return parseObject();
      case '[': return parseArray();
      case '"': return parseString();
      case 't': return literal("true", Boolean.TRUE);
      case 'f': return literal("false", Boolean.FALSE);
      case 'n': return literal("null", null);
      default: return parseNumber();
    }
  }

  private Object literal(String word, Object v) {
    if (!text.startsWith(word, pos)) throw error("unexpected character");
    pos += word.length();
    return v;
  }

  private Map<String, Object> parseObject() {
    Map<String, Object> m = new LinkedHashMap<>();
    pos++;
    skipSpace();
    if (pos < text.length() && text.charAt(pos) == '}') {
      pos++;
      return m;
    }
    for (;;) {
      skipSpace();
      if (pos >= text.length() || text.charAt(pos) != '"') throw error("expected a member name");
      String key = parseString();
      skipSpace();
      if (pos >= text.length() || text.charAt(pos) != ':') throw error("expected ':'");
      pos++;
      skipSpace();
      m.put(key, value());
      skipSpace();
      if (pos >= text.length()) throw error("unexpected end");
      char c = text.charAt(pos++);
      if (c == '}') return m;
      if (c != ',') throw error("expected ',' or '}'");
    }
  }

  private List<Object> parseArray() {
    List<Object> l = new ArrayList<>();
    pos++;
    skipSpace();
    if (pos < text.length() && text.charAt(pos) == ']') {
      pos++;
      return l;
    }
    for (;;) {
      skipSpace();
      l.add(value());
      skipSpace();
      if (pos >= text.length()) throw error("unexpected end");
      char c = text.charAt(pos++);
      if (c == ']') return l;
      if (c != ',') throw error("expected ',' or ']'");
    }
  }

  private String parseString() {
    StringBuilder out = new StringBuilder();
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') return out.toString();
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= text.length()) break;
      char e = text.charAt(pos++);
      switch (e) {
        case '"': out.append('"'); break;
        case '\\': out.append('\\'); break;
        case '/': out.append('/'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'n': out.append('\n'); break;
        case 'r': out.append('\r'); break;
        case 't': out.append('\t'); break;
        case 'u':
          if (pos + 4 > text.length()) throw error("short \\u escape");
          out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          pos += 4;
          break;
        default: throw error("unknown escape");
      }
    }
    throw error("unterminated string");
  }

  private Object parseNumber() {
    int start = pos;
    boolean integral = true;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if ((c >= '0' && c <= '9') || c == '-' || c == '+') {
        pos++;
      } else if (c == '.' || c == 'e' || c == 'E') {
        integral = false;
        pos++;
      } else {
        break;
      }
    }
    if (start == pos) throw error("unexpected character");
    String n = text.substring(start, pos);
    try {
      return integral ? (Object) Long.parseLong(n) : (Object) Double.parseDouble(n);
    } catch (NumberFormatException ex) {
      throw error("not a number: " + n);
    }
  }
}

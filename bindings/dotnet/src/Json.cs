// SPDX-License-Identifier: Apache-2.0
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Participatieladder
{
    /// <summary>
    /// A small JSON reader and writer: the binding passes JSON to the library and reads the
    /// library's JSON back (protobuf's JSON mapping of the participatieladder.v1 messages). Values are
    /// <c>Dictionary&lt;string, object&gt;</c> (members in order of appearance kept in <see cref="Object.Order"/>),
    /// <c>List&lt;object&gt;</c>, <c>string</c>, <c>long</c> (a number without fraction or exponent),
    /// <c>double</c>, <c>bool</c> and <c>null</c>. No rule of the Participatieladder is here.
    /// </summary>
    public sealed class Json
    {
        /// <summary>A JSON object: its members in the order they were written.</summary>
        public sealed class Object : Dictionary<string, object>
        {
            public readonly List<string> Order = new List<string>();
            public new void Add(string key, object value) { if (!ContainsKey(key)) Order.Add(key); base[key] = value; }
            public new object this[string key] { get { object v; return TryGetValue(key, out v) ? v : null; } set { Add(key, value); } }
        }

        readonly string text;
        int pos;

        Json(string text) { this.text = text; }

        /// <summary>Parses one JSON value; <see cref="FormatException"/> naming the offset on bad JSON.</summary>
        public static object Parse(string text)
        {
            var p = new Json(text);
            p.Space();
            var v = p.Value();
            p.Space();
            if (p.pos != text.Length) throw p.Error("text after the JSON value");
            return v;
        }

        /// <summary>The JSON text of a value tree as above (also int, and any IDictionary/IList).</summary>
        public static string Write(object value)
        {
            var sb = new StringBuilder();
            Write(sb, value);
            return sb.ToString();
        }

        /// <summary>A JSON string literal.</summary>
        public static string Quote(string s)
        {
            var sb = new StringBuilder();
            Quote(sb, s);
            return sb.ToString();
        }

        /// <summary>The value as an object (an empty one when it is not).</summary>
        public static Object Obj(object v) { return v as Object ?? new Object(); }
        /// <summary>The value as a list (an empty one when it is not).</summary>
        public static List<object> List(object v) { return v as List<object> ?? new List<object>(); }
        /// <summary>A member as text ("" when absent).</summary>
        public static string Str(Object m, string key) { var v = m[key]; return v == null ? "" : Convert.ToString(v, CultureInfo.InvariantCulture); }
        /// <summary>A member as a number (0 when absent; 64-bit numbers arrive as text).</summary>
        public static long Num(Object m, string key)
        {
            var v = m[key];
            if (v is long) return (long)v;
            if (v is double) return (long)(double)v;
            var s = v as string;
            return string.IsNullOrEmpty(s) ? 0 : long.Parse(s, CultureInfo.InvariantCulture); // 64-bit ints are strings
        }

        static void Write(StringBuilder sb, object v)
        {
            if (v == null) sb.Append("null");
            else if (v is string) Quote(sb, (string)v);
            else if (v is bool) sb.Append((bool)v ? "true" : "false");
            else if (v is long || v is int || v is uint || v is ulong) sb.Append(Convert.ToString(v, CultureInfo.InvariantCulture));
            else if (v is double)
            {
                var d = (double)v;
                if (d == Math.Floor(d) && Math.Abs(d) < 1e15) sb.Append(((long)d).ToString(CultureInfo.InvariantCulture));
                else sb.Append(d.ToString("R", CultureInfo.InvariantCulture));
            }
            else if (v is Object)
            {
                var o = (Object)v;
                sb.Append('{');
                for (int i = 0; i < o.Order.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    Quote(sb, o.Order[i]);
                    sb.Append(':');
                    Write(sb, o[o.Order[i]]);
                }
                sb.Append('}');
            }
            else if (v is System.Collections.IDictionary)
            {
                sb.Append('{');
                bool first = true;
                foreach (System.Collections.DictionaryEntry e in (System.Collections.IDictionary)v)
                {
                    if (!first) sb.Append(',');
                    first = false;
                    Quote(sb, e.Key.ToString());
                    sb.Append(':');
                    Write(sb, e.Value);
                }
                sb.Append('}');
            }
            else if (v is System.Collections.IEnumerable)
            {
                sb.Append('[');
                bool first = true;
                foreach (var item in (System.Collections.IEnumerable)v)
                {
                    if (!first) sb.Append(',');
                    first = false;
                    Write(sb, item);
                }
                sb.Append(']');
            }
            else throw new ArgumentException("no JSON form for " + v.GetType());
        }

        static void Quote(StringBuilder sb, string s)
        {
            sb.Append('"');
            foreach (char c in s)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4"));
                        else sb.Append(c);
                        break;
                }
            }
            sb.Append('"');
        }

        FormatException Error(string why) { return new FormatException("JSON at offset " + pos + ": " + why); }

        void Space() { while (pos < text.Length && " \t\r\n".IndexOf(text[pos]) >= 0) pos++; }

        object Value()
        {
            if (pos >= text.Length) throw Error("unexpected end");
            switch (text[pos])
            {
                case '{': return ParseObject();
                case '[': return ParseArray();
                case '"': return ParseString();
                case 't': return Literal("true", true);
                case 'f': return Literal("false", false);
                case 'n': return Literal("null", null);
                default: return ParseNumber();
            }
        }

        object Literal(string word, object v)
        {
            if (string.CompareOrdinal(text, pos, word, 0, word.Length) != 0) throw Error("unexpected character");
            pos += word.Length;
            return v;
        }

        Object ParseObject()
        {
            var m = new Object();
            pos++;
            Space();
            if (pos < text.Length && text[pos] == '}') { pos++; return m; }
            for (;;)
            {
                Space();
                if (pos >= text.Length || text[pos] != '"') throw Error("expected a member name");
                var key = ParseString();
                Space();
                if (pos >= text.Length || text[pos] != ':') throw Error("expected ':'");
                pos++;
                Space();
                m.Add(key, Value());
                Space();
                if (pos >= text.Length) throw Error("unexpected end");
                char c = text[pos++];
                if (c == '}') return m;
                if (c != ',') throw Error("expected ',' or '}'");
            }
        }

        List<object> ParseArray()
        {
            var l = new List<object>();
            pos++;
            Space();
            if (pos < text.Length && text[pos] == ']') { pos++; return l; }
            for (;;)
            {
                Space();
                l.Add(Value());
                Space();
                if (pos >= text.Length) throw Error("unexpected end");
                char c = text[pos++];
                if (c == ']') return l;
                if (c != ',') throw Error("expected ',' or ']'");
            }
        }

        string ParseString()
        {
            var sb = new StringBuilder();
            pos++;
            while (pos < text.Length)
            {
                char c = text[pos++];
                if (c == '"') return sb.ToString();
                if (c != '\\') { sb.Append(c); continue; }
                if (pos >= text.Length) break;
                char e = text[pos++];
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        if (pos + 4 > text.Length) throw Error("short \\u escape");
                        sb.Append((char)int.Parse(text.Substring(pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        pos += 4;
                        break;
                    default: throw Error("unknown escape");
                }
            }
            throw Error("unterminated string");
        }

        object ParseNumber()
        {
            int start = pos;
            bool integral = true;
            while (pos < text.Length)
            {
                char c = text[pos];
                if ((c >= '0' && c <= '9') || c == '-' || c == '+') pos++;
                else if (c == '.' || c == 'e' || c == 'E') { integral = false; pos++; }
                else break;
            }
            if (start == pos) throw Error("unexpected character");
            var n = text.Substring(start, pos - start);
            long l;
            if (integral && long.TryParse(n, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out l)) return l;
            double d;
            if (double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out d)) return d;
            throw Error("not a number: " + n);
        }
    }
}

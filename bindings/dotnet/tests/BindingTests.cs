// SPDX-License-Identifier: Apache-2.0
// The .NET binding against the shared vectors (tests/vectors: the same files Catch2, pytest and
// JUnit run), all 308 paths and every prefix, errors with their PL_E_* code, sessions, record sets
// and one engine on several threads.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace Participatieladder.Tests
{
    static class Vectors
    {
        public static readonly string Source = Environment.GetEnvironmentVariable("PL_SOURCE_DIR") ?? "../../..";
        public static readonly Engine Engine = new Engine();
        public static Json.Object Load(string name)
        {
            return Json.Obj(Json.Parse(File.ReadAllText(Path.Combine(Source, "tests", "vectors", name), Encoding.UTF8)));
        }
        public static IEnumerable<Json.Object> Cases(Json.Object doc) { return Json.List(doc["cases"]).Select(Json.Obj); }
        public static IDictionary<string, string> Record(Json.Object b, Json.Object overlay)
        {
            var r = new Dictionary<string, string>();
            foreach (var k in b.Order) r[k] = Text(b[k]);
            foreach (var k in overlay.Order) r[k] = Text(overlay[k]);
            return r;
        }
        public static Settings Settings(Json.Object c, string key) { return c.ContainsKey(key) ? Participatieladder.Settings.FromJson(key, Json.Write(c[key])) : null; }
        public static string Text(object v)
        {
            if (v == null) return "";
            if (v is long) return ((long)v).ToString();
            if (v is double) return ((long)(double)v).ToString();
            return v.ToString();
        }
        public static string Small { get { return Path.Combine(Source, "examples", "records", "small_caseload.csv"); } }
    }

    static class QuestionnaireTests
    {
        [Test]
        public static IEnumerable<Case> QuestionnaireVectors()
        {
            var e = Vectors.Engine;
            foreach (var c in Vectors.Cases(Vectors.Load("questionnaire.json")))
            {
                var name = Json.Str(c, "name");
                yield return new Case(name, () =>
                {
                    var answers = Json.Str(c, "answers");
                    if (c.ContainsKey("error"))
                    {
                        var x = Assert.Throws<ParticipatieladderException>(() => e.Determine(answers), name);
                        Assert.Equal(Status.Parse, x.Status, "status");
                        Assert.Equal(-2, x.Code, "code");
                        Assert.True(Library.StatusName(x.Code).StartsWith(Json.Str(c, "error")), "status name");
                        return;
                    }
                    var d = e.Determine(answers);
                    if (c.ContainsKey("step"))
                    {
                        Assert.True(d.Complete, "complete");
                        Assert.Equal((int?)Json.Num(c, "step"), d.Step, "step");
                        Assert.Equal(null, d.NextQuestion, "next question");
                        Assert.Equal(Library.StepLabel(d.Step.Value, Lang.NL), d.Label(Lang.NL), "label");
                    }
                    else
                    {
                        Assert.True(!d.Complete, "incomplete");
                        Assert.Equal((int?)Json.Num(c, "next_question"), d.NextQuestion, "next question");
                        Assert.Equal(Library.QuestionText(d.NextQuestion.Value, Lang.NL), d.Question(Lang.NL), "question text");
                    }
                    Assert.Sequence(Json.List(c["notes"]).Select(n => (string)n), d.NoteIds, "notes");
                    if (c.ContainsKey("unused")) Assert.Sequence(Json.List(c["unused"]).Select(q => (int)(long)q), d.Unused, "unused");
                    if (c.ContainsKey("path_length")) Assert.Equal(Json.Num(c, "path_length"), (long)d.Path.Count, "path length");
                });
            }
        }

        [Test]
        public static void Every308PathAndEveryPrefix()
        {
            var e = Vectors.Engine;
            var paths = e.Paths();
            Assert.Equal(308, paths.Count, "paths");
            var perStep = new SortedDictionary<int, int>();
            var prefixes = new HashSet<string>();
            var answered = new List<uint>();
            var yes = new List<uint>();
            var want = new List<int[]>();
            foreach (var p in paths)
            {
                int n;
                perStep[p.Step] = perStep.TryGetValue(p.Step, out n) ? n + 1 : 1;
                Assert.Equal((int?)p.Step, e.Determine(p.Notation).Step, p.Notation);
                var map = new Dictionary<int, object>();
                uint a = 0, y = 0;
                foreach (var ans in p.Answers) { map[ans.Question] = ans.Yes; a |= 1u << ans.Question; if (ans.Yes) y |= 1u << ans.Question; }
                Assert.Equal((int?)p.Step, e.Determine(map).Step, p.Notation + " (answers)");
                Assert.Equal(p.Step, e.DetermineBits(a, y)[0], p.Notation + " (bits)");
                answered.Add(a); yes.Add(y); want.Add(new[] { p.Step, 0 });
                uint pa = 0, py = 0;
                var notation = "";
                foreach (var next in p.Answers)
                {
                    if (prefixes.Add(notation))
                    {
                        var d = e.Determine(notation);
                        Assert.True(!d.Complete, notation);
                        Assert.Equal((int?)next.Question, d.NextQuestion, notation);
                        answered.Add(pa); yes.Add(py); want.Add(new[] { 0, next.Question });
                    }
                    notation += (notation.Length == 0 ? "" : " ") + next;
                    pa |= 1u << next.Question;
                    if (next.Yes) py |= 1u << next.Question;
                }
            }
            Assert.Equal("1:100 2:150 3:40 4:4 5:12 6:2", string.Join(" ", perStep.Select(kv => kv.Key + ":" + kv.Value)), "paths per step");
            Assert.True(prefixes.Count > 100, "prefixes: " + prefixes.Count);
            var batch = e.DetermineBitsBatch(answered.ToArray(), yes.ToArray());
            for (int i = 0; i < want.Count; i++)
            {
                Assert.Equal(want[i][0], (int)batch[0][i], "batch step " + i);
                Assert.Equal(want[i][1], (int)batch[1][i], "batch next " + i);
            }
        }

        [Test]
        public static void AnswersAsWrittenAreReadByTheLibrary()
        {
            var spelled = new Dictionary<int, object> { { 1, "nee" }, { 2, "Nee" }, { 10, "ja" }, { 12, "YES" }, { 13, "true" } };
            Assert.Equal((int?)4, Vectors.Engine.Determine(spelled).Step, "spellings");
            spelled[13] = "misschien";
            var x = Assert.Throws<ParticipatieladderException>(() => Vectors.Engine.Determine(spelled), "misschien");
            Assert.Equal(Status.InvalidArgument, x.Status, "status");
            Assert.Equal("PL_E_INVALID_ARGUMENT", x.CName, "C name");
        }
    }

    static class VectorTests
    {
        [Test]
        public static IEnumerable<Case> CheckVectors()
        {
            var doc = Vectors.Load("checks.json");
            var b = Json.Obj(doc["base_record"]);
            foreach (var c in Vectors.Cases(doc))
            {
                yield return new Case(Json.Str(c, "name"), () =>
                {
                    var records = Json.List(c["records"]).Select(r => Vectors.Record(b, Json.Obj(r))).ToList();
                    var options = new CheckOptions { ReferenceDate = Json.Str(c, "reference_date"), Config = Vectors.Settings(c, "config"),
                        Extensions = Vectors.Settings(c, "extensions") };
                    var findings = Vectors.Engine.Check(records, "vector", options).Findings;
                    Assert.True(findings.All(f => f.Check != "input"), "every vector value is readable");
                    var expected = Json.List(c["expected"]).Select(Json.Obj).ToList();
                    Assert.Sequence(expected.Select(x => Json.Str(x, "check") + " " + Json.Str(x, "client_id") + " " + Json.Str(x, "severity")),
                        findings.Select(f => f.Check + " " + f.ClientId + " " + f.Severity), "findings");
                    for (int i = 0; i < expected.Count; i++)
                    {
                        if (expected[i].ContainsKey("fields")) Assert.Sequence(Json.List(expected[i]["fields"]).Select(f => (string)f), findings[i].Fields, "fields");
                        if (expected[i].ContainsKey("record")) Assert.Equal((long?)Json.Num(expected[i], "record"), findings[i].RecordIndex, "record");
                    }
                });
            }
        }

        [Test]
        public static IEnumerable<Case> ReportVectors()
        {
            foreach (var c in Vectors.Cases(Vectors.Load("reports.json")))
            {
                yield return new Case(Json.Str(c, "name"), () =>
                {
                    var records = Json.List(c["records"]).Select(r => Vectors.Record(new Json.Object(), Json.Obj(r))).ToList();
                    var options = new ReportOptions { Table = Json.Str(c, "table"), ReferenceDate = Json.Str(c, "reference_date"),
                        From = Json.Str(c, "from"), To = Json.Str(c, "to"), By = c.ContainsKey("by") ? Json.Str(c, "by") : null,
                        Extensions = Vectors.Settings(c, "extensions"), Budget = Vectors.Settings(c, "budget") };
                    var report = Vectors.Engine.Report(records, "vector", options);
                    Assert.Equal(Json.Str(c, "table"), report.Name, "table");
                    Assert.Equal(0, report.Findings.Count, "every vector value is readable");
                    if (c.ContainsKey("expected_csv")) Assert.Equal(Json.Str(c, "expected_csv"), report.Csv, "csv");
                    var columns = report.Columns;
                    foreach (var exp in Json.List(c["expected_rows"]).Select(Json.Obj))
                    {
                        var key = Json.List(exp["key"]).Select(Vectors.Text).ToList();
                        var row = report.Rows.FirstOrDefault(r => r.Count >= key.Count && r.Take(key.Count).Select(Vectors.Text).SequenceEqual(key));
                        Assert.True(row != null, "row " + string.Join(",", key));
                        foreach (var col in exp.Order.Where(k => k != "key"))
                        {
                            var i = columns.IndexOf(col);
                            Assert.True(i >= 0, "column " + col);
                            Assert.Equal(Vectors.Text(exp[col]), Vectors.Text(row[i]), "row " + string.Join(",", key) + " column " + col);
                        }
                    }
                    var summary = report.Summary;
                    foreach (var k in Json.Obj(c["expected_summary"]).Order)
                    {
                        Assert.True(summary.ContainsKey(k), "summary " + k);
                        Assert.Equal(Vectors.Text(Json.Obj(c["expected_summary"])[k]), Vectors.Text(summary[k]), "summary " + k);
                    }
                });
            }
        }
    }

    static class HandleTests
    {
        [Test]
        public static void ABadFileIsAnExceptionWithTheCode()
        {
            using (var e = new Engine())
            {
                var empty = Path.Combine(Vectors.Source, "tests", "bad_input", "empty.csv");
                var x = Assert.Throws<ParticipatieladderException>(() => e.Check(empty, new CheckOptions()), "empty file");
                Assert.Equal(Status.Format, x.Status, "status");
                Assert.Equal(-4, x.Code, "code");
                Assert.Equal("PL_E_FORMAT", x.CName, "C name");
                Assert.True(x.Message.Contains("empty.csv"), x.Message);
                x = Assert.Throws<ParticipatieladderException>(() => e.Load(Path.Combine(Vectors.Source, "tests", "bad_input", "not_csv.csv")), "not CSV");
                Assert.Equal(-4, x.Code, "not CSV code");
                x = Assert.Throws<ParticipatieladderException>(() => e.Check("/nonexistent/x.csv", null), "no file");
                Assert.Equal(Status.IO, x.Status, "io");
                Assert.Equal("PL_E_IO", x.CName, "C name of IO");
                x = Assert.Throws<ParticipatieladderException>(() => e.Check(Vectors.Small, new CheckOptions { ReferenceDate = "morgen" }), "date");
                Assert.Equal(Status.Parse, x.Status, "bad date");
            }
            var c = Assert.Throws<ParticipatieladderException>(() => new Engine(Settings.FromJson("gemeente.json", "{\"disabled_checks\": [\"PL999\"]}"), null), "config");
            Assert.Equal(Status.Config, c.Status, "config status");
            Assert.True(c.Message.Contains("PL999"), c.Message);
        }

        [Test]
        public static void ASessionWithBack()
        {
            using (var e = new Engine())
            using (var s = e.Session())
            {
                Assert.Equal(1, s.Question, "first question");
                Assert.Equal(Status.State, Assert.Throws<ParticipatieladderException>(() => s.Back(), "back at 1").Status, "back at 1");
                s.Answer(false).Answer("nee").Answer(true);
                Assert.Equal(3L, s.Answered, "answered");
                Assert.Equal(12, s.Question, "after 10 yes");
                s.Back();
                Assert.Equal(10, s.Question, "back to 10");
                s.Answer("J").Answer("ja").Answer(true);
                Assert.True(s.Complete, "complete");
                Assert.Equal(4, s.Step, "step");
                Assert.Equal("1:N 2:N 10:J 12:J 13:J", s.Result().Notation, "notation");
                Assert.Equal(Status.State, Assert.Throws<ParticipatieladderException>(() => s.Answer(true), "complete").Status, "answer when complete");
                var other = e.Session();
                Assert.Equal(Status.InvalidArgument, Assert.Throws<ParticipatieladderException>(() => other.Answer("misschien"), "misschien").Status, "misschien");
                other.Dispose();
                other.Dispose();
                Assert.Throws<ObjectDisposedException>(() => { var q = other.Question; }, "disposed session");
            }
        }

        [Test]
        public static void ARecordSetGivesWhatTheFileGives()
        {
            using (var e = new Engine())
            using (var set = e.Load(Vectors.Small))
            {
                Assert.True(set.Count > 0, "records");
                Assert.Sequence(new[] { Vectors.Small }, set.Sources, "sources");
                Assert.Equal(e.Check(Vectors.Small, new CheckOptions()).JsonText, set.Check(new CheckOptions()).JsonText, "check");
                var placement = new ReportOptions { Table = "placement" };
                Assert.Equal(e.Report(Vectors.Small, placement).Csv, set.Report(placement).Csv, "placement");
                using (var twice = set.Concat(set)) Assert.Equal(2 * set.Count, twice.Count, "concat");
                var html = set.ReportHtml(null, Lang.EN);
                Assert.True(html.StartsWith("<!DOCTYPE html>"), "html");
                Assert.Equal(html, e.ReportHtml(Vectors.Small, null, Lang.EN), "html through the file");
                var xlsx = set.ReportXlsx(null, Lang.NL);
                Assert.True(xlsx.Length > 2 && xlsx[0] == (byte)'P' && xlsx[1] == (byte)'K', "xlsx");
            }
        }

        [Test]
        public static void OneEngineSharedByFourThreads()
        {
            using (var e = new Engine())
            {
                var want = e.Check(Vectors.Small, new CheckOptions()).JsonText;
                var tasks = Enumerable.Range(0, 16).Select(i => Task.Run(() =>
                {
                    Assert.Throws<ParticipatieladderException>(() => e.Determine("1:X"), "1:X");
                    return e.Check(Vectors.Small, new CheckOptions()).JsonText;
                })).ToArray();
                foreach (var t in tasks) Assert.Equal(want, t.Result, "thread");
            }
        }

        [Test]
        public static void Benchmark_()
        {
            using (var e = new Engine())
            {
                Assert.Equal(Status.InvalidArgument, Assert.Throws<ParticipatieladderException>(() => Benchmark.RecordExport(e, Vectors.Small, null, null), "no key").Status, "no key");
                Assert.Throws<ParticipatieladderException>(() => Benchmark.Publication(e, Vectors.Small, null, Benchmark.Options(null, "Heemskerk", 0, 0)), "publication without a key");
                var key = System.Text.Encoding.ASCII.GetBytes("7f3a9c1e5b2d8f4a6c0e9b3d7a1f5c8e");
                var publication = Benchmark.Publication(e, Vectors.Small, key, Benchmark.Options(null, "Heemskerk", 0, 0));
                Assert.Equal("Heemskerk", Json.Str(Json.Obj(Json.Parse(publication)), "municipality"), "municipality");
                Assert.True(Benchmark.Merge(new[] { publication }, Benchmark.Output.Csv, Lang.EN).Contains("Heemskerk"), "merge");
            }
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Participatieladder
{
    /// <summary>
    /// The engine (pl_engine): the rules plus a municipality's configuration. Immutable: create once,
    /// share between any number of threads, Dispose when done (after the sessions made from it).
    /// </summary>
    public sealed class Engine : IDisposable
    {
        internal const int FormatCsv = 0, FormatJsonLines = 1, FormatAuto = 2;
        readonly EngineHandle h;

        /// <summary>An engine with the library's defaults.</summary>
        public Engine() : this(null, null) { }

        /// <summary>An engine with a configuration file and an extension set (either may be null); Config when invalid.</summary>
        public Engine(Settings config, Settings extensions) { h = NativeMethods.EngineNew(Configuration(config, extensions)); }

        internal EngineHandle Handle { get { if (h.IsClosed) throw new ObjectDisposedException("engine"); return h; } }

        static string Configuration(Settings config, Settings extensions)
        {
            if (config == null && extensions == null) return null;
            var m = config == null ? new Json.Object() : Json.Obj(Json.Parse(config.Configuration()));
            if (extensions != null) m["extensions"] = extensions.ExtensionSet();
            return Json.Write(m);
        }

        // ---- SPEC §4 -------------------------------------------------------------------------------

        /// <summary>The step from the answer notation of SPEC §6 ("1:N 2:N 10:J 12:J 13:J"); Parse when unreadable.</summary>
        public Determination Determine(string notation) { return new Determination(NativeMethods.DetermineNotation(Handle, notation)); }

        /// <summary>The step from answers: question → bool, or the answer as written ("ja", "nee", "J", "true", ...).</summary>
        public Determination Determine(IDictionary<int, object> answers)
        {
            var list = new List<object>();
            foreach (var e in answers)
            {
                var a = new Json.Object();
                a["question"] = (long)e.Key;
                if (e.Value is bool) a["yes"] = e.Value;
                else a["text"] = Convert.ToString(e.Value, System.Globalization.CultureInfo.InvariantCulture);
                list.Add(a);
            }
            var set = new Json.Object();
            set["answers"] = list;
            return DetermineJson(Json.Write(set));
        }

        /// <summary>The step from an AnswerSet in JSON (as a conformance adapter receives it).</summary>
        public Determination DetermineJson(string answerSetJson) { return new Determination(NativeMethods.Determine(Handle, answerSetJson)); }

        /// <summary>Fast scalar determination: {step, next question}: {1..6, 0} or {0, 1..21}.</summary>
        public int[] DetermineBits(uint answered, uint yes) { return NativeMethods.DetermineBits(Handle, answered, yes); }

        /// <summary>Many answer sets in one call: [0] the steps (or 0), [1] the next questions (or 0).</summary>
        public byte[][] DetermineBitsBatch(uint[] answered, uint[] yes)
        {
            if (answered.Length != yes.Length)
                throw new ParticipatieladderException((int)Status.InvalidArgument, "DetermineBitsBatch: answered has " + answered.Length +
                    " answer sets, yes " + yes.Length);
            var steps = new byte[answered.Length];
            var next = new byte[answered.Length];
            if (answered.Length > 0) NativeMethods.DetermineBitsBatch(Handle, answered, yes, steps, next);
            return new[] { steps, next };
        }

        /// <summary>Every complete path through the questionnaire (SPEC §4: 308), from the library.</summary>
        public IList<QuestionnairePath> Paths()
        {
            var l = new List<QuestionnairePath>();
            foreach (var p in Json.List(Json.Obj(Json.Parse(NativeMethods.Paths(Handle)))["paths"]))
            {
                var path = Json.Obj(p);
                l.Add(new QuestionnairePath(Answer.List(path["path"]), (int)Json.Num(path, "step")));
            }
            return l;
        }

        /// <summary>A new interactive questionnaire session on this engine.</summary>
        public Session Session() { return new Session(this); }

        /// <summary>The catalogue of checks (SPEC §8) under this engine's configuration, as a JSON tree.</summary>
        public Json.Object Catalogue() { return Json.Obj(Json.Parse(NativeMethods.Catalogue(Handle))); }

        // ---- SPEC §6, §8 ---------------------------------------------------------------------------

        /// <summary>Reads and checks a file (CSV, or JSON Lines by the .jsonl/.ndjson extension).</summary>
        public CheckResult Check(string path, CheckOptions options) { return Check(Read(path), path, options); }

        public CheckResult Check(byte[] data, string sourceName, CheckOptions options)
        {
            return new CheckResult(NativeMethods.CheckFile(Handle, data, sourceName, FormatAuto, CheckOptions.Of(options)));
        }

        /// <summary>Reads and checks a file's bytes with the options as a CheckOptions in JSON (conformance adapters).</summary>
        public CheckResult CheckJson(byte[] data, string sourceName, string checkOptionsJson)
        {
            return new CheckResult(NativeMethods.CheckFile(Handle, data, sourceName, FormatAuto, checkOptionsJson));
        }

        /// <summary>
        /// Checks records a system holds itself: each SPEC §6 key → text, read by the library's JSON
        /// Lines reader as a file named <paramref name="sourceName"/> would be.
        /// </summary>
        public CheckResult Check(IEnumerable<IDictionary<string, string>> records, string sourceName, CheckOptions options)
        {
            return new CheckResult(NativeMethods.CheckFile(Handle, JsonLines(records), sourceName, FormatJsonLines, CheckOptions.Of(options)));
        }

        /// <summary>A CheckRequest in JSON through pl_check_json: the CheckResponse JSON (conformance adapters).</summary>
        public string CheckRequestJson(string checkRequestJson) { return NativeMethods.Check(Handle, checkRequestJson); }

        // ---- SPEC §10 ------------------------------------------------------------------------------

        public Report Report(string path, ReportOptions options) { return Report(Read(path), path, options); }

        public Report Report(byte[] data, string sourceName, ReportOptions options)
        {
            return new Report(NativeMethods.ReportFile(Handle, data, sourceName, FormatAuto, ReportOptions.Of(options)));
        }

        public Report Report(IEnumerable<IDictionary<string, string>> records, string sourceName, ReportOptions options)
        {
            return new Report(NativeMethods.ReportFile(Handle, JsonLines(records), sourceName, FormatJsonLines, ReportOptions.Of(options)));
        }

        /// <summary>A ReportRequest in JSON through pl_report_json: the ReportResponse JSON (conformance adapters).</summary>
        public string ReportRequestJson(string reportRequestJson) { return NativeMethods.Report(Handle, reportRequestJson); }

        /// <summary>The HTML report, byte-identical to `pladder report --html`.</summary>
        public string ReportHtml(string path, ReportOptions options, Lang lang) { using (var s = Load(path)) return s.ReportHtml(options, lang); }

        /// <summary>The Excel workbook, as `pladder report --xlsx`.</summary>
        public byte[] ReportXlsx(string path, ReportOptions options, Lang lang) { using (var s = Load(path)) return s.ReportXlsx(options, lang); }

        // ---- a record set read once ----------------------------------------------------------------

        /// <summary>Reads files into one record set kept in the library (each finding keeps its own file and line).</summary>
        public RecordSet Load(params string[] paths)
        {
            if (paths.Length == 0) throw new ParticipatieladderException((int)Status.InvalidArgument, "Load: give at least one file");
            RecordSet result = null;
            foreach (var p in paths)
            {
                var one = Load(Read(p), p, null);
                if (result == null) { result = one; continue; }
                using (var a = result) using (var b = one) result = a.Concat(b);
            }
            return result;
        }

        /// <summary>Reads a file's bytes into a record set; <paramref name="columns"/> a column mapping or null.</summary>
        public RecordSet Load(byte[] data, string sourceName, Settings columns)
        {
            return new RecordSet(NativeMethods.RecordSetRead(Handle, data, sourceName, FormatAuto, columns == null ? null : columns.ReadOptions()), this);
        }

        public void Dispose() { h.Dispose(); }

        internal static byte[] Read(string path)
        {
            try { return File.ReadAllBytes(path); }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new ParticipatieladderException((int)Status.IO, path + ": cannot be opened: " + e.Message);
            }
        }

        static byte[] JsonLines(IEnumerable<IDictionary<string, string>> records)
        {
            var sb = new StringBuilder();
            foreach (var r in records)
            {
                var o = new Json.Object();
                foreach (var kv in r) o[kv.Key] = kv.Value;
                sb.Append(Json.Write(o)).Append('\n');
            }
            return Encoding.UTF8.GetBytes(sb.ToString());
        }
    }

    /// <summary>
    /// Records read once and kept in the library (pl_record_set): checks and reports send only their
    /// options across. Immutable: any number of threads may use one set at once.
    /// </summary>
    public sealed class RecordSet : IDisposable
    {
        readonly RecordSetHandle h;
        readonly Engine engine;
        readonly Json.Object info;

        internal RecordSet(RecordSetHandle h, Engine engine)
        {
            this.h = h;
            this.engine = engine;
            info = Json.Obj(Json.Parse(NativeMethods.RecordSetInfo(h)));
        }

        RecordSetHandle Handle { get { if (h.IsClosed) throw new ObjectDisposedException("record set"); return h; } }

        public long Count { get { return Json.Num(info, "records"); } }
        public IList<Finding> Findings { get { return Finding.List(info["findings"]); } }
        public IList<string> Sources { get { var l = new List<string>(); foreach (var s in Json.List(info["sources"])) l.Add((string)s); return l; } }
        public IList<string> Encodings { get { var l = new List<string>(); foreach (var s in Json.List(info["encodings"])) l.Add((string)s); return l; } }

        /// <summary>A new set: this one's records, then <paramref name="other"/>'s; both stay as they are.</summary>
        public RecordSet Concat(RecordSet other) { return new RecordSet(NativeMethods.RecordSetConcat(Handle, other.Handle), engine); }
        public string MessageJson() { return NativeMethods.RecordSetMessage(Handle); }
        public CheckResult Check(CheckOptions options) { return new CheckResult(NativeMethods.RecordSetCheck(engine.Handle, Handle, CheckOptions.Of(options))); }
        public Report Report(ReportOptions options) { return new Report(NativeMethods.RecordSetReport(engine.Handle, Handle, ReportOptions.Of(options))); }
        public string ReportHtml(ReportOptions options, Lang lang) { return NativeMethods.RecordSetReportHtml(engine.Handle, Handle, ReportOptions.Of(options), lang); }
        public byte[] ReportXlsx(ReportOptions options, Lang lang) { return NativeMethods.RecordSetReportXlsx(engine.Handle, Handle, ReportOptions.Of(options), lang); }
        public void Dispose() { h.Dispose(); }
    }

    /// <summary>The benchmark exchange (SPEC §9, §11, §12): results are the messages in JSON.</summary>
    public static class Benchmark
    {
        public enum Output { Text = 0, Csv = 1, Html = 2 }

        /// <summary>BenchmarkOptions in JSON from its parts (null or 0: the default): the publication's
        /// rounding base (at least 5) and minimum size in clients (docs/privacy.md).</summary>
        public static string Options(string referenceDate, string municipality, uint roundingBase, ulong minClients)
        {
            var m = new Json.Object();
            m["reference_date"] = referenceDate ?? "";
            m["municipality"] = municipality ?? "";
            m["rounding_base"] = (long)roundingBase;
            if (minClients > 0) m["min_clients"] = minClients.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Json.Write(m);
        }

        public static string Conformance(Engine engine, string path, string optionsJson)
        {
            return NativeMethods.BenchmarkConformance(engine.Handle, Engine.Read(path), path, optionsJson);
        }

        /// <summary>The aggregated publication, every count protected under the municipality's
        /// <paramref name="key"/> (docs/privacy.md; no key or a weak key: InvalidArgument).</summary>
        public static string Publication(Engine engine, string path, byte[] key, string optionsJson)
        {
            return NativeMethods.BenchmarkPublication(engine.Handle, Engine.Read(path), path, key, optionsJson);
        }

        /// <summary>The record-level export as CSV, pseudonyms under <paramref name="key"/> (no key: InvalidArgument).</summary>
        public static string RecordExport(Engine engine, string path, byte[] key, string optionsJson)
        {
            return NativeMethods.BenchmarkRecordExport(engine.Handle, Engine.Read(path), path, key, optionsJson);
        }

        /// <summary>The coordinator's comparison under the default policy.</summary>
        public static string Merge(IList<string> publications, Output output, Lang lang)
        {
            return Merge(publications, output, lang, 0, 0);
        }

        /// <summary>The coordinator's comparison under a policy: a publication with a rounding base below
        /// <paramref name="policyBase"/> or a minimum size below <paramref name="policyMinClients"/> is refused
        /// (0: the defaults 5 and 20).</summary>
        public static string Merge(IList<string> publications, Output output, Lang lang, uint policyBase, uint policyMinClients)
        {
            return NativeMethods.BenchmarkMerge(publications, (int)output, lang, policyBase, policyMinClients);
        }
    }

    /// <summary>The library itself: version, texts, status names.</summary>
    public static class Library
    {
        /// <summary>The version of the loaded library, e.g. "1.0.0".</summary>
        public static string Version { get { return NativeMethods.VersionString(); } }
        public static string QuestionText(int question, Lang lang) { return NativeMethods.QuestionText(question, lang); }
        public static string StepLabel(int step, Lang lang) { return NativeMethods.StepLabel(step, lang); }
        public static string StatusName(int status) { return NativeMethods.StatusName(status); }
    }
}

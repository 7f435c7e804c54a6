// SPDX-License-Identifier: Apache-2.0
using System.Collections.Generic;

namespace Participatieladder
{
    /// <summary>A finding (SPEC §8; "input" for a value or row that cannot be read): data, never an exception.</summary>
    public sealed class Finding
    {
        readonly Json.Object m;
        internal Finding(Json.Object m) { this.m = m; }

        internal static List<Finding> List(object findings)
        {
            var l = new List<Finding>();
            foreach (var f in Json.List(findings)) l.Add(new Finding(Json.Obj(f)));
            return l;
        }

        /// <summary>"PL001" ... or "input".</summary>
        public string Check { get { return Json.Str(m, "check"); } }
        /// <summary>"error", "warning" or "info".</summary>
        public string Severity
        {
            get { var s = Json.Str(m, "severity"); return s.StartsWith("SEVERITY_") ? s.Substring(9).ToLowerInvariant() : s; }
        }
        public string ClientId { get { return Json.Str(m, "client_id"); } }
        public string File { get { return Json.Str(m, "file"); } }
        public long Line { get { return Json.Num(m, "line"); } }
        /// <summary>The record's index, or null when the finding is not about one record.</summary>
        public long? RecordIndex { get { return m.ContainsKey("record_index") ? Json.Num(m, "record_index") : (long?)null; } }
        public string MeasuredOn { get { return Json.Str(m, "measured_on"); } }
        public IList<string> Fields
        {
            get { var l = new List<string>(); foreach (var f in Json.List(m["fields"])) l.Add((string)f); return l; }
        }
        public string Message(Lang lang) { return Json.Str(m, lang == Lang.NL ? "message_nl" : "message_en"); }
        public string Key { get { return Json.Str(m, "key"); } }
        public string Value { get { return Json.Str(m, "value"); } }
        public string Caseworker { get { return Json.Str(m, "caseworker"); } }
        public string Team { get { return Json.Str(m, "team"); } }
        /// <summary>The participatieladder.v1.Finding as a JSON tree.</summary>
        public Json.Object JsonTree { get { return m; } }
        public override string ToString() { return "Finding(" + Check + " " + Severity + " " + File + ":" + Line + ": " + Message(Lang.EN) + ")"; }
    }

    /// <summary>The whole participatieladder.v1.CheckResponse: findings, counts, the reference date used.</summary>
    public sealed class CheckResult
    {
        readonly Json.Object m;
        /// <summary>The CheckResponse in protobuf's JSON mapping, as the library wrote it.</summary>
        public string JsonText { get; private set; }
        internal CheckResult(string json) { JsonText = json; m = Json.Obj(Json.Parse(json)); }
        public IList<Finding> Findings { get { return Finding.List(m["findings"]); } }
        public long Errors { get { return Json.Num(m, "errors"); } }
        public long Warnings { get { return Json.Num(m, "warnings"); } }
        public long Infos { get { return Json.Num(m, "infos"); } }
        public long Records { get { return Json.Num(m, "records"); } }
        public string ReferenceDate { get { return Json.Str(m, "reference_date"); } }
        public bool ReferenceDateFromData { get { return true.Equals(m["reference_date_from_data"]); } }
    }

    /// <summary>
    /// One management-information table (SPEC §10) as computed by the library. Cells are a long (a
    /// whole number), a double, a string (a key such as "not_filled") or null (empty).
    /// </summary>
    public sealed class Report
    {
        readonly Json.Object m, table;
        /// <summary>The ReportResponse in protobuf's JSON mapping, as the library wrote it.</summary>
        public string JsonText { get; private set; }
        internal Report(string json) { JsonText = json; m = Json.Obj(Json.Parse(json)); table = Json.Obj(m["table"]); }

        public string Name { get { return Json.Str(table, "name"); } }
        /// <summary>The stable column keys (the CSV header).</summary>
        public IList<string> Columns
        {
            get { var l = new List<string>(); foreach (var c in Json.List(table["columns"])) l.Add(Json.Str(Json.Obj(c), "key")); return l; }
        }
        public IList<string> ColumnLabels(Lang lang)
        {
            var l = new List<string>();
            foreach (var c in Json.List(table["columns"])) l.Add(Determination.Text(Json.Obj(c)["label"], lang));
            return l;
        }
        /// <summary>The rows: per row the cells in column order (see <see cref="Columns"/>).</summary>
        public IList<IList<object>> Rows
        {
            get
            {
                var rows = new List<IList<object>>();
                foreach (var r in Json.List(table["rows"]))
                {
                    var cells = new List<object>();
                    foreach (var c in Json.List(Json.Obj(r)["cells"])) cells.Add(Cell(c));
                    rows.Add(cells);
                }
                return rows;
            }
        }
        /// <summary>Figures outside the grid, e.g. "intake" → 1.</summary>
        public IDictionary<string, object> Summary
        {
            get
            {
                var d = new Dictionary<string, object>();
                foreach (var s in Json.List(table["summary"])) { var item = Json.Obj(s); d[Json.Str(item, "key")] = Cell(item["value"]); }
                return d;
            }
        }
        /// <summary>The table as CSV, exactly as `pladder report --format csv` writes it.</summary>
        public string Csv { get { return Json.Str(table, "csv"); } }
        public IList<Finding> Findings { get { return Finding.List(m["findings"]); } }
        public Json.Object Quality { get { return Json.Obj(m["quality"]); } }
        public string ReferenceDate { get { return Json.Str(m, "reference_date"); } }

        static object Cell(object c)
        {
            var cell = Json.Obj(c);
            if (cell.ContainsKey("number"))
            {
                var n = cell["number"];
                if (n is double && (double)n == System.Math.Floor((double)n)) return (long)(double)n;
                return n;
            }
            return cell.ContainsKey("text") ? cell["text"] : null;
        }
    }
}

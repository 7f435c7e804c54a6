// SPDX-License-Identifier: Apache-2.0
using System.IO;
using System.Text;

namespace Participatieladder
{
    /// <summary>
    /// A municipality's settings file — configuration (docs/checks.md), extension set (SPEC §9), column
    /// mapping or budget table — as a path or as JSON text; read by the library's own reader when used.
    /// </summary>
    public sealed class Settings
    {
        internal readonly string Name;
        internal readonly byte[] Bytes;
        Settings(string name, byte[] bytes) { Name = name; Bytes = bytes; }

        public static Settings File(string path)
        {
            try { return new Settings(path, System.IO.File.ReadAllBytes(path)); }
            catch (IOException e) { throw new ParticipatieladderException((int)Status.IO, path + ": cannot be read: " + e.Message); }
        }

        public static Settings FromJson(string name, string json) { return new Settings(name, Encoding.UTF8.GetBytes(json)); }

        internal string Configuration() { return NativeMethods.ReadConfig(Bytes, Name); }
        internal object CheckConfig() { return Json.Obj(Json.Parse(Configuration()))["checks"]; }
        internal object ExtensionSet() { return Json.Parse(NativeMethods.ReadExtensions(Bytes, Name)); }
        internal string ReadOptions() { return NativeMethods.ReadColumnMapping(Bytes, Name); }
        /// <summary>A budget file is a BudgetConfig in JSON: passed on as it is, the library reads it.</summary>
        internal object Budget()
        {
            var text = Encoding.UTF8.GetString(Bytes);
            try { return Json.Parse(text); } catch (System.FormatException) { return text; }
        }
    }

    /// <summary>The options of a check (participatieladder.v1.CheckOptions). All optional.</summary>
    public sealed class CheckOptions
    {
        /// <summary>"Today" as YYYY-MM-DD; default: the latest measured_on of the records.</summary>
        public string ReferenceDate = "";
        /// <summary>A configuration file replacing the engine's check settings for this call.</summary>
        public Settings Config;
        /// <summary>A SPEC §9 extension set replacing the engine's (PL014).</summary>
        public Settings Extensions;

        internal string ToJson()
        {
            var m = new Json.Object();
            m["reference_date"] = ReferenceDate ?? "";
            if (Config != null) m["config"] = Config.CheckConfig();
            if (Extensions != null) m["extensions"] = Extensions.ExtensionSet();
            return Json.Write(m);
        }

        internal static string Of(CheckOptions o) { return o == null ? null : o.ToJson(); }
    }

    /// <summary>
    /// The options of a report (participatieladder.v1.ReportOptions, SPEC §10). Table names as
    /// `pladder report --table`: placement, target, caseload, comparison, movement, kpi, budget.
    /// </summary>
    public sealed class ReportOptions
    {
        public string Table;
        public string ReferenceDate = "";
        public string From = "";
        public string To = "";
        /// <summary>"caseworker", "team" or "department".</summary>
        public string By;
        public Settings Extensions;
        public Settings Budget;

        internal string ToJson()
        {
            var m = new Json.Object();
            m["reference_date"] = ReferenceDate ?? "";
            if (Table != null) m["kind"] = "REPORT_KIND_" + Table.ToUpperInvariant();
            m["from_date"] = From ?? "";
            m["to_date"] = To ?? "";
            if (By != null) m["group_by"] = "GROUP_BY_" + By.ToUpperInvariant();
            if (Extensions != null) m["extensions"] = Extensions.ExtensionSet();
            if (Budget != null) m["budget"] = Budget.Budget();
            return Json.Write(m);
        }

        internal static string Of(ReportOptions o) { return o == null ? null : o.ToJson(); }
    }
}

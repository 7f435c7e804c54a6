// SPDX-License-Identifier: Apache-2.0
// The .NET door of the differential test (tests/differential/run.py, issue 24): the jobs of
// JavaDoor.java, through the .NET binding's public API; one line out per job, the response JSON
// as the library returned it or "!ERROR <status> <message>".
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Participatieladder;

static class DotnetDoor
{
    static string Text(Json.Object job, string key) { var v = job[key]; return v == null ? null : v.ToString(); }
    static Settings File(Json.Object job, string key) { var p = Text(job, key); return p == null ? null : Settings.File(p); }

    static int Main()
    {
        var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
        var engines = new Dictionary<string, Engine>();
        string line;
        while ((line = input.ReadLine()) != null)
        {
            var job = Json.Obj(Json.Parse(line));
            try
            {
                var config = Text(job, "config") ?? "";
                Engine engine;
                if (!engines.TryGetValue(config, out engine))
                    engines[config] = engine = new Engine(config.Length == 0 ? null : Settings.File(config), null);
                var file = Text(job, "file");
                if (Text(job, "kind") == "check")
                    output.WriteLine(engine.Check(file, new CheckOptions { ReferenceDate = Text(job, "reference_date"), Extensions = File(job, "extensions") }).JsonText);
                else
                    output.WriteLine(engine.Report(file, new ReportOptions { Table = Text(job, "table"), ReferenceDate = Text(job, "reference_date"),
                        From = Text(job, "from"), To = Text(job, "to"), By = Text(job, "by"), Extensions = File(job, "extensions"),
                        Budget = File(job, "budget") }).JsonText);
            }
            catch (ParticipatieladderException e)
            {
                output.WriteLine("!ERROR " + e.Code + " " + e.Message.Replace("\n", "\\n"));
            }
        }
        output.Flush();
        foreach (var e in engines.Values) e.Dispose();
        return 0;
    }
}

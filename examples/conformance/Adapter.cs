// SPDX-License-Identifier: Apache-2.0
// Reference conformance adapter in C#, over the .NET binding (docs/conformance.md, docs/dotnet.md).
//
//   pladder conform --protocol json --adapter "mono Adapter.exe"      (or "dotnet Adapter.dll")
//
// JSON Lines (proto/participatieladder/v1/conformance.proto in protobuf's JSON mapping): one
// ConformanceRequest per line on standard input, one ConformanceResponse per line on standard
// output, until the input ends. The first request asks which kinds of case the adapter implements
// (`capabilities`); a vendor lists only what its system does, and the rest is skipped, not failed.
// Every answer here comes from the library through the binding; a vendor's adapter calls its own
// system instead, and builds the same response messages.
using System;
using System.IO;
using System.Text;
using Participatieladder;

static class Adapter
{
    /// <summary>What this adapter implements: every kind of case (docs/conformance.md, "Capabilities").</summary>
    const string Features = "[\"determine\",\"answer_text\",\"notes\",\"check\",\"report\",\"check_file\"]";

    static string Answer(Engine engine, Json.Object request)
    {
        try
        {
            if (request.ContainsKey("capabilities")) return "{\"capabilities\":{\"features\":" + Features + "}}";
            if (request.ContainsKey("determine"))
                return "{\"determination\":" + engine.DetermineJson(Json.Write(request["determine"])).JsonText + "}";
            if (request.ContainsKey("check")) return "{\"check\":" + engine.CheckRequestJson(Json.Write(request["check"])) + "}";
            if (request.ContainsKey("report")) return "{\"report\":" + engine.ReportRequestJson(Json.Write(request["report"])) + "}";
            if (request.ContainsKey("check_file"))
            {
                var f = Json.Obj(request["check_file"]);
                var data = Convert.FromBase64String(Json.Str(f, "content"));
                var options = f.ContainsKey("options") ? Json.Write(f["options"]) : null;
                return "{\"check\":" + engine.CheckJson(data, Json.Str(f, "source_name"), options).JsonText + "}";
            }
            return "{\"skipped\":" + Json.Quote("unknown request kind") + "}";
        }
        catch (ParticipatieladderException e)
        {
            return "{\"error\":{\"status\":" + e.Code + ",\"message\":" + Json.Quote(e.Message) + "}}";
        }
    }

    static int Main()
    {
        var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
        using (var engine = new Engine())
        {
            string line;
            while ((line = input.ReadLine()) != null)
            {
                if (line.Trim().Length == 0) continue;
                output.WriteLine(Answer(engine, Json.Obj(Json.Parse(line))));
                output.Flush();
            }
        }
        return 0;
    }
}

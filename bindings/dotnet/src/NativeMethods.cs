// SPDX-License-Identifier: Apache-2.0
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Participatieladder
{
    /// <summary>pl_engine*: released by pl_engine_free when disposed or collected.</summary>
    internal sealed class EngineHandle : SafeHandleZeroOrMinusOneIsInvalid
    {
        EngineHandle() : base(true) { }
        protected override bool ReleaseHandle() { NativeMethods.pl_engine_free(handle); return true; }
    }

    /// <summary>pl_session*: released by pl_session_free.</summary>
    internal sealed class SessionHandle : SafeHandleZeroOrMinusOneIsInvalid
    {
        SessionHandle() : base(true) { }
        protected override bool ReleaseHandle() { NativeMethods.pl_session_free(handle); return true; }
    }

    /// <summary>pl_record_set*: released by pl_record_set_free.</summary>
    internal sealed class RecordSetHandle : SafeHandleZeroOrMinusOneIsInvalid
    {
        RecordSetHandle() : base(true) { }
        protected override bool ReleaseHandle() { NativeMethods.pl_record_set_free(handle); return true; }
    }

    /// <summary>
    /// The one place where .NET calls the C ABI (participatieladder.h): every DllImport, and every
    /// call the binding makes in JSON terms — JSON in, JSON out. A failed status becomes a
    /// <see cref="ParticipatieladderException"/> here, with pl_last_error() read on the same thread
    /// right after the call. Today the structured entries take protobuf bytes, so this class converts
    /// with pl_message_from_json / pl_message_to_json; when the library has a JSON door for every
    /// entry, only this file changes. No rule is decided here.
    /// The library is "participatieladder": libparticipatieladder.so (Linux; found through
    /// LD_LIBRARY_PATH or the system loader), participatieladder.dll (Windows; next to the program or
    /// on PATH), libparticipatieladder.dylib (macOS).
    /// </summary>
    internal static class NativeMethods
    {
        const string Lib = "participatieladder";

        [StructLayout(LayoutKind.Sequential)]
        internal struct Buffer { public IntPtr Data; public UIntPtr Size; }

        [DllImport(Lib)] internal static extern IntPtr pl_status_str(int status);
        [DllImport(Lib)] internal static extern IntPtr pl_last_error();
        [DllImport(Lib)] internal static extern IntPtr pl_version_string();
        [DllImport(Lib)] internal static extern void pl_buffer_free(ref Buffer buf);
        [DllImport(Lib)] internal static extern int pl_version_info(ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_message_to_json(byte[] type, byte[] data, UIntPtr size, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_message_from_json(byte[] type, byte[] json, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_engine_new(byte[] config, UIntPtr size, out EngineHandle o);
        [DllImport(Lib)] internal static extern void pl_engine_free(IntPtr engine);
        [DllImport(Lib)] internal static extern int pl_determine(EngineHandle e, byte[] answers, UIntPtr size, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_determine_notation(EngineHandle e, byte[] notation, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_determine_bits(EngineHandle e, uint answered, uint yes, out int step, out int next);
        [DllImport(Lib)] internal static extern int pl_determine_bits_batch(EngineHandle e, uint[] answered, uint[] yes, UIntPtr count,
            [Out] byte[] step, [Out] byte[] next);
        [DllImport(Lib)] internal static extern int pl_paths(EngineHandle e, ref Buffer o);
        [DllImport(Lib)] internal static extern IntPtr pl_question_text(int question, int lang);
        [DllImport(Lib)] internal static extern IntPtr pl_step_label(int step, int lang);
        [DllImport(Lib)] internal static extern int pl_session_new(EngineHandle e, out SessionHandle o);
        [DllImport(Lib)] internal static extern void pl_session_free(IntPtr session);
        [DllImport(Lib)] internal static extern int pl_session_current(SessionHandle s, out int question, out int step, out UIntPtr answered);
        [DllImport(Lib)] internal static extern int pl_session_answer(SessionHandle s, int yes);
        [DllImport(Lib)] internal static extern int pl_session_answer_text(SessionHandle s, byte[] answer);
        [DllImport(Lib)] internal static extern int pl_session_back(SessionHandle s);
        [DllImport(Lib)] internal static extern int pl_session_result(SessionHandle s, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_read_config(byte[] json, UIntPtr size, byte[] name, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_read_extensions(byte[] json, UIntPtr size, byte[] name, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_read_column_mapping(byte[] json, UIntPtr size, byte[] name, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_catalogue(EngineHandle e, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_check_json(EngineHandle e, byte[] request, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_check_file_json(EngineHandle e, byte[] data, UIntPtr size, byte[] name, int format,
            byte[] options, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_report_json(EngineHandle e, byte[] request, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_report_file_json(EngineHandle e, byte[] data, UIntPtr size, byte[] name, int format,
            byte[] options, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_record_set_read(EngineHandle e, byte[] data, UIntPtr size, byte[] name, int format,
            byte[] options, UIntPtr optionsSize, out RecordSetHandle o);
        [DllImport(Lib)] internal static extern int pl_record_set_concat(RecordSetHandle a, RecordSetHandle b, out RecordSetHandle o);
        [DllImport(Lib)] internal static extern void pl_record_set_free(IntPtr set);
        [DllImport(Lib)] internal static extern int pl_record_set_info(RecordSetHandle s, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_record_set_message(RecordSetHandle s, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_record_set_check(EngineHandle e, RecordSetHandle s, byte[] options, UIntPtr size, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_record_set_report(EngineHandle e, RecordSetHandle s, byte[] options, UIntPtr size, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_record_set_report_html(EngineHandle e, RecordSetHandle s, byte[] options, UIntPtr size,
            int lang, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_record_set_report_xlsx(EngineHandle e, RecordSetHandle s, byte[] options, UIntPtr size,
            int lang, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_benchmark_conformance_file(EngineHandle e, byte[] data, UIntPtr size, byte[] name,
            int format, byte[] options, UIntPtr optionsSize, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_benchmark_publication_file(EngineHandle e, byte[] data, UIntPtr size, byte[] name,
            int format, byte[] key, UIntPtr keySize, byte[] options, UIntPtr optionsSize, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_benchmark_record_export_file(EngineHandle e, byte[] data, UIntPtr size, byte[] name,
            int format, byte[] key, UIntPtr keySize, byte[] options, UIntPtr optionsSize, ref Buffer o);
        [DllImport(Lib)] internal static extern int pl_benchmark_merge(IntPtr[] publications, UIntPtr[] sizes, UIntPtr count, int output,
            int lang, uint policyBase, uint policyMinClients, ref Buffer o);

        // ---- status → exception, buffers, text ------------------------------------------------------

        /// <summary>NUL-terminated UTF-8 of a string (null stays null: a NULL pointer).</summary>
        internal static byte[] Z(string s)
        {
            if (s == null) return null;
            var bytes = Encoding.UTF8.GetBytes(s);
            Array.Resize(ref bytes, bytes.Length + 1);
            return bytes;
        }

        internal static UIntPtr Size(byte[] b) { return new UIntPtr(b == null ? 0u : (ulong)b.Length); }

        /// <summary>A static or thread-local C string of the library as a string (NULL: null).</summary>
        internal static string Text(IntPtr p)
        {
            if (p == IntPtr.Zero) return null;
            int n = 0;
            while (Marshal.ReadByte(p, n) != 0) n++;
            var bytes = new byte[n];
            Marshal.Copy(p, bytes, 0, n);
            return Encoding.UTF8.GetString(bytes);
        }

        /// <summary>Throws the exception of a failed status; the message is this thread's pl_last_error(), read now.</summary>
        internal static void Check(int status)
        {
            if (status == 0) return;
            var message = Text(pl_last_error());
            throw new ParticipatieladderException(status, string.IsNullOrEmpty(message) ? "status " + status : message);
        }

        internal delegate int BufferCall(ref Buffer o);

        /// <summary>The bytes of an entry that writes a pl_buffer; the buffer is released here.</summary>
        internal static byte[] Bytes(BufferCall call)
        {
            var o = new Buffer();
            try
            {
                Check(call(ref o));
                var bytes = new byte[(long)o.Size.ToUInt64()];
                if (bytes.Length > 0) Marshal.Copy(o.Data, bytes, 0, bytes.Length);
                return bytes;
            }
            finally { pl_buffer_free(ref o); }
        }

        internal static string Utf8(BufferCall call) { return Encoding.UTF8.GetString(Bytes(call)); }

        static byte[] Message(string type, string json)
        {
            return Bytes((ref Buffer o) => pl_message_from_json(Z(type), Z(json), ref o));
        }

        static string ToJson(string type, byte[] message)
        {
            return Utf8((ref Buffer o) => pl_message_to_json(Z(type), message, Size(message), ref o));
        }

        static byte[] Optional(string type, string json) { return string.IsNullOrEmpty(json) ? null : Message(type, json); }

        // ---- the doors, in JSON terms --------------------------------------------------------------

        internal static string VersionString() { return Text(pl_version_string()); }
        internal static string StatusName(int status) { return Text(pl_status_str(status)); }
        internal static string QuestionText(int q, Lang lang) { return Text(pl_question_text(q, (int)lang)); }
        internal static string StepLabel(int s, Lang lang) { return Text(pl_step_label(s, (int)lang)); }

        internal static EngineHandle EngineNew(string configurationJson)
        {
            var config = Optional("Configuration", configurationJson);
            EngineHandle h;
            Check(pl_engine_new(config, Size(config), out h));
            return h;
        }

        internal static string Determine(EngineHandle e, string answerSetJson)
        {
            var answers = Message("AnswerSet", answerSetJson);
            return ToJson("DeterminationResult", Bytes((ref Buffer o) => pl_determine(e, answers, Size(answers), ref o)));
        }

        internal static string DetermineNotation(EngineHandle e, string notation)
        {
            return ToJson("DeterminationResult", Bytes((ref Buffer o) => pl_determine_notation(e, Z(notation), ref o)));
        }

        internal static int[] DetermineBits(EngineHandle e, uint answered, uint yes)
        {
            int step, next;
            Check(pl_determine_bits(e, answered, yes, out step, out next));
            return new[] { step, next };
        }

        internal static void DetermineBitsBatch(EngineHandle e, uint[] answered, uint[] yes, byte[] steps, byte[] next)
        {
            Check(pl_determine_bits_batch(e, answered, yes, new UIntPtr((ulong)answered.Length), steps, next));
        }

        internal static string Paths(EngineHandle e) { return ToJson("QuestionnairePaths", Bytes((ref Buffer o) => pl_paths(e, ref o))); }
        internal static string Catalogue(EngineHandle e) { return ToJson("Catalogue", Bytes((ref Buffer o) => pl_catalogue(e, ref o))); }

        internal static SessionHandle SessionNew(EngineHandle e)
        {
            SessionHandle h;
            Check(pl_session_new(e, out h));
            return h;
        }

        internal static long[] SessionCurrent(SessionHandle s)
        {
            int q, step;
            UIntPtr n;
            Check(pl_session_current(s, out q, out step, out n));
            return new[] { (long)q, step, (long)n.ToUInt64() };
        }

        internal static void SessionAnswer(SessionHandle s, bool yes) { Check(pl_session_answer(s, yes ? 1 : 0)); }
        internal static void SessionAnswerText(SessionHandle s, string answer) { Check(pl_session_answer_text(s, Z(answer))); }
        internal static void SessionBack(SessionHandle s) { Check(pl_session_back(s)); }
        internal static string SessionResult(SessionHandle s)
        {
            return ToJson("DeterminationResult", Bytes((ref Buffer o) => pl_session_result(s, ref o)));
        }

        internal static string ReadConfig(byte[] file, string name)
        {
            return ToJson("Configuration", Bytes((ref Buffer o) => pl_read_config(file, Size(file), Z(name), ref o)));
        }

        internal static string ReadExtensions(byte[] file, string name)
        {
            return ToJson("ExtensionSet", Bytes((ref Buffer o) => pl_read_extensions(file, Size(file), Z(name), ref o)));
        }

        internal static string ReadColumnMapping(byte[] file, string name)
        {
            return ToJson("ReadOptions", Bytes((ref Buffer o) => pl_read_column_mapping(file, Size(file), Z(name), ref o)));
        }

        internal static string Check(EngineHandle e, string requestJson)
        {
            return Utf8((ref Buffer o) => pl_check_json(e, Z(requestJson), ref o));
        }

        internal static string CheckFile(EngineHandle e, byte[] data, string name, int format, string optionsJson)
        {
            return Utf8((ref Buffer o) => pl_check_file_json(e, data, Size(data), Z(name), format, Z(optionsJson), ref o));
        }

        internal static string Report(EngineHandle e, string requestJson)
        {
            return Utf8((ref Buffer o) => pl_report_json(e, Z(requestJson), ref o));
        }

        internal static string ReportFile(EngineHandle e, byte[] data, string name, int format, string optionsJson)
        {
            return Utf8((ref Buffer o) => pl_report_file_json(e, data, Size(data), Z(name), format, Z(optionsJson), ref o));
        }

        internal static RecordSetHandle RecordSetRead(EngineHandle e, byte[] data, string name, int format, string readOptionsJson)
        {
            var options = Optional("ReadOptions", readOptionsJson);
            RecordSetHandle h;
            Check(pl_record_set_read(e, data, Size(data), Z(name), format, options, Size(options), out h));
            return h;
        }

        internal static RecordSetHandle RecordSetConcat(RecordSetHandle a, RecordSetHandle b)
        {
            RecordSetHandle h;
            Check(pl_record_set_concat(a, b, out h));
            return h;
        }

        internal static string RecordSetInfo(RecordSetHandle s)
        {
            return ToJson("RecordSetInfo", Bytes((ref Buffer o) => pl_record_set_info(s, ref o)));
        }

        internal static string RecordSetMessage(RecordSetHandle s)
        {
            return ToJson("RecordSet", Bytes((ref Buffer o) => pl_record_set_message(s, ref o)));
        }

        internal static string RecordSetCheck(EngineHandle e, RecordSetHandle s, string optionsJson)
        {
            var options = Optional("CheckOptions", optionsJson);
            return ToJson("CheckResponse", Bytes((ref Buffer o) => pl_record_set_check(e, s, options, Size(options), ref o)));
        }

        internal static string RecordSetReport(EngineHandle e, RecordSetHandle s, string optionsJson)
        {
            var options = Optional("ReportOptions", optionsJson);
            return ToJson("ReportResponse", Bytes((ref Buffer o) => pl_record_set_report(e, s, options, Size(options), ref o)));
        }

        internal static string RecordSetReportHtml(EngineHandle e, RecordSetHandle s, string optionsJson, Lang lang)
        {
            var options = Optional("ReportOptions", optionsJson);
            return Utf8((ref Buffer o) => pl_record_set_report_html(e, s, options, Size(options), (int)lang, ref o));
        }

        internal static byte[] RecordSetReportXlsx(EngineHandle e, RecordSetHandle s, string optionsJson, Lang lang)
        {
            var options = Optional("ReportOptions", optionsJson);
            return Bytes((ref Buffer o) => pl_record_set_report_xlsx(e, s, options, Size(options), (int)lang, ref o));
        }

        internal static string BenchmarkConformance(EngineHandle e, byte[] data, string name, string optionsJson)
        {
            var options = Optional("BenchmarkOptions", optionsJson);
            return ToJson("DataConformance", Bytes((ref Buffer o) =>
                pl_benchmark_conformance_file(e, data, Size(data), Z(name), 2, options, Size(options), ref o)));
        }

        internal static string BenchmarkPublication(EngineHandle e, byte[] data, string name, byte[] key, string optionsJson)
        {
            var options = Optional("BenchmarkOptions", optionsJson);
            return ToJson("BenchmarkPublication", Bytes((ref Buffer o) =>
                pl_benchmark_publication_file(e, data, Size(data), Z(name), 2, key, Size(key), options, Size(options), ref o)));
        }

        internal static string BenchmarkRecordExport(EngineHandle e, byte[] data, string name, byte[] key, string optionsJson)
        {
            var options = Optional("BenchmarkOptions", optionsJson);
            return Utf8((ref Buffer o) => pl_benchmark_record_export_file(e, data, Size(data), Z(name), 2, key, Size(key), options,
                Size(options), ref o));
        }

        internal static string BenchmarkMerge(IList<string> publicationJsons, int output, Lang lang, uint policyBase, uint policyMinClients)
        {
            var blobs = new IntPtr[Math.Max(publicationJsons.Count, 1)];
            var sizes = new UIntPtr[blobs.Length];
            try
            {
                for (int i = 0; i < publicationJsons.Count; i++)
                {
                    var m = Message("BenchmarkPublication", publicationJsons[i]);
                    blobs[i] = Marshal.AllocHGlobal(Math.Max(m.Length, 1));
                    Marshal.Copy(m, 0, blobs[i], m.Length);
                    sizes[i] = Size(m);
                }
                return Utf8((ref Buffer o) => pl_benchmark_merge(blobs, sizes, new UIntPtr((ulong)publicationJsons.Count), output, (int)lang,
                    policyBase, policyMinClients, ref o));
            }
            finally
            {
                foreach (var b in blobs) if (b != IntPtr.Zero) Marshal.FreeHGlobal(b);
            }
        }
    }
}

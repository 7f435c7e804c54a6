// SPDX-License-Identifier: Apache-2.0
using System.Collections.Generic;

namespace Participatieladder
{
    /// <summary>One answer on a path: question 1-21 and yes/no.</summary>
    public sealed class Answer
    {
        public int Question { get; private set; }
        public bool Yes { get; private set; }
        public Answer(int question, bool yes) { Question = question; Yes = yes; }
        public override string ToString() { return Question + (Yes ? ":J" : ":N"); }

        internal static List<Answer> List(object answers)
        {
            var out_ = new List<Answer>();
            foreach (var a in Json.List(answers))
            {
                var m = Json.Obj(a);
                out_.Add(new Answer((int)Json.Num(m, "question"), true.Equals(m["yes"])));
            }
            return out_;
        }
    }

    /// <summary>One complete path through the questionnaire (SPEC §4) and its step.</summary>
    public sealed class QuestionnairePath
    {
        public IList<Answer> Answers { get; private set; }
        public int Step { get; private set; }
        internal QuestionnairePath(IList<Answer> answers, int step) { Answers = answers; Step = step; }
        /// <summary>The path in answer notation, "1:N 2:N 10:J 12:J 13:J".</summary>
        public string Notation { get { return string.Join(" ", Answers); } }
    }

    /// <summary>
    /// The result of a determination (participatieladder.v1.DeterminationResult, SPEC §4). Incomplete
    /// answers are a result too: Complete is false, Step null, NextQuestion the question to ask.
    /// </summary>
    public sealed class Determination
    {
        readonly Json.Object m;

        /// <summary>The DeterminationResult in protobuf's JSON mapping, as the library wrote it.</summary>
        public string JsonText { get; private set; }

        internal Determination(string json) { JsonText = json; m = Json.Obj(Json.Parse(json)); }

        public bool Complete { get { return true.Equals(m["complete"]); } }
        /// <summary>The step 1-6 (SPEC §2), or null when incomplete.</summary>
        public int? Step { get { return m.ContainsKey("step") ? (int)Json.Num(m, "step") : (int?)null; } }
        public string Label(Lang lang) { return Complete ? Text(m["label"], lang) : null; }
        public IList<Answer> Path { get { return Answer.List(m["path"]); } }
        /// <summary>The path in answer notation.</summary>
        public string Notation { get { return Json.Str(m, "path_notation"); } }
        /// <summary>The question to ask next (1-21), or null when complete.</summary>
        public int? NextQuestion { get { return m.ContainsKey("next_question") ? (int)Json.Num(m, "next_question") : (int?)null; } }
        public string Question(Lang lang) { return NextQuestion == null ? null : Text(Json.Obj(m["question"])["text"], lang); }
        /// <summary>Answered questions that are not on the path, ascending.</summary>
        public IList<int> Unused
        {
            get { var l = new List<int>(); foreach (var q in Json.List(m["unused"])) l.Add((int)(long)q); return l; }
        }
        /// <summary>The ids of the SPEC §4.1 notes (docs/conformance.md lists them).</summary>
        public IList<string> NoteIds
        {
            get { var l = new List<string>(); foreach (var n in Json.List(m["notes"])) l.Add(Json.Str(Json.Obj(n), "id")); return l; }
        }
        public IList<string> Notes(Lang lang)
        {
            var l = new List<string>();
            foreach (var n in Json.List(m["notes"])) l.Add(Text(Json.Obj(n)["message"], lang));
            return l;
        }
        /// <summary>The SPEC §3 criteria of the step; null when incomplete.</summary>
        public string Delimitation(Lang lang) { return Complete ? Text(Json.Obj(m["delimitation"])["criteria"], lang) : null; }

        internal static string Text(object localized, Lang lang) { return Json.Str(Json.Obj(localized), lang == Lang.NL ? "nl" : "en"); }

        public override string ToString()
        {
            return Complete ? "Determination(step=" + Step + ", path=" + Notation + ")" : "Determination(incomplete, next_question=" + NextQuestion + ")";
        }
    }

    /// <summary>
    /// An interactive questionnaire (SPEC §4, pl_session): ask Question, Answer, Back, until Complete.
    /// Not synchronised: one thread at a time. The engine must stay open while the session is used.
    /// </summary>
    public sealed class Session : System.IDisposable
    {
        readonly SessionHandle h;
        readonly Engine engine; // kept reachable: the engine outlives the session

        internal Session(Engine engine) { this.engine = engine; h = NativeMethods.SessionNew(engine.Handle); }

        SessionHandle Handle { get { if (h.IsClosed) throw new System.ObjectDisposedException("session"); return h; } }

        /// <summary>The question to ask now (1-21), or 0 when complete.</summary>
        public int Question { get { return (int)NativeMethods.SessionCurrent(Handle)[0]; } }
        public bool Complete { get { return NativeMethods.SessionCurrent(Handle)[1] != 0; } }
        /// <summary>The step 1-6 when complete, else 0.</summary>
        public int Step { get { return (int)NativeMethods.SessionCurrent(Handle)[1]; } }
        public long Answered { get { return NativeMethods.SessionCurrent(Handle)[2]; } }
        public string QuestionText(Lang lang) { var q = Question; return q == 0 ? null : Library.QuestionText(q, lang); }

        /// <summary>Answers the current question; State when complete.</summary>
        public Session Answer(bool yes) { NativeMethods.SessionAnswer(Handle, yes); return this; }

        /// <summary>Answers with the answer as written ("ja", "nee", "J", "true", ...), read with the SPEC §6 yes/no table.</summary>
        public Session Answer(string answer) { NativeMethods.SessionAnswerText(Handle, answer); return this; }

        /// <summary>Withdraws the last answer; State when none was given.</summary>
        public Session Back() { NativeMethods.SessionBack(Handle); return this; }

        public Determination Result() { return new Determination(NativeMethods.SessionResult(Handle)); }

        public void Dispose() { h.Dispose(); System.GC.KeepAlive(engine); }
    }
}

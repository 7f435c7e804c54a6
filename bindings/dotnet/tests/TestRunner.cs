// SPDX-License-Identifier: Apache-2.0
// A minimal test runner for Mono without a NuGet registry: every public static method of a class
// in this assembly marked [Test] runs; one returning IEnumerable<Case> runs each case as its own
// test (the vector files). The last line is "N passed, N failed"; exit 1 when any failed.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Participatieladder.Tests
{
    [AttributeUsage(AttributeTargets.Method)]
    sealed class TestAttribute : Attribute { }

    sealed class Case
    {
        public readonly string Name;
        public readonly Action Run;
        public Case(string name, Action run) { Name = name; Run = run; }
    }

    sealed class AssertionFailed : Exception { public AssertionFailed(string m) : base(m) { } }

    static class Assert
    {
        public static void True(bool condition, string what) { if (!condition) throw new AssertionFailed(what); }

        public static void Equal<T>(T expected, T actual, string what)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
                throw new AssertionFailed(what + ": expected <" + expected + ">, got <" + actual + ">");
        }

        public static void Sequence<T>(IEnumerable<T> expected, IEnumerable<T> actual, string what)
        {
            var e = expected.ToList();
            var a = actual.ToList();
            if (!e.SequenceEqual(a))
                throw new AssertionFailed(what + ": expected [" + string.Join(", ", e) + "], got [" + string.Join(", ", a) + "]");
        }

        public static E Throws<E>(Action action, string what) where E : Exception
        {
            try { action(); }
            catch (E e) { return e; }
            catch (Exception other) { throw new AssertionFailed(what + ": expected " + typeof(E).Name + ", got " + other.GetType().Name + ": " + other.Message); }
            throw new AssertionFailed(what + ": expected " + typeof(E).Name + ", nothing was thrown");
        }
    }

    static class Runner
    {
        static int Main(string[] args)
        {
            int passed = 0, failed = 0;
            var methods = Assembly.GetExecutingAssembly().GetTypes()
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
                .Where(m => m.GetCustomAttributes(typeof(TestAttribute), false).Length > 0)
                .OrderBy(m => m.DeclaringType.Name + "." + m.Name);
            foreach (var m in methods)
            {
                var name = m.DeclaringType.Name + "." + m.Name;
                var cases = new List<Case>();
                try
                {
                    if (typeof(IEnumerable<Case>).IsAssignableFrom(m.ReturnType)) cases.AddRange((IEnumerable<Case>)m.Invoke(null, null));
                    else cases.Add(new Case("", () => m.Invoke(null, null)));
                }
                catch (Exception e) { Report(name, e, ref failed); continue; }
                foreach (var c in cases)
                {
                    try { c.Run(); passed++; }
                    catch (Exception e) { Report(name + (c.Name.Length > 0 ? " [" + c.Name + "]" : ""), e, ref failed); }
                }
            }
            Console.WriteLine(passed + " passed, " + failed + " failed");
            return failed == 0 && passed > 0 ? 0 : 1;
        }

        static void Report(string name, Exception e, ref int failed)
        {
            while (e is TargetInvocationException && e.InnerException != null) e = e.InnerException;
            Console.WriteLine("FAILED " + name + ": " + e.GetType().Name + ": " + e.Message);
            failed++;
        }
    }
}

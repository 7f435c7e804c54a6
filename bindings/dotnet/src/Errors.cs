// SPDX-License-Identifier: Apache-2.0
using System;

namespace Participatieladder
{
    /// <summary>The status codes of participatieladder.h (PL_E_*); the values are fixed forever.</summary>
    public enum Status
    {
        Unknown = 0, InvalidArgument = -1, Parse = -2, IO = -3, Format = -4, Config = -5, State = -6, Decode = -7,
        Version = -8, Internal = -9, NoMemory = -10,
    }

    /// <summary>The language of texts: Dutch (canonical) or English (PL_LANG_NL, PL_LANG_EN).</summary>
    public enum Lang { NL = 0, EN = 1 }

    /// <summary>
    /// A failed call into the library: the PL_E_* status of the C ABI and the library's message (where
    /// and why; never personal data, SPEC §11). Findings are results, never exceptions.
    /// </summary>
    [Serializable]
    public class ParticipatieladderException : Exception
    {
        /// <summary>The status, e.g. <see cref="Participatieladder.Status.Format"/>.</summary>
        public Status Status { get; private set; }

        /// <summary>The C value (negative), e.g. -4.</summary>
        public int Code { get { return (int)Status; } }

        /// <summary>The C name, e.g. "PL_E_FORMAT".</summary>
        public string CName
        {
            get
            {
                var n = Status.ToString();
                var sb = new System.Text.StringBuilder("PL_E_");
                for (int i = 0; i < n.Length; i++)
                {
                    if (i > 0 && char.IsUpper(n[i]) && n != "IO") sb.Append('_');
                    sb.Append(char.ToUpperInvariant(n[i]));
                }
                return sb.ToString();
            }
        }

        public ParticipatieladderException(int code, string message) : base(message)
        {
            Status = Enum.IsDefined(typeof(Status), code) ? (Status)code : Status.Unknown;
        }
    }
}

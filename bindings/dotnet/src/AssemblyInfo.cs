// SPDX-License-Identifier: Apache-2.0
using System.Reflection;

[assembly: AssemblyTitle("Participatieladder")]
[assembly: AssemblyDescription("The Dutch municipalities' Participatieladder over the C library (docs/dotnet.md)")]

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace ContentKit.Tests;

/// <summary>
/// Tests expect English messages unless they choose another language (<see cref="UiLanguage"/>), so the suite
/// passes the same on a machine whose own language is Indonesian (LANG=id_ID.UTF-8).
/// </summary>
internal static class EnglishByDefault
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "A test assembly: it pins the language before any test runs.")]
    public static void Initialize() => CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
}

using System.Globalization;

namespace ContentKit.Tests;

/// <summary>
/// Sets the language messages are written in (<see cref="CultureInfo.CurrentUICulture"/>) for one test and puts the
/// previous one back. The setting is async-local, so tests running in parallel keep their own.
/// </summary>
internal sealed class UiLanguage : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    private UiLanguage(string name) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    public static UiLanguage Indonesian() => new("id");

    public static UiLanguage English() => new("en");

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}

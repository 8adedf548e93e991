using System.Globalization;

namespace ContentKit.Tests.Data;

/// <summary>The cultures the data tests read numbers and dates in.</summary>
internal static class Cultures
{
    public static CultureInfo Indonesian { get; } = CultureInfo.GetCultureInfo("id-ID");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-US");
}

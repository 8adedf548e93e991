using System.Globalization;
using ContentKit.Templates;

namespace ContentKit.Tests.Visual;

/// <summary>
/// A 30-row population table in sheet order (not sorted), bound with the built-in <c>statistik</c> template: more
/// rows than any format's page holds, so every format continues over several pages.
/// </summary>
internal static class ThirtyRowTable
{
    public static readonly string[] Kelurahan =
    [
        "Bendogerit", "Gedog", "Karangtengah", "Klampok", "Plosokerep", "Rembang", "Sananwetan", "Sukorejo", "Tanggung", "Turi",
        "Blitarsari", "Kepanjenkidul", "Kepanjenlor", "Kauman", "Bendo", "Sentul", "Kampungdalem", "Pakunden", "Tlumpu", "Karangsari",
        "Ngadirejo", "Dandong", "Sumberingin", "Pojok", "Tangkil", "Jatimalang", "Kedungbunder", "Sumberdiren", "Gogodeso", "Kalipucung",
    ];

    /// <summary>Distinct values between 3.000 and 11.999 in no order (7919 and 9000 share no factor).</summary>
    public static double Jumlah(int index) => 3000 + ((index + 1) * 7919 % 9000);

    public static double Total => Enumerable.Range(0, Kelurahan.Length).Sum(Jumlah);

    public static double Largest => Enumerable.Range(0, Kelurahan.Length).Max(Jumlah);

    /// <summary>The total as the template prints it: Indonesian digit grouping.</summary>
    public static string TotalText => Total.ToString("#,0", CultureInfo.GetCultureInfo("id-ID"));

    public static List<BoundRow> Bind(Renderer renderer)
    {
        var rows = Kelurahan.Select((name, i) => renderer.Bind(new Dictionary<string, object?> { ["wilayah"] = name, ["jumlah"] = Jumlah(i) }, i + 2)).ToList();
        Assert.All(rows, row => Assert.True(row.IsValid, string.Join("; ", row.Errors)));
        return rows;
    }
}

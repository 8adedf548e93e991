using System.Text;
using ContentKit.Data;

namespace ContentKit.Tests.Data;

/// <summary>Fixture files and inline data for the data tests.</summary>
internal static class TestData
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "Fixtures", name);

    public static DataSheet ReadCsv(string text, DataReadOptions? options = null) => ReadText(text, "inline.csv", options);

    public static DataSheet ReadJson(string text, DataReadOptions? options = null) => ReadText(text, "inline.json", options);

    public static DataSheet ReadText(string text, string fileName, DataReadOptions? options = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return DataReader.Read(stream, fileName, options);
    }
}

namespace ContentKit.Tests.Checks;

/// <summary>
/// A template that keeps two lines of <c>isi</c> and lets the field be long: what a cut text looks like to the reports and
/// the design check. The built-in templates refuse text longer than their designs hold, so they no longer cut it.
/// </summary>
internal static class TwoLineTemplate
{
    public static string Create(string parent)
    {
        var folder = Path.Combine(parent, "dua-baris");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "template.json"), """
            { "id": "dua-baris", "title": "Dua baris", "kind": "image", "formats": [ { "name": "feed", "width": 1080, "height": 1350 } ],
              "fields": [ { "name": "judul", "type": "text", "required": true }, { "name": "isi", "type": "text", "max_length": 1000 } ] }
            """);
        File.WriteAllText(Path.Combine(folder, "layout.sbn"), """
            <column width="100%" height="100%" background="#FFFFFF" padding="80" gap="40">
              <text size="60" weight="800" color="#16282B">{{ row.judul }}</text>
              <text field="isi" size="32" max-lines="2" color="#16282B">{{ row.isi }}</text>
            </column>
            """);
        return folder;
    }
}

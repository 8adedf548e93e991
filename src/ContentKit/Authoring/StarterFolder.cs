using System.Globalization;
using System.Text;
using ContentKit.Data;
using ContentKit.Templates;

namespace ContentKit.Authoring;

/// <summary>
/// A folder an admin can start from (<c>contentkit init</c>): the template's workbook with two example rows from its
/// sample (<see cref="BlankSheet"/>), the same rows as a <c>;</c>-separated CSV, the photos those rows show in
/// <c>foto/</c>, and <c>BACA-SAYA.md</c> in Indonesian saying what to fill in and the one command that renders it.
/// Made whole or not at all, and never in a folder that has anything in it.
/// Stateless; safe to call from several threads (each call makes its own folder).
/// </summary>
public static partial class StarterFolder
{
    /// <summary>The read-me's file name ("read me" in Indonesian).</summary>
    public const string ReadMe = "BACA-SAYA.md";

    /// <summary>How many of the sample's rows the workbook starts with.</summary>
    public const int ExampleRows = 2;

    // The sample files are Indonesian spreadsheets: 17/08/2026, 1.234,5.
    private static readonly CultureInfo SampleCulture = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>Makes the starter folder <paramref name="folder"/> for <paramref name="template"/>.</summary>
    /// <param name="template">The template; its manifest must name a sample data file that exists.</param>
    /// <param name="folder">The new folder; it may exist if it is empty.</param>
    /// <param name="templateArguments">What names the template to <c>contentkit render</c> in the command written down; <c>--template ID</c> by default.</param>
    /// <returns>The files made and the command that renders them from inside the folder.</returns>
    /// <exception cref="ContentKitException">The template has no sample, or the folder is a file or not empty; nothing is left behind.</exception>
    public static StarterFiles Create(Template template, string folder, string? templateArguments = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        var sample = SampleData.Of(template)
            ?? throw ContentKitException.WithFix(Localized.Format(Messages.Starter_NoSample, template.Id), Messages.Starter_NoSample_Fix, new ErrorLocation(File: Path.Combine(template.Folder, Template.ManifestFile)));
        var rows = sample.Sheet.Rows.Take(ExampleRows).ToList();
        var files = new StarterFiles(
            Path.GetFullPath(folder),
            template.Id + ".xlsx",
            template.Id + ".csv",
            $"contentkit render --data {template.Id}.xlsx {templateArguments ?? "--template " + template.Id} --out hasil");

        StagedFolder.Create(files.Folder, staging =>
        {
            var examples = rows.Select(row => Typed(template.Manifest, row)).ToList();
            BlankSheet.Write(template.Manifest, Path.Combine(staging, files.Workbook), examples);
            File.WriteAllText(Path.Combine(staging, files.Csv), Csv(template.Manifest, examples), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

            var named = sample.FilesNamedBy(rows);
            SampleData.Copy(named, staging);
            Directory.CreateDirectory(Path.Combine(staging, "foto"));
            CopyLicences(named, staging);
            var photos = named.Select(n => n.Relative).Where(r => Path.GetExtension(r).ToLowerInvariant() is ".jpg" or ".jpeg" or ".png" or ".webp").ToList();
            File.WriteAllText(Path.Combine(staging, ReadMe), ReadMeText(template.Manifest, files, photos), new UTF8Encoding(false));
        });
        return files;
    }

    /// <summary>A sample row's values as the workbook holds them: dates as dates, numbers as numbers, the rest as text.</summary>
    private static Dictionary<string, object?> Typed(TemplateManifest manifest, DataRecord row)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in manifest.Fields)
        {
            row.TryGetValue(field.Name, out var value);
            values[field.Name] = field.Type switch
            {
                FieldType.Date when CellParser.TryParseDate(value, SampleCulture, out var date) => date,
                FieldType.Number when CellParser.TryParseNumber(value, SampleCulture, out var number) => number,
                _ => value is null ? null : Convert.ToString(value, SampleCulture),
            };
        }

        return values;
    }

    /// <summary>The rows as an Indonesian CSV: <c>;</c> between cells, dates as 17/08/2026, numbers as 1.234,5.</summary>
    private static string Csv(TemplateManifest manifest, IEnumerable<Dictionary<string, object?>> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(';', manifest.Fields.Select(f => Quote(BlankSheet.Heading(f)))).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(';', manifest.Fields.Select(f => Quote(row[f.Name] switch
            {
                DateTime date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                double number => number.ToString("#,0.##########", SampleCulture),
                var value => value as string ?? "",
            }))).Append("\r\n");
        }

        return text.ToString();
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;

    /// <summary>The licence notes (<c>ATTRIBUTION.md</c>) beside the copied photos go with them: their authors ask for credit.</summary>
    private static void CopyLicences(IEnumerable<(string Relative, string File)> named, string staging)
    {
        foreach (var (relative, file) in named)
        {
            var notes = Path.Combine(Path.GetDirectoryName(file)!, "ATTRIBUTION.md");
            var target = Path.Combine(staging, Path.GetDirectoryName(relative) ?? "", "ATTRIBUTION.md");
            if (File.Exists(notes) && !File.Exists(target))
            {
                File.Copy(notes, target);
            }
        }
    }
}

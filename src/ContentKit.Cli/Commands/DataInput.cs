using System.CommandLine;
using System.Globalization;
using ContentKit.Data;

namespace ContentKit.Cli.Commands;

/// <summary>The options that say where the data is and how to read it, shared by every command that reads a sheet.</summary>
internal sealed class DataInput
{
    private readonly Option<string> _data = new("--data", "-d") { Description = "The spreadsheet: .csv, .xlsx, .xls or .json; - reads standard input.", Required = true };
    private readonly Option<string?> _sheet = new("--sheet") { Description = "The sheet to read from an .xlsx/.xls file (default: the first)." };
    private readonly Option<DataFormat?> _format = new("--data-format") { Description = "How to read --data when its name does not say (e.g. '-' for standard input): csv, json, xlsx or xls." };
    private readonly Option<string[]> _map = new("--map") { Description = "Read a field from a column with another header: FIELD=Header as written; repeatable." };
    private readonly Option<string> _culture = new("--culture") { Description = "The culture numbers and dates in the data are written in (default id-ID: 1.234,5 and 17/08/2026).", DefaultValueFactory = _ => "id-ID" };

    private readonly Option<bool> _allowNetwork = new("--allow-network") { Description = "Download photos given as web addresses (15 s and 40 MB at most each, cached); without it nothing is downloaded." };

    public IEnumerable<Option> Options => [_data, _sheet, _format, _map, _culture, _allowNetwork];

    public DataSheet Read(ParseResult parse) => DataReader.Read(parse.GetRequiredValue(_data), new DataReadOptions
    {
        SheetName = parse.GetValue(_sheet),
        Format = parse.GetValue(_format),
        ColumnMap = KeyValues.Parse(parse.GetValue(_map) ?? [], "--map", "--map judul=\"Nama Kegiatan\"").ToDictionary(kv => kv.Key, kv => kv.Value),
    });

    /// <summary>Render options for this data: its folder (image paths are relative to it) and culture.</summary>
    public RenderOptions RenderOptions(ParseResult parse, DataSheet sheet) => new()
    {
        DataFolder = sheet.SourcePath == "-" || !File.Exists(sheet.SourcePath) ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(sheet.SourcePath)),
        Culture = Culture(parse.GetRequiredValue(_culture)),
        Network = parse.GetValue(_allowNetwork) ? new Drawing.NetworkOptions() : null,
    };

    private static CultureInfo Culture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw new ContentKitException($"--culture '{name}' is not a known culture; use e.g. id-ID (Indonesian) or en-US.");
        }
    }
}

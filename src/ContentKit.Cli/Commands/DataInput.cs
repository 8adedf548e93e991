using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ContentKit.Data;

namespace ContentKit.Cli.Commands;

/// <summary>The options that say where the data is and how to read it, shared by every command that reads a sheet.</summary>
internal sealed class DataInput
{
    private readonly Option<string> _data = new("--data", "-d") { Description = CliMessages.Option_Data, Required = true };
    private readonly Option<string?> _sheet = new("--sheet") { Description = CliMessages.Option_Sheet };
    private readonly Option<DataFormat?> _format = new("--data-format") { Description = CliMessages.Option_DataFormat, CustomParser = Format };
    private readonly Option<string[]> _map = new("--map") { Description = CliMessages.Option_Map };
    private readonly Option<string> _culture = new("--culture") { Description = CliMessages.Option_Culture, DefaultValueFactory = _ => "id-ID" };

    private readonly Option<bool> _allowNetwork = new("--allow-network") { Description = CliMessages.Option_AllowNetwork };

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
            throw new ContentKitException(Localized.Format(CliMessages.Culture_Unknown, name));
        }
    }

    /// <summary>A data format by name (any case); anything else is a usage error that lists the names.</summary>
    private static DataFormat? Format(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        foreach (var format in Enum.GetValues<DataFormat>())
        {
            if (format.ToString().Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }

        result.AddError(Localized.Format(CliMessages.Usage_OneOf, "--data-format", text, string.Join(", ", Enum.GetNames<DataFormat>().Select(n => n.ToLowerInvariant()))));
        return null;
    }
}

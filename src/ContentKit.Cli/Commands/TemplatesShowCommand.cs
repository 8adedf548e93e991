using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ContentKit.Templates;
using Spectre.Console;

namespace ContentKit.Cli.Commands;

/// <summary>
/// <c>contentkit templates show ID|FOLDER</c>: one template in full, for the person filling in its sheet and the one
/// editing it: fields with type, required, default, most characters and help; formats with sizes; binding; sample data.
/// <c>--json</c> prints the manifest as template.json names it, plus the folder and the sample's full path.
/// </summary>
internal static class TemplatesShowCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var template = new Argument<string>("template") { Description = CliMessages.Templates_Show_Argument };
        var json = new Option<bool>("--json") { Description = CliMessages.Templates_Show_Json };
        var templates = CommonOptions.Templates();
        var command = new Command("show", CliMessages.Templates_Show_Description) { template, json, templates };
        command.SetAction(parse => CommonOptions.Guard(error, () =>
        {
            var loaded = CommonOptions.Library(parse.GetValue(templates)).Load(parse.GetRequiredValue(template));
            if (parse.GetValue(json))
            {
                console.Profile.Out.Writer.WriteLine(ToJson(loaded));
            }
            else
            {
                Write(console, loaded);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The manifest with snake_case names as in template.json, plus <c>folder</c> and <c>sample_path</c> (null when there is no sample file).</summary>
    internal static string ToJson(Template template)
    {
        var node = JsonSerializer.SerializeToNode(template.Manifest, Json)!.AsObject();
        node["folder"] = template.Folder;
        node["sample_path"] = SamplePath(template);
        return node.ToJsonString(Json);
    }

    private static void Write(IAnsiConsole console, Template template)
    {
        var manifest = template.Manifest;
        console.MarkupLine($"[bold]{Markup.Escape(manifest.Id)}[/] — {Markup.Escape(manifest.Title)}");
        if (manifest.Description.Length > 0)
        {
            console.WriteLine(manifest.Description);
        }

        console.WriteLine(Localized.Format(manifest.Kind == TemplateKind.Video ? CliMessages.Show_KindVideo : CliMessages.Show_KindImage, manifest.Brand, Binding(manifest)));
        console.WriteLine(Localized.Format(CliMessages.Show_Folder, template.Folder));
        console.WriteLine(SamplePath(template) is { } sample ? Localized.Format(CliMessages.Show_Sample, sample) : CliMessages.Show_NoSample);

        var fields = new Table().AddColumns(CliMessages.Table_Field, CliMessages.Table_Type, CliMessages.Table_Required, CliMessages.Table_Default, CliMessages.Table_MaxLength, CliMessages.Table_Help);
        foreach (var field in manifest.Fields)
        {
            fields.AddRow(
                new Spectre.Console.Text(field.Name, field.Required ? new Style(decoration: Decoration.Bold) : Style.Plain),
                new Spectre.Console.Text(JsonNamingPolicy.SnakeCaseLower.ConvertName(field.Type.ToString())),
                new Spectre.Console.Text(field.Required ? CliMessages.Show_Yes : ""),
                new Spectre.Console.Text(field.Default ?? ""),
                new Spectre.Console.Text(field.MaxLength > 0 ? field.MaxLength.ToString(System.Globalization.CultureInfo.CurrentUICulture) : ""),
                new Spectre.Console.Text(field.Help ?? ""));
        }

        console.Write(fields);

        var formats = new Table().AddColumns(CliMessages.Table_Format, CliMessages.Table_Size, CliMessages.Table_Unsafe);
        foreach (var format in manifest.Formats)
        {
            var bands = format.Unsafe is { } covered ? Localized.Format(CliMessages.Show_Unsafe, covered.Top, covered.Bottom, covered.Left, covered.Right) : "";
            formats.AddRow(Markup.Escape(format.Name), Markup.Escape($"{format.Width}×{format.Height}"), Markup.Escape(bands));
        }

        console.Write(formats);
    }

    /// <summary>The binding in words: one output per row, from all rows, or per group, with its order and page sizes.</summary>
    private static string Binding(TemplateManifest manifest)
    {
        var binding = manifest.Binding switch
        {
            Templates.Binding.Table => CliMessages.Show_BindingTable,
            Templates.Binding.Group => Localized.Format(CliMessages.Show_BindingGroup, manifest.GroupBy),
            _ => CliMessages.Show_BindingRow,
        };
        if (manifest.OrderBy is { } order)
        {
            binding += Localized.Format(CliMessages.Show_OrderBy, order);
        }

        if (manifest.PageSize is { Count: > 0 } pages)
        {
            binding += Localized.Format(CliMessages.Show_PageSize, string.Join(", ", pages.Select(p => $"{p.Key} {p.Value}")));
        }

        return binding;
    }

    private static string? SamplePath(Template template) =>
        template.Manifest.Sample is { Length: > 0 } sample && Path.GetFullPath(Path.Combine(template.Folder, sample)) is var path && File.Exists(path) ? path : null;
}

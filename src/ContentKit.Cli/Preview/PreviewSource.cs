using ContentKit.Data;
using ContentKit.Templates;

namespace ContentKit.Cli.Preview;

/// <summary>Where the preview's template and data come from, read again for every render so edits show.</summary>
/// <param name="Template">The template's id or folder, as given on the command line.</param>
/// <param name="Library">Loads the template library.</param>
/// <param name="ReadData">Reads the data file.</param>
/// <param name="Options">The render options for the data (its folder, culture).</param>
internal sealed record PreviewSource(string Template, Func<TemplateLibrary> Library, Func<DataSheet> ReadData, Func<DataSheet, RenderOptions> Options);

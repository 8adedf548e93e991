using System.Globalization;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ContentKit.Authoring;

/// <summary>
/// Comments (notes) on the heading cells of a sheet. A spreadsheet keeps a comment's text in the comments part and
/// its box in a VML drawing; Excel shows a note only when both are there, LibreOffice reads the text alone.
/// </summary>
internal static class CellNotes
{
    /// <summary>Adds a note to each <c>(column, text)</c> on the first row and links the drawing from the worksheet.</summary>
    public static LegacyDrawing Add(WorksheetPart sheet, IReadOnlyList<(int Column, string Text)> notes)
    {
        var comments = sheet.AddNewPart<WorksheetCommentsPart>();
        comments.Comments = new Comments(
            new Authors(new Author("ContentKit")),
            new CommentList(notes.Select(note => new Comment(new CommentText(new DocumentFormat.OpenXml.Spreadsheet.Text(note.Text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }))
            {
                Reference = BlankSheet.Reference(note.Column, 1),
                AuthorId = 0,
            })));

        var drawing = sheet.AddNewPart<VmlDrawingPart>();
        using (var stream = drawing.GetStream(FileMode.Create))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            writer.Write(Vml(notes.Select(n => n.Column)));
        }

        return new LegacyDrawing { Id = sheet.GetIdOfPart(drawing) };
    }

    /// <summary>One hidden note box per column, anchored to the right of its heading, as Excel itself writes them.</summary>
    private static string Vml(IEnumerable<int> columns)
    {
        var shapes = new StringBuilder();
        var id = 1025;
        foreach (var column in columns)
        {
            // Anchor: left column, offset, top row, offset, right column, offset, bottom row, offset (zero-based).
            var anchor = string.Create(CultureInfo.InvariantCulture, $"{column}, 15, 0, 10, {column + 3}, 15, 6, 4");
            shapes.Append(CultureInfo.InvariantCulture, $"""
                 <v:shape id="_x0000_s{id++}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:220pt;height:100pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">
                  <v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>
                  <v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>
                  <x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>{SecurityElement.Escape(anchor)}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>0</x:Row><x:Column>{column - 1}</x:Column></x:ClientData>
                 </v:shape>

                """);
        }

        return $"""
            <xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
             <o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>
             <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
              <v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>
             </v:shapetype>
            {shapes}</xml>
            """;
    }
}

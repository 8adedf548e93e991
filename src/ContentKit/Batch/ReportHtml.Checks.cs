using System.Globalization;
using System.Text;
using ContentKit.Checks;

namespace ContentKit.Batch;

/// <summary>An image the design check saw: large, linked to the full file, its problems outlined on it and listed under it.</summary>
internal static partial class ReportHtml
{
    /// <summary>How thick an outline is where a finding lies wholly off the image: a band along the edge it left by.</summary>
    private const int EdgeBand = 16;

    private static void AppendChecked(StringBuilder html, int row, OutputCheck check, List<int> rows, OutputDescription? description)
    {
        var href = Encode(Href(check.Output));
        var kind = check.Rejected ? "rejected" : check.Findings.Count > 0 ? "warned" : "ready";
        html.Append("<figure class=\"checked ").Append(kind).Append("\">");
        if (ImageExtensions.Any(e => check.Output.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            html.Append("<a class=\"shot\" href=\"").Append(href).Append("\" title=\"")
                .Append(Phrase(Messages.Report_OpenFull)).Append("\"><img src=\"").Append(href).Append("\" loading=\"lazy\" alt=\"")
                .Append(Phrase(Messages.Report_ImageAlt, row, Encode(check.Output))).Append("\">");
            AppendOutlines(html, check);
        }
        else
        {
            // A PDF cannot be an <img>: a link to the file; its findings are listed below, as for an image.
            html.Append("<a class=\"file\" href=\"").Append(href).Append("\">").Append(Encode(Path.GetExtension(check.Output).TrimStart('.').ToUpperInvariant()));
        }

        html.Append("</a><figcaption>")
            .Append(Badge(check.Rejected ? "failed" : "ok", check.Rejected ? Messages.Report_RejectedBadge : Messages.Report_ReadyBadge))
            .Append(" <b>").Append(Encode(check.Format)).Append("</b> ").Append(Encode(check.Output));
        if (rows.Count > 1)
        {
            html.Append("<br><span class=\"rows\">").Append(Phrase(Messages.Report_ShowsRows, Ranges(rows))).Append("</span>");
        }

        html.Append("</figcaption>");
        if (check.Findings.Count > 0)
        {
            html.Append("<ul class=\"notes findings\">\n");
            foreach (var finding in check.Findings)
            {
                html.Append("<li class=\"").Append(finding.IsError ? "error" : "warn").Append("\"><b>").Append(Encode(finding.Message)).Append("</b> ")
                    .Append(Encode(finding.Fix)).Append("</li>\n");
            }

            html.Append("</ul>");
        }

        AppendPostText(html, description);
        html.Append("</figure>\n");
    }

    /// <summary>An SVG over the image, in the image's own pixels, with a rectangle where each finding is.</summary>
    private static void AppendOutlines(StringBuilder html, OutputCheck check)
    {
        var areas = check.Findings.Where(f => f.Area is not null).ToList();
        if (areas.Count == 0 || check.Width <= 0 || check.Height <= 0)
        {
            return;
        }

        html.Append("<svg viewBox=\"0 0 ").Append(check.Width).Append(' ').Append(check.Height).Append("\" preserveAspectRatio=\"none\" aria-hidden=\"true\">");
        foreach (var finding in areas)
        {
            var (x, y, width, height) = OnImage(finding.Area!, check.Width, check.Height);
            html.Append(CultureInfo.InvariantCulture, $"<rect class=\"{(finding.IsError ? "error" : "warn")}\" x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"{height}\">")
                .Append("<title>").Append(Encode(finding.Message)).Append("</title></rect>");
        }

        html.Append("</svg>");
    }

    /// <summary>The part of <paramref name="area"/> on the image; for content wholly off it, a band along the edge it left by.</summary>
    private static (int X, int Y, int Width, int Height) OnImage(FindingArea area, int width, int height)
    {
        var left = Math.Clamp(area.X, 0, width - EdgeBand);
        var top = Math.Clamp(area.Y, 0, height - EdgeBand);
        var right = Math.Clamp(area.X + area.Width, left + EdgeBand, width);
        var bottom = Math.Clamp(area.Y + area.Height, top + EdgeBand, height);
        return (left, top, right - left, bottom - top);
    }
}

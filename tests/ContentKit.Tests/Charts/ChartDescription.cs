using System.Globalization;
using System.Text;
using ContentKit.Layout.Charts;

namespace ContentKit.Tests.Charts;

/// <summary>
/// A chart's marks written out as text, one per line, so two layouts can be compared whole (the geometry's
/// arrays compare by reference) and a difference shows as readable lines.
/// </summary>
internal static class ChartDescription
{
    public static string Describe(this ChartGeometry chart)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

        Line($"box {chart.Box}");
        foreach (var a in chart.Areas)
        {
            Line($"area {string.Join(' ', a.Points)} to {a.BaselineY} {a.Color}");
        }

        foreach (var b in chart.Bars)
        {
            Line($"bar {b.Item} {b.Rect} r{b.Radius} {b.Corners} {b.Color}");
        }

        foreach (var t in chart.Tracks)
        {
            Line($"track {t.Item} {t.Track} fill {t.Fill} {t.FillColor}");
        }

        foreach (var a in chart.Arcs)
        {
            Line($"arc {a.Item} {a.Centre} {a.OuterRadius}/{a.InnerRadius} {a.StartAngle}+{a.SweepAngle} {a.Color}");
        }

        foreach (var r in chart.Rules)
        {
            Line($"rule {r.From} {r.To} {r.Width}");
        }

        foreach (var l in chart.Lines)
        {
            Line($"line {string.Join(' ', l.Points)} w{l.Width} {l.Color}");
        }

        foreach (var c in chart.Cells)
        {
            Line($"cell {c.Item} {c.Rect} {c.Filled}");
        }

        foreach (var s in chart.Swatches)
        {
            Line($"swatch {s.Item} {s.Rect} {s.Color}");
        }

        foreach (var l in chart.Labels)
        {
            Line($"label {l.Role} {l.Item} \"{l.Text}\" {l.Rect} {l.Block.Size}");
        }

        return text.ToString();
    }
}

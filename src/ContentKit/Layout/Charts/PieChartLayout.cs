using System.Drawing;
using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Layout.Charts;

/// <summary>
/// Pie and donut: slices proportional to the values from 12 o'clock clockwise, and a legend beside the
/// circle or under it, whichever leaves the bigger circle. With <c>max</c> above the total the rest of the
/// circle is track. Negative values count as zero. A donut's hole shows the total, or the first item's
/// share when there is one item or a <c>max</c>.
/// </summary>
internal static class PieChartLayout
{
    /// <summary>The diameter of a chart nobody sized, as a share of the width.</summary>
    private const float Diameter = 0.6f;

    /// <summary>A donut's ring width as a share of its radius, when no thickness is given.</summary>
    private const float RingShare = 0.28f;

    private const float Start = -90;

    /// <summary>Slices narrower than this (degrees) carry no value label in a pie.</summary>
    private const float LabelledSweep = 28;

    public static float PreferredHeight(ChartElement chart, float width, ChartText text)
    {
        var values = LegendValues(chart);
        var diameter = width * Diameter;
        var beside = new ChartLegend(chart, text, values, width / 2, below: false);
        if (diameter + Spacing(text) + beside.Width <= width && beside.Height <= diameter)
        {
            return diameter;
        }

        return diameter + Spacing(text) + new ChartLegend(chart, text, values, width, below: true).Height;
    }

    public static ChartGeometry Arrange(ChartElement chart, RectangleF box, ChartText text)
    {
        var values = LegendValues(chart);
        var spacing = Spacing(text);
        var below = new ChartLegend(chart, text, values, box.Width, below: true);
        var beside = new ChartLegend(chart, text, values, box.Width / 2, below: false);
        var belowDiameter = Math.Min(box.Width, box.Height - spacing - below.Height);
        var besideDiameter = beside.Height <= box.Height ? Math.Min(box.Height, box.Width - spacing - beside.Width) : 0;

        var swatches = new List<ChartSwatch>();
        var labels = new List<ChartLabel>();
        float diameter;
        PointF centre;
        if (besideDiameter > belowDiameter)
        {
            diameter = Math.Max(0, besideDiameter);
            var left = box.Left + ((box.Width - (diameter + spacing + beside.Width)) / 2);
            centre = new PointF(left + (diameter / 2), box.Top + (box.Height / 2));
            beside.Place(new PointF(left + diameter + spacing, box.Top + ((box.Height - beside.Height) / 2)), box, swatches, labels);
        }
        else
        {
            diameter = Math.Max(0, belowDiameter);
            var top = box.Top + Math.Max(0, (box.Height - (diameter + spacing + below.Height)) / 2);
            centre = new PointF(box.Left + (box.Width / 2), top + (diameter / 2));
            below.Place(new PointF(box.Left + ((box.Width - below.Width) / 2), top + diameter + spacing), box, swatches, labels);
        }

        var radius = diameter / 2;
        var inner = chart.Kind == ChartKind.Donut ? Math.Max(0, radius - (chart.Thickness ?? radius * RingShare)) : 0;
        var arcs = Slices(chart, centre, radius, inner);
        if (chart.ShowValues)
        {
            labels.AddRange(chart.Kind == ChartKind.Donut
                ? Centre(chart, text, centre, inner, box)
                : SliceValues(chart, text, arcs, box));
        }

        return new ChartGeometry(box) { Arcs = [.. arcs], Swatches = [.. swatches], Labels = [.. labels] };
    }

    private static float Spacing(ChartText text) => text.Size * 1.5f;

    /// <summary>The whole the slices are shares of: the total, or <c>max</c> when it is larger.</summary>
    private static double Whole(ChartElement chart) => Math.Max(chart.Items.Sum(i => Math.Max(0, i.Value)), chart.Max ?? 0);

    private static List<ChartArc> Slices(ChartElement chart, PointF centre, float radius, float inner)
    {
        var whole = Whole(chart);
        var arcs = new List<ChartArc>();
        var angle = 0d;
        for (var i = 0; i < chart.Items.Length && whole > 0; i++)
        {
            var sweep = 360 * Math.Max(0, chart.Items[i].Value) / whole;
            if (sweep > 0)
            {
                arcs.Add(new ChartArc(centre, radius, inner, (float)(Start + angle), (float)sweep, ChartValues.ColorOf(chart, i), i));
            }

            angle += sweep;
        }

        // The unfilled rest (or the whole circle when every value is zero) is track.
        if (angle < 359.95)
        {
            arcs.Add(new ChartArc(centre, radius, inner, (float)(Start + angle), (float)(360 - angle), chart.Track, null));
        }

        return arcs;
    }

    /// <summary>Each item's value and share, for the legend: <c>45.210 (38%)</c>; a percent chart's value is already a share.</summary>
    private static List<string> LegendValues(ChartElement chart)
    {
        var whole = Whole(chart);
        var shares = ChartValues.Shares(chart, whole);
        return [.. chart.Items.Select((item, i) =>
            !chart.ShowValues ? ""
            : chart.ValueFormat == ValueFormat.Percent || whole <= 0 ? ChartValues.Format(chart, item.Value)
            : $"{ChartValues.Format(chart, item.Value)} ({shares[i]})")];
    }

    /// <summary>The big number in the hole and its caption under it.</summary>
    private static IEnumerable<ChartLabel> Centre(ChartElement chart, ChartText text, PointF centre, float inner, RectangleF box)
    {
        var whole = Whole(chart);
        var room = inner * 2 * 0.78f;
        if (whole <= 0 || room < text.Size * 3)
        {
            yield break;
        }

        var single = chart.Items.Length == 1 || chart.Max is not null;
        var big = single ? IndonesianNumbers.Percent(100 * Math.Max(0, chart.Items[0].Value) / whole, chart.Decimals) : ChartValues.Format(chart, chart.Items.Sum(i => Math.Max(0, i.Value)));
        var caption = single ? chart.Items[0].Label : "Total";

        // A long total ("Rp 1,2 triliun") may take two lines; one that does not fit the hole whole is left out.
        var bigText = text.BreakAlikeWhole([big], text.Style(Math.Min(text.Size * 2.4f, inner * 0.42f), 800, TextAlign.Center, chart.LabelColor, 1), [room]);
        if (bigText is not { } fitted)
        {
            yield break;
        }

        var (bigBlock, bigStyle) = (fitted.Blocks[0], fitted.Style);
        var captionStyle = text.Style(text.Size * 0.9f, 500, TextAlign.Center, text.Muted, 2);
        var captionBlock = text.Break(caption, captionStyle, room * 0.9f);
        var height = bigBlock.Height + (caption.Length > 0 ? captionBlock.Height : 0);
        var top = centre.Y - (height / 2);
        yield return ChartText.Place(big, bigBlock, bigStyle, new RectangleF(centre.X - (room / 2), top, room, bigBlock.Height), box, ChartLabelRole.Centre, null);
        if (caption.Length > 0)
        {
            var rect = new RectangleF(centre.X - (room * 0.45f), top + bigBlock.Height, room * 0.9f, captionBlock.Height);
            yield return ChartText.Place(caption, captionBlock, captionStyle, rect, box, ChartLabelRole.Centre, null);
        }
    }

    /// <summary>A pie's shares written on the slices wide enough to hold them.</summary>
    private static IEnumerable<ChartLabel> SliceValues(ChartElement chart, ChartText text, List<ChartArc> arcs, RectangleF box)
    {
        var shares = ChartValues.Shares(chart, Whole(chart));
        foreach (var arc in arcs.Where(a => a.Item is not null && a.SweepAngle >= LabelledSweep))
        {
            var item = arc.Item!.Value;
            var share = shares[item];
            var style = text.Value(TextAlign.Center, text.On(arc.Color));
            var width = arc.OuterRadius * 0.6f;
            var block = text.Break(share, style, width);
            if (ChartText.Cut(block))
            {
                continue;
            }

            var middle = (arc.StartAngle + (arc.SweepAngle / 2)) * MathF.PI / 180;
            var at = new PointF(arc.Centre.X + (MathF.Cos(middle) * arc.OuterRadius * 0.64f), arc.Centre.Y + (MathF.Sin(middle) * arc.OuterRadius * 0.64f));
            yield return ChartText.Place(share, block, style, new RectangleF(at.X - (width / 2), at.Y - (block.Height / 2), width, block.Height), box, ChartLabelRole.Value, item);
        }
    }
}

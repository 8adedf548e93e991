namespace ContentKit.Layout.Charts;

internal enum ChartLabelRole
{
    /// <summary>An item's label: under a bar, left of a horizontal bar, in a legend.</summary>
    Category,

    /// <summary>An item's formatted value.</summary>
    Value,

    /// <summary>The big number in a donut's hole and its caption.</summary>
    Centre,
}

namespace ContentKit.Templates;

/// <summary>How rows become outputs.</summary>
public enum Binding
{
    /// <summary>One output per row.</summary>
    Row,

    /// <summary>One output from all rows (a chart of every kecamatan), continued on more pages when <c>page_size</c> says so.</summary>
    Table,

    /// <summary>One output per group of rows sharing the <c>group_by</c> value (an agenda per week).</summary>
    Group,
}

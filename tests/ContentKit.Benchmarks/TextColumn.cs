using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ContentKit.Benchmarks;

/// <summary>
/// A summary column of text about what a benchmark case produced (for example the lines and size a text
/// was laid out at). Like <see cref="OutputSizeColumn"/>, the value is computed again when the table is drawn.
/// </summary>
internal sealed class TextColumn(string name, string legend, Func<BenchmarkCase, string> valueOf) : IColumn
{
    public string Id => $"{nameof(TextColumn)}.{name}";

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => valueOf(benchmarkCase);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;
}

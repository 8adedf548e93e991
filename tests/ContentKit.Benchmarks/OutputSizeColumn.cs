using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ContentKit.Benchmarks;

/// <summary>
/// A summary column with the size of the file a benchmark case writes. The size is measured again when the
/// table is drawn (encoding is deterministic), so the column does not depend on state left by the benchmark run.
/// </summary>
internal sealed class OutputSizeColumn(string name, Func<BenchmarkCase, long> sizeOf) : IColumn
{
    public string Id => $"{nameof(OutputSizeColumn)}.{name}";

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Size of the encoded file (1 KiB = 1024 B)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        (sizeOf(benchmarkCase) / 1024.0).ToString("N1", CultureInfo.InvariantCulture) + " KiB";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;
}

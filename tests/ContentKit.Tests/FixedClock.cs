namespace ContentKit.Tests;

/// <summary>A clock stopped at one local moment in Western Indonesian Time (UTC+7), for output that depends on today's date.</summary>
internal sealed class FixedClock(DateTime localNow) : TimeProvider
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.CreateCustomTimeZone("WIB", TimeSpan.FromHours(7), "WIB", "WIB");

    /// <summary>The day the hitung-mundur sample counts from: its first row is H-7.</summary>
    public static FixedClock SampleDay { get; } = new(new DateTime(2026, 8, 10, 9, 0, 0));

    public override TimeZoneInfo LocalTimeZone => Wib;

    public override DateTimeOffset GetUtcNow() => new DateTimeOffset(localNow, TimeSpan.FromHours(7)).ToUniversalTime();
}

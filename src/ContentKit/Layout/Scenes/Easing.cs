using System.Globalization;

namespace ContentKit.Layout.Scenes;

/// <summary>
/// Maps linear progress (0…1) to eased progress. CSS names and <c>cubic-bezier(x1,y1,x2,y2)</c> mean what they
/// mean in CSS; <c>back</c> overshoots a little and <c>spring</c> settles with a damped bounce.
/// </summary>
internal sealed record Easing(string Name, Func<double, double> Curve)
{
    public static Easing Linear { get; } = new("linear", t => t);

    /// <summary>The default: quick start, soft landing, the way things move in produced video.</summary>
    public static Easing EaseOut { get; } = Bezier("ease-out", 0.16, 1, 0.3, 1);

    public static Easing Back { get; } = new("back", t =>
    {
        const double c1 = 1.70158;
        const double c3 = c1 + 1;
        return 1 + (c3 * Math.Pow(t - 1, 3)) + (c1 * Math.Pow(t - 1, 2));
    });

    public static Easing Spring { get; } = new("spring", t => t >= 1 ? 1 : 1 - (Math.Exp(-6 * t) * Math.Cos(3.2 * Math.PI * t)));

    public static IReadOnlyList<string> Names { get; } = ["linear", "ease", "ease-in", "ease-out", "ease-in-out", "back", "spring", "cubic-bezier(x1,y1,x2,y2)"];

    /// <summary>Eased progress for linear progress <paramref name="t"/>, clamped to 0…1 first.</summary>
    public double Apply(double t) => t <= 0 ? 0 : t >= 1 ? 1 : Curve(t);

    public static Easing Parse(string text)
    {
        var name = text.Trim().ToLowerInvariant();
        switch (name)
        {
            case "linear":
                return Linear;
            case "ease":
                return Bezier(name, 0.25, 0.1, 0.25, 1);
            case "ease-in":
                return Bezier(name, 0.42, 0, 1, 1);
            case "ease-out":
                return EaseOut;
            case "ease-in-out":
                return Bezier(name, 0.42, 0, 0.58, 1);
            case "back":
                return Back;
            case "spring":
                return Spring;
        }

        if (name.StartsWith("cubic-bezier(", StringComparison.Ordinal) && name.EndsWith(')'))
        {
            var parts = name["cubic-bezier(".Length..^1].Split(',');
            if (parts.Length == 4
                && parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToArray() is var v
                && v.All(double.IsFinite) && v[0] is >= 0 and <= 1 && v[2] is >= 0 and <= 1)
            {
                return Bezier(name, v[0], v[1], v[2], v[3]);
            }

            throw new FormatException("cubic-bezier needs four numbers, the first and third between 0 and 1, e.g. cubic-bezier(0.2, 0.8, 0.2, 1)");
        }

        throw new FormatException($"expected an easing: {string.Join(", ", Names)}");
    }

    /// <summary>A CSS cubic Bézier from (0,0) to (1,1): x(s) is solved for s by Newton steps, then y(s) is the result.</summary>
    private static Easing Bezier(string name, double x1, double y1, double x2, double y2) => new(name, t =>
    {
        var s = t;
        for (var i = 0; i < 8; i++)
        {
            var x = Cubic(s, x1, x2) - t;
            var slope = (3 * (1 - s) * (1 - s) * x1) + (6 * (1 - s) * s * (x2 - x1)) + (3 * s * s * (1 - x2));
            if (Math.Abs(x) < 1e-6 || Math.Abs(slope) < 1e-6)
            {
                break;
            }

            s = Math.Clamp(s - (x / slope), 0, 1);
        }

        return Cubic(s, y1, y2);
    });

    private static double Cubic(double s, double p1, double p2) => (3 * (1 - s) * (1 - s) * s * p1) + (3 * (1 - s) * s * s * p2) + (s * s * s);
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace ContentKit.Templates.Functions;

internal static partial class IndonesianFormat
{
    private static readonly string[] Zones = ["WIB", "WITA", "WIT"];

    /// <summary>Writes a date in the long style: <c>Selasa, 8 November 2022</c>.</summary>
    public static string Date(DateTime date) => Date(date, "long");

    /// <summary>
    /// Writes a date in a named style: <c>long</c> (<c>Selasa, 8 November 2022</c>), <c>date</c>
    /// (<c>8 November 2022</c>), <c>short</c> (<c>8 Nov 2022</c>), <c>numeric</c> (<c>08/11/2022</c>),
    /// <c>day</c> (<c>Selasa</c>) or <c>month</c> (<c>November 2022</c>). Any other style is a .NET
    /// custom date pattern (<c>dd MMMM yyyy</c>, <c>dddd</c>) written with Indonesian names; an empty
    /// style means <c>long</c>.
    /// </summary>
    public static string Date(DateTime date, string style)
    {
        var pattern = style switch
        {
            "" or "long" => "dddd, d MMMM yyyy",
            "date" => "d MMMM yyyy",
            "short" => "d MMM yyyy",
            "numeric" => "dd/MM/yyyy",
            "day" => "dddd",
            "month" => "MMMM yyyy",
            _ => style,
        };
        try
        {
            return date.ToString(pattern, DateFormat);
        }
        catch (FormatException)
        {
            throw new ArgumentException(
                Localized.Format(Messages.Function_DateStyle, style));
        }
    }

    /// <summary>Writes the time of day of <paramref name="value"/>: <c>09.00 WIB</c>.</summary>
    /// <param name="value">The date and time; only the time of day is written.</param>
    /// <param name="zone"><c>WIB</c>, <c>WITA</c>, <c>WIT</c> (any case) or empty for no zone.</param>
    public static string Time(DateTime value, string zone = "WIB") => Time(value.TimeOfDay, zone);

    /// <summary>Writes a time of day (from 00.00 to 23.59): <c>09.00 WIB</c>.</summary>
    /// <param name="value">The time since midnight.</param>
    /// <param name="zone"><c>WIB</c>, <c>WITA</c>, <c>WIT</c> (any case) or empty for no zone.</param>
    public static string Time(TimeSpan value, string zone = "WIB")
    {
        if (value < TimeSpan.Zero || value >= TimeSpan.FromDays(1))
        {
            throw new ArgumentException(Localized.Format(Messages.Function_TimeOfDaySpan, value));
        }

        var zoneName = ZoneName(zone);
        var time = value.ToString(@"hh\.mm", CultureInfo.InvariantCulture);
        return zoneName.Length == 0 ? time : $"{time} {zoneName}";
    }

    /// <summary>
    /// Writes a time typed as <c>H:mm</c> or <c>H.mm</c> (<c>9:00</c> → <c>09.00 WIB</c>). Any other
    /// text is taken as already written (<c>09.00 - 12.00 WIB</c>, <c>selesai</c>) and returned unchanged.
    /// </summary>
    /// <param name="value">The time as text.</param>
    /// <param name="zone"><c>WIB</c>, <c>WITA</c>, <c>WIT</c> (any case) or empty for no zone.</param>
    public static string Time(string value, string zone = "WIB")
    {
        var zoneName = ZoneName(zone);
        var clock = ClockPattern().Match(value.Trim());
        if (!clock.Success)
        {
            return value;
        }

        var hours = int.Parse(clock.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
        var minutes = int.Parse(clock.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        if (hours > 23 || minutes > 59)
        {
            throw new ArgumentException(Localized.Format(Messages.Function_TimeOfDayText, value));
        }

        return Time(new TimeSpan(hours, minutes, 0), zoneName);
    }

    private static string ZoneName(string zone)
    {
        var name = zone.Trim().ToUpperInvariant();
        return name.Length == 0 || Zones.Contains(name)
            ? name
            : throw new ArgumentException(Localized.Format(Messages.Function_TimeZone, zone));
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})[:.](?<m>\d{2})$")]
    private static partial Regex ClockPattern();
}

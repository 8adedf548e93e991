namespace ContentKit.Cli.Commands;

/// <summary>Reads repeated <c>KEY=VALUE</c> options.</summary>
internal static class KeyValues
{
    public static IEnumerable<KeyValuePair<string, string>> Parse(IEnumerable<string> pairs, string option, string example)
    {
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ContentKitException(Localized.Format(CliMessages.KeyValue_Invalid, option, pair, example));
            }

            yield return new(pair[..equals].Trim(), pair[(equals + 1)..]);
        }
    }
}

namespace ContentKit.Benchmarks;

/// <summary>The three kinds of design an encoder sees: flat text, a photo behind text, a chart.</summary>
public enum EncoderPoster
{
    /// <summary>pengumuman feed, row 3: flat brand colours and text.</summary>
    TextOnly,

    /// <summary>pengumuman feed, row 2: a photo behind the title.</summary>
    Photo,

    /// <summary>statistik feed: the headline total and a bar chart of samples/statistik-penduduk.csv.</summary>
    Chart,
}

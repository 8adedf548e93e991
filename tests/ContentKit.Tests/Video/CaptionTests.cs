using ContentKit.Video;

namespace ContentKit.Tests.Video;

public sealed class CaptionTests
{
    [Fact]
    public void Narration_is_split_into_short_cues_paced_by_length_over_the_given_time()
    {
        var cues = CaptionPacer.Pace(
            "Senam sehat bersama warga di Alun-alun Kota Blitar. Terbuka untuk semua usia, gratis, dan dipandu instruktur berpengalaman setiap hari Minggu pagi.",
            0.5,
            14.5);

        Assert.True(cues.Count >= 3);
        Assert.All(cues, c => Assert.True(c.Text.Length <= CaptionPacer.MaxCharacters, c.Text));
        Assert.Equal("Senam sehat bersama warga di Alun-alun Kota Blitar.", cues[0].Text);
        Assert.Equal(0.5, cues[0].Start, 6);
        Assert.Equal(14.5, cues[^1].End, 6);
        Assert.All(cues.Zip(cues.Skip(1)), p => Assert.Equal(p.First.End, p.Second.Start, 6));
        var perCharacter = cues.Select(c => (c.End - c.Start) / c.Text.Length).ToList();
        Assert.True(perCharacter.Max() - perCharacter.Min() < 1e-9, "every cue gets the same time per character");
    }

    [Fact]
    public void Srt_cues_are_read_with_their_times()
    {
        var cues = SrtReader.Read("1\r\n00:00:01,000 --> 00:00:03,500\r\nHalo warga\r\nKota Blitar\r\n\r\n2\r\n00:00:04.000 --> 00:00:06,250\r\nSampai jumpa\r\n", "narasi.srt");

        Assert.Equal(2, cues.Count);
        Assert.Equal(new CaptionCue(1, 3.5, "Halo warga Kota Blitar"), cues[0]);
        Assert.Equal(6.25, cues[1].End, 6);
    }

    [Theory]
    [InlineData("1\n00:00:01 --> 00:00:03\nHalo\n", "narasi.srt:2", "not in SRT form")]
    [InlineData("1\n00:00:05,000 --> 00:00:03,000\nHalo\n", "narasi.srt:3", "ends (00:00:03,000) before it starts")]
    [InlineData("", "narasi.srt", "has no cues")]
    public void Broken_srt_files_are_errors_naming_the_line(string content, string where, string expected)
    {
        var error = Assert.Throws<ContentKitException>(() => SrtReader.Read(content, "narasi.srt"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith(where, error.Location.ToString(), StringComparison.Ordinal);
    }
}

namespace ContentKit.Benchmarks;

/// <summary>Which row of <c>samples/pengumuman.csv</c> a benchmark renders.</summary>
public enum SampleRow
{
    /// <summary>Row 2, "Senam Sehat Bersama Warga": a photo (foto/taman.jpg) behind the title.</summary>
    Photo,

    /// <summary>Row 3, "Vaksinasi Gratis untuk Lansia": no photo, flat brand colours and text only.</summary>
    TextOnly,
}

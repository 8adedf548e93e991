using System.Text;
using ContentKit.Templates;

namespace ContentKit.Authoring;

public static partial class StarterFolder
{
    /// <summary>
    /// <c>BACA-SAYA.md</c>: always Indonesian, whatever language the command speaks, because the folder is handed to the
    /// unit's admins, who read it in their spreadsheet's language (the template's help texts are Indonesian too).
    /// </summary>
    private static string ReadMeText(TemplateManifest manifest, StarterFiles files, IReadOnlyList<string> examples)
    {
        var output = manifest.Kind == TemplateKind.Video ? "video" : "gambar";
        var binding = manifest.Binding switch
        {
            Binding.Table => $"Semua baris bersama menjadi satu {output} (tabel atau grafik); bila barisnya banyak, berlanjut ke halaman berikutnya.",
            Binding.Group => $"Baris dengan `{manifest.GroupBy?.Split(':')[0]}` yang sama{(manifest.GroupBy?.EndsWith(":week", StringComparison.Ordinal) == true ? " (sepekan)" : manifest.GroupBy?.EndsWith(":month", StringComparison.Ordinal) == true ? " (sebulan)" : "")} dikumpulkan menjadi satu {output}.",
            _ => $"Satu baris menjadi satu {output} untuk setiap ukuran (format).",
        };

        var text = new StringBuilder();
        text.Append($"""
            # {manifest.Title}: folder konten

            Folder ini siap dipakai untuk membuat {output} dengan templat **{manifest.Id}**. {manifest.Description}

            ## Yang diisi

            1. Buka **`{files.Workbook}`** dengan Excel, LibreOffice Calc, atau Google Spreadsheet.
               {binding}
            2. Ganti {ExampleRows} baris contoh dengan data Anda sendiri, mulai baris 2. Jangan ubah judul kolom di baris 1.
               Kolom berwarna bertanda `*` wajib diisi; kolom lain boleh kosong. Arahkan penunjuk ke judul kolom untuk
               membaca petunjuknya, atau buka lembar **{Messages.Sheet_InstructionsName}**.

            """);
        if (manifest.Fields.Any(f => f.Type == FieldType.Image))
        {
            text.Append("""
                3. Simpan foto di folder `foto/`, lalu tulis namanya di kolom foto, misalnya `foto/kegiatan.jpg` (JPEG, PNG, atau WebP).

                """);
        }

        text.Append("\nKolomnya:\n\n");
        foreach (var field in manifest.Fields)
        {
            var limits = field.MaxLength > 0 ? $", paling banyak {field.MaxLength} karakter" : "";
            text.Append($"- **{field.Name}**{(field.Required ? " (wajib)" : "")}: {field.Help ?? BlankSheet.KindOf(field.Type)}{limits}\n");
        }

        text.Append($"""

            ## Membuat {output}nya

            Simpan spreadsheet, buka terminal (Command Prompt) di folder ini, lalu jalankan satu perintah ini:

                {files.Command}

            Hasilnya ada di folder `hasil/`. Buka `hasil/report.html` untuk memeriksa setiap {output} sebelum diunggah; baris
            yang bermasalah disebut nomor baris dan kolomnya, beserta cara memperbaikinya.

            Lebih suka CSV? `{files.Csv}` berisi data yang sama (pemisah `;`). Isi salah satunya saja, lalu tulis nama
            berkas itu setelah `--data` pada perintah di atas.

            """);
        if (examples.Count > 0)
        {
            text.Append($"""

                Foto contoh ({string.Join(", ", examples.Select(e => $"`{e}`"))}) hanya untuk mencoba; penulis dan lisensinya ada
                di `foto/ATTRIBUTION.md`. Hapus foto contoh setelah diganti foto Anda sendiri.

                """);
        }

        return text.ToString();
    }
}

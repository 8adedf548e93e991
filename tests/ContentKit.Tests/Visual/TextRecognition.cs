using System.Diagnostics;

namespace ContentKit.Tests.Visual;

/// <summary>Reads the text of a rendered image back with tesseract (Debian: tesseract-ocr, tesseract-ocr-ind).</summary>
internal static class TextRecognition
{
    public static string Read(byte[] png)
    {
        var file = Path.Combine(TestPaths.NewTempFolder(), "render.png");
        File.WriteAllBytes(file, png);
        var start = new ProcessStartInfo("tesseract", [file, "stdout", "-l", "ind"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("tesseract is not installed; these tests need it: apt-get install tesseract-ocr tesseract-ocr-ind", e);
        }

        using (process)
        {
            var text = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"tesseract failed: {error}");
            return text;
        }
    }
}

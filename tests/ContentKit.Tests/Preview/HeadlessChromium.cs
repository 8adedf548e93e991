using PuppeteerSharp;

namespace ContentKit.Tests.Preview;

/// <summary>Debian's Chromium, driven over the DevTools protocol by PuppeteerSharp (which downloads nothing when given the browser).</summary>
internal static class HeadlessChromium
{
    private static readonly string[] Executables = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    public static Task<IBrowser> LaunchAsync()
    {
        var executable = Executables.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("This test needs Debian's chromium (apt-get install chromium).");
        return Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            UserDataDir = TestPaths.NewTempFolder(),
            // No sandbox as root; and no calls home, which this machine's closed network refuses many at a time.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }
}

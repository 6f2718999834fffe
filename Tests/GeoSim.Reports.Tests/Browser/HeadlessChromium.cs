using System.Diagnostics;

namespace GeoSim.Reports.Tests.Browser;

/// <summary>
/// Drives the machine's Chromium (Debian's package <c>chromium</c>) headless, for checks of the
/// pages GeoSim writes: <see cref="DumpDom"/> returns the DOM after the page's script has run,
/// <see cref="Screenshot"/> writes a PNG. A missing browser fails the test with how to install one
/// (CI installs it in .ci/run); it is never a skip. Each launch costs one to two seconds.
/// </summary>
internal static class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static readonly Lazy<string?> Binary = new(Find);

    /// <summary>The serialized DOM of <paramref name="page"/> (with its <paramref name="fragment"/>, e.g. <c>#t=70</c>) once it settled.</summary>
    public static string DumpDom(string page, string fragment = "", params string[] flags) =>
        Run([.. flags, "--dump-dom", Url(page, fragment)]).Output;

    /// <summary>
    /// What the page said on its console while it loaded: script errors, and every request the
    /// page tried that its Content-Security-Policy blocked. A page that loads nothing and has no
    /// error says nothing.
    /// </summary>
    public static IReadOnlyList<string> ConsoleMessages(string page) =>
        Run(["--enable-logging=stderr", "--v=0", "--dump-dom", Url(page, "")]).Error
            .Split('\n')
            .Where(line => line.Contains(":CONSOLE", StringComparison.Ordinal))
            .ToList();

    /// <summary>Writes a PNG of <paramref name="page"/> at the given window size.</summary>
    public static void Screenshot(string page, string fragment, string png, int width = 1280, int height = 800)
    {
        Run([$"--screenshot={Path.GetFullPath(png)}", $"--window-size={width},{height}", "--hide-scrollbars", Url(page, fragment)]);
        if (!File.Exists(png))
        {
            Assert.Fail($"chromium wrote no screenshot at {png}");
        }
    }

    private static string Url(string page, string fragment) => new Uri(Path.GetFullPath(page)).AbsoluteUri + fragment;

    private static (string Output, string Error) Run(IReadOnlyList<string> args)
    {
        var binary = Binary.Value;
        if (binary is null)
        {
            Assert.Fail("chromium not found (looked for $CHROMIUM, chromium, chromium-browser, google-chrome on PATH): "
                + "install it, e.g. `apt-get install -y chromium`, or set CHROMIUM to the browser's path");
        }
        var start = new ProcessStartInfo(binary!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // No sandbox: tests run as root in CI; virtual time lets the page's script run to the end at once.
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--virtual-time-budget=5000" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }
        // A profile of its own per launch: nothing carried over between tests or from the user's browser.
        var profile = Directory.CreateTempSubdirectory("geosim-chromium-").FullName;
        start.ArgumentList.Insert(0, $"--user-data-dir={profile}");
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {binary}");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"chromium did not finish within {Timeout.TotalSeconds} s: {string.Join(' ', args)}");
            }
            if (process.ExitCode != 0)
            {
                Assert.Fail($"chromium exited with {process.ExitCode}: {error.Result}");
            }
            return (output.Result, error.Result);
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator) ?? [];
        return new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => path.Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }
}

using System.Text;
using System.Text.RegularExpressions;

namespace GeoSim.Core.Tests;

/// <summary>
/// The model must stay deterministic and free of I/O: these APIs may not appear in GeoSim.Core's
/// code. Comments and string literals are blanked first (interpolation holes are code and stay), so
/// a doc that mentions the console counts for nothing and a line number still points at the source.
/// </summary>
public class BannedApiTests
{
    private static readonly (string Name, Regex Pattern)[] Banned =
    [
        ("Console", Rx(@"\bConsole\s*\.")),
        ("File", Rx(@"\bFile\s*\.|\b(FileInfo|FileStream|StreamReader|StreamWriter)\b")),
        ("Directory", Rx(@"\bDirectory\s*\.|\bDirectoryInfo\b")),
        ("Path", Rx(@"\bPath\s*\.")),
        ("Environment", Rx(@"\bEnvironment\s*\.")),
        ("DateTime.Now", Rx(@"\bDateTime\s*\.\s*(Now|UtcNow|Today)\b")),
        ("DateTimeOffset.Now", Rx(@"\bDateTimeOffset\s*\.\s*(Now|UtcNow)\b")),
        ("Stopwatch", Rx(@"\bStopwatch\b")),
        ("Thread", Rx(@"\bThread\b")),
        ("Task.Run", Rx(@"\bTask\s*\.\s*(Run|Factory|Delay)\b")),
        ("Parallel", Rx(@"\bParallel\s*\.|\bAsParallel\s*\(")),
        ("ThreadPool", Rx(@"\bThreadPool\b")),
        ("Guid.NewGuid", Rx(@"\bGuid\s*\.\s*NewGuid\b")),
        ("new Random", Rx(@"\bnew\s+(System\s*\.\s*)?Random\s*\(")),
        ("Random.Shared", Rx(@"\bRandom\s*\.\s*Shared\b")),
        ("Process", Rx(@"\bProcess\s*\.|\bProcessStartInfo\b")),
        ("HttpClient", Rx(@"\b(HttpClient|WebClient|WebRequest|TcpClient|UdpClient|Socket)\b")),
        ("GetHashCode order", Rx(@"GetHashCode\s*\(\s*\)\s*[%&]|\b(OrderBy|OrderByDescending|ThenBy|ThenByDescending|MinBy|MaxBy|Sort)\s*\([^;]*GetHashCode\s*\(")),
    ];

    /// <summary>For each pattern, a line it must catch; several test the blanking of comments and strings.</summary>
    private static readonly (string Pattern, string Line)[] Planted =
    [
        ("Console", "Console.WriteLine(x);"),
        ("Console", "var q = '\"'; System.Console.Write(q);"),
        ("File", "var text = File.ReadAllText(path);"),
        ("File", "using var w = new StreamWriter(s);"),
        ("Directory", "Directory.CreateDirectory(dir);"),
        ("Path", "var p = Path.Combine(a, b);"),
        ("Environment", "var n = Environment.ProcessorCount;"),
        ("DateTime.Now", "var t = DateTime.UtcNow;"),
        ("DateTime.Now", "var label = $\"at {DateTime.Now:HH:mm}\";"),
        ("DateTime.Now", "var d = DateTime.Today;"),
        ("DateTimeOffset.Now", "var t = DateTimeOffset.Now;"),
        ("DateTimeOffset.Now", "var t = DateTimeOffset.UtcNow;"),
        ("Stopwatch", "var sw = Stopwatch.StartNew();"),
        ("Thread", "Thread.Sleep(10);"),
        ("Thread", "var t = new Thread(Work);"),
        ("Task.Run", "await Task.Run(() => Work());"),
        ("Task.Run", "await Task.Delay(10);"),
        ("Parallel", "Parallel.For(0, n, Work);"),
        ("Parallel", "var xs = items.AsParallel();"),
        ("ThreadPool", "ThreadPool.QueueUserWorkItem(Work);"),
        ("Guid.NewGuid", "var id = Guid.NewGuid();"),
        ("new Random", "var r = new Random();"),
        ("new Random", "var r = new System.Random(42);"),
        ("Random.Shared", "var x = Random.Shared.Next();"),
        ("Process", "Process.Start(\"ls\");"),
        ("HttpClient", "using var http = new HttpClient();"),
        ("GetHashCode order", "var bucket = key.GetHashCode() % buckets;"),
        ("GetHashCode order", "var order = names.OrderBy(n => n.GetHashCode());"),
    ];

    [Test]
    public void Core_uses_no_wall_clock_ambient_randomness_io_or_threads()
    {
        var core = Path.Combine(RepoRoot(), "Simulator", "GeoSim.Core");
        var offenders = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(core, f).Split(Path.DirectorySeparatorChar).Any(s => s is "obj" or "bin"))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => CodeOnly(File.ReadAllText(f)).Split('\n').Select((line, i) => (f, i, line)))
            .SelectMany(x => Matches(x.line).Select(name => $"{Path.GetRelativePath(core, x.f)}:{x.i + 1}: {name}: {x.line.Trim()}"))
            .ToList();

        Assert.That(offenders, Is.Empty);
    }

    [TestCaseSource(nameof(PlantedCases))]
    public void A_planted_line_is_caught_by_its_pattern(string pattern, string line)
    {
        Assert.That(Matches(CodeOnly(line)), Does.Contain(pattern));
    }

    [Test]
    public void Every_pattern_has_a_planted_line()
    {
        Assert.That(Planted.Select(p => p.Pattern).Distinct(), Is.EquivalentTo(Banned.Select(b => b.Name)));
    }

    [TestCase("var PathName = 1;")]
    [TestCase("FaultWindow FileWindow = default;")]
    [TestCase("bool Filed = true;")]
    [TestCase("/// <summary>Writes nothing to the Console. File.ReadAllText is banned.</summary>")]
    [TestCase("var x = 1; // DateTime.Now would break determinism")]
    [TestCase("/* Stopwatch.StartNew(); new Random(); */ var y = 2;")]
    [TestCase("var s = \"Console.WriteLine(Path.Combine(a, b))\";")]
    [TestCase("var s = @\"Thread.Sleep(\"\"1\"\")\";")]
    [TestCase("var s = $\"Task.Run {count} Guid.NewGuid\";")]
    [TestCase("var s = \"\"\"Environment.Exit(1)\"\"\";")]
    [TestCase("var c = '\\''; var d = RandomFaultProcess.FirstToggle;")]
    [TestCase("var r = new RandomStream(seed); DateTime start = default; var t = ThreadLocalName;")]
    [TestCase("public override int GetHashCode() => HashCode.Combine(A, B);")]
    public void An_innocent_line_is_not_caught(string line)
    {
        Assert.That(Matches(CodeOnly(line)), Is.Empty);
    }

    [Test]
    public void Blanking_keeps_line_numbers()
    {
        var code = CodeOnly("/* one\ntwo */ var a = \"x\ny\";\nConsole.Write(a);");

        Assert.That(code.Split('\n')[3], Does.Contain("Console.Write"));
    }

    private static IEnumerable<TestCaseData> PlantedCases() =>
        Planted.Select(p => new TestCaseData(p.Pattern, p.Line).SetName($"{p.Pattern}: {p.Line}"));

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static IEnumerable<string> Matches(string code) => Banned.Where(b => b.Pattern.IsMatch(code)).Select(b => b.Name);

    /// <summary>
    /// The source with comments and string and char literals replaced by spaces (newlines kept);
    /// the holes of interpolated strings are code and are kept. Raw string literals are blanked whole.
    /// </summary>
    private static string CodeOnly(string source)
    {
        var code = new StringBuilder(source.Length);
        var i = 0;
        CopyCode(source, ref i, code, untilBrace: false);
        return code.ToString();
    }

    private static void CopyCode(string s, ref int i, StringBuilder code, bool untilBrace)
    {
        var depth = 0;
        while (i < s.Length)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                while (i < s.Length && s[i] != '\n') Blank(s, ref i, code);
            }
            else if (c == '/' && next == '*')
            {
                Blank(s, ref i, code);
                Blank(s, ref i, code);
                while (i < s.Length && !(s[i] == '*' && i + 1 < s.Length && s[i + 1] == '/')) Blank(s, ref i, code);
                if (i < s.Length) { Blank(s, ref i, code); Blank(s, ref i, code); }
            }
            else if (c == '\'')
            {
                Blank(s, ref i, code);
                while (i < s.Length && s[i] != '\'' && s[i] != '\n')
                {
                    if (s[i] == '\\') Blank(s, ref i, code);
                    Blank(s, ref i, code);
                }
                if (i < s.Length) Blank(s, ref i, code);
            }
            else if (c is '"' or '$' or '@' && StringStart(s, i) is { } start)
            {
                BlankString(s, ref i, code, start);
            }
            else if (untilBrace && c == '{')
            {
                depth++;
                code.Append(s[i++]);
            }
            else if (untilBrace && c == '}')
            {
                if (depth-- == 0) return;
                code.Append(s[i++]);
            }
            else
            {
                code.Append(s[i++]);
            }
        }
    }

    /// <summary>(prefix length, interpolated, verbatim, raw) when a string literal starts at <paramref name="i"/>.</summary>
    private static (int Prefix, bool Interpolated, bool Verbatim, bool Raw)? StringStart(string s, int i)
    {
        var j = i;
        var interpolated = false;
        var verbatim = false;
        while (j < s.Length && s[j] is '$' or '@')
        {
            interpolated |= s[j] == '$';
            verbatim |= s[j] == '@';
            j++;
        }
        if (j >= s.Length || s[j] != '"')
        {
            return null;
        }
        var raw = j + 2 < s.Length && s[j + 1] == '"' && s[j + 2] == '"';
        return (j - i, interpolated, verbatim, raw);
    }

    private static void BlankString(string s, ref int i, StringBuilder code, (int Prefix, bool Interpolated, bool Verbatim, bool Raw) start)
    {
        for (var k = 0; k < start.Prefix; k++) Blank(s, ref i, code);
        if (start.Raw)
        {
            var quotes = 0;
            while (i < s.Length && s[i] == '"') { quotes++; Blank(s, ref i, code); }
            var run = 0;
            while (i < s.Length && run < quotes)
            {
                run = s[i] == '"' ? run + 1 : 0;
                Blank(s, ref i, code);
            }
            return;
        }
        Blank(s, ref i, code);
        while (i < s.Length)
        {
            var c = s[i];
            if (start.Verbatim && c == '"' && i + 1 < s.Length && s[i + 1] == '"') { Blank(s, ref i, code); Blank(s, ref i, code); }
            else if (c == '"') { Blank(s, ref i, code); return; }
            else if (!start.Verbatim && c == '\\') { Blank(s, ref i, code); if (i < s.Length) Blank(s, ref i, code); }
            else if (start.Interpolated && c == '{' && i + 1 < s.Length && s[i + 1] == '{') { Blank(s, ref i, code); Blank(s, ref i, code); }
            else if (start.Interpolated && c == '{')
            {
                code.Append(s[i++]);
                CopyCode(s, ref i, code, untilBrace: true);
                if (i < s.Length) code.Append(s[i++]);
            }
            else if (!start.Verbatim && c == '\n') return;
            else Blank(s, ref i, code);
        }
    }

    private static void Blank(string s, ref int i, StringBuilder code)
    {
        code.Append(s[i] == '\n' ? '\n' : ' ');
        i++;
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GeoSim.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("GeoSim.sln not found above the test directory");
    }
}

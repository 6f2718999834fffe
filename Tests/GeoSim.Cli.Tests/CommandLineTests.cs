namespace GeoSim.Cli.Tests;

/// <summary>Misspelt commands, options and scenario names get the nearest valid one, in words, and exit 2.</summary>
public class CommandLineTests
{
    [TestCase(new[] { "rn" }, "unknown command 'rn'; did you mean 'run'?")]
    [TestCase(new[] { "valdate", "x.yaml" }, "unknown command 'valdate'; did you mean 'validate'?")]
    [TestCase(new[] { "run", "--seeed", "1" }, "unknown option '--seeed' for 'geosim run'; did you mean '--seed'?")]
    [TestCase(new[] { "run", "quickstart", "--durration", "20s" }, "unknown option '--durration' for 'geosim run'; did you mean '--duration'?")]
    [TestCase(new[] { "compare", "quickstart", "--strategis", "a" }, "did you mean '--strategies'?")]
    [TestCase(new[] { "run", "--verbos" }, "did you mean '--verbose'?")]
    [TestCase(new[] { "run", "quikstart" }, "quikstart: no such file, and no shipped scenario of that name; did you mean 'quickstart'?")]
    [TestCase(new[] { "replay", "incidents/github-2018-10-12" }, "did you mean 'incidents/github-2018-10-21'?")]
    [TestCase(new[] { "validate", "quikstart.yaml" }, "did you mean 'quickstart'?")]
    [TestCase(new[] { "frobnicate" }, "unknown command 'frobnicate'; expected one of run, compare, replay, validate, sweep, merge, advise, list, schema")]
    public void A_misspelling_gets_the_nearest_valid_word_and_exit_2(string[] args, string expected)
    {
        var (exit, output, err) = Cli.Run(args);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Contain(expected));
            Assert.That(err, Does.Not.Contain("Unrecognized"), "the stray value after a misspelt option is not reported too");
            Assert.That(output, Is.Empty);
        });
    }

    [TestCase("run", "--seed", "abc", "--seed abc: expected a whole number, e.g. 42")]
    [TestCase("run", "--seed", "1.5", "--seed 1.5: expected a whole number")]
    [TestCase("replay", "quickstart", "--speed", "fast", "--speed fast: expected a number, e.g. 2.5")]
    [TestCase("run", "--seed", "99999999999999999999", "--seed 99999999999999999999: out of range: expected a whole number from -9223372036854775808 to 9223372036854775807")]
    [TestCase("run", "--out", "--out needs a value")]
    [TestCase("run", "quickstart", "--seed", "--seed needs a value: a whole number")]
    public void A_value_that_does_not_convert_is_described_in_words(params string[] argsAndExpected)
    {
        var (exit, _, err) = Cli.Run(argsAndExpected[..^1]);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Contain(argsAndExpected[^1]));
            Assert.That(err, Does.Not.Contain("System."), "no .NET type names");
        });
    }

    [Test]
    public void No_command_lists_the_commands()
    {
        var (exit, _, err) = Cli.Run();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Contain("no command given; choose one of run, compare, replay, validate, sweep, merge, advise, list, schema"));
        });
    }

    [Test]
    public void Version_prints_the_assembly_version()
    {
        var (exit, output, _) = Cli.Run("--version");
        var version = typeof(GeoSimApp).Assembly.GetName().Version!.ToString(3);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0));
            Assert.That(output.Trim(), Does.StartWith(version));
        });
    }

    [Test]
    public void A_folder_given_to_run_is_refused_with_the_reason()
    {
        var (exit, _, err) = Cli.Run("run", Cli.TempDir());
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Contain("is a folder"));
        });
    }
}

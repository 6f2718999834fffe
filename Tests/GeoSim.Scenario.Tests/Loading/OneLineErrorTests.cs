namespace GeoSim.Scenario.Tests.Loading;

/// <summary>Every error is one line that starts with file:line:col, even when it quotes a value holding line breaks.</summary>
public class OneLineErrorTests
{
    [Test]
    public void A_block_scalar_quoted_in_an_error_keeps_the_error_on_one_line()
    {
        var yaml = Scenarios.Minimal.Replace("duration: 10s", "duration: |\n  text");
        Errors.AssertSingle(yaml, 2, 11, "'text\\n' is not a duration; expected a number and a unit, e.g. 10ms");
    }

    [Test]
    public void Control_characters_are_escaped()
    {
        var error = Errors.Of(Scenarios.Minimal.Replace("name: t", "name: \"a\\tb\\u0001\"")).Single();
        Assert.That(error.Message, Is.EqualTo("name may hold only letters, digits and '-', found 'a\\tb\\u0001'"));
    }
}

namespace GeoSim.Scenario.Tests.Loading;

public class StrategyTests
{
    private static string WithStrategies(string block) => Scenarios.Minimal[..Scenarios.Minimal.IndexOf("strategy:", StringComparison.Ordinal)] + block;

    [Test]
    public void Unknown_primary_region_suggests_one()
    {
        Errors.AssertSingle(Scenarios.Minimal.Replace("primary: us-east-1", "primary: us-east"), 11, 12, "unknown region 'us-east'; did you mean 'us-east-1'?");
    }

    [Test]
    public void Strategy_and_strategies_together_is_an_error()
    {
        Errors.AssertSingle(Scenarios.Minimal + "strategies:\n  - label: x\n    type: primary-replica\n    primary: us-east-1\n",
            13, 3, "give either 'strategy' (one) or 'strategies' (a labelled list), not both");
    }

    [Test]
    public void A_scenario_without_a_strategy_says_which_keys_would_do()
    {
        Errors.AssertSingle(WithStrategies(""), 1, 1, "missing required key 'strategy' (or 'strategies' for several) in the scenario");
    }

    [Test]
    public void Strategies_need_unique_labels()
    {
        var yaml = WithStrategies("""
            strategies:
              - label: a
                type: primary-replica
                primary: us-east-1
              - label: a
                type: primary-replica
                primary: us-east-1
                read-from: nearest

            """);

        Errors.AssertSingle(yaml, 13, 5, "duplicate label 'a'; it is already used at line 10");
    }

    [Test]
    public void Strategies_need_a_label()
    {
        Errors.AssertSingle(WithStrategies("strategies:\n  - type: primary-replica\n    primary: us-east-1\n"),
            10, 5, "missing required key 'label' in this strategy");
    }

    [Test]
    public void An_unknown_read_from_lists_every_choice()
    {
        Errors.AssertSingle(Scenarios.Minimal + "  read-from: closest\n", 12, 14,
            "unknown read-from 'closest'; expected one of primary, local, nearest, least-lag, bounded(T)");
    }
}

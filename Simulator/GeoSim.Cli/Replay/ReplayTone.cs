namespace GeoSim.Cli.Replay;

/// <summary>What a timeline line is about, so a terminal can colour it (plain text elsewhere).</summary>
internal enum ReplayTone
{
    /// <summary>A narrative caption of the scenario.</summary>
    Caption,
    /// <summary>Something broke or got worse: a fault, lag, unavailability.</summary>
    Trouble,
    /// <summary>Something came back: a heal, a catch-up, availability restored.</summary>
    Recovery,
    /// <summary>Data lost or diverged: lost updates, unreplicated writes, split brain.</summary>
    Loss,
    /// <summary>The control plane acted: a promotion, a demotion, fencing.</summary>
    Action,
    /// <summary>Everything else: clock jumps, the closing summary.</summary>
    Note,
}

using GeoSim.Core.Engine;
using GeoSim.Core.Spec;
using GeoSim.Scenario.Yaml;

namespace GeoSim.Scenario.Sections.Faults;

/// <summary>The single-target timeline faults: isolate, outage, slow-link, lossy-link and clock-jump.</summary>
internal sealed class TimelineFaultReader(Diagnostics diagnostics, ValueReader values, FaultTargets targets)
{
    /// <summary>The fault, or null when any part of it is invalid (already reported).</summary>
    public FaultSpec? Read(FaultEntry fault) => fault.Type switch
    {
        FaultTypes.Isolate => Isolate(fault),
        FaultTypes.Outage => Outage(fault),
        FaultTypes.SlowLink => SlowLink(fault),
        FaultTypes.LossyLink => LossyLink(fault),
        FaultTypes.ClockJump => ClockJump(fault),
        _ => throw new InvalidOperationException($"no reader for fault type {fault.Type}"),
    };

    private IsolateFault? Isolate(FaultEntry fault)
    {
        var region = fault.Reader.Require("region") is { } r ? targets.Region(r, "region") : null;
        return region is { } isolated && fault.At is { } at && fault.For is { } length ? new IsolateFault(at, length, isolated) : null;
    }

    private OutageFault? Outage(FaultEntry fault) =>
        targets.RegionOrNode(fault) is { } target && fault.At is { } at && fault.For is { } length
            ? new OutageFault(at, length, target.Region, target.Node)
            : null;

    private SlowLinkFault? SlowLink(FaultEntry fault)
    {
        var link = targets.Link(fault);
        var effect = ExclusiveForms.Choose(fault, diagnostics, ["add"], ["latency"]);
        var add = effect == 0 && fault.Reader.Require("add") is { } a ? values.Distribution(a, "add") : null;
        var latency = effect == 1 && fault.Reader.Require("latency") is { } l ? values.Distribution(l, "latency") : null;
        return link is not null && (add ?? latency) is not null && fault.At is { } at && fault.For is { } length
            ? new SlowLinkFault(at, length, link.From, link.To, link.OneWay, add, latency)
            : null;
    }

    private LossyLinkFault? LossyLink(FaultEntry fault)
    {
        var link = targets.Link(fault);
        var loss = fault.Reader.Require("loss") is { } l ? values.Probability(l, "loss") : null;
        return link is not null && loss is { } probability && fault.At is { } at && fault.For is { } length
            ? new LossyLinkFault(at, length, link.From, link.To, link.OneWay, probability)
            : null;
    }

    private ClockJumpFault? ClockJump(FaultEntry fault)
    {
        // `for` is accepted as a key only to say why it does not apply, rather than "unknown key".
        if (fault.Node.Entries.FirstOrDefault(e => e.Key.Value == "for") is { } window)
        {
            diagnostics.Add(window.Key.ValueStart, "'for' is not allowed on clock-jump: a jump happens at one instant and the clock stays where it lands");
        }
        var target = targets.RegionOrNode(fault);
        var by = fault.Reader.Require("by") is { } b ? JumpSize(b) : null;
        return target is not null && by is { } step && fault.At is { } at
            ? new ClockJumpFault(at, target.Region, target.Node, step)
            : null;
    }

    private SimDuration? JumpSize(Node node)
    {
        var by = values.SignedDuration(node, "by");
        if (by == SimDuration.Zero)
        {
            values.Report((ScalarNode)node, "by must not be 0: a jump of 0 changes nothing");
            return null;
        }
        return by;
    }
}

namespace GeoSim.Core.Engine;

/// <summary>What the scheduler calls for each event it pops: a model's dispatch switch.</summary>
public interface IEventHandler
{
    void Handle(in Event ev);
}

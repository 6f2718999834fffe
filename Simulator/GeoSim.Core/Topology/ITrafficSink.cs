using GeoSim.Core.Spec;

namespace GeoSim.Core.Topology;

/// <summary>Where the network reports the bytes it puts on the wire between regions (the metrics count them).</summary>
public interface ITrafficSink
{
    void OnBytesSent(RegionId src, RegionId dst, int bytes, long now);
}

namespace GeoSim.Core.Workload;

public enum OpKind : byte
{
    Read,
    Write,
}

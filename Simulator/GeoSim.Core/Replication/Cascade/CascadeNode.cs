using GeoSim.Core.Spec;
using GeoSim.Core.Topology;
using GeoSim.Core.Workload;

namespace GeoSim.Core.Replication.Cascade;

/// <summary>
/// Cascade replication: the head commits every write, acknowledges it and sends it to its
/// children; every relay applies what it receives and passes it on, in order. Reads are served
/// by the node the client reached, so a region far down the tree reads older data.
/// </summary>
public sealed class CascadeNode : ReplicationStrategy
{
    private const int Replicate = 1;

    private readonly CascadeTree _tree;
    private long _logPosition;

    public CascadeNode(NodeContext context, CascadeSpec spec) : base(context) =>
        _tree = new CascadeTree(spec, context.Topology);

    public override void OnClientRequest(in ClientRequest request)
    {
        if (request.Kind == OpKind.Read)
        {
            Context.ReplyRead(request, 0); // no session tokens: reads are served where they arrive
        }
        else if (Context.Node != _tree.Head)
        {
            Context.Forward(_tree.Head, request);
        }
        else
        {
            var position = ++_logPosition;
            var write = Context.CommitWrite(request.Key, position);
            Context.ReplyWrite(request, write, position);
            Relay(new Message(Replicate, request.Key, write.Id, position, Context.ValueSizeBytes));
        }
    }

    public override void OnMessage(NodeId from, in Message message)
    {
        if (message.Kind == Replicate)
        {
            Context.Apply(message.Key, message.Write, message.Version);
            Relay(message);
        }
    }

    private void Relay(in Message message)
    {
        foreach (var child in _tree.ChildrenOf(Context.Node))
        {
            Context.Send(child, message);
        }
    }
}

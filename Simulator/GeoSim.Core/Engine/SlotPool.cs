namespace GeoSim.Core.Engine;

/// <summary>
/// A growable array of structs with a free list: objects that come and go (messages in flight,
/// pending client ops) reuse slots, so steady state allocates nothing. A freed slot keeps its
/// contents until it is reused, which lets a generation counter survive reuse.
/// </summary>
internal sealed class SlotPool<T> where T : struct
{
    private T[] _items = new T[256];
    private int[] _free = new int[256];
    private int _freeCount;
    private int _used;

    /// <summary>Takes a slot (its old contents untouched) and returns a reference to it.</summary>
    public ref T Allocate(out int index)
    {
        if (_freeCount > 0)
        {
            index = _free[--_freeCount];
        }
        else
        {
            if (_used == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }
            index = _used++;
        }
        return ref _items[index];
    }

    public ref T this[int index] => ref _items[index];

    public void Free(int index)
    {
        if (_freeCount == _free.Length)
        {
            Array.Resize(ref _free, _free.Length * 2);
        }
        _free[_freeCount++] = index;
    }
}

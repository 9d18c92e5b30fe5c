using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using S3Criteria.Model;
using S3Criteria.Rules.Language;

namespace S3Criteria.Engine;

/// <summary>
/// A derived index of one collection of the strategy by a text key of its items (an identifier, or each identifier of
/// a list such as <c>p.priorities</c>), built once per evaluation on first use and kept on the
/// <see cref="EvaluationScope"/>, the one fact every rule joins with. <see cref="ScanIndexRewriter"/> makes nested
/// scans joined on such a key read it, so that <c>count(p in partnerships where priority.id in p.priorities)</c> for
/// each priority area costs the partnerships of that area, not all of them.
/// </summary>
/// <remarks>
/// Lookups give the items in document order, each item once, exactly the items for which the key test is true (text
/// compared ordinally, as the rule language does; a missing key is its own key). Definitions are shared process-wide:
/// one per collection and key path. Thread-safe.
/// </remarks>
internal sealed class ScanIndex
{
    private static readonly ConcurrentDictionary<string, ScanIndex> Known = new(StringComparer.Ordinal);
    private static int _slots;

    private ScanIndex(PropertyInfo collection, IReadOnlyList<PropertyInfo> key, bool keyIsList, int slot)
    {
        Collection = collection;
        Key = key;
        KeyIsList = keyIsList;
        Slot = slot;
    }

    /// <summary>Gets the property of <see cref="Strategy"/> that holds the collection.</summary>
    public PropertyInfo Collection { get; }

    /// <summary>Gets the properties that lead from an item to its key.</summary>
    public IReadOnlyList<PropertyInfo> Key { get; }

    /// <summary>Gets a value indicating whether the key is a list of texts (an item is filed under each of them).</summary>
    public bool KeyIsList { get; }

    /// <summary>Gets the place of this index's built form on a scope.</summary>
    public int Slot { get; }

    /// <summary>Gets how many index definitions the process knows: the slots a scope may need.</summary>
    public static int SlotCount => Volatile.Read(ref _slots);

    /// <summary>Gets the index of <paramref name="collection"/> by <paramref name="key"/>, one per process.</summary>
    public static ScanIndex For(PropertyInfo collection, IReadOnlyList<PropertyInfo> key, bool keyIsList)
    {
        var name = $"{collection.Name}:{string.Join('.', key.Select(p => p.Name))}";
        return Known.GetOrAdd(name, _ => new ScanIndex(collection, key, keyIsList, Interlocked.Increment(ref _slots) - 1));
    }

    /// <summary>The items of the collection whose key is <paramref name="key"/> (or, for a list key, lists it).</summary>
    public static IReadOnlyList<T> Items<T>(EvaluationScope scope, ScanIndex index, string? key) => index.BuiltFor<T>(scope).Items(key);

    /// <summary>The items of the collection filed under any of <paramref name="keys"/>, each once, in document order.</summary>
    public static IReadOnlyList<T> ItemsOfAny<T>(EvaluationScope scope, ScanIndex index, IReadOnlyList<string> keys) => index.BuiltFor<T>(scope).ItemsOfAny(keys);

    /// <inheritdoc/>
    public override string ToString() => $"{Collection.Name} by {string.Join('.', Key.Select(p => p.Name))}";

    private Built<T> BuiltFor<T>(EvaluationScope scope) =>
        (Built<T>)scope.Derived(Slot, SlotCount, this, static (s, index) => new Built<T>(index, s.Strategy));

    /// <summary>Reads an item's key: a text, a list of texts, or <see langword="null"/>.</summary>
    private object? KeyOf(object item)
    {
        object? value = item;
        for (var i = 0; i < Key.Count && value is not null; i++)
        {
            value = Key[i].GetValue(value);
        }

        return value;
    }

    /// <summary>The index built for one strategy: for each key, the positions and items filed under it.</summary>
    private sealed class Built<T>
    {
        private readonly Dictionary<string, (int[] Positions, T[] Items)> _byKey = new(StringComparer.Ordinal);
        private readonly (int[] Positions, T[] Items) _missing;
        private readonly IReadOnlyList<T> _all;

        public Built(ScanIndex index, Strategy strategy)
        {
            var items = index.Collection.GetValue(strategy) as IReadOnlyList<T> ?? [];
            _all = items;
            var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var missing = new List<int>();
            for (var i = 0; i < items.Count; i++)
            {
                var key = items[i] is { } item ? index.KeyOf(item) : null;
                if (!index.KeyIsList)
                {
                    File(key as string, i);
                }
                else if (key is IEnumerable list)
                {
                    // A list the document leaves out files the item under nothing, as an empty one does.
                    foreach (var each in list)
                    {
                        File(each as string, i);
                    }
                }
            }

            foreach (var (key, positions) in byKey)
            {
                _byKey[key] = Bucket(positions);
            }

            _missing = Bucket(missing);

            void File(string? key, int position)
            {
                var bucket = key is null ? missing : byKey.TryGetValue(key, out var found) ? found : byKey[key] = [];
                if (bucket.Count == 0 || bucket[^1] != position)
                {
                    bucket.Add(position);
                }
            }

            (int[], T[]) Bucket(List<int> positions) => ([.. positions], [.. positions.Select(p => items[p])]);
        }

        public T[] Items(string? key) =>
            key is null ? _missing.Items : _byKey.TryGetValue(key, out var bucket) ? bucket.Items : [];

        public T[] ItemsOfAny(IReadOnlyList<string> keys)
        {
            if (keys.Count == 1)
            {
                return Items(keys[0]);
            }

            List<int[]>? buckets = null;
            (int[] Positions, T[] Items) only = ([], []);
            for (var k = 0; k < keys.Count; k++)
            {
                var bucket = keys[k] is null ? _missing : _byKey.TryGetValue(keys[k], out var found) ? found : ([], []);
                if (bucket.Positions.Length == 0 || ReferenceEquals(bucket.Positions, only.Positions))
                {
                    continue;
                }

                if (only.Positions.Length == 0)
                {
                    only = bucket;
                    continue;
                }

                (buckets ??= [only.Positions]).Add(bucket.Positions);
            }

            return buckets is null ? only.Items : Merge(buckets);
        }

        /// <summary>The items at the positions of several buckets, each once, in document order.</summary>
        private T[] Merge(List<int[]> buckets)
        {
            var positions = new SortedSet<int>();
            foreach (var bucket in buckets)
            {
                positions.UnionWith(bucket);
            }

            var items = new T[positions.Count];
            var i = 0;
            foreach (var position in positions)
            {
                items[i++] = _all[position];
            }

            return items;
        }
    }
}

using System.Globalization;
using S3Criteria.Documents;
using S3Criteria.Model;
using S3Criteria.Reports;

namespace S3Criteria.Evaluation;

/// <summary>
/// Identifies what findings are about: the <see cref="Subject"/> of an item a rule judged (its kind, identifier, name,
/// document path and location), and its place in document order, all from <see cref="ModelSchema.Subjects"/>.
/// </summary>
/// <remarks>
/// Items are found by reference, not by identifier, so two items that share an identifier keep their own paths. The
/// index of paths is built on first use: a report without findings never builds it.
/// </remarks>
internal sealed class SubjectIndex(Strategy strategy, StrategyDocument? document)
{
    private Dictionary<object, (SubjectKind Kind, string Path, int Order)>? _positions;

    /// <summary>Gets the subject of an item a rule judged.</summary>
    /// <param name="item">The strategy or an item of one of its collections.</param>
    /// <returns>The subject; an item that is not in the strategy is reported as the strategy, under its own name.</returns>
    public Subject SubjectOf(object item)
    {
        var (id, name) = ModelSchema.TryGetSubjectOf(item, out var schema) ? schema.Identify(item) : (string.Empty, ValueFormatter.Format(item));
        if (item is Strategy || !Positions().TryGetValue(item, out var position))
        {
            return new Subject(SubjectKind.Strategy, id, name, null, null);
        }

        return new Subject(position.Kind, id, name, position.Path, document?.LocationOf(position.Path));
    }

    /// <summary>Gets where an item comes in the report: the strategy first, then the collections in document order.</summary>
    /// <param name="item">The strategy or an item of one of its collections.</param>
    /// <returns>The rank; items not in the strategy come last.</returns>
    public int OrderOf(object item) => item is Strategy ? -1 : Positions().TryGetValue(item, out var position) ? position.Order : int.MaxValue;

    private Dictionary<object, (SubjectKind Kind, string Path, int Order)> Positions()
    {
        if (_positions is not null)
        {
            return _positions;
        }

        var positions = new Dictionary<object, (SubjectKind, string, int)>(ReferenceEqualityComparer.Instance);
        var order = 0;
        foreach (var subject in ModelSchema.Subjects.Where(s => s.Collection is not null))
        {
            var items = subject.Items(strategy);
            for (var i = 0; i < items.Count; i++)
            {
                positions.TryAdd(items[i], (subject.Kind, string.Create(CultureInfo.InvariantCulture, $"{subject.Collection!.Name}[{i}]"), order++));
            }
        }

        return _positions = positions;
    }
}

using S3Criteria.Documents;
using S3Criteria.Model;

namespace S3Criteria.Office.Layout;

/// <summary>
/// The layout of the strategy workbook, derived from the model schema the binder reads documents with, so that the
/// workbook cannot drift from YAML and JSON: a <c>Strategy</c> sheet of keys and values (every value of the strategy
/// that is not a collection, the keys of nested blocks dotted: <c>region.code</c>), one sheet per collection of the
/// strategy (its item's fields as columns), and one sheet per list of items inside those items (<c>Partners</c>).
/// </summary>
internal sealed class WorkbookLayout
{
    /// <summary>The name of the key/value sheet.</summary>
    public const string StrategySheet = "Strategy";

    /// <summary>The name of the sheet of instructions, which the reader does not read.</summary>
    public const string ReadMeSheet = "Read me";

    private WorkbookLayout(IReadOnlyList<WorkbookColumn> keys, IReadOnlyList<WorkbookSheet> collections)
    {
        Keys = keys;
        Collections = collections;
        Sheets = [.. collections.SelectMany(Flatten)];
    }

    /// <summary>Gets the layout of the strategy model.</summary>
    public static WorkbookLayout Strategy { get; } = Build();

    /// <summary>Gets the keys of the Strategy sheet, in the model's order (collections excluded).</summary>
    public IReadOnlyList<WorkbookColumn> Keys { get; }

    /// <summary>Gets the sheets of the strategy's collections, in the model's order.</summary>
    public IReadOnlyList<WorkbookSheet> Collections { get; }

    /// <summary>Gets every collection sheet, each followed by the sheets of lists inside its items.</summary>
    public IReadOnlyList<WorkbookSheet> Sheets { get; }

    /// <summary>Gets the names of every sheet the reader reads.</summary>
    public IEnumerable<string> SheetNames => Sheets.Select(s => s.Name).Prepend(StrategySheet);

    private static WorkbookLayout Build()
    {
        var keys = new List<WorkbookColumn>();
        var collections = new List<WorkbookSheet>();
        foreach (var field in Settable(ModelSchema.Strategy))
        {
            if (field.Type is { Kind: DataTypeKind.List, Element.Kind: DataTypeKind.Object })
            {
                collections.Add(Sheet(field, ModelSchema.Strategy, null));
            }
            else
            {
                Columns(ModelSchema.Strategy, field, string.Empty, keys);
            }
        }

        return new WorkbookLayout(keys, collections);
    }

    private static WorkbookSheet Sheet(ModelField field, ModelKind owner, WorkbookSheet? parent)
    {
        var kind = field.Type.Element!.Model!;
        var columns = new List<WorkbookColumn>();
        if (parent is not null)
        {
            columns.Add(new WorkbookColumn(owner.Name, CellKind.Text, typeof(string), false, true, $"The id of the {owner.Name} (in the {parent.Name} sheet) this row belongs to."));
        }

        var lists = new List<ModelField>();
        foreach (var child in Settable(kind))
        {
            if (child.Type is { Kind: DataTypeKind.List, Element.Kind: DataTypeKind.Object })
            {
                lists.Add(child);
            }
            else
            {
                Columns(kind, child, string.Empty, columns);
            }
        }

        var sheet = new WorkbookSheet(SheetName(field.Name), field.Name, kind, columns, parent);
        sheet.Children.AddRange(lists.Select(list => Sheet(list, kind, sheet)));
        return sheet;
    }

    /// <summary>Adds the column of a field, or the columns of a block's fields with dotted names.</summary>
    private static void Columns(ModelKind owner, ModelField field, string prefix, List<WorkbookColumn> columns)
    {
        var name = prefix + field.Name;
        if (field.Type.Kind == DataTypeKind.Object)
        {
            foreach (var child in Settable(field.Type.Model!))
            {
                Columns(field.Type.Model!, child, name + ".", columns);
            }

            return;
        }

        var isList = field.Type.Kind == DataTypeKind.List;
        var element = isList ? field.Type.Element! : field.Type;
        var clr = isList ? field.Property.PropertyType.GetGenericArguments()[0] : Nullable.GetUnderlyingType(field.Property.PropertyType) ?? field.Property.PropertyType;
        var kind = element.Kind switch
        {
            DataTypeKind.Number => clr == typeof(int) ? CellKind.WholeNumber : CellKind.Number,
            DataTypeKind.Boolean => CellKind.Boolean,
            DataTypeKind.Date => CellKind.Date,
            DataTypeKind.Enum => CellKind.Choice,
            _ => CellKind.Text,
        };
        var description = StrategyJsonSchema.Describe($"{owner.Name}.{field.Name}");
        columns.Add(new WorkbookColumn(name, kind, clr, isList, field.IsRequired, description, element.EnumType));
    }

    private static IEnumerable<ModelField> Settable(ModelKind kind) => kind.Fields.Where(f => f.IsSettable);

    private static IEnumerable<WorkbookSheet> Flatten(WorkbookSheet sheet) => sheet.Children.SelectMany(Flatten).Prepend(sheet);

    /// <summary>The sheet of a collection: its key with a capital, such as <c>Partnerships</c>.</summary>
    private static string SheetName(string field) => char.ToUpperInvariant(field[0]) + field[1..].Replace('-', ' ');
}

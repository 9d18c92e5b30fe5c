using System.Linq.Expressions;
using S3Criteria.Diagnostics;
using S3Criteria.Model;

namespace S3Criteria.Rules.Language;

/// <content>Names and fields: what a name stands for, and reading a field of a model object.</content>
internal sealed partial class ExpressionBinder
{
    private Typed? BindName(NameExpr name, DataType? expected)
    {
        if (_names.TryResolve(name.Name, out var typed))
        {
            NoteListRead(typed);
            if (typed.Constant is string text && expected?.Kind == DataTypeKind.Enum)
            {
                return EnumConstant(text, expected, name.Position, Messages.ParameterNotAnEnumValue, name.Name);
            }

            return typed;
        }

        if (expected?.Kind == DataTypeKind.Enum)
        {
            return EnumConstant(name.Name, expected, name.Position, Messages.NotAnEnumValue);
        }

        var candidates = _names.CandidateNames();
        Report(
            Messages.UnknownName,
            name.Position,
            ("name", name.Name),
            ("suggestion", NameSuggester.Suggest(name.Name, candidates)),
            ("names", candidates),
            ("hint", MinusHint(name.Name)));
        return null;
    }

    private bool IsKnownName(string name) => _names.TryResolve(name, out _);

    /// <summary>Explains that <c>today-years(3)</c> is one name: names contain hyphens, so subtraction needs spaces.</summary>
    private string MinusHint(string name) =>
        name.Contains('-', StringComparison.Ordinal) && name.Split('-').Any(part => IsKnownName(part) || FunctionCatalogue.TryFind(part, out _))
            ? " " + Messages.SubtractWithSpaces.Format()
            : string.Empty;

    private Typed? BindMember(MemberExpr member)
    {
        var target = Bind(member.Target);
        if (target is null)
        {
            return null;
        }

        if (target.Type.Kind != DataTypeKind.Object)
        {
            Report(Messages.NotAnObject, member.NamePosition, ("type", target.Type.DisplayName), ("field", member.Name));
            return null;
        }

        var kind = target.Type.Model!;
        if (!kind.TryGetField(member.Name, out var field))
        {
            var names = kind.Fields.Select(f => f.Name).ToList();
            Report(Messages.UnknownField, member.NamePosition, ("kind", kind.Name), ("field", member.Name), ("suggestion", NameSuggester.Suggest(member.Name, names)), ("fields", names));
            return null;
        }

        var path = target.Path is null ? null : $"{target.Path}.{field.Name}";
        if (field.Type.Kind == DataTypeKind.List)
        {
            var list = NameScope.StatedList(ReadField(target.Expression, field), field, path);
            NoteListRead(list);
            return list;
        }

        var value = ReadField(target.Expression, field);
        var presence = field.Property.PropertyType == typeof(bool?) ? Expression.Property(Expression.Property(target.Expression, field.Property), "HasValue") : null;
        var typed = new Typed(field.Type, value, Path: path, Presence: presence);
        NoteRead(field, typed);
        return typed;
    }

    private static Expression ReadField(Expression target, ModelField field)
    {
        Expression value = Expression.Property(target, field.Property);
        var clr = field.Property.PropertyType;
        if (clr == typeof(CountryCode) || clr == typeof(NutsCode))
        {
            return Expression.Property(value, nameof(CountryCode.Value));
        }

        if (clr == typeof(bool?))
        {
            // Missing reads as false; rules that read it directly get "cannot assess" instead (see Presence).
            return Expression.Call(value, nameof(Nullable<bool>.GetValueOrDefault), Type.EmptyTypes);
        }

        if (clr == typeof(NutsCode?))
        {
            return Expression.Condition(
                Expression.Property(value, "HasValue"),
                Expression.Property(Expression.Property(value, "Value"), nameof(NutsCode.Value)),
                Expression.Constant(null, typeof(string)));
        }

        return value.Type == field.Type.ClrType ? value : Expression.Convert(value, field.Type.ClrType);
    }
}

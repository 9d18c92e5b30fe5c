using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace S3Criteria.Tests.Support;

/// <summary>
/// Reads an assembly's visible surface with System.Reflection.Metadata and lists where it names a type of another
/// assembly that must stay an implementation detail. Visible means public, or protected (also protected internal)
/// in a visible type. Checked: base types, interfaces, generic constraints, fields, method return and parameter
/// types, properties, events, with all generic arguments, arrays and by-refs taken apart.
/// </summary>
internal sealed class PublicSurfaceReader
{
    private readonly MetadataReader reader;
    private readonly TokenTypeResolver tokens;
    private readonly Func<string, bool> isHidden;
    private readonly SortedSet<string> found = new(StringComparer.Ordinal);

    private PublicSurfaceReader(MetadataReader reader, Func<string, bool> isHidden)
    {
        this.reader = reader;
        this.isHidden = isHidden;
        tokens = new TokenTypeResolver(reader);
    }

    /// <summary>Lists, sorted, each <c>Type.Member exposes Namespace.Type (Assembly)</c> where a visible member names a type from an assembly that <paramref name="isHiddenAssembly"/> accepts.</summary>
    public static IReadOnlyList<string> FindExposed(string path, Func<string, bool> isHiddenAssembly)
    {
        ArgumentNullException.ThrowIfNull(isHiddenAssembly);
        using var pe = new PEReader(File.OpenRead(path));
        return FindExposed(pe, isHiddenAssembly);
    }

    /// <summary>As <see cref="FindExposed(string, Func{string, bool})"/>, on an image already open.</summary>
    public static IReadOnlyList<string> FindExposed(PEReader pe, Func<string, bool> isHiddenAssembly)
    {
        ArgumentNullException.ThrowIfNull(pe);
        ArgumentNullException.ThrowIfNull(isHiddenAssembly);
        var surface = new PublicSurfaceReader(pe.GetMetadataReader(), isHiddenAssembly);
        foreach (var handle in surface.reader.TypeDefinitions.Where(surface.IsVisible))
        {
            surface.CheckType(handle);
        }

        return [.. surface.found];
    }

    private void CheckType(TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = TypeName(handle);
        Check(tokens.TypesOf(type.BaseType), $"{name} (base type)");
        foreach (var implementation in type.GetInterfaceImplementations().Select(reader.GetInterfaceImplementation))
        {
            Check(tokens.TypesOf(implementation.Interface), $"{name} (interface)");
        }

        CheckConstraints(type.GetGenericParameters(), name);
        foreach (var field in type.GetFields().Select(reader.GetFieldDefinition).Where(field => IsVisible(field.Attributes)))
        {
            Check(field.DecodeSignature(tokens.Provider, null), $"{name}.{reader.GetString(field.Name)}");
        }

        // Accessors are checked once, as their property or event.
        var accessors = type.GetProperties().Select(reader.GetPropertyDefinition).SelectMany(property => AccessorsOf(property.GetAccessors()))
            .Concat(type.GetEvents().Select(reader.GetEventDefinition).SelectMany(@event => AccessorsOf(@event.GetAccessors())))
            .ToHashSet();
        foreach (var method in type.GetMethods().Where(method => !accessors.Contains(method)).Select(reader.GetMethodDefinition).Where(method => IsVisible(method.Attributes)))
        {
            var member = $"{name}.{reader.GetString(method.Name)}";
            Check(TypeHandleProvider.Flatten(method.DecodeSignature(tokens.Provider, null)), member);
            CheckConstraints(method.GetGenericParameters(), member);
        }

        foreach (var property in type.GetProperties().Select(reader.GetPropertyDefinition))
        {
            var (getter, setter) = (property.GetAccessors().Getter, property.GetAccessors().Setter);
            if (IsVisible(getter) || IsVisible(setter))
            {
                Check(TypeHandleProvider.Flatten(property.DecodeSignature(tokens.Provider, null)), $"{name}.{reader.GetString(property.Name)}");
            }
        }

        foreach (var @event in type.GetEvents().Select(reader.GetEventDefinition))
        {
            var (adder, remover) = (@event.GetAccessors().Adder, @event.GetAccessors().Remover);
            if (IsVisible(adder) || IsVisible(remover))
            {
                Check(tokens.TypesOf(@event.Type), $"{name}.{reader.GetString(@event.Name)}");
            }
        }
    }

    private static IEnumerable<MethodDefinitionHandle> AccessorsOf(PropertyAccessors accessors) => [accessors.Getter, accessors.Setter, .. accessors.Others];

    private static IEnumerable<MethodDefinitionHandle> AccessorsOf(EventAccessors accessors) => [accessors.Adder, accessors.Remover, accessors.Raiser, .. accessors.Others];

    private void CheckConstraints(GenericParameterHandleCollection parameters, string member)
    {
        foreach (var parameter in parameters.Select(reader.GetGenericParameter))
        {
            foreach (var constraint in parameter.GetConstraints().Select(reader.GetGenericParameterConstraint))
            {
                Check(tokens.TypesOf(constraint.Type), $"{member} (constraint on {reader.GetString(parameter.Name)})");
            }
        }
    }

    private void Check(ImmutableArray<EntityHandle> types, string member)
    {
        foreach (var reference in types.Where(type => type.Kind == HandleKind.TypeReference).Select(type => (TypeReferenceHandle)type))
        {
            if (AssemblyOf(reference) is { } assembly && isHidden(assembly))
            {
                found.Add($"{member} exposes {ReferenceName(reference)} ({assembly})");
            }
        }
    }

    /// <summary>The name of the assembly a type reference points into; null for this module and module references.</summary>
    private string? AssemblyOf(TypeReferenceHandle handle)
    {
        var scope = reader.GetTypeReference(handle).ResolutionScope;
        return scope.Kind switch
        {
            HandleKind.AssemblyReference => reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name),
            HandleKind.TypeReference => AssemblyOf((TypeReferenceHandle)scope),
            _ => null,
        };
    }

    private string ReferenceName(TypeReferenceHandle handle)
    {
        var reference = reader.GetTypeReference(handle);
        var name = reader.GetString(reference.Name);
        if (reference.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return $"{ReferenceName((TypeReferenceHandle)reference.ResolutionScope)}+{name}";
        }

        return reference.Namespace.IsNil ? name : $"{reader.GetString(reference.Namespace)}.{name}";
    }

    private string TypeName(TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        if (type.IsNested)
        {
            return $"{TypeName(type.GetDeclaringType())}+{name}";
        }

        return type.Namespace.IsNil ? name : $"{reader.GetString(type.Namespace)}.{name}";
    }

    /// <summary>A public top-level type, or a public or protected type nested in a visible one.</summary>
    private bool IsVisible(TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        return (type.Attributes & TypeAttributes.VisibilityMask) switch
        {
            TypeAttributes.Public => true,
            TypeAttributes.NestedPublic or TypeAttributes.NestedFamily or TypeAttributes.NestedFamORAssem => IsVisible(type.GetDeclaringType()),
            _ => false,
        };
    }

    private bool IsVisible(MethodDefinitionHandle accessor) =>
        !accessor.IsNil && IsVisible(reader.GetMethodDefinition(accessor).Attributes);

    private static bool IsVisible(MethodAttributes attributes) =>
        (attributes & MethodAttributes.MemberAccessMask) is MethodAttributes.Public or MethodAttributes.Family or MethodAttributes.FamORAssem;

    private static bool IsVisible(FieldAttributes attributes) =>
        (attributes & FieldAttributes.FieldAccessMask) is FieldAttributes.Public or FieldAttributes.Family or FieldAttributes.FamORAssem;
}

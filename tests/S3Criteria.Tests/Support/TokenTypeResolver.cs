using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace S3Criteria.Tests.Support;

/// <summary>
/// Resolves a metadata token (as IL operands, base types, attribute constructors and member parents carry them) to the
/// TypeDef and TypeRef handles it involves: a call to <c>List&lt;Finding&gt;.Add(Finding)</c> involves List`1 and
/// Finding; a field token involves the field's declaring type and its type.
/// </summary>
internal sealed class TokenTypeResolver
{
    private readonly MetadataReader reader;

    /// <summary>Creates a resolver for one assembly.</summary>
    public TokenTypeResolver(MetadataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        this.reader = reader;
        Provider = new TypeHandleProvider(reader);
    }

    /// <summary>The signature decoder the resolver uses, for callers that decode signatures themselves.</summary>
    public TypeHandleProvider Provider { get; }

    /// <summary>The types a token involves. Tokens of other kinds (strings, module references, parameters) involve none.</summary>
    public ImmutableArray<EntityHandle> TypesOf(EntityHandle handle) => handle.Kind switch
    {
        _ when handle.IsNil => [],
        HandleKind.TypeDefinition or HandleKind.TypeReference => [handle],
        HandleKind.TypeSpecification => reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(Provider, null),
        HandleKind.MethodDefinition => OfMethod((MethodDefinitionHandle)handle),
        HandleKind.FieldDefinition => OfField((FieldDefinitionHandle)handle),
        HandleKind.MemberReference => OfMemberReference((MemberReferenceHandle)handle),
        HandleKind.MethodSpecification => OfMethodSpecification((MethodSpecificationHandle)handle),
        HandleKind.StandaloneSignature => OfStandAloneSignature((StandaloneSignatureHandle)handle),
        _ => [],
    };

    /// <summary>The types a custom attribute involves: the attribute type, its constructor's parameter types, and the
    /// types its arguments name (<c>typeof(X)</c> and enum values).</summary>
    public ImmutableArray<EntityHandle> TypesOf(CustomAttributeHandle handle)
    {
        var attribute = reader.GetCustomAttribute(handle);
        var value = attribute.DecodeValue(Provider);
        var arguments = value.FixedArguments.Concat(value.NamedArguments.Select(named => new CustomAttributeTypedArgument<ImmutableArray<EntityHandle>>(named.Type, named.Value)));
        return TypesOf(attribute.Constructor).AddRange(arguments.SelectMany(ArgumentTypes));
    }

    /// <summary>The namespace and name of a custom attribute's type.</summary>
    public (string Namespace, string Name) AttributeTypeName(CustomAttributeHandle handle)
    {
        var constructor = reader.GetCustomAttribute(handle).Constructor;
        var type = constructor.Kind == HandleKind.MethodDefinition
            ? reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType()
            : reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
        return type.Kind switch
        {
            HandleKind.TypeDefinition => Names(reader.GetTypeDefinition((TypeDefinitionHandle)type)),
            HandleKind.TypeReference => Names(reader.GetTypeReference((TypeReferenceHandle)type)),
            _ => (string.Empty, string.Empty),
        };
    }

    private ImmutableArray<EntityHandle> OfMethod(MethodDefinitionHandle handle)
    {
        var method = reader.GetMethodDefinition(handle);
        return TypeHandleProvider.Flatten(method.DecodeSignature(Provider, null)).Add(method.GetDeclaringType());
    }

    private ImmutableArray<EntityHandle> OfField(FieldDefinitionHandle handle)
    {
        var field = reader.GetFieldDefinition(handle);
        return field.DecodeSignature(Provider, null).Add(field.GetDeclaringType());
    }

    private ImmutableArray<EntityHandle> OfMemberReference(MemberReferenceHandle handle)
    {
        var member = reader.GetMemberReference(handle);
        var signature = member.GetKind() == MemberReferenceKind.Method
            ? TypeHandleProvider.Flatten(member.DecodeMethodSignature(Provider, null))
            : member.DecodeFieldSignature(Provider, null);
        return signature.AddRange(TypesOf(member.Parent));
    }

    private ImmutableArray<EntityHandle> OfMethodSpecification(MethodSpecificationHandle handle)
    {
        var specification = reader.GetMethodSpecification(handle);
        return TypesOf(specification.Method).AddRange(specification.DecodeSignature(Provider, null).SelectMany(argument => argument));
    }

    private ImmutableArray<EntityHandle> OfStandAloneSignature(StandaloneSignatureHandle handle)
    {
        var signature = reader.GetStandaloneSignature(handle);
        return signature.GetKind() == StandaloneSignatureKind.Method
            ? TypeHandleProvider.Flatten(signature.DecodeMethodSignature(Provider, null))
            : [.. signature.DecodeLocalSignature(Provider, null).SelectMany(local => local)];
    }

    /// <summary>The types an attribute argument names: its enum type, a <c>typeof</c> value, or those of array elements.</summary>
    private static IEnumerable<EntityHandle> ArgumentTypes(CustomAttributeTypedArgument<ImmutableArray<EntityHandle>> argument)
    {
        IEnumerable<EntityHandle> fromValue = argument.Value switch
        {
            ImmutableArray<EntityHandle> type => type,
            ImmutableArray<CustomAttributeTypedArgument<ImmutableArray<EntityHandle>>> elements => elements.SelectMany(ArgumentTypes),
            _ => [],
        };
        return argument.Type.Concat(fromValue);
    }

    private (string Namespace, string Name) Names(TypeDefinition type) => (reader.GetString(type.Namespace), reader.GetString(type.Name));

    private (string Namespace, string Name) Names(TypeReference type) => (reader.GetString(type.Namespace), reader.GetString(type.Name));
}

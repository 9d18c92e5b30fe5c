using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace S3Criteria.Tests.Support;

/// <summary>
/// Decodes signatures and custom attribute values into the TypeDef and TypeRef handles they name: a
/// <c>Dictionary&lt;string, List&lt;Finding&gt;&gt;</c> becomes [Dictionary`2, String, List`1, Finding].
/// </summary>
/// <remarks>Primitive types and generic parameters name nothing; arrays, pointers, by-refs and modifiers name their element type.</remarks>
internal sealed class TypeHandleProvider :
    ISignatureTypeProvider<ImmutableArray<EntityHandle>, object?>,
    ICustomAttributeTypeProvider<ImmutableArray<EntityHandle>>
{
    private static readonly char[] SerializedNameSeparators = ['[', ']', ','];

    private readonly MetadataReader reader;
    private readonly Dictionary<string, TypeDefinitionHandle> definitionsByName = new(StringComparer.Ordinal);

    /// <summary>Creates a provider for the types of one assembly.</summary>
    public TypeHandleProvider(MetadataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        this.reader = reader;
        foreach (var handle in reader.TypeDefinitions)
        {
            definitionsByName[SerializedName(handle)] = handle;
        }
    }

    /// <summary>The type defined in this assembly under a serialized name (<c>Ns.Outer+Inner</c>), if any.</summary>
    public bool TryGetDefinition(string serializedName, out TypeDefinitionHandle handle) =>
        definitionsByName.TryGetValue(serializedName, out handle);

    public ImmutableArray<EntityHandle> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];

    public ImmutableArray<EntityHandle> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => [handle];

    public ImmutableArray<EntityHandle> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => [handle];

    public ImmutableArray<EntityHandle> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public ImmutableArray<EntityHandle> GetSZArrayType(ImmutableArray<EntityHandle> elementType) => elementType;

    public ImmutableArray<EntityHandle> GetArrayType(ImmutableArray<EntityHandle> elementType, ArrayShape shape) => elementType;

    public ImmutableArray<EntityHandle> GetByReferenceType(ImmutableArray<EntityHandle> elementType) => elementType;

    public ImmutableArray<EntityHandle> GetPointerType(ImmutableArray<EntityHandle> elementType) => elementType;

    public ImmutableArray<EntityHandle> GetPinnedType(ImmutableArray<EntityHandle> elementType) => elementType;

    public ImmutableArray<EntityHandle> GetModifiedType(ImmutableArray<EntityHandle> modifier, ImmutableArray<EntityHandle> unmodifiedType, bool isRequired) =>
        unmodifiedType.AddRange(modifier);

    public ImmutableArray<EntityHandle> GetGenericInstantiation(ImmutableArray<EntityHandle> genericType, ImmutableArray<ImmutableArray<EntityHandle>> typeArguments) =>
        genericType.AddRange(typeArguments.SelectMany(argument => argument));

    public ImmutableArray<EntityHandle> GetGenericMethodParameter(object? genericContext, int index) => [];

    public ImmutableArray<EntityHandle> GetGenericTypeParameter(object? genericContext, int index) => [];

    public ImmutableArray<EntityHandle> GetFunctionPointerType(MethodSignature<ImmutableArray<EntityHandle>> signature) =>
        Flatten(signature);

    /// <summary>The value of a <c>typeof(X)</c> attribute argument: X, when it is a type of this assembly (others are not needed).</summary>
    public ImmutableArray<EntityHandle> GetTypeFromSerializedName(string name)
    {
        // "Ns.A`1[[Ns.B, Asm, Version=…]], Asm": every piece between brackets and commas is tried as a name of ours.
        var pieces = name.Split(SerializedNameSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return [.. pieces.Where(definitionsByName.ContainsKey).Select(piece => (EntityHandle)definitionsByName[piece])];
    }

    /// <summary>System.Type is never one of ours, so a set naming nothing stands for it.</summary>
    public ImmutableArray<EntityHandle> GetSystemType() => [];

    public bool IsSystemType(ImmutableArray<EntityHandle> type) =>
        type.Length == 1 && type[0].Kind == HandleKind.TypeReference && IsSystemTypeReference((TypeReferenceHandle)type[0]);

    /// <summary>The underlying type of an enum: read from its <c>value__</c> field when it is ours, assumed <c>int</c> otherwise (as for all BCL enums used in attributes).</summary>
    public PrimitiveTypeCode GetUnderlyingEnumType(ImmutableArray<EntityHandle> type)
    {
        if (type.Length == 1 && type[0].Kind == HandleKind.TypeDefinition)
        {
            foreach (var fieldHandle in reader.GetTypeDefinition((TypeDefinitionHandle)type[0]).GetFields())
            {
                var field = reader.GetFieldDefinition(fieldHandle);
                if (reader.StringComparer.Equals(field.Name, "value__"))
                {
                    var blob = reader.GetBlobReader(field.Signature);
                    _ = blob.ReadSignatureHeader();
                    return (PrimitiveTypeCode)blob.ReadSignatureTypeCode();
                }
            }
        }

        return PrimitiveTypeCode.Int32;
    }

    /// <summary>Every type a method signature names: its return type and parameter types.</summary>
    public static ImmutableArray<EntityHandle> Flatten(MethodSignature<ImmutableArray<EntityHandle>> signature) =>
        signature.ReturnType.AddRange(signature.ParameterTypes.SelectMany(parameter => parameter));

    private bool IsSystemTypeReference(TypeReferenceHandle handle)
    {
        var reference = reader.GetTypeReference(handle);
        return reader.StringComparer.Equals(reference.Namespace, "System") && reader.StringComparer.Equals(reference.Name, "Type");
    }

    /// <summary>The name of a defined type as attribute blobs serialize it: <c>Ns.Outer+Inner</c>.</summary>
    private string SerializedName(TypeDefinitionHandle handle)
    {
        var definition = reader.GetTypeDefinition(handle);
        var name = reader.GetString(definition.Name);
        if (definition.IsNested)
        {
            return $"{SerializedName(definition.GetDeclaringType())}+{name}";
        }

        var ns = reader.GetString(definition.Namespace);
        return ns.Length == 0 ? name : $"{ns}.{name}";
    }
}

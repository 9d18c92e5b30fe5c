using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace S3Criteria.Tests.Support;

/// <summary>
/// Reads a compiled assembly with System.Reflection.Metadata (no loading, no reflection) and lists which of its
/// top-level types use which others. A type counts together with everything nested in it (closures, iterators,
/// async state machines, lambdas' display classes). A use is any mention in metadata or code: base type,
/// interfaces, generic constraints, attributes (and their <c>typeof</c> arguments), fields, method signatures,
/// properties, events, explicit implementations, local variables, catch clauses, and every token in the IL of
/// method bodies (calls, field access, <c>newobj</c>, casts, <c>ldtoken</c>, <c>ldftn</c>, <c>calli</c>…).
/// </summary>
internal sealed class AssemblyDependencyReader
{
    private readonly PEReader pe;
    private readonly MetadataReader reader;
    private readonly TokenTypeResolver tokens;
    private readonly Dictionary<TypeDefinitionHandle, DefinedType> outermost = [];
    private readonly HashSet<TypeDependency> found = [];

    private AssemblyDependencyReader(PEReader pe)
    {
        this.pe = pe;
        reader = pe.GetMetadataReader();
        tokens = new TokenTypeResolver(reader);
    }

    /// <summary>Reads the assembly file at <paramref name="path"/>.</summary>
    public static AssemblyDependencies ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    /// <summary>Reads an assembly image (a file, or one emitted into memory by a test).</summary>
    public static AssemblyDependencies Read(Stream image)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var pe = new PEReader(image, PEStreamOptions.LeaveOpen | PEStreamOptions.PrefetchEntireImage);
        return new AssemblyDependencyReader(pe).Collect();
    }

    private AssemblyDependencies Collect()
    {
        foreach (var handle in reader.TypeDefinitions)
        {
            outermost[handle] = Describe(Outermost(handle));
        }

        foreach (var handle in reader.TypeDefinitions)
        {
            CollectType(handle);
        }

        var types = reader.TypeDefinitions.Where(handle => !reader.GetTypeDefinition(handle).IsNested && !IsEmptyModuleType(handle));
        return new AssemblyDependencies([.. types.Select(handle => outermost[handle])], [.. found]);
    }

    /// <summary>Every use in one type definition's own metadata and members (nested types are visited on their own).</summary>
    private void CollectType(TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var prefix = type.IsNested ? $"{NestedPath(handle)}." : string.Empty;
        var where = type.IsNested ? NestedPath(handle) : "type";

        Add(handle, tokens.TypesOf(type.BaseType), $"base type of {where}");
        foreach (var implementation in type.GetInterfaceImplementations().Select(reader.GetInterfaceImplementation))
        {
            Add(handle, tokens.TypesOf(implementation.Interface), $"interface of {where}");
        }

        AddAttributes(handle, type.GetCustomAttributes(), $"attribute on {where}");
        AddGenericParameters(handle, type.GetGenericParameters(), where);
        foreach (var implementation in type.GetMethodImplementations().Select(reader.GetMethodImplementation))
        {
            Add(handle, tokens.TypesOf(implementation.MethodDeclaration), $"explicit implementation in {where}");
        }

        foreach (var field in type.GetFields().Select(reader.GetFieldDefinition))
        {
            var name = prefix + reader.GetString(field.Name);
            Add(handle, field.DecodeSignature(tokens.Provider, null), $"field {name}");
            AddAttributes(handle, field.GetCustomAttributes(), $"attribute on field {name}");
        }

        foreach (var method in type.GetMethods())
        {
            CollectMethod(handle, method, prefix);
        }

        foreach (var property in type.GetProperties().Select(reader.GetPropertyDefinition))
        {
            var name = prefix + reader.GetString(property.Name);
            Add(handle, TypeHandleProvider.Flatten(property.DecodeSignature(tokens.Provider, null)), $"property {name}");
            AddAttributes(handle, property.GetCustomAttributes(), $"attribute on property {name}");
        }

        foreach (var @event in type.GetEvents().Select(reader.GetEventDefinition))
        {
            var name = prefix + reader.GetString(@event.Name);
            Add(handle, tokens.TypesOf(@event.Type), $"event {name}");
            AddAttributes(handle, @event.GetCustomAttributes(), $"attribute on event {name}");
        }
    }

    /// <summary>A method's signature, attributes, generic constraints, and, when it has a body, its locals, catch clauses and IL.</summary>
    private void CollectMethod(TypeDefinitionHandle owner, MethodDefinitionHandle handle, string prefix)
    {
        var method = reader.GetMethodDefinition(handle);
        var name = prefix + reader.GetString(method.Name);
        Add(owner, TypeHandleProvider.Flatten(method.DecodeSignature(tokens.Provider, null)), $"signature of {name}");
        AddAttributes(owner, method.GetCustomAttributes(), $"attribute on {name}");
        foreach (var parameter in method.GetParameters().Select(reader.GetParameter))
        {
            AddAttributes(owner, parameter.GetCustomAttributes(), $"attribute on a parameter of {name}");
        }

        AddGenericParameters(owner, method.GetGenericParameters(), name);
        if (method.RelativeVirtualAddress == 0)
        {
            return;
        }

        var body = pe.GetMethodBody(method.RelativeVirtualAddress);
        if (!body.LocalSignature.IsNil)
        {
            Add(owner, tokens.TypesOf(body.LocalSignature), $"locals of {name}");
        }

        foreach (var region in body.ExceptionRegions.Where(region => !region.CatchType.IsNil))
        {
            Add(owner, tokens.TypesOf(region.CatchType), $"catch in {name}");
        }

        foreach (var token in ILTokens.Read(body))
        {
            Add(owner, tokens.TypesOf(token), $"body of {name}");
        }
    }

    private void AddGenericParameters(TypeDefinitionHandle owner, GenericParameterHandleCollection parameters, string where)
    {
        foreach (var parameter in parameters.Select(reader.GetGenericParameter))
        {
            var name = reader.GetString(parameter.Name);
            AddAttributes(owner, parameter.GetCustomAttributes(), $"attribute on {name} of {where}");
            foreach (var constraint in parameter.GetConstraints().Select(reader.GetGenericParameterConstraint))
            {
                Add(owner, tokens.TypesOf(constraint.Type), $"constraint on {name} of {where}");
            }
        }
    }

    private void AddAttributes(TypeDefinitionHandle owner, CustomAttributeHandleCollection attributes, string via)
    {
        foreach (var attribute in attributes)
        {
            Add(owner, tokens.TypesOf(attribute), via);
        }
    }

    /// <summary>Records a use of each type of this assembly among <paramref name="types"/> by the outermost type of <paramref name="owner"/>.</summary>
    private void Add(TypeDefinitionHandle owner, IEnumerable<EntityHandle> types, string via)
    {
        var from = outermost[owner];
        foreach (var type in types)
        {
            if (TryResolveOwn(type, out var definition) && outermost[definition] is var to && to != from)
            {
                found.Add(new TypeDependency(from, to, via));
            }
        }
    }

    /// <summary>A TypeDef handle, or a TypeRef that points back into this module (a compiler may emit those), as a definition.</summary>
    private bool TryResolveOwn(EntityHandle type, out TypeDefinitionHandle definition)
    {
        definition = default;
        if (type.Kind == HandleKind.TypeDefinition)
        {
            definition = (TypeDefinitionHandle)type;
            return true;
        }

        return type.Kind == HandleKind.TypeReference
            && SerializedNameInThisModule((TypeReferenceHandle)type) is { } name
            && tokens.Provider.TryGetDefinition(name, out definition);
    }

    /// <summary>The serialized name (<c>Ns.Outer+Inner</c>) of a type reference whose scope is this module; null for other assemblies.</summary>
    private string? SerializedNameInThisModule(TypeReferenceHandle handle)
    {
        var reference = reader.GetTypeReference(handle);
        var name = reader.GetString(reference.Name);
        return reference.ResolutionScope.Kind switch
        {
            HandleKind.ModuleDefinition => reference.Namespace.IsNil ? name : $"{reader.GetString(reference.Namespace)}.{name}",
            HandleKind.TypeReference => SerializedNameInThisModule((TypeReferenceHandle)reference.ResolutionScope) is { } outer ? $"{outer}+{name}" : null,
            _ => null,
        };
    }

    private TypeDefinitionHandle Outermost(TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        return type.IsNested ? Outermost(type.GetDeclaringType()) : handle;
    }

    /// <summary>A top-level type; see <see cref="DefinedType.IsGenerated"/> for which ones count as generated.</summary>
    private DefinedType Describe(TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var ns = reader.GetString(type.Namespace);
        var name = reader.GetString(type.Name);
        var outsideProject = !ns.StartsWith("S3Criteria", StringComparison.Ordinal);
        var generated = outsideProject && name.StartsWith('<') && type.GetCustomAttributes().Any(attribute =>
            tokens.AttributeTypeName(attribute) is ("System.Runtime.CompilerServices", "CompilerGeneratedAttribute") or ("System.CodeDom.Compiler", "GeneratedCodeAttribute"));
        return new DefinedType(ns, name, generated);
    }

    /// <summary>The <c>&lt;Module&gt;</c> type (always row 1) while nothing (a module initializer, a global method) lives in it.</summary>
    private bool IsEmptyModuleType(TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        return reader.StringComparer.Equals(type.Name, "<Module>") && type.Namespace.IsNil
            && type.GetMethods().Count == 0 && type.GetFields().Count == 0;
    }

    /// <summary>The path of a nested type below its outermost type: <c>&lt;&gt;c__DisplayClass3_0</c>, <c>Inner+Deeper</c>.</summary>
    private string NestedPath(TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        var declaring = reader.GetTypeDefinition(type.GetDeclaringType());
        return declaring.IsNested ? $"{NestedPath(type.GetDeclaringType())}+{name}" : name;
    }
}

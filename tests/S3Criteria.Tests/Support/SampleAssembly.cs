using System.Reflection;
using System.Reflection.Emit;

namespace S3Criteria.Tests.Support;

/// <summary>
/// Tiny assemblies emitted into memory (System.Reflection.Emit's <see cref="PersistedAssemblyBuilder"/>, no
/// compiler needed), to show that the metadata readers find what they look for in real IL and metadata.
/// </summary>
internal static class SampleAssembly
{
    private const TypeAttributes PublicClass = TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.Sealed;
    private const MethodAttributes PublicStatic = MethodAttributes.Public | MethodAttributes.Static;

    /// <summary>
    /// <c>S3Criteria.Diagnostics.Early</c> uses <c>S3Criteria.Evaluation.Late</c> only inside code: <c>Touch()</c>
    /// calls <c>Late.Run()</c>, and the nested <c>Early+Helper.Hold()</c> has a local of type Late. Late has a field
    /// of type Early, which is the allowed direction.
    /// </summary>
    public static MemoryStream WithBackwardReferencesInCode()
    {
        var (assembly, module) = Create("LayeringSample");
        var early = module.DefineType("S3Criteria.Diagnostics.Early", PublicClass);
        var late = module.DefineType("S3Criteria.Evaluation.Late", PublicClass);
        late.DefineField("early", early, FieldAttributes.Private);
        var run = late.DefineMethod("Run", PublicStatic, typeof(void), Type.EmptyTypes);
        run.GetILGenerator().Emit(OpCodes.Ret);

        var touch = early.DefineMethod("Touch", PublicStatic, typeof(void), Type.EmptyTypes).GetILGenerator();
        touch.Emit(OpCodes.Call, run);
        touch.Emit(OpCodes.Ret);

        var helper = early.DefineNestedType("Helper", TypeAttributes.NestedPrivate | TypeAttributes.Class | TypeAttributes.Sealed);
        var hold = helper.DefineMethod("Hold", PublicStatic, typeof(void), Type.EmptyTypes).GetILGenerator();
        hold.DeclareLocal(late);
        hold.Emit(OpCodes.Ret);

        early.CreateType();
        helper.CreateType();
        late.CreateType();
        return Save(assembly);
    }

    /// <summary>
    /// A public <c>Sample.Leaky</c> whose public <c>Definition()</c> returns an NRules type and whose private
    /// <c>Hidden(IRuleDefinition)</c> takes one (allowed: not visible).
    /// </summary>
    public static MemoryStream WithNRulesInPublicSignature()
    {
        var (assembly, module) = Create("SurfaceSample");
        var leaky = module.DefineType("Sample.Leaky", PublicClass);
        var definition = leaky.DefineMethod("Definition", PublicStatic, typeof(NRules.RuleModel.IRuleDefinition), Type.EmptyTypes).GetILGenerator();
        definition.Emit(OpCodes.Ldnull);
        definition.Emit(OpCodes.Ret);
        var hidden = leaky.DefineMethod("Hidden", MethodAttributes.Private | MethodAttributes.Static, typeof(void), [typeof(NRules.RuleModel.IRuleDefinition)]);
        hidden.GetILGenerator().Emit(OpCodes.Ret);
        leaky.CreateType();
        return Save(assembly);
    }

    private static (PersistedAssemblyBuilder Assembly, ModuleBuilder Module) Create(string name)
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName(name), typeof(object).Assembly);
        return (assembly, assembly.DefineDynamicModule(name));
    }

    private static MemoryStream Save(PersistedAssemblyBuilder assembly)
    {
        var image = new MemoryStream();
        assembly.Save(image);
        image.Position = 0;
        return image;
    }
}

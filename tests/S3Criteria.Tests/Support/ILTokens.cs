using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace S3Criteria.Tests.Support;

/// <summary>Walks the IL of a method body opcode by opcode and returns the metadata tokens its instructions carry.</summary>
/// <remarks>
/// Operand sizes come from <see cref="OpCodes"/> (each <see cref="OpCode"/> knows its <see cref="OperandType"/>), so the
/// walker needs no opcode table of its own. Token operands are those of <c>InlineField</c>, <c>InlineMethod</c>,
/// <c>InlineType</c>, <c>InlineTok</c> (ldtoken) and <c>InlineSig</c> (calli); string tokens (ldstr) are skipped.
/// </remarks>
internal static class ILTokens
{
    private const byte TwoByteOpCodePrefix = 0xFE;

    private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(OpCode))
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(opCode => opCode.Value, opCode => opCode.OperandType);

    /// <summary>The entity handles (TypeDef, TypeRef, TypeSpec, MethodDef, MemberRef, MethodSpec, FieldDef, StandAloneSig) used by the body's instructions, in order.</summary>
    public static IReadOnlyList<EntityHandle> Read(MethodBodyBlock body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var tokens = new List<EntityHandle>();
        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            var offset = il.Offset;
            var first = il.ReadByte();
            var value = first == TwoByteOpCodePrefix ? unchecked((short)((first << 8) | il.ReadByte())) : first;
            if (!OperandTypes.TryGetValue(value, out var operand))
            {
                throw new InvalidOperationException($"Unknown IL opcode 0x{value:X4} at offset {offset}.");
            }

            switch (operand)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType
                    or OperandType.InlineTok or OperandType.InlineSig:
                    tokens.Add(MetadataTokens.EntityHandle(il.ReadInt32()));
                    break;
                case OperandType.InlineSwitch:
                    // Read the count first: in "il.Offset += 4 * il.ReadInt32()" the old offset would be read before the count.
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                default:
                    il.Offset += OperandSize(operand);
                    break;
            }
        }

        return tokens;
    }

    /// <summary>The size in bytes of an operand that carries no token.</summary>
    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineBrTarget or OperandType.InlineI or OperandType.ShortInlineR or OperandType.InlineString => 4,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => throw new InvalidOperationException($"Unexpected IL operand type {operand}."),
    };
}

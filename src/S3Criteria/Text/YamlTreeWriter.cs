using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace S3Criteria.Text;

/// <summary>
/// Writes a tree of <see cref="YNode"/>s as a YAML document that <see cref="YamlTreeReader"/> reads back to the same
/// values: mappings in block style, lists of plain values in flow style, text quoted whenever YAML would otherwise
/// read it as nothing (an empty text, <c>~</c>, <c>null</c>). Lines are never folded.
/// </summary>
internal static class YamlTreeWriter
{
    public static void Write(YNode root, TextWriter writer)
    {
        var emitter = new Emitter(writer, new EmitterSettings(2, int.MaxValue, false, 1024));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Emit(emitter, root);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
    }

    private static void Emit(IEmitter emitter, YNode node)
    {
        switch (node)
        {
            case YMapping mapping:
                emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
                foreach (var (key, value) in mapping.Entries)
                {
                    emitter.Emit(new Scalar(key.Value));
                    Emit(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case YSequence sequence:
                var flow = sequence.Items.All(item => item is YScalar);
                emitter.Emit(new SequenceStart(null, null, isImplicit: true, flow ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in sequence.Items)
                {
                    Emit(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case YScalar scalar:
                var nullLike = scalar.Value is "" or "~" or "null" or "Null" or "NULL";
                // Text that would read as null, a number or a boolean without quotes keeps them (an identifier '2021').
                var quote = scalar.Style == ScalarStyle.Quoted && (nullLike || YScalar.ReadsAsNumberOrBoolean(scalar.Value));
                var style = quote ? YamlDotNet.Core.ScalarStyle.DoubleQuoted : YamlDotNet.Core.ScalarStyle.Any;
                emitter.Emit(new Scalar(null, null, scalar.Value, style, isPlainImplicit: true, isQuotedImplicit: true));
                break;
        }
    }
}

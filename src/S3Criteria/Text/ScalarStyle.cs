namespace S3Criteria.Text;

/// <summary>How a scalar was written; decides how positions inside it map back to the file.</summary>
internal enum ScalarStyle
{
    Plain,
    Quoted,
    Block,
}

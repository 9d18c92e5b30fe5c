namespace S3Criteria.Tests.Writers;

/// <summary>Tests that change <see cref="Environment.CurrentDirectory"/>: they run alone, after every other test, so no test sees a changed directory.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChangesCurrentDirectory
{
    public const string Name = "Changes the current directory";
}

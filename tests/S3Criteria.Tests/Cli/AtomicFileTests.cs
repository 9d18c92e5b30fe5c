using S3Criteria.Cli;

namespace S3Criteria.Tests.Cli;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("s3c-atomic-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Write_Success_ReplacesTheFileAndLeavesNoTemporaryFile()
    {
        var path = Path.Combine(_directory, "report.json");
        File.WriteAllText(path, "old");

        AtomicFile.Write(path, stream => stream.Write("new"u8));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["report.json"], Directory.GetFiles(_directory).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_WriterThrowsHalfway_KeepsTheOldFileAndRemovesTheTemporaryOne()
    {
        var path = Path.Combine(_directory, "report.json");
        File.WriteAllText(path, "old");
        string? seen = null;

        var exception = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half a rep"u8);
            seen = Directory.GetFiles(_directory).Single(f => f != path);
            throw new InvalidOperationException("the writer failed");
        }));

        Assert.Equal("the writer failed", exception.Message);
        Assert.StartsWith(Path.Combine(_directory, ".report.json."), seen, StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["report.json"], Directory.GetFiles(_directory).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_NewFile_IsCreated()
    {
        var path = Path.Combine(_directory, "new.md");

        AtomicFile.Write(path, stream => stream.Write("text"u8));

        Assert.Equal("text", File.ReadAllText(path));
    }
}

using S3Criteria.Diagnostics;
using S3Criteria.Engine;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Rules;

/// <summary>
/// Containment by real paths: a symbolic link inside a rule directory that leads out of it is not followed, neither by
/// <c>extends</c> nor by a directory walk, and nothing of the file outside reaches an error message.
/// </summary>
public sealed class RuleContainmentTests : IDisposable
{
    private const string Secrets = "db-password: hunter2\napi_token: abc123\n";

    private static readonly string Rule = RuleHarness.RuleFile("  - { id: R, title: T, severity: info, require: \"true\", message: m }\n");

    private readonly string _directory = Directory.CreateTempSubdirectory("s3c-contain-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void TryBuild_ExtendsThroughALinkLeadingOutOfTheRoot_IsALocatedErrorAndTheTargetIsNotRead()
    {
        var (root, outside) = Folders();
        File.WriteAllText(Path.Combine(outside, "secrets.yaml"), Secrets);
        File.CreateSymbolicLink(Path.Combine(root, "link.yaml"), Path.Combine(outside, "secrets.yaml"));
        var rules = Path.Combine(root, "rules.yaml");
        File.WriteAllText(rules, "extends: link.yaml\n" + Rule);

        var diagnostics = new RuleSetBuilder().AddFile(rules).TryBuild().Diagnostics;

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(new SourceLocation(rules, 1, 10), diagnostic.Location);
        Assert.Contains("through a symbolic link", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("db-password", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("api_token", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryBuild_ExtendsThroughALinkedFolderThenDotDot_IsRejected()
    {
        // 'inner/../secrets.yaml' looks as if it stays in the root, but 'inner' is a link to a folder outside: the system
        // takes '..' after the link, to the outside folder's parent.
        var (root, outside) = Folders();
        var deep = Directory.CreateDirectory(Path.Combine(outside, "deep")).FullName;
        File.WriteAllText(Path.Combine(outside, "secrets.yaml"), Secrets);
        Directory.CreateSymbolicLink(Path.Combine(root, "inner"), deep);
        var rules = Path.Combine(root, "rules.yaml");
        File.WriteAllText(rules, "extends: inner/../secrets.yaml\n" + Rule);

        var diagnostic = Assert.Single(new RuleSetBuilder().AddFile(rules).TryBuild().Diagnostics);

        Assert.Equal(DiagnosticCodes.InvalidValue, diagnostic.Code);
        Assert.DoesNotContain("db-password", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryBuild_ExtendsThroughALinkThatStaysInside_Loads()
    {
        var (root, _) = Folders();
        var shared = Directory.CreateDirectory(Path.Combine(root, "shared")).FullName;
        File.WriteAllText(Path.Combine(shared, "base.yaml"), RuleHarness.RuleFile("  - { id: BASE, title: T, severity: info, require: \"true\", message: m }\n"));
        File.CreateSymbolicLink(Path.Combine(root, "base.yaml"), Path.Combine(shared, "base.yaml"));
        var rules = Path.Combine(root, "rules.yaml");
        File.WriteAllText(rules, "extends: base.yaml\n" + Rule);

        var result = new RuleSetBuilder().AddFile(rules).TryBuild();

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Value!.FindRule("BASE"));
    }

    [Fact]
    public void TryBuild_DirectoryWithALinkLeadingOut_ReportsItAndDoesNotReadIt()
    {
        var (root, outside) = Folders();
        File.WriteAllText(Path.Combine(root, "rules.yaml"), Rule);
        File.WriteAllText(Path.Combine(outside, "secrets.yaml"), Secrets);
        File.CreateSymbolicLink(Path.Combine(root, "stolen.yaml"), Path.Combine(outside, "secrets.yaml"));
        Directory.CreateSymbolicLink(Path.Combine(root, "elsewhere"), outside);

        var diagnostics = new RuleSetBuilder().AddDirectory(root).TryBuild().Diagnostics;

        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Contains("leads out of the rules directory", d.Message, StringComparison.Ordinal));
        Assert.Equal(
            [new SourceLocation(Path.Combine(root, "elsewhere"), 1, 1), new SourceLocation(Path.Combine(root, "stolen.yaml"), 1, 1)],
            diagnostics.Select(d => d.Location));
        Assert.DoesNotContain(diagnostics, d => d.Message.Contains("db-password", StringComparison.Ordinal));
    }

    [Fact]
    public void TryBuild_DirectoryReachedThroughALink_IsBoundedByItsRealPath()
    {
        // The rules directory is itself a link: its real path is the root, and files really inside it load.
        var (root, _) = Folders();
        File.WriteAllText(Path.Combine(root, "rules.yaml"), Rule);
        var alias = Path.Combine(_directory, "alias");
        Directory.CreateSymbolicLink(alias, root);

        var result = new RuleSetBuilder().AddDirectory(alias).TryBuild();

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void TryBuild_LinkLoop_IsAnErrorNotAHang()
    {
        var (root, _) = Folders();
        File.CreateSymbolicLink(Path.Combine(root, "a.yaml"), Path.Combine(root, "b.yaml"));
        File.CreateSymbolicLink(Path.Combine(root, "b.yaml"), Path.Combine(root, "a.yaml"));
        var rules = Path.Combine(root, "rules.yaml");
        File.WriteAllText(rules, "extends: a.yaml\n" + Rule);

        var diagnostic = Assert.Single(new RuleSetBuilder().AddFile(rules).TryBuild().Diagnostics);

        Assert.Equal(new SourceLocation(rules, 1, 10), diagnostic.Location);
    }

    private (string Root, string Outside) Folders() =>
        (Directory.CreateDirectory(Path.Combine(_directory, "root")).FullName, Directory.CreateDirectory(Path.Combine(_directory, "outside")).FullName);
}

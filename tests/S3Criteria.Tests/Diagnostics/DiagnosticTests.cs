using S3Criteria.Diagnostics;

namespace S3Criteria.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    [Fact]
    public void Constructor_NullCodeOrMessage_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>("code", () => new Diagnostic(null!, "m"));
        Assert.Throws<ArgumentNullException>("message", () => new Diagnostic(DiagnosticCodes.Syntax, null!));
    }

    [Fact]
    public void ToString_LocationAndPath_PrefixesBoth() =>
        Assert.Equal("s.yaml(2,3): error S3Y0007: priorities[0]: Bad.", new Diagnostic(DiagnosticCodes.InvalidValue, "Bad.", new SourceLocation("s.yaml", 2, 3), "priorities[0]").ToString());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void ToString_NoLocationNoPath_IsCodeAndMessage(string? path) =>
        Assert.Equal("error S3Y0007: Bad.", new Diagnostic(DiagnosticCodes.InvalidValue, "Bad.", null, path).ToString());

    [Fact]
    public void ToString_LocationWithoutFile_ShowsText() =>
        Assert.Equal("<text>(1,1): error S3Y0007: Bad.", new Diagnostic(DiagnosticCodes.InvalidValue, "Bad.", new SourceLocation(null, 1, 1)).ToString());

    [Theory]
    [InlineData(0, 1, "line")]
    [InlineData(1, 0, "column")]
    public void SourceLocation_LineOrColumnBelowOne_ThrowsArgumentOutOfRangeException(int line, int column, string parameter) =>
        Assert.Throws<ArgumentOutOfRangeException>(parameter, () => new SourceLocation("s.yaml", line, column));

    [Fact]
    public void SourceLocation_Equality_ComparesFileLineAndColumn()
    {
        var location = new SourceLocation("s.yaml", 2, 3);

        Assert.True(location.Equals(new SourceLocation("s.yaml", 2, 3)));
        Assert.Equal(location.GetHashCode(), new SourceLocation("s.yaml", 2, 3).GetHashCode());
        Assert.False(location.Equals(new SourceLocation("t.yaml", 2, 3)));
        Assert.False(location.Equals(new SourceLocation("s.yaml", 9, 3)));
        Assert.False(location.Equals(new SourceLocation("s.yaml", 2, 9)));
        Assert.False(location.Equals((object?)null));
        Assert.False(location.Equals("s.yaml(2,3)"));
    }

    [Fact]
    public void Exceptions_Diagnostics_SummariseAndListThem()
    {
        IReadOnlyList<Diagnostic> diagnostics = [new(DiagnosticCodes.Syntax, "One."), new(DiagnosticCodes.Syntax, "Two.")];
        var list = Environment.NewLine + "error S3Y0001: One." + Environment.NewLine + "error S3Y0001: Two.";

        Assert.Equal("The rule set could not be loaded: 2 problems." + list, new RuleSetException(diagnostics).Message);
        Assert.Equal("The strategy document could not be loaded: 2 problems." + list, new StrategyDocumentException(diagnostics).Message);
        Assert.Same(diagnostics, new RuleSetException(diagnostics).Diagnostics);
    }

    [Fact]
    public void Exceptions_NullDiagnostics_ThrowArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>("diagnostics", () => new RuleSetException(null!));
        Assert.Throws<ArgumentNullException>("diagnostics", () => new StrategyDocumentException(null!));
    }

    [Fact]
    public void LoadResult_WithValue_SucceedsAndReturnsIt()
    {
        var result = new LoadResult<string>("v", [], d => new RuleSetException(d));

        Assert.True(result.Success);
        Assert.Equal("v", result.GetValueOrThrow());
    }

    [Fact]
    public void LoadResult_WithoutValue_ThrowsItsExceptionWithTheDiagnostics()
    {
        IReadOnlyList<Diagnostic> diagnostics = [new(DiagnosticCodes.Syntax, "One.")];
        var result = new LoadResult<string>(null, diagnostics, d => new StrategyDocumentException(d));

        Assert.False(result.Success);
        Assert.Same(diagnostics, result.Diagnostics);
        Assert.Same(diagnostics, Assert.Throws<StrategyDocumentException>(result.GetValueOrThrow).Diagnostics);
    }
}

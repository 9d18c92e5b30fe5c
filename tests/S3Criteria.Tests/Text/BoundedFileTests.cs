using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Testing;
using S3Criteria.Text;
using S3Criteria.Waivers;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Text;

/// <summary>
/// Every input file is read through one bounded stream: a device, a FIFO or <c>/dev/zero</c>, whose size the file system
/// reports as 0, stops at the limit with a located error, in bounded memory (asserted as bytes allocated).
/// </summary>
public sealed class BoundedFileTests : IDisposable
{
    private const string DevZero = "/dev/zero";

    /// <summary>4,096 characters, so a 16 KB byte limit.</summary>
    private static readonly DocumentLimits Small = new() { MaxDocumentLength = 4096 };

    private readonly string _directory = Directory.CreateTempSubdirectory("s3c-bounded-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void TryLoad_DevZeroAsDocument_StopsAtTheLimitWithALocatedError()
    {
        Assert.SkipUnless(File.Exists(DevZero), "needs /dev/zero");

        var (result, allocated) = Allocated(() => StrategyDocument.TryLoad(DevZero, Small));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.LimitExceeded, diagnostic.Code);
        Assert.Equal(new SourceLocation(DevZero, 1, 1), diagnostic.Location);
        Assert.True(allocated < 1_000_000, $"{allocated} bytes allocated");
    }

    [Fact]
    public async Task TryLoadAsync_DevZeroAsDocument_StopsAtTheDefaultLimit()
    {
        Assert.SkipUnless(File.Exists(DevZero), "needs /dev/zero");

        var result = await StrategyDocument.TryLoadAsync(DevZero, TestContext.Current.CancellationToken);

        Assert.Equal(DiagnosticCodes.LimitExceeded, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void TryBuild_DevZeroAsRuleFile_StopsAtTheLimitWithALocatedError()
    {
        Assert.SkipUnless(File.Exists(DevZero), "needs /dev/zero");

        var (result, allocated) = Allocated(() => new RuleSetBuilder().WithLimits(Small).AddFile(DevZero).TryBuild());

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.LimitExceeded, diagnostic.Code);
        Assert.Equal(new SourceLocation(DevZero, 1, 1), diagnostic.Location);
        Assert.True(allocated < 1_000_000, $"{allocated} bytes allocated");
    }

    [Fact]
    public void TryBuild_DevZeroAsExtendsTarget_StopsAtTheLimitWithALocatedError()
    {
        Assert.SkipUnless(File.Exists(DevZero), "needs /dev/zero");
        var rules = Write("rules.yaml", "extends: /dev/zero\n" + RuleHarness.RuleFile("  - { id: R, title: T, severity: info, require: \"true\", message: m }\n"));

        var (result, allocated) = Allocated(() => new RuleSetBuilder().WithLimits(Small).AllowExtendsOutsideRoot().AddFile(rules).TryBuild());

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.LimitExceeded, diagnostic.Code);
        Assert.Equal(new SourceLocation(DevZero, 1, 1), diagnostic.Location);
        Assert.True(allocated < 1_000_000, $"{allocated} bytes allocated");
    }

    [Fact]
    public void Load_DevZeroAsWaiverFile_StopsAtTheDefaultLimitWithALocatedError()
    {
        Assert.SkipUnless(File.Exists(DevZero), "needs /dev/zero");

        var (exception, allocated) = Allocated(() => Assert.Throws<WaiverFileException>(() => WaiverSet.Load(DevZero)));

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal(DiagnosticCodes.LimitExceeded, diagnostic.Code);
        Assert.Equal(new SourceLocation(DevZero, 1, 1), diagnostic.Location);

        // The default limit is 10,000,000 characters (40 MB): the buffer grows to it, never past it.
        Assert.True(allocated < 4 * BoundedFile.ByteLimit(DocumentLimits.Default), $"{allocated} bytes allocated");
    }

    [Fact]
    public void Run_DevZeroAsRuleTestFile_IsAReportedProblem()
    {
        Assert.SkipUnless(File.Exists(DevZero), "needs /dev/zero");
        var runner = new RuleTestRunner(new RuleSetBuilder().AddYaml(RuleHarness.RuleFile("  - { id: R, title: T, severity: info, require: \"true\", message: m }\n"), "r.yaml").Build());

        var run = runner.Run(DevZero);

        Assert.Contains(run.Diagnostics, d => d.Code == DiagnosticCodes.LimitExceeded && Equals(d.Location, new SourceLocation(DevZero, 1, 1)));
    }

    [Fact]
    public async Task TryLoad_FifoThatNeverEnds_StopsAtTheLimit()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "FIFOs are a POSIX feature");
        var fifo = Path.Combine(_directory, "endless.yaml");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // A writer that writes comments for ever, until the reader closes its end.
        var writer = Task.Run(() =>
        {
            var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("# endless\n", 1000)));
            try
            {
                using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Write);
                while (true)
                {
                    stream.Write(chunk);
                }
            }
            catch (IOException)
            {
                // The reader stopped reading (a broken pipe): what this test waits for.
            }
        }, TestContext.Current.CancellationToken);

        var (result, allocated) = Allocated(() => StrategyDocument.TryLoad(fifo, Small));
        await writer;

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.LimitExceeded, diagnostic.Code);
        Assert.Equal(new SourceLocation(fifo, 1, 1), diagnostic.Location);
        Assert.True(allocated < 1_000_000, $"{allocated} bytes allocated");
    }

    [Fact]
    public void TryLoad_LongestDocumentInUtf32_IsReadAndOneCharacterMoreIsNot()
    {
        // 1,024 characters at most, so 4,096 bytes: the byte-order mark and 1,023 characters of UTF-32 fill it exactly.
        var limits = new DocumentLimits { MaxDocumentLength = 1024 };
        var text = RuleHarness.BaseStrategy + "#";
        text += new string('#', 1023 - text.Length);
        var exact = Path.Combine(_directory, "exact.yaml");
        var over = Path.Combine(_directory, "over.yaml");
        File.WriteAllBytes(exact, [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)]);
        File.WriteAllBytes(over, [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text + "#")]);

        var result = StrategyDocument.TryLoad(exact, limits);
        var tooLarge = Assert.Single(StrategyDocument.TryLoad(over, limits).Diagnostics);

        Assert.Equal(BoundedFile.ByteLimit(limits), new FileInfo(exact).Length);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(DiagnosticCodes.LimitExceeded, tooLarge.Code);
        Assert.Contains("more than 4096 bytes", tooLarge.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void TryLoad_AnyEncoding_HashIsSha256OfTheFileBytes(string encoding)
    {
        var text = RuleHarness.BaseStrategy + "priorities: [{ id: é, name: Énergie }]\n";
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16BE" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => (byte[])[.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
        };
        var path = Path.Combine(_directory, "s.yaml");
        File.WriteAllBytes(path, bytes);

        var document = StrategyDocument.Load(path);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), document.ContentHash);
        Assert.Equal("é", document.Strategy.Priorities![0].Id);
    }

    [Fact]
    public void TryLoad_SameTextInTwoEncodings_HasTwoHashes()
    {
        var text = RuleHarness.BaseStrategy;
        var plain = Write("plain.yaml", text);
        var bom = Path.Combine(_directory, "bom.yaml");
        File.WriteAllBytes(bom, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        Assert.NotEqual(StrategyDocument.Load(plain).ContentHash, StrategyDocument.Load(bom).ContentHash);
        Assert.Equal(StrategyDocument.Load(plain).ContentHash, StrategyDocument.Parse(text).ContentHash);
    }

    [Fact]
    public void TryLoad_ShaOfFile_EqualsSha256sum()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "sha256sum is a coreutils command");
        var path = Write("s.yaml", "\uFEFF" + RuleHarness.BaseStrategy);
        using var sha256sum = Process.Start(new ProcessStartInfo("sha256sum", path) { RedirectStandardOutput = true })!;
        var output = sha256sum.StandardOutput.ReadToEnd();
        sha256sum.WaitForExit();

        Assert.Equal(output.Split(' ')[0], StrategyDocument.Load(path).ContentHash);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (T Result, long Allocated) Allocated<T>(Func<T> action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = action();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}

using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Office.Tests.Support;
using S3Criteria.Text;

namespace S3Criteria.Office.Tests.Reading;

/// <summary>
/// What the reader does with each bad workbook the issue lists: a located error per problem (sheet and cell), all of
/// them at once, or a documented lenient reading; never an exception, never a silently skipped row.
/// </summary>
public sealed class WorkbookReaderTests
{
    private const string File = "strategy.xlsx";

    [Fact]
    public void TryRead_MinimalStrategy_Loads()
    {
        var loaded = Read(new TestWorkbook().Sheet("Strategy", TestWorkbook.MinimalStrategy));

        Assert.True(loaded.Success, string.Join('\n', loaded.Diagnostics));
        Assert.Equal("test-s3", loaded.Value!.Strategy.Id);
        Assert.Null(loaded.Value.Strategy.Priorities);
    }

    [Fact]
    public void TryRead_UnknownInstrument_IsLocatedAtItsCellWithASuggestion()
    {
        var workbook = new TestWorkbook()
            .Sheet("Strategy", TestWorkbook.MinimalStrategy)
            .Sheet("Partnerships", ["id", "title", "instrument", "status"], ["p1", "Partnership", "interreg europe", "active"]);

        var error = Single(workbook);

        Assert.Equal("Partnerships", error.Location!.Sheet);
        Assert.Equal("C2", error.Location.Cell);
        Assert.Equal("partnerships[0].instrument", error.Path);
        Assert.StartsWith("strategy.xlsx[Partnerships!C2]", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("interreg-c", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_SeveralProblems_ReportsThemAllAtOnce()
    {
        var workbook = new TestWorkbook()
            .Sheet("Strategy", TestWorkbook.MinimalStrategy)
            .Sheet("Priorities", ["id", "name", "budget"], ["a", "A", "€ 500"], ["b", "B", "#f:SUM(1,2)|3"])
            .Sheet("Partnerships", ["id", "title", "instrument", "status", "priorities"], ["p1", "P", "i3", "running", "a; zz"]);

        var loaded = Read(workbook);

        Assert.False(loaded.Success);
        Assert.Equal(
            ["Partnerships!D2", "Partnerships!E2", "Priorities!C2", "Priorities!C3"],
            loaded.Diagnostics.Select(d => $"{d.Location!.Sheet}!{d.Location.Cell}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TryRead_MissingStrategySheet_IsLocatedAtTheSheetItNeeds()
    {
        var loaded = Read(new TestWorkbook().Sheet("Strategie", TestWorkbook.MinimalStrategy));

        Assert.False(loaded.Success);
        Assert.All(loaded.Diagnostics, d => Assert.Equal(DiagnosticCodes.WorkbookLayout, d.Code));
        Assert.Equal(["Strategie!A1", "Strategy!A1"], loaded.Diagnostics.Select(d => $"{d.Location!.Sheet}!{d.Location.Cell}").Order(StringComparer.Ordinal));
        Assert.Contains(loaded.Diagnostics, d => d.Message.Contains("no sheet 'Strategy'", StringComparison.Ordinal));
    }

    [Fact]
    public void TryRead_MissingCollectionSheet_IsNotStated()
    {
        var loaded = Read(new TestWorkbook().Sheet("Strategy", TestWorkbook.MinimalStrategy).Sheet("Priorities", ["id", "name"], ["a", "A"]));

        Assert.True(loaded.Success, string.Join('\n', loaded.Diagnostics));
        Assert.Single(loaded.Value!.Strategy.Priorities!);
        Assert.Null(loaded.Value.Strategy.Partnerships);
    }

    [Fact]
    public void TryRead_MisspelledSheetName_IsReportedAtTheSheet()
    {
        var error = Single(new TestWorkbook().Sheet("Strategy", TestWorkbook.MinimalStrategy).Sheet("Partnership", ["id"], ["p1"]));

        Assert.Equal("Partnership!A1", $"{error.Location!.Sheet}!{error.Location.Cell}");
        Assert.Contains("Partnerships", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_RenamedHeader_IsLocatedAtTheHeaderCell()
    {
        var loaded = Read(new TestWorkbook().Sheet("Strategy", TestWorkbook.MinimalStrategy).Sheet("Priorities", ["id", "title"], ["a", "A"]));

        // One problem, one error each: the unknown header, and the required column it leaves missing; not again per row.
        Assert.False(loaded.Success);
        Assert.Equal(2, loaded.Diagnostics.Count);
        var unknown = Assert.Single(loaded.Diagnostics, d => d.Code == DiagnosticCodes.UnknownKey);
        Assert.Equal("Priorities!B1", $"{unknown.Location!.Sheet}!{unknown.Location.Cell}");
        var missing = Assert.Single(loaded.Diagnostics, d => d.Code == DiagnosticCodes.MissingKey);
        Assert.Equal("Priorities!C1", $"{missing.Location!.Sheet}!{missing.Location.Cell}");
        Assert.Contains("'name'", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_ValuesWithoutHeaderRow_IsLocatedAtRowOne()
    {
        var error = Single(new TestWorkbook().Sheet("Strategy", TestWorkbook.MinimalStrategy).Sheet("Priorities", ["a", "A"]).RowNumber(0, 2));

        Assert.Equal("Priorities!A1", $"{error.Location!.Sheet}!{error.Location.Cell}");
    }

    [Fact]
    public void TryRead_MergedCells_IsLocatedAtTheRangesFirstCell()
    {
        var workbook = new TestWorkbook().Sheet("Strategy", TestWorkbook.MinimalStrategy).Sheet("Priorities", ["id", "name"], ["a", "A"], ["b", null]).Merge("B2:B3");

        var merged = Assert.Single(Read(workbook).Diagnostics, d => d.Message.Contains("merged", StringComparison.Ordinal));

        Assert.Equal("Priorities!B2", $"{merged.Location!.Sheet}!{merged.Location.Cell}");
    }

    [Fact]
    public void TryRead_Formula_IsLocatedAtItsCell()
    {
        var error = Single(new TestWorkbook().Sheet("Strategy", TestWorkbook.MinimalStrategy).Sheet("Priorities", ["id", "name", "budget"], ["a", "A", "#f:B7*2|10"]));

        Assert.Equal(DiagnosticCodes.WorkbookCell, error.Code);
        Assert.Equal("Priorities!C2", $"{error.Location!.Sheet}!{error.Location.Cell}");
        Assert.Contains("B7*2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_ErrorValue_IsLocatedAtItsCell()
    {
        var error = Single(new TestWorkbook().Sheet("Strategy", TestWorkbook.MinimalStrategy).Sheet("Priorities", ["id", "name", "budget"], ["a", "A", "#e:#DIV/0!"]));

        Assert.Equal("Priorities!C2", $"{error.Location!.Sheet}!{error.Location.Cell}");
    }

    [Theory]
    [InlineData("31/01/2022")]
    [InlineData("January 2022")]
    public void TryRead_DateTypedAsText_IsLocatedAtItsCell(string text)
    {
        var rows = TestWorkbook.MinimalStrategy.Append(["adopted", text]).ToArray();

        var error = Single(new TestWorkbook().Sheet("Strategy", rows));

        Assert.Equal(DiagnosticCodes.WorkbookCell, error.Code);
        Assert.Equal("Strategy!B9", $"{error.Location!.Sheet}!{error.Location.Cell}");
        Assert.Equal("adopted", error.Path);
    }

    [Fact]
    public void TryRead_DateAsIsoTextOrSerial_IsReadLeniently()
    {
        var rows = TestWorkbook.MinimalStrategy.Append(["adopted", "2022-01-31"]).ToArray();
        var serial = TestWorkbook.MinimalStrategy.Append(["adopted", "#n:44592"]).ToArray();

        Assert.Equal(new DateOnly(2022, 1, 31), Read(new TestWorkbook().Sheet("Strategy", rows)).GetValueOrThrow().Strategy.Adopted);
        Assert.Equal(new DateOnly(2022, 1, 31), Read(new TestWorkbook().Sheet("Strategy", serial)).GetValueOrThrow().Strategy.Adopted);
    }

    [Theory]
    [InlineData("1.000.000")]
    [InlineData("€ 500")]
    [InlineData("1 000")]
    public void TryRead_NumberTypedAsText_IsLocatedAtItsCell(string text)
    {
        var error = Single(new TestWorkbook().Sheet("Strategy", TestWorkbook.MinimalStrategy).Sheet("Priorities", ["id", "name", "budget"], ["a", "A", text]));

        Assert.Equal(DiagnosticCodes.WorkbookCell, error.Code);
        Assert.Equal("Priorities!C2", $"{error.Location!.Sheet}!{error.Location.Cell}");
        Assert.Equal("priorities[0].budget", error.Path);
    }

    [Fact]
    public void TryRead_PlainDigitsAsText_AreReadLeniently()
    {
        var loaded = Read(new TestWorkbook().Sheet("Strategy", TestWorkbook.MinimalStrategy).Sheet("Priorities", ["id", "name", "budget"], ["a", "A", " 2500000.50 "]));

        Assert.Equal(2_500_000.50m, loaded.GetValueOrThrow().Strategy.Priorities![0].Budget);
    }

    [Fact]
    public void TryRead_EmptyRowBetweenData_IsLocatedAtTheEmptyRowAndNoRowIsSkipped()
    {
        var workbook = new TestWorkbook().Sheet("Strategy", TestWorkbook.MinimalStrategy).Sheet("Priorities", ["id", "name"], ["a", "A"], ["b", "B"]).RowNumber(2, 4);

        var error = Single(workbook);

        Assert.Equal("Priorities!A3", $"{error.Location!.Sheet}!{error.Location.Cell}");
    }

    [Fact]
    public void TryRead_SecondTableBelowTheFirst_IsLocatedAtItsHeader()
    {
        var workbook = new TestWorkbook().Sheet("Strategy", TestWorkbook.MinimalStrategy)
            .Sheet("Priorities", ["id", "name"], ["a", "A"], ["id", "name"], ["b", "B"]);

        var second = Assert.Single(Read(workbook).Diagnostics, d => d.Message.Contains("second table", StringComparison.Ordinal));

        Assert.Equal("Priorities!A3", $"{second.Location!.Sheet}!{second.Location.Cell}");
    }

    [Fact]
    public void TryRead_CellOverTheValueLengthLimit_IsLocatedAtItsCell()
    {
        var limits = new DocumentLimits { MaxValueLength = 50 };
        var workbook = new TestWorkbook().Sheet("Strategy", TestWorkbook.MinimalStrategy)
            .Sheet("Priorities", ["id", "name", "description"], ["a", "A", new string('x', 51)], ["b", "B", "#s:" + new string('y', 80)]);

        var loaded = StrategyWorkbook.TryRead(workbook.ToBytes(), File, limits);

        Assert.Equal(["Priorities!C2", "Priorities!C3"], loaded.Diagnostics.Select(d => $"{d.Location!.Sheet}!{d.Location.Cell}"));
        Assert.All(loaded.Diagnostics, d => Assert.Equal(DiagnosticCodes.LimitExceeded, d.Code));
    }

    [Fact]
    public void TryRead_MoreRowsThanTheLimit_IsLocatedAtTheFirstRowPastIt()
    {
        var limits = new DocumentLimits { MaxItems = 3 };
        var rows = new List<string?[]> { new[] { "id", "name" } };
        rows.AddRange(Enumerable.Range(1, 10).Select(i => new string?[] { $"p{i}", "P" }));

        var loaded = StrategyWorkbook.TryRead(new TestWorkbook().Sheet("Strategy", TestWorkbook.MinimalStrategy).Sheet("Priorities", [.. rows]).ToBytes(), File, limits);

        var error = Assert.Single(loaded.Diagnostics, d => d.Code == DiagnosticCodes.LimitExceeded);
        Assert.Equal("Priorities", error.Location!.Sheet);
    }

    [Fact]
    public void TryRead_PasswordProtectedWorkbook_IsRefusedAsEncrypted()
    {
        var ole = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(ole, 0);
        System.Text.Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(ole, 1024);

        var loaded = StrategyWorkbook.TryRead(ole, File);

        var error = Assert.Single(loaded.Diagnostics);
        Assert.Equal(DiagnosticCodes.WorkbookNotReadable, error.Code);
        Assert.Contains("password", error.Message, StringComparison.Ordinal);
        Assert.Equal(File, error.Location!.FilePath);
    }

    [Theory]
    [InlineData("not a zip")]
    [InlineData("truncated")]
    [InlineData("no workbook part")]
    public void TryRead_CorruptFile_IsOneErrorNotAnException(string kind)
    {
        var good = new TestWorkbook().Sheet("Strategy", TestWorkbook.MinimalStrategy).ToBytes();
        var bytes = kind switch
        {
            "not a zip" => "id: yaml-not-xlsx\n"u8.ToArray(),
            "truncated" => good[..(good.Length / 2)],
            _ => Zip(("[Content_Types].xml", "<Types/>")),
        };

        var loaded = StrategyWorkbook.TryRead(bytes, File);

        Assert.False(loaded.Success);
        var error = Assert.Single(loaded.Diagnostics);
        Assert.Equal(DiagnosticCodes.WorkbookNotReadable, error.Code);
    }

    [Fact]
    public void TryRead_ZipBombWithHonestHeaders_IsRefusedBeforeInflating()
    {
        var bomb = Bomb(64_000_000, lie: false);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var loaded = StrategyWorkbook.TryRead(bomb, File);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var error = Assert.Single(loaded.Diagnostics);
        Assert.Equal(DiagnosticCodes.LimitExceeded, error.Code);
        Assert.True(allocated < 4_000_000, $"allocated {allocated} bytes for a {bomb.Length}-byte bomb");
    }

    [Fact]
    public void TryRead_ZipBombWithLyingHeaders_IsStoppedAtTheBudgetInBoundedMemory()
    {
        var bomb = Bomb(64_000_000, lie: true);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var loaded = StrategyWorkbook.TryRead(bomb, File);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // System.IO.Compression stops an entry at its declared size, so the sheet reads as cut short (S3W0001); the
        // reader's own counting stream would stop it at the budget (S3Y0010) if it did not. Measured: about 440 KB.
        var error = Assert.Single(loaded.Diagnostics);
        Assert.True(error.Code is DiagnosticCodes.LimitExceeded or DiagnosticCodes.WorkbookNotReadable, error.ToString());
        Assert.True(allocated < 16_000_000, $"allocated {allocated} bytes for a {bomb.Length}-byte bomb that inflates to 64 MB");
    }

    private static LoadResult<StrategyDocument> Read(TestWorkbook workbook) => StrategyWorkbook.TryRead(workbook.ToBytes(), File);

    private static Diagnostic Single(TestWorkbook workbook)
    {
        var loaded = Read(workbook);
        Assert.False(loaded.Success);
        return Assert.Single(loaded.Diagnostics);
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(memory, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(System.Text.Encoding.UTF8.GetBytes(content));
            }
        }

        return memory.ToArray();
    }

    /// <summary>
    /// A workbook whose one sheet inflates to <paramref name="size"/> bytes of blanks inside a row; with
    /// <paramref name="lie"/>, the ZIP headers claim each entry inflates to 1 KB.
    /// </summary>
    private static byte[] Bomb(int size, bool lie)
    {
        var good = new TestWorkbook().Sheet("Strategy", TestWorkbook.MinimalStrategy).ToBytes();
        using var memory = new MemoryStream();
        using (var source = new System.IO.Compression.ZipArchive(new MemoryStream(good), System.IO.Compression.ZipArchiveMode.Read))
        using (var zip = new System.IO.Compression.ZipArchive(memory, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var target = zip.CreateEntry(entry.FullName, System.IO.Compression.CompressionLevel.SmallestSize).Open();
                if (entry.FullName == "xl/worksheets/sheet1.xml")
                {
                    target.Write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"u8);
                    var blanks = new byte[1 << 20];
                    blanks.AsSpan().Fill((byte)' ');
                    for (var written = 0; written < size; written += blanks.Length)
                    {
                        target.Write(blanks);
                    }

                    target.Write("</row></sheetData></worksheet>"u8);
                }
                else
                {
                    using var content = entry.Open();
                    content.CopyTo(target);
                }
            }
        }

        var bytes = memory.ToArray();
        if (lie)
        {
            Lie(bytes);
        }

        return bytes;
    }

    /// <summary>Sets the uncompressed size of every entry, in the local and central headers, to 1024.</summary>
    private static void Lie(byte[] zip)
    {
        for (var i = 0; i + 4 <= zip.Length; i++)
        {
            var signature = BitConverter.ToUInt32(zip, i);
            var offset = signature switch
            {
                0x04034B50 => 22, // local file header: uncompressed size
                0x02014B50 => 24, // central directory header: uncompressed size
                _ => -1,
            };
            if (offset > 0 && i + offset + 4 <= zip.Length)
            {
                BitConverter.GetBytes(1024u).CopyTo(zip, i + offset);
            }
        }
    }
}

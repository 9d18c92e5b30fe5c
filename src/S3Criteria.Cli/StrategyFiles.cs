using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Office;

namespace S3Criteria.Cli;

/// <summary>Loads a strategy document of any of its formats: a YAML or JSON text, or an .xlsx workbook.</summary>
internal static class StrategyFiles
{
    public static LoadResult<StrategyDocument> TryLoad(string path) =>
        StrategyWorkbook.IsWorkbook(path) ? StrategyWorkbook.TryLoad(path) : StrategyDocument.TryLoad(path);
}

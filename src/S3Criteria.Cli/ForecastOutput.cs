using System.Text;
using S3Criteria.Documents;
using S3Criteria.Forecasting;
using S3Criteria.Localization;
using S3Criteria.Writers;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Cli;

/// <summary>
/// Writes the forecasts of a run with the writer of the chosen format (<see cref="ForecastWriterRegistry.Default"/>), to
/// standard output, a file, or a directory of files (one per document, for html with several documents).
/// </summary>
internal static class ForecastOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <returns><see langword="false"/> when the output cannot be written (the problem is on <paramref name="error"/>).</returns>
    public static bool Write(IReadOnlyList<(StrategyDocument Document, ComplianceForecast Forecast)> results, string format, string? outputPath, TextWriter output, TextWriter error, string? language = null)
    {
        var labels = Labels.For(language);
        var writer = ForecastWriterRegistry.Default.Get(format);
        var options = new ReportWriterOptions
        {
            UseColour = outputPath is null && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null,
        };
        var context = new ForecastWriterContext(results.Select(r => r.Forecast), options);
        var onePerFile = writer.Scope == ReportWriterScope.Document && results.Count > 1;
        if (onePerFile && outputPath is null)
        {
            CliError.Write(error, labels.Format("cli.forecast-needs-directory", ("format", format)));
            return false;
        }

        try
        {
            if (onePerFile)
            {
                Directory.CreateDirectory(outputPath!);
                for (var i = 0; i < results.Count; i++)
                {
                    var name = Path.GetFileNameWithoutExtension(results[i].Document.FilePath ?? results[i].Forecast.StrategyId);
                    using var file = Create(Path.Combine(outputPath!, $"{name}.forecast.{writer.FileExtension}"));
                    writer.Write(context.ForForecast(i), file);
                }
            }
            else
            {
                using var file = outputPath is null ? null : Create(outputPath);
                var target = file ?? output;
                if (writer.Scope == ReportWriterScope.Run)
                {
                    writer.Write(context, target);
                }
                else
                {
                    for (var i = 0; i < results.Count; i++)
                    {
                        writer.Write(context.ForForecast(i), target);
                    }
                }
            }

            if (outputPath is not null)
            {
                error.WriteLine(TerminalEscaping.Text(labels.Format("cli.wrote-forecasts", ("count", results.Count), ("path", outputPath))));
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            CliError.Write(error, labels.Format("cli.cannot-write-forecast", ("path", outputPath), ("reason", exception.Message)));
            return false;
        }
    }

    private static StreamWriter Create(string path) => new(path, append: false, Utf8) { NewLine = "\n" };
}

using S3Criteria.Cli;

namespace S3Criteria.Tests.Support;

/// <summary>Runs the <c>s3criteria</c> command line in process, capturing standard output and error.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApplication.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

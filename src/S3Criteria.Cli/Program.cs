namespace S3Criteria.Cli;

/// <summary>The entry point of the <c>s3criteria</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args) => CliApplication.Run(args, Console.Out, Console.Error);
}

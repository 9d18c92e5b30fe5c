using S3Criteria.Diagnostics;
using S3Criteria.Text;

namespace S3Criteria.Cli;

/// <summary>
/// Finds and reads the configuration file, <c>.s3criteria.yaml</c>: in the current directory or the nearest parent,
/// up to the root of the repository (the first directory with a <c>.git</c>), or the file <c>--config</c> names. It is
/// read like every input: through the bounded reader and the YAML tree reader, strictly (an unknown key, a value of the
/// wrong type or a bad value is a located error), every problem collected.
/// </summary>
internal static class ConfigFile
{
    /// <summary>The name of the file looked for.</summary>
    public const string FileName = ".s3criteria.yaml";

    /// <summary>The keys, in the order the README and the schema list them.</summary>
    public static readonly string[] Keys = ["rules", "with-built-in", "parameters", "waivers", "baseline", "fail-on", "formats", "exclude", "date", "language", "quiet", "verbose"];

    private static readonly string[] FailOnValues = ["info", "advisory", "blocking", "none"];

    /// <summary>The configuration file for a run started in <paramref name="directory"/>, if there is one.</summary>
    /// <param name="directory">Where to start looking: the current directory.</param>
    public static string? Find(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var candidate = System.IO.Path.Combine(current.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            // A repository's root ends the search (.git is a directory, or a file in a worktree or submodule).
            if (Directory.Exists(System.IO.Path.Combine(current.FullName, ".git")) || File.Exists(System.IO.Path.Combine(current.FullName, ".git")))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Reads a configuration file; every problem goes to <paramref name="diagnostics"/>.</summary>
    /// <returns>The values, or <see langword="null"/> when there were problems.</returns>
    public static CliConfig? Read(string path, List<Diagnostic> diagnostics)
    {
        var text = BoundedFile.ReadText(path, DocumentLimits.Default, diagnostics, Messages.ConfigFileNotReadable);
        return text is null ? null : Parse(text, path, diagnostics);
    }

    /// <summary>Parses a configuration file's text; paths in it are resolved against the directory of <paramref name="path"/>.</summary>
    public static CliConfig? Parse(string text, string path, List<Diagnostic> diagnostics)
    {
        var before = diagnostics.Count;
        var root = YamlTreeReader.Read(new SourceText(text, path), diagnostics);
        if (root is null || diagnostics.Count > before)
        {
            return null;
        }

        if (root is YScalar { IsNull: true })
        {
            return new CliConfig { Path = path };
        }

        if (root is not YMapping mapping)
        {
            diagnostics.Add(Messages.ConfigNotMapping.At(root.Location, ("keys", Keys), ("found", root.KindName)));
            return null;
        }

        var reader = new ConfigValues(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!, diagnostics);
        var config = new CliConfig { Path = path };
        foreach (var (key, value) in mapping.Entries)
        {
            config = key.Value switch
            {
                "rules" => config with { Rules = reader.Paths(key.Value, value) },
                "with-built-in" => config with { WithBuiltIn = reader.Boolean(key.Value, value) },
                "parameters" => config with { Parameters = reader.Parameters(key.Value, value) },
                "waivers" => config with { Waivers = reader.Path(key.Value, value) },
                "baseline" => config with { Baseline = reader.Path(key.Value, value) },
                "fail-on" => config with { FailOn = reader.OneOf(key.Value, value, FailOnValues) },
                "formats" => config with { Formats = reader.Formats(key.Value, value, CheckCommand.Formats) },
                "exclude" => config with { Exclude = reader.Texts(key.Value, value) ?? [] },
                "date" => config with { Date = reader.Date(key.Value, value) },
                "language" => config with { Language = reader.Language(key.Value, value) },
                "quiet" => config with { Quiet = reader.Boolean(key.Value, value) },
                "verbose" => config with { Verbose = reader.Boolean(key.Value, value) },
                _ => Unknown(config, key, diagnostics),
            };
        }

        return diagnostics.Count > before ? null : config;
    }

    private static CliConfig Unknown(CliConfig config, YScalar key, List<Diagnostic> diagnostics)
    {
        diagnostics.Add(Messages.ConfigUnknownKey.At(key.Location, key.Value, ("key", key.Value), ("suggestion", NameSuggester.Suggest(key.Value, Keys)), ("keys", Keys)));
        return config;
    }
}

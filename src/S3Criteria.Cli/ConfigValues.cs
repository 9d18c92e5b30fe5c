using S3Criteria.Diagnostics;
using S3Criteria.Model;
using S3Criteria.Text;

namespace S3Criteria.Cli;

/// <summary>Reads the values of a configuration file's keys, each problem a located diagnostic with the key as its path.</summary>
/// <param name="directory">The file's directory, which relative paths are resolved against.</param>
/// <param name="diagnostics">Where problems go.</param>
internal sealed class ConfigValues(string directory, List<Diagnostic> diagnostics)
{
    public string? Text(string key, YNode value)
    {
        if (value is YScalar { IsNull: false } scalar && (scalar.Style != ScalarStyle.Plain || !LooksLikeNumberOrBoolean(scalar.Value)) && scalar.Value.Trim().Length > 0)
        {
            return scalar.Value;
        }

        return Wrong(key, value, "text");
    }

    public string? Path(string key, YNode value) => Text(key, value) is { } text ? Resolve(text) : null;

    /// <summary>Text, or a list of texts.</summary>
    public IReadOnlyList<string>? Texts(string key, YNode value)
    {
        if (value is YSequence list)
        {
            var texts = new List<string>();
            for (var i = 0; i < list.Items.Count; i++)
            {
                if (Text($"{key}[{i}]", list.Items[i]) is { } text)
                {
                    texts.Add(text);
                }
            }

            return texts;
        }

        if (value is YScalar { IsNull: false })
        {
            return Text(key, value) is { } one ? [one] : null;
        }

        Wrong(key, value, "text or a list of texts");
        return null;
    }

    public IReadOnlyList<string>? Paths(string key, YNode value) => Texts(key, value)?.Select(Resolve).ToList();

    public bool? Boolean(string key, YNode value) => value switch
    {
        YScalar { Style: ScalarStyle.Plain, Value: "true" } => true,
        YScalar { Style: ScalarStyle.Plain, Value: "false" } => false,
        _ => WrongValue<bool>(key, value, "true or false (unquoted)"),
    };

    public string? OneOf(string key, YNode value, IReadOnlyList<string> allowed)
    {
        if (Text(key, value) is not { } text)
        {
            return null;
        }

        if (allowed.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        diagnostics.Add(Messages.ConfigInvalidValue.At(value.Location, key, ("key", key), ("value", text), ("expected", $"one of {string.Join(", ", allowed)}")));
        return null;
    }

    /// <summary>A language as <c>--language</c> takes it (a shipped language as a BCP 47 tag): its code, or <see langword="null"/> after a located error naming the available languages.</summary>
    public string? Language(string key, YNode value)
    {
        if (Text(key, value) is not { } text)
        {
            return null;
        }

        if (Localization.Languages.TryNormalize(text, out var code))
        {
            return code;
        }

        diagnostics.Add(Messages.ConfigInvalidValue.At(value.Location, key, ("key", key), ("value", text), ("expected", $"an available language ({Localization.Languages.Available}; BCP 47 forms such as it-IT too)")));
        return null;
    }

    public string? Date(string key, YNode value)
    {
        if (value is YScalar { IsNull: false } scalar)
        {
            if (IsoDate.TryParse(scalar.Value, out _))
            {
                return scalar.Value;
            }

            diagnostics.Add(Messages.ConfigInvalidValue.At(value.Location, key, ("key", key), ("value", scalar.Value), ("expected", "a date written YYYY-MM-DD")));
            return null;
        }

        return Wrong(key, value, "a date written YYYY-MM-DD");
    }

    /// <summary>A mapping of parameter names to values (text, numbers or booleans, passed on as <c>--set</c> does).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters(string key, YNode value)
    {
        if (value is not YMapping mapping)
        {
            Wrong(key, value, "a mapping of parameter names to values");
            return [];
        }

        var parameters = new List<KeyValuePair<string, string>>();
        foreach (var (name, parameter) in mapping.Entries)
        {
            if (parameter is YScalar { IsNull: false } scalar)
            {
                parameters.Add(new(name.Value, scalar.Value));
            }
            else
            {
                Wrong($"{key}.{name.Value}", parameter, "a value (text, a number or a boolean)");
            }
        }

        return parameters;
    }

    /// <summary>A list of outputs, each <c>FORMAT</c> or <c>FORMAT=PATH</c>; the path is resolved against the file's directory.</summary>
    public IReadOnlyList<string>? Formats(string key, YNode value, IReadOnlyList<string> known)
    {
        var texts = Texts(key, value);
        if (texts is null)
        {
            return null;
        }

        var formats = new List<string>();
        var items = value is YSequence list ? list.Items : [value];
        for (var i = 0; i < texts.Count && i < items.Count; i++)
        {
            var equals = texts[i].IndexOf('=', StringComparison.Ordinal);
            var format = equals < 0 ? texts[i] : texts[i][..equals];
            if (!known.Contains(format, StringComparer.Ordinal) || equals == texts[i].Length - 1)
            {
                diagnostics.Add(Messages.ConfigInvalidValue.At(items[i].Location, $"{key}[{i}]", ("key", $"{key}[{i}]"), ("value", texts[i]), ("expected", $"FORMAT or FORMAT=PATH, a format one of {string.Join(", ", known)}")));
                continue;
            }

            formats.Add(equals < 0 ? format : $"{format}={Resolve(texts[i][(equals + 1)..])}");
        }

        return formats;
    }

    private string Resolve(string path) => System.IO.Path.IsPathFullyQualified(path) ? path : System.IO.Path.GetRelativePath(Directory.GetCurrentDirectory(), System.IO.Path.Combine(directory, path));

    private static bool LooksLikeNumberOrBoolean(string text) =>
        text is "true" or "false" || double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    private string? Wrong(string key, YNode value, string expected)
    {
        diagnostics.Add(Messages.ConfigWrongType.At(value.Location, key, ("key", key), ("expected", expected), ("found", Found(value))));
        return null;
    }

    private T? WrongValue<T>(string key, YNode value, string expected)
        where T : struct
    {
        diagnostics.Add(Messages.ConfigWrongType.At(value.Location, key, ("key", key), ("expected", expected), ("found", Found(value))));
        return null;
    }

    private static string Found(YNode value) => value switch
    {
        YScalar { IsNull: true } => "nothing",
        YScalar scalar => $"'{scalar.Value}'",
        _ => value.KindName.English,
    };
}

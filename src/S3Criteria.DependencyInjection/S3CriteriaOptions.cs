using System.Reflection;

namespace S3Criteria;

/// <summary>Where S3Criteria's rules come from and how they are tuned; validated on start.</summary>
public sealed class S3CriteriaOptions
{
    /// <summary>Gets or sets a value indicating whether the built-in rules for enabling condition 1.1 are loaded.</summary>
    /// <value>The default is <see langword="false"/>; <c>AddBuiltInRules()</c> sets it.</value>
    public bool UseBuiltInRules { get; set; }

    /// <summary>Gets the directories whose <c>*.yaml</c> rule files are loaded.</summary>
    /// <value>The default is empty.</value>
    public IList<string> RuleDirectories { get; } = [];

    /// <summary>Gets the assemblies whose embedded <c>*.yaml</c> rule files are loaded.</summary>
    /// <value>The default is empty.</value>
    public IList<Assembly> RuleAssemblies { get; } = [];

    /// <summary>Gets the parameter overrides, by parameter name; values are written as in YAML.</summary>
    /// <value>The default is empty.</value>
    public IDictionary<string, string> Parameters { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets the disabled rules, by rule identifier, with the reason each report records.</summary>
    /// <value>The default is empty.</value>
    public IDictionary<string, string> DisabledRules { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets or sets a value indicating whether changed rule files in <see cref="RuleDirectories"/> are reloaded without a restart.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool ReloadOnChange { get; set; }

    /// <summary>Gets or sets the language of the reports: a shipped language (<see cref="Localization.Languages.Shipped"/>) as a BCP 47 tag such as <c>it</c> or <c>el-GR</c>; another fails validation on start.</summary>
    /// <value>The default is <c>en</c>.</value>
    public string Language { get; set; } = "en";
}

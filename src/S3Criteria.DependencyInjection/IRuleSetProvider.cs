using S3Criteria.Engine;

namespace S3Criteria;

/// <summary>Gives the rule set in force: compiled once, and replaced only by a successful reload.</summary>
/// <threadsafety static="true" instance="true"/>
public interface IRuleSetProvider
{
    /// <summary>Gets the rule set in force.</summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid or the rules do not load; every problem is listed.</exception>
    RuleSet Current { get; }
}

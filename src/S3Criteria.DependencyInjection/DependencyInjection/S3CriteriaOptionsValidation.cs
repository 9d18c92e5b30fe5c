using FluentValidation;
using Microsoft.Extensions.Options;
using S3Criteria.Localization;

namespace S3Criteria.DependencyInjection;

/// <summary>
/// Validates <see cref="S3CriteriaOptions"/> on start with FluentValidation, and compiles the rules, so that a missing
/// directory, an unknown parameter or a rule file with errors fails at start with every problem listed.
/// </summary>
internal sealed class S3CriteriaOptionsValidation(RuleSetCache cache) : IValidateOptions<S3CriteriaOptions>
{
    private static readonly OptionsValidator Validator = new();

    public ValidateOptionsResult Validate(string? name, S3CriteriaOptions options)
    {
        var result = Validator.Validate(options);
        if (!result.IsValid)
        {
            return ValidateOptionsResult.Fail(result.Errors.Select(e => e.ErrorMessage));
        }

        var loaded = RuleSetFactory.TryBuild(options);
        if (!loaded.Success)
        {
            return ValidateOptionsResult.Fail(loaded.Diagnostics.Select(d => d.ToString()));
        }

        cache.RuleSet = loaded.Value;
        return ValidateOptionsResult.Success;
    }

    private sealed class OptionsValidator : AbstractValidator<S3CriteriaOptions>
    {
        public OptionsValidator()
        {
            RuleFor(o => o)
                .Must(o => o.UseBuiltInRules || o.RuleDirectories.Count > 0 || o.RuleAssemblies.Count > 0)
                .WithMessage("No rules: call AddBuiltInRules(), AddRulesFromDirectory(path) or AddRulesFromAssembly(assembly).");
            RuleForEach(o => o.RuleDirectories)
                .Must(Directory.Exists)
                .WithMessage((_, path) => $"The rules directory '{path}' does not exist.");
            RuleForEach(o => o.DisabledRules)
                .Must(pair => !string.IsNullOrWhiteSpace(pair.Value))
                .WithMessage((_, pair) => $"Rule '{pair.Key}' is disabled without a reason; every report records it.");
            RuleFor(o => o.Language)
                .Must(language => Languages.TryNormalize(language, out _))
                .WithMessage(o => $"The language '{o.Language}' is not an available language; available: {Languages.Available} (BCP 47 forms such as it-IT too).");
            RuleFor(o => o.ReloadOnChange)
                .Must((o, reload) => !reload || o.RuleDirectories.Count > 0)
                .WithMessage("Reload watches rule directories, but none was added with AddRulesFromDirectory(path).");
        }
    }
}

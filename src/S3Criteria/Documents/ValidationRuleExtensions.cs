using FluentValidation;
using S3Criteria.Diagnostics;

namespace S3Criteria.Documents;

/// <summary>Gives a FluentValidation rule of <see cref="StrategyValidator"/> its catalogue message.</summary>
internal static class ValidationRuleExtensions
{
    /// <summary>Sets the rule's text, code and state from a catalogue message, so its failures read like every other diagnostic.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TProperty">The validated property's type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <param name="message">The message of its failures.</param>
    /// <param name="arguments">Gets the values of the message's placeholders from the validated instance.</param>
    /// <returns>The rule.</returns>
    public static IRuleBuilderOptions<T, TProperty> WithMessage<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, Message message, Func<T, (string Name, object? Value)[]> arguments) =>
        rule.WithMessage(instance => new ValidationMessage(message, arguments(instance)).Format())
            .WithErrorCode(message.Code)
            .WithState(instance => new ValidationMessage(message, arguments(instance)));
}

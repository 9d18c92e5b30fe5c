using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using S3Criteria.DependencyInjection;
using S3Criteria.Evaluation;

namespace S3Criteria;

/// <summary>Registers S3Criteria in a service collection.</summary>
public static class S3CriteriaServiceCollectionExtensions
{
    /// <summary>
    /// Registers the S3Criteria services: <see cref="IComplianceEvaluator"/>, <see cref="IRuleSetProvider"/> and the
    /// <see cref="Engine.RuleSet"/> in force. Add rules with the returned builder. Calling it again registers nothing twice.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder to add rules, parameters and disabled rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IS3CriteriaBuilder AddS3Criteria(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(RuleSetCache)))
        {
            return new S3CriteriaBuilder(services);
        }

        services.AddOptions<S3CriteriaOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<S3CriteriaOptions>, S3CriteriaOptionsValidation>());
        services.TryAddSingleton<RuleSetCache>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRuleSetProvider>(sp => new RuleSetProvider(
            sp.GetRequiredService<IOptions<S3CriteriaOptions>>(),
            sp.GetRequiredService<RuleSetCache>(),
            (sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger<RuleSetProvider>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IComplianceEvaluator>(sp => new ProvidedComplianceEvaluator(
            sp.GetRequiredService<IRuleSetProvider>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<S3CriteriaOptions>>().Value.Language,
            (sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger<ProvidedComplianceEvaluator>()));
        services.TryAddTransient(sp => sp.GetRequiredService<IRuleSetProvider>().Current);
        return new S3CriteriaBuilder(services);
    }

    /// <summary>Registers the S3Criteria services and configures their options.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>A builder to add rules, parameters and disabled rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    public static IS3CriteriaBuilder AddS3Criteria(this IServiceCollection services, Action<S3CriteriaOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = services.AddS3Criteria();
        services.Configure(configure);
        return builder;
    }
}

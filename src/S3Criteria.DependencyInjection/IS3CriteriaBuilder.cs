using Microsoft.Extensions.DependencyInjection;

namespace S3Criteria;

/// <summary>Configures S3Criteria in a service collection; returned by <c>AddS3Criteria</c>.</summary>
public interface IS3CriteriaBuilder
{
    /// <summary>Gets the service collection S3Criteria is registered in.</summary>
    IServiceCollection Services { get; }
}

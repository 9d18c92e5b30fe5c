using Microsoft.Extensions.DependencyInjection;

namespace S3Criteria.DependencyInjection;

internal sealed class S3CriteriaBuilder(IServiceCollection services) : IS3CriteriaBuilder
{
    public IServiceCollection Services { get; } = services;
}

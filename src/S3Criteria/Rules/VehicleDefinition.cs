using S3Criteria.Diagnostics;
using S3Criteria.Model;

namespace S3Criteria.Rules;

/// <summary>A cooperation vehicle of the catalogue a rule file declares (<c>vehicles:</c>), with where it is declared.</summary>
internal sealed record VehicleDefinition(CooperationVehicle Vehicle, SourceLocation Location);

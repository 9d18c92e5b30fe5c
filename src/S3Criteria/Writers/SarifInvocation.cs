namespace S3Criteria.Writers;

/// <summary>
/// The invocation of a SARIF run: successful only when every document loaded; a notification per problem of a document
/// that could not be loaded (located in it) and per rule error.
/// </summary>
internal static class SarifInvocation
{
    /// <summary>Writes the run's one invocation.</summary>
    public static void Write(SarifLog log)
    {
        var w = log.W;
        w.WriteStartArray("invocations");
        w.WriteStartObject();

        // A document that could not be loaded was not checked: the run did not do what it was asked.
        w.WriteBoolean("executionSuccessful", log.Context.LoadFailures.Count == 0);
        w.WriteStartArray("toolExecutionNotifications");
        foreach (var problem in log.Context.LoadFailures)
        {
            w.WriteStartObject();
            w.WriteString("level", "error");
            log.Message("message", SarifText.Sentence(problem.Message));
            w.WriteStartObject("descriptor");
            w.WriteString("id", SarifText.LoadErrorId);
            w.WriteNumber("index", 1);
            w.WriteEndObject();
            w.WriteStartArray("locations");
            SarifLocations.WriteProblem(log, problem);
            w.WriteEndArray();
            w.WriteStartObject("properties");
            w.WriteString("code", problem.Code);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        foreach (var entry in log.Context.Reports)
        {
            foreach (var error in entry.Report.Errors)
            {
                w.WriteStartObject();
                w.WriteString("level", "error");
                log.Message("message", SarifText.Sentence(error.Message));
                w.WriteStartObject("descriptor");
                w.WriteString("id", SarifText.RuleErrorId);
                w.WriteNumber("index", 0);
                w.WriteEndObject();
                w.WriteStartObject("associatedRule");
                w.WriteString("id", error.RuleId);
                if (log.TryGetRuleIndex(error.RuleId, out var index))
                {
                    w.WriteNumber("index", index);
                }

                w.WriteEndObject();
                w.WriteStartArray("locations");
                SarifLocations.Write(log, entry.Report, error.Subject, FindingLocations.Of(entry, log.RuleSet, error.RuleId, error.Subject));
                w.WriteEndArray();
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    }
}

namespace S3Criteria.Writers;

/// <summary>The invocation of a SARIF run: always successful, with the rule errors of every report as tool execution notifications.</summary>
internal static class SarifInvocation
{
    /// <summary>Writes the run's one invocation, with a notification per rule error.</summary>
    public static void Write(SarifLog log)
    {
        var w = log.W;
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", true);
        w.WriteStartArray("toolExecutionNotifications");
        foreach (var report in log.Reports)
        {
            foreach (var error in report.Errors)
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
                SarifLocations.Write(log, report, error.Subject);
                w.WriteEndArray();
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    }
}

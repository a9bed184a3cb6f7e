namespace Publisher.EndToEnd.Tests.Fuzz;

/// <summary>
/// The fuzz tests run when PUBLISHER_FUZZ=1, as .ci/run sets it; elsewhere they are skipped, to keep a
/// developer's test loop short. They also carry the trait Category=Fuzz, so <c>dotnet test --filter Category=Fuzz</c>
/// runs them alone (with the variable set).
/// </summary>
internal static class FuzzSwitch
{
    public const string Variable = "PUBLISHER_FUZZ";

    public static string? SkipReason => Environment.GetEnvironmentVariable(Variable) == "1"
        ? null
        : $"the fuzz tests run with {Variable}=1";
}

public sealed class FuzzFactAttribute : FactAttribute
{
    public FuzzFactAttribute() => Skip = FuzzSwitch.SkipReason;
}

public sealed class FuzzTheoryAttribute : TheoryAttribute
{
    public FuzzTheoryAttribute() => Skip = FuzzSwitch.SkipReason;
}

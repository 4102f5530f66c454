namespace Media.Silo.Tests.Robustness;

/// <summary>
/// Every bad request of the robustness test, from one seed: the same seed gives the same requests in the
/// same order. About a quarter of them are also sent as the unit user (sign-in excepted).
/// </summary>
internal static class BadRequestGenerator
{
    public static IReadOnlyList<BadRequest> Generate(IEnumerable<BodyTemplate> templates, int seed)
    {
        var random = new Random(seed);
        var cases = new List<BadRequest>();
        foreach (var template in templates)
        {
            foreach (var request in FieldMutations.For(template, random).Concat(SyntaxMutations.For(template, random)))
            {
                cases.Add(request);
                if (template.Path != "/api/auth/token" && random.Next(4) == 0)
                {
                    cases.Add(request with { AsUnitUser = true });
                }
            }
        }

        return cases;
    }
}

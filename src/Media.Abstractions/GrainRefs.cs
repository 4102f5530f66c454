namespace Media.Abstractions;

/// <summary>
/// References to string-keyed grains with the grain and interface types resolved once per interface.
/// <c>IGrainFactory.GetGrain&lt;T&gt;(key)</c> works them out from the interface's type name on every call, a visible share of
/// the silo's CPU during bulk ingest, where each post takes a few references (docs/benchmarks.md).
/// </summary>
public static class GrainRefs
{
    /// <summary>The same reference <c>GetGrain&lt;T&gt;(key)</c> gives.</summary>
    public static T Ref<T>(this IGrainFactory grains, string key)
        where T : IGrainWithStringKey
    {
        var types = Types<T>.Resolved ??= Resolve<T>(grains);
        return (T)grains.GetGrain(GrainId.Create(types.Grain, key), types.Interface);
    }

    private static ResolvedTypes Resolve<T>(IGrainFactory grains)
        where T : IGrainWithStringKey
    {
        // Any key will do: only the types of the reference are kept.
        var reference = (GrainReference)(object)grains.GetGrain<T>("-");
        return new ResolvedTypes(reference.GrainId.Type, reference.InterfaceType);
    }

    // A class, not a struct: callers racing on the first reference must see the pair whole (a reference is written
    // atomically; a nullable pair of structs is not, and a torn read made a grain id of the wrong type).
    private sealed record ResolvedTypes(GrainType Grain, GrainInterfaceType Interface);

    // One slot per interface; the types depend only on the interface and its grain class, the same in every silo.
    private static class Types<T>
    {
        public static ResolvedTypes? Resolved;
    }
}

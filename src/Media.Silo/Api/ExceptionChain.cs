namespace Media.Silo.Api;

/// <summary>An exception with every inner one (all of an aggregate's), for recognisers that look for one cause in it.</summary>
public static class ExceptionChain
{
    public static IEnumerable<Exception> Of(Exception? exception)
    {
        var pending = new Stack<Exception>();
        if (exception is not null)
        {
            pending.Push(exception);
        }

        while (pending.TryPop(out var e))
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (e.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}

namespace Media.Silo.Web;

/// <summary>Previous and next links under a listing; <paramref name="Link"/> makes a page's address.</summary>
public sealed record PagerModel(int PageNumber, int PageSize, int Total, Func<int, string> Link);

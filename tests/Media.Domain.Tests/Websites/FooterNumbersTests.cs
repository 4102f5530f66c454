using Media.Domain.Websites;

namespace Media.Domain.Tests.Websites;

public sealed class FooterNumbersTests
{
    [Theory]
    [InlineData("赣公网安备 36092202000105号", "36092202000105", true)]
    [InlineData("赣公网安备 36092202000105号", "赣公网安备36092202000105号", true)]
    [InlineData("赣公网安备 36092202000105号", "赣公网安备 36092202000106号", false)]
    [InlineData("赣ICP备11002306号-1", "赣ICP备11002306号", true)]
    [InlineData("赣ICP备11002306号-1", "赣ICP备11002306号-1", true)]
    [InlineData("赣ICP备11002306号-1", "赣ICP备11002306号-2", false)]
    [InlineData("赣ICP备11002306号-1", "赣ICP备11002307号-1", false)]
    [InlineData("3609220011", "3609220011", true)]
    [InlineData("3609220011", "3609220012", false)]
    [InlineData("bm01000001", "BM01000001", true)]
    [InlineData("bm01000001", "bm01000002", false)]
    public void Numbers_are_compared_not_their_spelling(string shown, string filed, bool same) =>
        Assert.Equal(same, FooterNumbers.Same(shown, filed));
}

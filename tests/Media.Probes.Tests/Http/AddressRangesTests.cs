using System.Net;
using Media.Probes.Http;

namespace Media.Probes.Tests.Http;

public class AddressRangesTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("10.0.0.1")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.255")]
    [InlineData("0.0.0.0")]
    [InlineData("0.1.2.3")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("febf::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:192.168.1.1")]
    [InlineData("64:ff9b::a00:1")]
    [InlineData("2002:a9fe:a9fe::1")]
    public void Non_public_addresses_are_recognised(string address) =>
        Assert.False(AddressRanges.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("114.114.114.114")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2400:3200::1")]
    [InlineData("::ffff:114.114.114.114")]
    public void Public_addresses_are_allowed(string address) =>
        Assert.True(AddressRanges.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public void An_allowed_endpoint_is_exactly_that_address_and_port()
    {
        var policy = AddressPolicy.PublicOnly.AlsoAllowing(new IPEndPoint(IPAddress.Loopback, 8080));

        Assert.True(policy.Allows(new IPEndPoint(IPAddress.Loopback, 8080)));
        Assert.True(policy.Allows(new IPEndPoint(IPAddress.Parse("::ffff:127.0.0.1"), 8080)));
        Assert.False(policy.Allows(new IPEndPoint(IPAddress.Loopback, 8081)));
        Assert.False(policy.Allows(new IPEndPoint(IPAddress.Parse("10.0.0.1"), 8080)));
    }
}

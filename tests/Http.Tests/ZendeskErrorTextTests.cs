namespace Zendesk.Singer.Http.Tests;

public sealed class ZendeskErrorTextTests
{
    [Theory]
    [InlineData("""{"error":"RecordNotFound","description":"Not found"}""", "RecordNotFound: Not found")]
    [InlineData("""{"error":"Couldn't authenticate you"}""", "Couldn't authenticate you")]
    [InlineData("""{"error":"invalid_token","error_description":"The access token provided is expired"}""", "invalid_token: The access token provided is expired")]
    [InlineData("""{"error":{"title":"Forbidden","message":"Restricted."}}""", "Forbidden: Restricted.")]
    [InlineData("""{"errors":[{"code":"RateLimitExceeded","status":"429","title":"Rate limit exceeded."}]}""", "Rate limit exceeded.")]
    [InlineData("""{"errors":[{"title":"A","detail":"first"},{"title":"B"}]}""", "A: first: B")]
    [InlineData("You have exceeded the rate limit for updating a single unique user.", "You have exceeded the rate limit for updating a single unique user.")]
    [InlineData("  ", null)]
    public void Reads_each_error_shape_zendesk_uses(string body, string? expected)
    {
        ZendeskErrorText.From(body).ShouldBe(expected);
    }

    [Fact]
    public void Shortens_a_long_body()
    {
        var text = ZendeskErrorText.From(new string('x', 5000)).ShouldNotBeNull();

        text.Length.ShouldBe(303);
        text.ShouldEndWith("...");
    }
}

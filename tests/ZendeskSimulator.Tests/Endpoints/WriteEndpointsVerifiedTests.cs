using System.Net;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>verified and skip_verify_email on POST /api/v2/users/create_or_update.</summary>
public sealed class WriteEndpointsVerifiedTests
{
    private const string Upsert = "/api/v2/users/create_or_update";

    [Fact]
    public async Task A_user_created_verified_with_skip_verify_email_has_a_verified_primary_identity()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(Upsert, """{"user":{"name":"Ann","email":"ann@new.example","verified":true,"skip_verify_email":true}}""");

        reply.Status.ShouldBe(HttpStatusCode.Created, reply.Body);
        reply["user"].GetProperty("verified").GetBoolean().ShouldBeTrue();
        var identity = (await account.Get($"/api/v2/users/{reply["user"].Long("id")}/identities")).Items("identities")[0];
        identity.Text("value").ShouldBe("ann@new.example");
        identity.GetProperty("verified").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_user_created_without_verified_is_not_verified()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(Upsert, """{"user":{"name":"Ann","email":"ann@new.example","skip_verify_email":true}}""");

        reply["user"].GetProperty("verified").GetBoolean().ShouldBeFalse();
    }
}

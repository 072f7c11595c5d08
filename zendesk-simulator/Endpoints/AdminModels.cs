using System.Text.Json;

namespace Zendesk.Simulator.Endpoints;

/// <summary>Body of PATCH /__admin/tickets/{id}.</summary>
internal sealed record AdminTicketChange(
    string? Status,
    string? Priority,
    string? Subject,
    string? Type,
    IReadOnlyList<string>? Tags,
    long? AssigneeId,
    string? Comment,
    bool? Public,
    long? AuthorId,
    Dictionary<string, JsonElement>? CustomFields);

/// <summary>Body of PATCH /__admin/users/{id} and /__admin/organizations/{id}.</summary>
internal sealed record AdminUserChange(string? Name, string? Notes, string? Details, IReadOnlyList<string>? Tags, Dictionary<string, JsonElement>? Fields);

/// <summary>Body of POST /__admin/users/{id}/identities: an email identity (type "email", the only one served).</summary>
internal sealed record AdminIdentity(string? Type, string Value);

/// <summary>Body of POST /__admin/tickets/{id}/comments.</summary>
internal sealed record AdminComment(string Body, bool? Public, long? AuthorId);

/// <summary>Body of POST /__admin/faults.</summary>
internal sealed record AdminFault(string Kind, int Count, int? Status, int? RetryAfter, int? DelayMs, string? PathPrefix, string? Method = null, bool? AfterEffect = null);

/// <summary>Body of PUT /__admin/settings; null members stay as they are.</summary>
internal sealed record AdminSettings(string? Plan, bool? HighVolume, bool? AccountExists, bool? RateLimits, bool? TalkEnabled, int? RequestsPerMinute, bool? BulkImports, bool? Profiles = null);

/// <summary>Body of POST /__admin/tickets (create) and /__admin/clock/advance.</summary>
internal sealed record AdminNumber(int? Count, double? Seconds);

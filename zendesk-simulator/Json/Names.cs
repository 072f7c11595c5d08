using System.Text.Json;

namespace Zendesk.Simulator.Json;

/// <summary>Property names of the records written on hot paths, encoded once.</summary>
internal static class Names
{
    public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");

    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");

    public static readonly JsonEncodedText CreatedAt = JsonEncodedText.Encode("created_at");

    public static readonly JsonEncodedText UpdatedAt = JsonEncodedText.Encode("updated_at");

    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");

    public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");

    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");

    public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");

    public static readonly JsonEncodedText Tags = JsonEncodedText.Encode("tags");

    public static readonly JsonEncodedText ExternalId = JsonEncodedText.Encode("external_id");

    public static readonly JsonEncodedText Via = JsonEncodedText.Encode("via");

    public static readonly JsonEncodedText Channel = JsonEncodedText.Encode("channel");

    public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");

    public static readonly JsonEncodedText From = JsonEncodedText.Encode("from");

    public static readonly JsonEncodedText To = JsonEncodedText.Encode("to");

    public static readonly JsonEncodedText Address = JsonEncodedText.Encode("address");

    public static readonly JsonEncodedText Rel = JsonEncodedText.Encode("rel");

    public static readonly JsonEncodedText GeneratedTimestamp = JsonEncodedText.Encode("generated_timestamp");

    public static readonly JsonEncodedText Subject = JsonEncodedText.Encode("subject");

    public static readonly JsonEncodedText RawSubject = JsonEncodedText.Encode("raw_subject");

    public static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");

    public static readonly JsonEncodedText Priority = JsonEncodedText.Encode("priority");

    public static readonly JsonEncodedText Recipient = JsonEncodedText.Encode("recipient");

    public static readonly JsonEncodedText RequesterId = JsonEncodedText.Encode("requester_id");

    public static readonly JsonEncodedText SubmitterId = JsonEncodedText.Encode("submitter_id");

    public static readonly JsonEncodedText AssigneeId = JsonEncodedText.Encode("assignee_id");

    public static readonly JsonEncodedText OrganizationId = JsonEncodedText.Encode("organization_id");

    public static readonly JsonEncodedText GroupId = JsonEncodedText.Encode("group_id");

    public static readonly JsonEncodedText CollaboratorIds = JsonEncodedText.Encode("collaborator_ids");

    public static readonly JsonEncodedText FollowerIds = JsonEncodedText.Encode("follower_ids");

    public static readonly JsonEncodedText EmailCcIds = JsonEncodedText.Encode("email_cc_ids");

    public static readonly JsonEncodedText ForumTopicId = JsonEncodedText.Encode("forum_topic_id");

    public static readonly JsonEncodedText ProblemId = JsonEncodedText.Encode("problem_id");

    public static readonly JsonEncodedText HasIncidents = JsonEncodedText.Encode("has_incidents");

    public static readonly JsonEncodedText IsPublic = JsonEncodedText.Encode("is_public");

    public static readonly JsonEncodedText DueAt = JsonEncodedText.Encode("due_at");

    public static readonly JsonEncodedText CustomFields = JsonEncodedText.Encode("custom_fields");

    public static readonly JsonEncodedText SatisfactionRating = JsonEncodedText.Encode("satisfaction_rating");

    public static readonly JsonEncodedText Score = JsonEncodedText.Encode("score");

    public static readonly JsonEncodedText Comment = JsonEncodedText.Encode("comment");

    public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");

    public static readonly JsonEncodedText ReasonId = JsonEncodedText.Encode("reason_id");

    public static readonly JsonEncodedText SharingAgreementIds = JsonEncodedText.Encode("sharing_agreement_ids");

    public static readonly JsonEncodedText CustomStatusId = JsonEncodedText.Encode("custom_status_id");

    public static readonly JsonEncodedText Fields = JsonEncodedText.Encode("fields");

    public static readonly JsonEncodedText FollowupIds = JsonEncodedText.Encode("followup_ids");

    public static readonly JsonEncodedText TicketFormId = JsonEncodedText.Encode("ticket_form_id");

    public static readonly JsonEncodedText BrandId = JsonEncodedText.Encode("brand_id");

    public static readonly JsonEncodedText AllowChannelback = JsonEncodedText.Encode("allow_channelback");

    public static readonly JsonEncodedText AllowAttachments = JsonEncodedText.Encode("allow_attachments");

    public static readonly JsonEncodedText FromMessagingChannel = JsonEncodedText.Encode("from_messaging_channel");

    public static readonly JsonEncodedText EncodedId = JsonEncodedText.Encode("encoded_id");

    public static readonly JsonEncodedText MetricSet = JsonEncodedText.Encode("metric_set");

    public static readonly JsonEncodedText TicketId = JsonEncodedText.Encode("ticket_id");

    public static readonly JsonEncodedText GroupStations = JsonEncodedText.Encode("group_stations");

    public static readonly JsonEncodedText AssigneeStations = JsonEncodedText.Encode("assignee_stations");

    public static readonly JsonEncodedText Reopens = JsonEncodedText.Encode("reopens");

    public static readonly JsonEncodedText Replies = JsonEncodedText.Encode("replies");

    public static readonly JsonEncodedText AssigneeUpdatedAt = JsonEncodedText.Encode("assignee_updated_at");

    public static readonly JsonEncodedText RequesterUpdatedAt = JsonEncodedText.Encode("requester_updated_at");

    public static readonly JsonEncodedText StatusUpdatedAt = JsonEncodedText.Encode("status_updated_at");

    public static readonly JsonEncodedText InitiallyAssignedAt = JsonEncodedText.Encode("initially_assigned_at");

    public static readonly JsonEncodedText AssignedAt = JsonEncodedText.Encode("assigned_at");

    public static readonly JsonEncodedText SolvedAt = JsonEncodedText.Encode("solved_at");

    public static readonly JsonEncodedText LatestCommentAddedAt = JsonEncodedText.Encode("latest_comment_added_at");

    public static readonly JsonEncodedText CustomStatusUpdatedAt = JsonEncodedText.Encode("custom_status_updated_at");

    public static readonly JsonEncodedText ReplyTimeInMinutes = JsonEncodedText.Encode("reply_time_in_minutes");

    public static readonly JsonEncodedText FirstResolutionTimeInMinutes = JsonEncodedText.Encode("first_resolution_time_in_minutes");

    public static readonly JsonEncodedText FullResolutionTimeInMinutes = JsonEncodedText.Encode("full_resolution_time_in_minutes");

    public static readonly JsonEncodedText AgentWaitTimeInMinutes = JsonEncodedText.Encode("agent_wait_time_in_minutes");

    public static readonly JsonEncodedText RequesterWaitTimeInMinutes = JsonEncodedText.Encode("requester_wait_time_in_minutes");

    public static readonly JsonEncodedText OnHoldTimeInMinutes = JsonEncodedText.Encode("on_hold_time_in_minutes");

    public static readonly JsonEncodedText Metric = JsonEncodedText.Encode("metric");

    public static readonly JsonEncodedText InstanceId = JsonEncodedText.Encode("instance_id");

    public static readonly JsonEncodedText Time = JsonEncodedText.Encode("time");

    public static readonly JsonEncodedText Sla = JsonEncodedText.Encode("sla");

    public static readonly JsonEncodedText Target = JsonEncodedText.Encode("target");

    public static readonly JsonEncodedText BusinessHours = JsonEncodedText.Encode("business_hours");

    public static readonly JsonEncodedText Policy = JsonEncodedText.Encode("policy");

    public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");

    public static readonly JsonEncodedText Deleted = JsonEncodedText.Encode("deleted");

    public static readonly JsonEncodedText Email = JsonEncodedText.Encode("email");

    public static readonly JsonEncodedText TimeZone = JsonEncodedText.Encode("time_zone");

    public static readonly JsonEncodedText IanaTimeZone = JsonEncodedText.Encode("iana_time_zone");

    public static readonly JsonEncodedText Phone = JsonEncodedText.Encode("phone");

    public static readonly JsonEncodedText SharedPhoneNumber = JsonEncodedText.Encode("shared_phone_number");

    public static readonly JsonEncodedText Photo = JsonEncodedText.Encode("photo");

    public static readonly JsonEncodedText LocaleId = JsonEncodedText.Encode("locale_id");

    public static readonly JsonEncodedText Locale = JsonEncodedText.Encode("locale");

    public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");

    public static readonly JsonEncodedText Verified = JsonEncodedText.Encode("verified");

    public static readonly JsonEncodedText Alias = JsonEncodedText.Encode("alias");

    public static readonly JsonEncodedText Active = JsonEncodedText.Encode("active");

    public static readonly JsonEncodedText Shared = JsonEncodedText.Encode("shared");

    public static readonly JsonEncodedText SharedAgent = JsonEncodedText.Encode("shared_agent");

    public static readonly JsonEncodedText LastLoginAt = JsonEncodedText.Encode("last_login_at");

    public static readonly JsonEncodedText TwoFactorAuthEnabled = JsonEncodedText.Encode("two_factor_auth_enabled");

    public static readonly JsonEncodedText Signature = JsonEncodedText.Encode("signature");

    public static readonly JsonEncodedText Details = JsonEncodedText.Encode("details");

    public static readonly JsonEncodedText Notes = JsonEncodedText.Encode("notes");

    public static readonly JsonEncodedText RoleType = JsonEncodedText.Encode("role_type");

    public static readonly JsonEncodedText CustomRoleId = JsonEncodedText.Encode("custom_role_id");

    public static readonly JsonEncodedText Moderator = JsonEncodedText.Encode("moderator");

    public static readonly JsonEncodedText TicketRestriction = JsonEncodedText.Encode("ticket_restriction");

    public static readonly JsonEncodedText OnlyPrivateComments = JsonEncodedText.Encode("only_private_comments");

    public static readonly JsonEncodedText RestrictedAgent = JsonEncodedText.Encode("restricted_agent");

    public static readonly JsonEncodedText Suspended = JsonEncodedText.Encode("suspended");

    public static readonly JsonEncodedText DefaultGroupId = JsonEncodedText.Encode("default_group_id");

    public static readonly JsonEncodedText ReportCsv = JsonEncodedText.Encode("report_csv");

    public static readonly JsonEncodedText UserFields = JsonEncodedText.Encode("user_fields");

    public static readonly JsonEncodedText ChatOnly = JsonEncodedText.Encode("chat_only");

    public static readonly JsonEncodedText UserId = JsonEncodedText.Encode("user_id");

    public static readonly JsonEncodedText Primary = JsonEncodedText.Encode("primary");

    public static readonly JsonEncodedText UndeliverableCount = JsonEncodedText.Encode("undeliverable_count");

    public static readonly JsonEncodedText DeliverableState = JsonEncodedText.Encode("deliverable_state");

    public static readonly JsonEncodedText VerificationMethod = JsonEncodedText.Encode("verification_method");

    public static readonly JsonEncodedText VerifiedAt = JsonEncodedText.Encode("verified_at");
}

using System.Globalization;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Data.HelpCenter;

/// <summary>
/// Builds each brand's help center from the seed and the account shape: a few categories of a few
/// sections, dozens of articles written by agents, a community of topics and posts, and comments and
/// votes by end users, and votes on some of the comments. Every parent's <c>updated_at</c> is at least its
/// newest child's time, a vote on a comment included; a post comment's counts and <c>updated_at</c> take in its votes.
/// </summary>
internal static class HelpCenterGenerator
{
    private const long Base = 25_000_000_000_000;
    private const int CategoriesPerBrand = 3;
    private const int SectionsPerCategory = 2;
    private const int ArticlesPerSection = 5;
    private const int Topics = 3;
    private const int PostsPerTopic = 4;

    private static readonly string[] OtherLocales = ["de", "es", "fr", "ja", "pt-br"];

    private static readonly string[] Subjects = ["billing", "sign in", "exports", "mobile app", "integrations", "security", "reports", "notifications"];

    public static HelpCenterRecords Build(AccountShape shape, Catalog catalog)
    {
        var brands = new List<HelpCenterContent>();
        for (var b = 0; b < catalog.Brands.Count; b++)
        {
            var brand = catalog.Brands[b].Body;
            if (brand["has_help_center"]?.GetValue<bool>() == true)
            {
                brands.Add(Brand(shape, catalog.Brands[b].Id, brand["subdomain"]!.GetValue<string>(), b));
            }
        }

        return new HelpCenterRecords(brands);
    }

    /// <summary>A comment or vote as Zendesk shows it.</summary>
    internal static CatalogItem Child(HelpCenterContent hc, HelpCenterChild kind, long id, long parentId, long userId, long at, int value)
    {
        var text = id.ToString(CultureInfo.InvariantCulture);
        JsonObject body;
        if (kind.IsVote())
        {
            body = new JsonObject
            {
                ["id"] = id,
                ["url"] = $"/help_center/votes/{text}.json",
                ["user_id"] = userId,
                ["value"] = value,
                ["item_id"] = parentId,
                ["item_type"] = kind.ItemType(),
            };
        }
        else if (kind == HelpCenterChild.ArticleAttachment)
        {
            body = new JsonObject
            {
                ["id"] = id,
                ["url"] = $"/help_center/articles/attachments/{text}.json",
                ["article_id"] = parentId,
                ["display_file_name"] = $"screenshot-{text}.png",
                ["file_name"] = $"screenshot-{text}.png",
                ["locale"] = "en-us",
                ["content_url"] = $"https://{hc.Subdomain}.zendesk.com/hc/article_attachments/{text}",
                ["relative_path"] = $"/hc/article_attachments/{text}",
                ["content_type"] = "image/png",
                ["size"] = 20_000 + (id % 50_000),
                ["inline"] = id % 2 == 0,
            };
        }
        else if (kind.OfArticle())
        {
            body = new JsonObject
            {
                ["id"] = id,
                ["url"] = $"/help_center/en-us/articles/{parentId}/comments/{text}.json",
                ["html_url"] = $"https://{hc.Subdomain}.zendesk.com/hc/en-us/articles/{parentId}/comments/{text}",
                ["body"] = $"<p>Comment {text}: this helped with the steps in the article.</p>",
                ["author_id"] = userId,
                ["source_id"] = parentId,
                ["source_type"] = "Article",
                ["locale"] = "en-us",
                ["non_author_editor_id"] = null,
                ["non_author_updated_at"] = null,
            };
        }
        else
        {
            body = new JsonObject
            {
                ["id"] = id,
                ["url"] = $"/community/posts/{parentId}/comments/{text}.json",
                ["html_url"] = $"https://{hc.Subdomain}.zendesk.com/hc/en-us/community/posts/{parentId}/comments/{text}",
                ["body"] = $"<p>Reply {text}: same here, following.</p>",
                ["author_id"] = userId,
                ["post_id"] = parentId,
                ["official"] = false,
                ["vote_sum"] = 0,
                ["vote_count"] = 0,
                ["non_author_editor_id"] = null,
                ["non_author_updated_at"] = null,
            };
        }

        body["created_at"] = Epoch.Iso(at);
        body["updated_at"] = Epoch.Iso(at);
        return new CatalogItem(id, at, at, null, body);
    }

    private static HelpCenterContent Brand(AccountShape shape, long brandId, string subdomain, int ordinal)
    {
        var hc = new HelpCenterContent(brandId, subdomain);
        var prng = new Prng(shape.Seed, Salts.Catalog + 100, brandId);
        var ids = Base + (ordinal * 1_000_000_000L);

        // Votes on comments draw from a sequence and an id range of their own, leaving the rest of the help center as it was.
        var commentVotes = new CommentVotes(new Prng(shape.Seed, Salts.Catalog + 101, brandId), ids + 900_000_000);
        Languages(hc, new Prng(shape.Seed, Salts.Catalog + 102, brandId), ordinal);
        var span = Math.Max(86_400, shape.DataEnd - shape.DataStart);
        long Time(ref Prng p, long from) => p.Between(from, Math.Max(from, shape.DataEnd));
        var agents = Math.Max(1, shape.Agents);
        var endUsers = Math.Max(1, shape.EndUsers);
        long Agent(ref Prng p) => Ids.UserId(p.Below(agents));
        long EndUser(ref Prng p) => Ids.UserId(agents + p.Below(endUsers));

        for (var s = 1; s <= 3; s++)
        {
            var created = shape.DataStart + (s * 3600L);
            hc.UserSegments.Add(Item(ids + 1_000_000 + s, created, Time(ref prng, created), null, new JsonObject
            {
                ["name"] = s switch { 1 => "Signed-in users", 2 => "Agents and admins", _ => "VIP customers" },
                ["user_type"] = s == 2 ? "staff" : "signed_in_users",
                ["group_ids"] = new JsonArray(),
                ["organization_ids"] = new JsonArray(),
                ["tags"] = s == 3 ? new JsonArray("vip") : new JsonArray(),
                ["or_tags"] = new JsonArray(),
                ["added_user_ids"] = new JsonArray(),
                ["built_in"] = s < 3,
            }));
        }

        for (var g = 1; g <= 3; g++)
        {
            var created = shape.DataStart + (g * 7200L);
            hc.PermissionGroups.Add(Item(ids + 2_000_000 + g, created, Time(ref prng, created), null, new JsonObject
            {
                ["name"] = g switch { 1 => "Admins", 2 => "Writers", _ => "Reviewers" },
                ["built_in"] = g == 1,
                ["publish"] = new JsonArray(Ids.GroupId(0)),
                ["edit"] = new JsonArray(Ids.GroupId(0)),
            }));
        }

        var sectionIds = new List<long>();
        for (var c = 1; c <= CategoriesPerBrand; c++)
        {
            var categoryId = ids + 3_000_000 + c;
            var created = shape.DataStart + (c * 86_400L);
            hc.Categories.Add(Item(categoryId, created, Time(ref prng, created), "help_center/en-us/categories", new JsonObject
            {
                ["html_url"] = $"https://{subdomain}.zendesk.com/hc/en-us/categories/{categoryId}",
                ["position"] = c,
                ["name"] = "Category " + c.ToString(CultureInfo.InvariantCulture),
                ["description"] = "Answers about " + Subjects[c % Subjects.Length],
                ["locale"] = "en-us",
                ["source_locale"] = "en-us",
                ["outdated"] = false,
            }));
            for (var s = 1; s <= SectionsPerCategory; s++)
            {
                var sectionId = ids + 4_000_000 + (c * 100) + s;
                sectionIds.Add(sectionId);
                hc.Sections.Add(Item(sectionId, created + s, Time(ref prng, created + s), "help_center/en-us/sections", new JsonObject
                {
                    ["html_url"] = $"https://{subdomain}.zendesk.com/hc/en-us/sections/{sectionId}",
                    ["category_id"] = categoryId,
                    ["position"] = s,
                    ["sorting"] = "manual",
                    ["name"] = "Section " + c.ToString(CultureInfo.InvariantCulture) + "." + s.ToString(CultureInfo.InvariantCulture),
                    ["description"] = string.Empty,
                    ["locale"] = "en-us",
                    ["source_locale"] = "en-us",
                    ["outdated"] = false,
                    ["parent_section_id"] = null,
                    ["theme_template"] = "section_page",
                }));
            }
        }

        var childId = ids + 500_000_000;
        var n = 0;
        foreach (var sectionId in sectionIds)
        {
            for (var a = 0; a < ArticlesPerSection; a++)
            {
                n++;
                var articleId = ids + 5_000_000 + n;
                var created = shape.DataStart + prng.Between(86_400, span / 2);
                var edited = Time(ref prng, created);
                var (latest, votes, sum) = Children(hc, ref prng, commentVotes, HelpCenterChild.ArticleComment, HelpCenterChild.ArticleVote, articleId, edited, shape, ref childId, agents, endUsers);

                // Attachments are uploaded while the article is written, so they are no newer than its last edit.
                for (var f = prng.Below(3); f > 0; f--)
                {
                    var at = prng.Between(created, edited);
                    hc.AddGenerated(HelpCenterChild.ArticleAttachment, articleId, Child(hc, HelpCenterChild.ArticleAttachment, ++childId, articleId, 0, at, 0));
                }

                var subject = Subjects[n % Subjects.Length];
                hc.Articles.Add(Item(articleId, created, Math.Max(edited, latest.Item1), "help_center/en-us/articles", new JsonObject
                {
                    ["html_url"] = $"https://{subdomain}.zendesk.com/hc/en-us/articles/{articleId}",
                    ["author_id"] = Agent(ref prng),
                    ["comments_disabled"] = false,
                    ["draft"] = n % 10 == 0,
                    ["promoted"] = n % 7 == 0,
                    ["position"] = a,
                    ["vote_sum"] = sum,
                    ["vote_count"] = votes,
                    ["section_id"] = sectionId,
                    ["edited_at"] = Epoch.Iso(edited),
                    ["name"] = $"How to set up {subject} ({n})",
                    ["title"] = $"How to set up {subject} ({n})",
                    ["source_locale"] = "en-us",
                    ["locale"] = "en-us",
                    ["outdated"] = false,
                    ["outdated_locales"] = new JsonArray(),
                    ["permission_group_id"] = ids + 2_000_000 + 1,
                    ["user_segment_id"] = n % 5 == 0 ? ids + 1_000_000 + 3 : null,
                    ["user_segment_ids"] = n % 5 == 0 ? new JsonArray(ids + 1_000_000 + 3) : new JsonArray(),
                    ["label_names"] = new JsonArray(subject.Replace(' ', '_')),
                    ["content_tag_ids"] = new JsonArray(),
                    ["body"] = $"<p>Open the {subject} settings and follow the steps below.</p>",
                }));
            }
        }

        for (var t = 1; t <= Topics; t++)
        {
            var topicId = ids + 6_000_000 + t;
            var created = shape.DataStart + (t * 86_400L);
            hc.Topics.Add(Item(topicId, created, Time(ref prng, created), "community/topics", new JsonObject
            {
                ["html_url"] = $"https://{subdomain}.zendesk.com/hc/en-us/community/topics/{topicId}",
                ["name"] = "Topic " + t.ToString(CultureInfo.InvariantCulture) + ": " + Subjects[t % Subjects.Length],
                ["description"] = "Questions and ideas",
                ["position"] = t,
                ["follower_count"] = prng.Below(40),
                ["manageable_by"] = "managers",
                ["user_segment_id"] = null,
            }));
            for (var p = 1; p <= PostsPerTopic; p++)
            {
                var postId = ids + 7_000_000 + (t * 100) + p;
                var postCreated = shape.DataStart + prng.Between(86_400, span / 2);
                var edited = Time(ref prng, postCreated);
                var (latest, votes, sum) = Children(hc, ref prng, commentVotes, HelpCenterChild.PostComment, HelpCenterChild.PostVote, postId, edited, shape, ref childId, agents, endUsers);
                hc.Posts.Add(Item(postId, postCreated, Math.Max(edited, latest.Item1), "community/posts", new JsonObject
                {
                    ["html_url"] = $"https://{subdomain}.zendesk.com/hc/en-us/community/posts/{postId}",
                    ["title"] = $"Question about {Subjects[(t + p) % Subjects.Length]}",
                    ["details"] = "<p>Has anyone found a way to do this?</p>",
                    ["author_id"] = EndUser(ref prng),
                    ["vote_sum"] = sum,
                    ["vote_count"] = votes,
                    ["comment_count"] = latest.Item2,
                    ["follower_count"] = prng.Below(10),
                    ["topic_id"] = topicId,
                    ["pinned"] = p == 1,
                    ["featured"] = false,
                    ["closed"] = false,
                    ["frozen"] = false,
                    ["status"] = p == 2 ? "planned" : "none",
                    ["content_tag_ids"] = new JsonArray(),
                }));
            }
        }

        return hc;
    }

    /// <summary>A parent's comments and votes: the newest time and comment count, the vote count and sum.</summary>
    private static ((long, int), int, int) Children(
        HelpCenterContent hc,
        ref Prng prng,
        CommentVotes commentVotes,
        HelpCenterChild comment,
        HelpCenterChild vote,
        long parentId,
        long from,
        AccountShape shape,
        ref long childId,
        int agents,
        int endUsers)
    {
        var latest = from;
        var comments = prng.Below(4);
        for (var i = 0; i < comments; i++)
        {
            var at = prng.Between(from, Math.Max(from, shape.DataEnd));
            var added = Child(hc, comment, ++childId, parentId, Ids.UserId(agents + prng.Below(endUsers)), at, 0);
            var (voted, withVotes) = commentVotes.Cast(hc, comment, added, shape, agents, endUsers);
            hc.AddGenerated(comment, parentId, withVotes);
            latest = Math.Max(latest, Math.Max(at, voted));
        }

        var votes = prng.Below(5);
        var sum = 0;
        for (var i = 0; i < votes; i++)
        {
            var at = prng.Between(from, Math.Max(from, shape.DataEnd));
            var value = prng.Chance(0.8) ? 1 : -1;
            sum += value;
            hc.AddGenerated(vote, parentId, Child(hc, vote, ++childId, parentId, Ids.UserId(agents + prng.Below(endUsers)), at, value));
            latest = Math.Max(latest, at);
        }

        return ((latest, comments), votes, sum);
    }

    /// <summary>English and one to three other languages; the first help center defaults to English, the others to their first other language.</summary>
    private static void Languages(HelpCenterContent hc, Prng prng, int ordinal)
    {
        hc.Locales.Add("en-us");
        var first = prng.Below(OtherLocales.Length);
        for (var l = 1 + prng.Below(3); l > 0; l--)
        {
            hc.Locales.Add(OtherLocales[(first + l) % OtherLocales.Length]);
        }

        hc.DefaultLocale = ordinal == 0 ? "en-us" : hc.Locales[1];
    }

    /// <summary>Up to two votes by end users on each comment, after it was written.</summary>
    private sealed class CommentVotes(Prng prng, long firstId)
    {
        private Prng _prng = prng;
        private long _nextId = firstId;

        /// <summary>Adds a comment's votes; the latest vote's time (or the comment's) and the comment as its votes leave it.</summary>
        public (long Latest, CatalogItem Comment) Cast(HelpCenterContent hc, HelpCenterChild comment, CatalogItem item, AccountShape shape, int agents, int endUsers)
        {
            var kind = comment == HelpCenterChild.ArticleComment ? HelpCenterChild.ArticleCommentVote : HelpCenterChild.PostCommentVote;
            var latest = item.Updated;
            var (count, sum) = (0, 0);
            for (var v = _prng.Below(3); v > 0; v--)
            {
                var at = _prng.Between(item.Created, Math.Max(item.Created, shape.DataEnd));
                var value = _prng.Chance(0.8) ? 1 : -1;
                hc.AddGenerated(kind, item.Id, Child(hc, kind, ++_nextId, item.Id, Ids.UserId(agents + _prng.Below(endUsers)), at, value));
                latest = Math.Max(latest, at);
                count++;
                sum += value;
            }

            return (latest, count == 0 ? item : HelpCenterContent.Voted(item, count, sum, latest));
        }
    }

    // User segments and permission groups carry no url of their own, as Zendesk's do not.
    private static CatalogItem Item(long id, long created, long updated, string? path, JsonObject body)
    {
        var record = new JsonObject { ["id"] = id };
        foreach (var (name, value) in body)
        {
            record[name] = value?.DeepClone();
        }

        record["created_at"] = Epoch.Iso(created);
        record["updated_at"] = Epoch.Iso(updated);
        return new CatalogItem(id, created, updated, path is null ? null : string.Create(CultureInfo.InvariantCulture, $"/{path}/{id}.json"), record);
    }
}

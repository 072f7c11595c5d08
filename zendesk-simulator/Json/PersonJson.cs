using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>A user's name and email as string values, written from the word lists without building strings.</summary>
internal static class PersonJson
{
    public static void Name(Utf8JsonWriter w, JsonEncodedText property, Account account, int user)
    {
        if (account.Users.Store.Overrides.TryGetValue(user, out var overrides) && overrides.Name is { } name)
        {
            w.WriteString(property, name);
            return;
        }

        var (first, last) = PersonText.NameIndex(account.Shape.Seed, user);
        w.WriteString(property, EncodedWords.FullNames[(first * Words.LastNames.Length) + last]);
    }

    /// <summary>The account owner's address for user 0, the address a user was created with, otherwise first.last.{index}@example.com from the name's email forms.</summary>
    public static void Email(Utf8JsonWriter w, JsonEncodedText property, Account account, int user)
    {
        if (account.Users.Store.IsCreatedLive(user))
        {
            w.StringOrNull(property, account.Users.Keys.Email(user));
            return;
        }

        if (user == 0)
        {
            w.WriteString(property, account.Options.Email);
            return;
        }

        var (first, last) = PersonText.NameIndex(account.Shape.Seed, user);
        var text = new Utf8Buffer(stackalloc byte[64]);
        text.Append(EncodedWords.EmailFirstNames[first]);
        text.AppendByte((byte)'.');
        text.Append(EncodedWords.EmailLastNames[last]);
        text.AppendByte((byte)'.');
        text.AppendNumber(user);
        text.Append("@example.com"u8);
        w.WriteString(property, text.Written);
    }
}

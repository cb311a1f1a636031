using CareerBot.BotFramework.Storage.Blob;

namespace CareerBot.BotFramework.Tests.Storage;

public sealed class BlobNamesTests
{
    [Theory]
    [InlineData("msteams/conversations/a:1|x;messageid=1")]
    [InlineData("webchat/users/ü 😀")]
    [InlineData("a/../b.")]
    public void A_key_becomes_a_name_of_only_letters_digits_dashes_underscores_and_escapes(string key)
    {
        var name = BlobNames.FromKey(key);

        Assert.All(name, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '~', $"'{c}' in {name}"));
    }

    [Fact]
    public void Keys_that_differ_only_in_an_escaped_character_get_different_names()
    {
        string[] keys = ["a/b", "a%2Fb", "a~2Fb", "a_b", "a-b", "A/b"];

        Assert.Equal(keys.Length, keys.Select(BlobNames.FromKey).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Very_long_keys_get_distinct_names_within_the_blob_name_limit()
    {
        var first = BlobNames.FromKey(new string('x', 2000) + "1");
        var second = BlobNames.FromKey(new string('x', 2000) + "2");

        Assert.True(first.Length <= 1024);
        Assert.NotEqual(first, second);
    }
}

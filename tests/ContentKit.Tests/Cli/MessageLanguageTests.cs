using ContentKit.Cli;

namespace ContentKit.Tests.Cli;

/// <summary><see cref="MessageLanguage"/>: which language the command speaks when <c>--lang</c> is not given.</summary>
public class MessageLanguageTests
{
    [Theory]
    [InlineData("id", "LANG=id_ID.UTF-8")]
    [InlineData("id", "LANG=id")]
    [InlineData("en", "LANG=C.UTF-8")]
    [InlineData("en", "LANG=en_US.UTF-8")]
    [InlineData("en")]
    [InlineData("en", "CONTENTKIT_LANG=en", "LANG=id_ID.UTF-8")]
    [InlineData("id", "CONTENTKIT_LANG=id", "LANG=en_US.UTF-8")]
    [InlineData("id", "LC_ALL=id_ID.UTF-8", "LC_MESSAGES=en_US.UTF-8", "LANG=en_US.UTF-8")]
    [InlineData("id", "LC_MESSAGES=id_ID.UTF-8", "LANG=en_US.UTF-8")]
    [InlineData("id", "LC_ALL=", "LANG=id_ID.UTF-8")]
    [InlineData("en", "CONTENTKIT_LANG=xx", "LANG=id_ID.UTF-8")]
    public void The_first_variable_that_is_set_decides_and_only_id_means_Indonesian(string expected, params string[] variables)
    {
        var environment = variables.Select(v => v.Split('=', 2)).ToDictionary(v => v[0], v => v[1]);

        var language = MessageLanguage.FromEnvironment(environment.GetValueOrDefault);

        Assert.Equal(expected, language.Name);
    }

    [Theory]
    [InlineData("id", "id")]
    [InlineData("ID", "id")]
    [InlineData("en", "en")]
    [InlineData("En", "en")]
    public void Lang_takes_id_and_en_in_any_case(string value, string expected) =>
        Assert.Equal(expected, MessageLanguage.FromName(value)?.Name);

    [Theory]
    [InlineData("xx")]
    [InlineData("id-ID")]
    [InlineData("")]
    public void Lang_takes_nothing_else(string value) => Assert.Null(MessageLanguage.FromName(value));
}

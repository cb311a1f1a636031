using Microsoft.Extensions.Options;

namespace CareerBot.Options;

/// <summary>Checks the "Knowledge" section at start (a missing folder is reported by the knowledge base and readiness).</summary>
public sealed class KnowledgeOptionsValidator : IValidateOptions<KnowledgeOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SettingChecks(KnowledgeOptions.SectionName).Required(nameof(options.Folder), options.Folder).Result();
    }
}

using System.Text.Json.Nodes;
using System.Xml.Linq;
using CareerBot.BotFramework.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CareerBot.Counselling.Console;

/// <summary>
/// Keeps ASP.NET Core's data-protection keys (which seal the console's sign-in cookie) in the state storage, so every
/// host on one store reads a cookie another host wrote, and a restart keeps counsellors signed in. Keys are few and
/// read rarely (at start and when the key ring refreshes), so the synchronous calls the interface needs wait on the store.
/// </summary>
public sealed class StoredDataProtectionKeys : IXmlRepository
{
    public const string Prefix = "dataprotection/keys/";

    private readonly IStorage _storage;

    public StoredDataProtectionKeys(IStorage storage)
    {
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
    }

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var keys = _storage.ListKeysAsync(Prefix).GetAwaiter().GetResult();
        if (keys.Count == 0)
        {
            return [];
        }

        var items = _storage.ReadAsync(keys).GetAwaiter().GetResult();
        return [.. items.Values.Select(i => i.Document["xml"]?.GetValue<string>()).OfType<string>().Select(x => XElement.Parse(x))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var name = string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName;
        _storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            [Prefix + name] = StoreItem.New(new JsonObject { ["xml"] = element.ToString(SaveOptions.DisableFormatting) }),
        }).GetAwaiter().GetResult();
    }
}

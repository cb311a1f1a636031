using System.Text.Json;
using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;
using CareerBot.Options;
using Microsoft.Extensions.Options;

namespace CareerBot.Counselling.Notifications;

/// <summary>
/// Sends the queued notices to the counsellors' Teams channel or chat as messages the bot starts there (through the Bot
/// Connector, with the bot's own token). A failed send is logged without its content and not retried beyond the
/// connector's own retries: the request is in the console's inbox either way.
/// </summary>
public sealed class TeamsNoticeSender : BackgroundService
{
    private readonly CounsellorNotices _notices;
    private readonly BotFrameworkHttpAdapter _adapter;
    private readonly CounsellorTeamsOptions _teams;
    private readonly bool _hasConsole;
    private readonly string? _botId;
    private readonly ILogger<TeamsNoticeSender> _logger;

    public TeamsNoticeSender(
        CounsellorNotices notices, BotFrameworkHttpAdapter adapter, IOptions<CounsellingOptions> counselling, IOptions<BotOptions> bot,
        ILogger<TeamsNoticeSender> logger)
    {
        ArgumentNullException.ThrowIfNull(counselling);
        ArgumentNullException.ThrowIfNull(bot);
        _notices = notices ?? throw new ArgumentNullException(nameof(notices));
        _adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _teams = counselling.Value.Teams;
        _hasConsole = counselling.Value.HasConsole;
        _botId = bot.Value.MicrosoftAppId;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_teams.IsConfigured)
        {
            return;
        }

        await foreach (var notice in _notices.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            await SendAsync(notice, stoppingToken).ConfigureAwait(false);
        }
    }

    public async Task SendAsync(CounsellorNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var activity = TeamsNoticeCard.Create(notice, string.IsNullOrWhiteSpace(_teams.ConsoleUrl) ? null : _teams.ConsoleUrl.Trim(), _hasConsole);
        if (!string.IsNullOrWhiteSpace(_teams.TenantId))
        {
            activity.ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = _teams.TenantId.Trim() } });
        }

        try
        {
            await _adapter.ContinueConversationAsync(Reference(), (turn, ct) => turn.SendActivityAsync(activity, ct), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            _logger.LogWarning("The counsellors' Teams channel was not notified ({ExceptionType})", ex.GetType().Name);
        }
    }

    private ConversationReference Reference() => new()
    {
        ChannelId = "msteams",
        ServiceUrl = _teams.ServiceUrl!.Trim(),
        Conversation = new ConversationAccount(_teams.ConversationId!.Trim()) { TenantId = _teams.TenantId?.Trim() },
        // Teams knows a bot by "28:" and its app id.
        Bot = new ChannelAccount(string.IsNullOrWhiteSpace(_botId) ? "careerbot" : "28:" + _botId.Trim(), "CareerBot", RoleTypes.Bot),
    };
}

namespace CareerBot.Options;

/// <summary>One part of the school's counselling contact (<see cref="CounsellingOptions"/>).</summary>
public enum ContactField
{
    Office,
    Email,
    Phone,
    Hours,
    BookingUrl,
}

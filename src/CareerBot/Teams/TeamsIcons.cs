namespace CareerBot.Teams;

/// <summary>Draws the two icons Teams asks for: a 192×192 full-colour icon and a 32×32 white-on-transparent outline.
/// Both show a speech bubble, the universal sign for "chat".</summary>
public static class TeamsIcons
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;
    private const uint White = 0xFFFFFFFF;

    /// <summary>The accent colour filling the square, a white speech bubble in the middle.</summary>
    public static byte[] Color(uint accentRgb)
    {
        var image = new PngImage(ColorSize, ColorSize);
        var background = (accentRgb << 8) | 0xFF;
        image.Fill((_, _) => background);
        image.Fill((x, y) => InBubble(x, y, ColorSize, thickness: null) ? White : null);
        return image.Encode();
    }

    /// <summary>Only white and transparent pixels, as Teams requires of the outline icon.</summary>
    public static byte[] Outline()
    {
        var image = new PngImage(OutlineSize, OutlineSize);
        image.Fill((x, y) => InBubble(x, y, OutlineSize, thickness: 2) ? White : null);
        return image.Encode();
    }

    /// <summary>A rounded rectangle over the upper part with a tail at its lower left; a ring of the given thickness
    /// when <paramref name="thickness"/> is set.</summary>
    private static bool InBubble(int x, int y, int size, int? thickness)
    {
        var left = size * 0.2;
        var right = size * 0.8;
        var top = size * 0.22;
        var bottom = size * 0.66;
        var radius = size * 0.1;
        if (InRoundedRect(x + 0.5, y + 0.5, left, top, right, bottom, radius))
        {
            return thickness is not { } t
                || !InRoundedRect(x + 0.5, y + 0.5, left + t, top + t, right - t, bottom - t, Math.Max(0, radius - t));
        }

        // The tail: a triangle hanging under the bubble's lower left.
        var tx = x + 0.5 - (size * 0.3);
        var ty = y + 0.5 - bottom;
        return ty >= 0 && ty <= size * 0.14 && tx >= 0 && tx <= (size * 0.14) - ty;
    }

    private static bool InRoundedRect(double x, double y, double left, double top, double right, double bottom, double radius)
    {
        if (x < left || x > right || y < top || y > bottom)
        {
            return false;
        }

        var cx = Math.Clamp(x, left + radius, right - radius);
        var cy = Math.Clamp(y, top + radius, bottom - radius);
        return ((x - cx) * (x - cx)) + ((y - cy) * (y - cy)) <= radius * radius;
    }
}

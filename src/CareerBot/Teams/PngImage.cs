using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CareerBot.Teams;

/// <summary>A small RGBA image that encodes itself as a PNG (8-bit RGBA, no filter), so the Teams icons need no image library.</summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly uint[] _pixels;

    public PngImage(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        Width = width;
        Height = height;
        _pixels = new uint[width * height];
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>Colours are 0xRRGGBBAA.</summary>
    public uint this[int x, int y]
    {
        get => _pixels[(y * Width) + x];
        set => _pixels[(y * Width) + x] = value;
    }

    public void Fill(Func<int, int, uint?> paint)
    {
        ArgumentNullException.ThrowIfNull(paint);
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                if (paint(x, y) is { } colour)
                {
                    this[x, y] = colour;
                }
            }
        }
    }

    public byte[] Encode()
    {
        using var png = new MemoryStream();
        png.Write(Signature);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Height);
        header[8] = 8; // bits per channel
        header[9] = 6; // colour type: RGBA
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", CompressedScanlines());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private byte[] CompressedScanlines()
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[1 + (Width * 4)];
            for (var y = 0; y < Height; y++)
            {
                row[0] = 0; // filter type: none
                for (var x = 0; x < Width; x++)
                {
                    BinaryPrimitives.WriteUInt32BigEndian(row.AsSpan(1 + (x * 4)), this[x, y]);
                }

                zlib.Write(row);
            }
        }

        return compressed.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32.Compute(typeBytes, data));
        png.Write(word);
    }
}

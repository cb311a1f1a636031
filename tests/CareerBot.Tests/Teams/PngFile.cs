using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CareerBot.Tests.Teams;

/// <summary>An independent PNG reader for the tests: checks the signature and every chunk's CRC, and unpacks RGBA pixels.</summary>
public sealed class PngFile
{
    private readonly byte[] _rgba;

    private PngFile(int width, int height, byte[] rgba)
    {
        Width = width;
        Height = height;
        _rgba = rgba;
    }

    public int Width { get; }
    public int Height { get; }

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (_rgba[i], _rgba[i + 1], _rgba[i + 2], _rgba[i + 3]);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels() =>
        Enumerable.Range(0, Width * Height).Select(i => Pixel(i % Width, i / Width));

    public static PngFile Read(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        int width = 0, height = 0;
        using var idat = new MemoryStream();
        var offset = 8;
        var sawEnd = false;
        while (offset < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png[(offset + 8)..(offset + 8 + length)];
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length));
            Assert.Equal(Crc([.. Encoding.ASCII.GetBytes(type), .. data]), crc);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(4));
                Assert.Equal((byte)8, data[8]);
                Assert.Equal((byte)6, data[9]);
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }
            else if (type == "IEND")
            {
                sawEnd = true;
            }

            offset += 12 + length;
        }

        Assert.True(sawEnd, "the PNG has no IEND chunk");
        return new PngFile(width, height, Unfilter(idat.ToArray(), width, height));
    }

    private static byte[] Unfilter(byte[] compressed, int width, int height)
    {
        using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var rows = raw.ToArray();
        var stride = (width * 4) + 1;
        Assert.Equal(stride * height, rows.Length);
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            Assert.Equal((byte)0, rows[y * stride]); // the writer uses filter type 0 only
            Array.Copy(rows, (y * stride) + 1, rgba, y * width * 4, width * 4);
        }

        return rgba;
    }

    /// <summary>Bit-by-bit CRC-32, written independently of the product's table-driven one.</summary>
    private static uint Crc(byte[] bytes)
    {
        var crc = uint.MaxValue;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
            }
        }

        return ~crc;
    }
}

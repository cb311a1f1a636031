namespace CareerBot.Understanding.Learning;

/// <summary>
/// Multinomial logistic regression over sparse binary features, trained by stochastic gradient descent with L2
/// shrinkage. Small and fast: a few thousand examples train in well under a second and a message is scored in
/// microseconds. Features never seen in training are ignored at prediction. Immutable once trained; thread-safe.
/// </summary>
public sealed class SoftmaxModel
{
    private readonly Dictionary<ulong, int> rows;
    private readonly float[] weights;
    private readonly float[] bias;

    private SoftmaxModel(IReadOnlyList<string> classes, Dictionary<ulong, int> rows, float[] weights, float[] bias)
    {
        Classes = classes;
        this.rows = rows;
        this.weights = weights;
        this.bias = bias;
    }

    public IReadOnlyList<string> Classes { get; }

    /// <summary>Training settings; the defaults were chosen by cross-validation on the training corpus.</summary>
    public sealed record Settings(int Epochs = 30, double LearningRate = 0.8, double L2 = 1e-5, int Seed = 17);

    public static SoftmaxModel Train(IReadOnlyList<(ulong[] Features, string Label)> examples, Settings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        settings ??= new Settings();
        var classes = examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var classIndex = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var rows = new Dictionary<ulong, int>();
        var encoded = new (int[] Rows, int Label)[examples.Count];
        for (var e = 0; e < examples.Count; e++)
        {
            var features = examples[e].Features;
            var ids = new int[features.Length];
            for (var f = 0; f < features.Length; f++)
            {
                if (!rows.TryGetValue(features[f], out var row))
                {
                    rows[features[f]] = row = rows.Count;
                }

                ids[f] = row;
            }

            encoded[e] = (ids, classIndex[examples[e].Label]);
        }

        var k = classes.Length;
        var weights = new float[rows.Count * k];
        var bias = new float[k];
        var scores = new double[k];
        var order = Enumerable.Range(0, encoded.Length).ToArray();
        var random = new Random(settings.Seed);
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = settings.LearningRate / (1 + (0.3 * epoch));
            var shrink = (float)(1 - (rate * settings.L2));
            foreach (var index in order)
            {
                var (ids, label) = encoded[index];
                var value = ids.Length == 0 ? 0 : 1 / Math.Sqrt(ids.Length);
                Score(weights, bias, ids, value, k, scores);
                Softmax(scores);
                for (var c = 0; c < k; c++)
                {
                    var gradient = scores[c] - (c == label ? 1 : 0);
                    if (Math.Abs(gradient) < 1e-4)
                    {
                        continue;
                    }

                    var step = (float)(rate * gradient * value);
                    bias[c] -= (float)(rate * gradient * 0.1);
                    foreach (var row in ids)
                    {
                        ref var w = ref weights[(row * k) + c];
                        w = (w * shrink) - step;
                    }
                }
            }
        }

        return new SoftmaxModel(classes, rows, weights, bias);
    }

    /// <summary>Writes the trained model (classes, feature rows, weights, biases) for <see cref="Read"/>.</summary>
    internal void Write(BinaryWriter writer)
    {
        writer.Write(Classes.Count);
        foreach (var name in Classes)
        {
            writer.Write(name);
        }

        writer.Write(rows.Count);
        foreach (var (feature, row) in rows)
        {
            writer.Write(feature);
            writer.Write(row);
        }

        WriteFloats(writer, weights);
        WriteFloats(writer, bias);
    }

    /// <summary>A model written by <see cref="Write"/>; throws <see cref="InvalidDataException"/> on anything inconsistent.</summary>
    internal static SoftmaxModel Read(BinaryReader reader)
    {
        var classes = new string[Count(reader, 1)];
        for (var i = 0; i < classes.Length; i++)
        {
            classes[i] = reader.ReadString();
        }

        var rowCount = Count(reader, 12);
        var rows = new Dictionary<ulong, int>(rowCount);
        for (var i = 0; i < rowCount; i++)
        {
            var feature = reader.ReadUInt64();
            var row = reader.ReadInt32();
            if (row < 0 || row >= rowCount || !rows.TryAdd(feature, row))
            {
                throw new InvalidDataException("bad feature row");
            }
        }

        var weights = ReadFloats(reader);
        var bias = ReadFloats(reader);
        if (weights.Length != (long)rowCount * classes.Length || bias.Length != classes.Length)
        {
            throw new InvalidDataException("weights do not match the classes and rows");
        }

        return new SoftmaxModel(classes, rows, weights, bias);
    }

    private static void WriteFloats(BinaryWriter writer, float[] values)
    {
        writer.Write(values.Length);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static float[] ReadFloats(BinaryReader reader)
    {
        var values = new float[Count(reader, sizeof(float))];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan());
        if (reader.Read(bytes) != bytes.Length)
        {
            throw new InvalidDataException("truncated");
        }

        return values;
    }

    /// <summary>A count of items of at least <paramref name="itemBytes"/> bytes each that the rest of the stream can hold.</summary>
    private static int Count(BinaryReader reader, int itemBytes)
    {
        var count = reader.ReadInt32();
        var left = reader.BaseStream.Length - reader.BaseStream.Position;
        if (count < 0 || (long)count * itemBytes > left)
        {
            throw new InvalidDataException("bad count");
        }

        return count;
    }

    /// <summary>The probability of each class, in the order of <see cref="Classes"/>.</summary>
    public double[] Predict(ulong[] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var ids = new List<int>(features.Length);
        foreach (var feature in features)
        {
            if (rows.TryGetValue(feature, out var row))
            {
                ids.Add(row);
            }
        }

        var k = Classes.Count;
        var scores = new double[k];
        // Unseen features still count in the length: a message mostly made of unknown words is read with less certainty.
        var value = features.Length == 0 ? 0 : 1 / Math.Sqrt(features.Length);
        Score(weights, bias, ids, value, k, scores);
        Softmax(scores);
        return scores;
    }

    /// <summary>The class with the highest probability (the first on a tie).</summary>
    public string Best(double[] probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var best = 0;
        for (var i = 1; i < probabilities.Length; i++)
        {
            if (probabilities[i] > probabilities[best])
            {
                best = i;
            }
        }

        return Classes[best];
    }

    private static void Score(float[] weights, float[] bias, IReadOnlyList<int> ids, double value, int k, double[] scores)
    {
        for (var c = 0; c < k; c++)
        {
            scores[c] = bias[c];
        }

        foreach (var row in ids)
        {
            var offset = row * k;
            for (var c = 0; c < k; c++)
            {
                scores[c] += weights[offset + c] * value;
            }
        }
    }

    private static void Softmax(double[] scores)
    {
        if (scores.Length == 0)
        {
            return;
        }

        var max = scores.Max();
        var sum = 0.0;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = Math.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= sum;
        }
    }
}

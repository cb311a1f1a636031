using CareerBot.Knowledge;
using CareerBot.Understanding.Learning;

namespace CareerBot.Understanding.Tests;

/// <summary>Trained models kept on disk: used only when the knowledge folder and code match, retrained otherwise, never a crash.</summary>
[Collection(TrainedCollection.Name)]
public sealed class ModelCacheTests : IDisposable
{
    private static readonly string[] Messages =
    [
        "how much do IT service managers make in Alberta?", "do I need a degree?", "yeah mostly", "4 out of 5",
        "pas du tout", "who hires them", "am I a good fit for cyber security specialist?", "hi there",
    ];

    private readonly TrainedUnderstanding _trained;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("careerbot-model-cache-");
    private readonly DirectoryInfo _knowledge = Directory.CreateTempSubdirectory("careerbot-model-knowledge-");

    public ModelCacheTests(TrainedUnderstanding trained)
    {
        _trained = trained;
        CopyFolder(Repository.Knowledge, _knowledge.FullName);
    }

    [Fact]
    public void A_cached_model_reads_every_message_as_the_freshly_trained_one_does()
    {
        var cache = new ModelCache(_folder.FullName);
        var key = ModelCache.Key(Repository.Knowledge);
        var model = _trained.Service.Model;
        Assert.True(cache.Save(key, model));

        var loaded = cache.TryLoad(key, model.Corpus);

        Assert.NotNull(loaded);
        foreach (var text in Messages)
        {
            var features = TextFeatures.Extract(_trained.Knowledge.FindMentions(text), text);
            foreach (var (fresh, cached) in new[] { (model.Labels, loaded.Labels), (model.Topics, loaded.Topics), (model.Ratings, loaded.Ratings), (model.Languages, loaded.Languages) })
            {
                Assert.Equal(fresh.Classes, cached.Classes);
                Assert.Equal(fresh.Predict(features), cached.Predict(features));
            }
        }
    }

    [Fact]
    public void The_key_follows_the_examples_the_labels_and_the_career_files()
    {
        var before = ModelCache.Key(_knowledge.FullName);
        Assert.Equal(before, ModelCache.Key(_knowledge.FullName));

        var examples = Directory.GetFiles(Path.Combine(_knowledge.FullName, "language"), "*.yaml", SearchOption.AllDirectories)
            .First(f => f.Contains($"{Path.DirectorySeparatorChar}examples{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        File.AppendAllText(examples, "\n");
        var afterExample = ModelCache.Key(_knowledge.FullName);

        var career = Directory.GetFiles(Path.Combine(_knowledge.FullName, "careers"), "*.md", SearchOption.AllDirectories).First();
        File.AppendAllText(career, "\n");
        var afterCareer = ModelCache.Key(_knowledge.FullName);

        Assert.Equal(3, new[] { before, afterExample, afterCareer }.Distinct().Count());
    }

    [Fact]
    public void A_service_trains_once_then_reads_the_cache_and_retrains_over_a_corrupt_or_stale_file()
    {
        var cache = new ModelCache(_folder.FullName);
        using var knowledge = new KnowledgeBase(_knowledge.FullName, watchForChanges: false);
        var key = ModelCache.Key(_knowledge.FullName);

        using (var first = new UnderstandingService(knowledge, watchForChanges: false, cache: cache))
        {
            Assert.True(File.Exists(cache.PathOf(key)));
        }

        var written = File.GetLastWriteTimeUtc(cache.PathOf(key));
        using (var second = new UnderstandingService(knowledge, watchForChanges: false, cache: cache))
        {
            Assert.Equal(written, File.GetLastWriteTimeUtc(cache.PathOf(key))); // read, not trained and rewritten
            Assert.Equal("salary", second.Interpret("how much do IT service managers make in Alberta?").Topic);
        }

        foreach (var damage in new Func<byte[], byte[]>[]
                 {
                     bytes => bytes[..(bytes.Length / 2)],                               // truncated
                     bytes => [.. bytes[..^1], (byte)(bytes[^1] ^ 0xFF)],               // one byte changed
                     _ => "not a model at all"u8.ToArray(),                              // garbage
                     _ => [],                                                            // empty
                 })
        {
            File.WriteAllBytes(cache.PathOf(key), damage(File.ReadAllBytes(cache.PathOf(key))));
            Assert.Null(cache.TryLoad(key, _trained.Service.Model.Corpus));

            using var service = new UnderstandingService(knowledge, watchForChanges: false, cache: cache);

            Assert.Equal("salary", service.Interpret("how much do IT service managers make in Alberta?").Topic);
            Assert.NotNull(cache.TryLoad(key, service.Model.Corpus)); // rewritten whole
        }

        // A file stored under another key (the examples changed since) is not read for this one.
        File.Copy(cache.PathOf(key), cache.PathOf(new string('0', 64)));
        Assert.Null(cache.TryLoad(new string('0', 64), _trained.Service.Model.Corpus));
    }

    [Fact]
    public void An_unwritable_cache_folder_costs_a_training_not_a_crash()
    {
        var blocked = Path.Combine(_folder.FullName, "a-file");
        File.WriteAllText(blocked, "in the way");
        var cache = new ModelCache(Path.Combine(blocked, "cache"));

        Assert.False(cache.Save("key", _trained.Service.Model));
        Assert.Null(cache.TryLoad("key", _trained.Service.Model.Corpus));
    }

    public void Dispose()
    {
        _folder.Delete(recursive: true);
        _knowledge.Delete(recursive: true);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

namespace CareerBot.Knowledge.Understanding;

/// <summary>Words that carry no subject: what is left after removing them is what a question is really about.</summary>
internal static class StopWords
{
    public static ISet<string> Set { get; } = new HashSet<string>(
        ("a an the and or but if then so to of in on at for from by with about as into over under than too very " +
         "i me my mine we our you your yours he him his she her they them their it its this that these those " +
         "is am are was were be been being do does doe did doing done have has had having will would can could should " +
         "shall may might must what whats which who whom whose when where why how there here not no yes " +
         "just also really please thanks thank hi hello hey ok okay like want wanna gonna know tell get got " +
         "much many more most some any all each every other one ones thing stuff kind sort lot lots " +
         "im ive id youre theyre dont doesnt isnt arent cant wont didnt up out well good bad best better " +
         "need job career work person people someone anyone somebody guy guys make become " +
         "usually typically normally generally mostly often commonly even ever exactly basically actually").Split(' '),
        StringComparer.Ordinal);
}

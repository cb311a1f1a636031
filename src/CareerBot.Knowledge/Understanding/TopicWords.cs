using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Understanding;

/// <summary>
/// How students ask about each topic: phrases with weights (2 = clearly this topic, 1 = a hint).
/// Kept as data so a counsellor can read it; synonyms.txt adds more at load time.
/// </summary>
internal static class TopicWords
{
    public static IReadOnlyDictionary<string, string> Table { get; } = new Dictionary<string, string>
    {
        [KnowledgeTopics.Salary] =
            "salary:3|pay:2|paid:2|paying:2|wage:3|earn:3|earning:3|income:3|compensation:3|money:2|how much money:3|" +
            "make:1|making:1|how much do:1.5|how much does:1.5|how much can:1.5|hourly:2|per hour:2|an hour:1.5|a year:1|" +
            "per year:1.5|annual:1.5|rich:1.5|six figure:3|buck:2|dollar:2|paycheck:3|pay scale:3|well paid:3|" +
            "starting salary:4|raise:1|cash:1.5|benefit:2|pension:2|vacation:1.5|k a year:3|take home:2",
        [KnowledgeTopics.Education] =
            "education:3|school:2|college:2|university:2|degree:3|diploma:3|certificate:3|certification:3|certified:2|" +
            "cert:3|study:2|program:2|course:2|major:2|qualification:3|credential:3|bachelor:3|master:2|mba:3|" +
            "post secondary:3|postsecondary:3|polytechnic:3|training:1.5|train:1|learn:1|high school:2|exam:2|" +
            "computer science:2|gpa:2|requirement:1.5|need to know:1|itil:2|comptia:2|cissp:2|ccna:2|grade:2.5|mark:1.5|class:1.5|" +
            "self taught:3|bootcamp:3|math:2|mathematics:2|physics:2|science:1.5|license:3|licence:3|licensed:3|licensing:3",
        [KnowledgeTopics.Steps] =
            "step:3|how do i become:4|how to become:4|how can i become:4|how would i become:4|how does one become:4|" +
            "become:2|get into:3|break into:3|get started:3|start:1|start out:2|path:1.5|pathway:3|roadmap:3|" +
            "where do i start:4|where should i start:4|how do i get:2|get a job as:3|getting into:3|plan:1.5|" +
            "what should i do:2|first step:4|begin:2|career path:3|land a job:3|get hired:2.5|what do i need to do:3|" +
            "how do you become:4|how can i be:3|how do i be:3|want to be:2|wanna be:2|go about:2",
        [KnowledgeTopics.Experience] =
            "experience:3|work experience:4|internship:3|intern:3|coop:3|co op:3|volunteer:2.5|volunteering:2.5|entry level:3|junior:2|" +
            "practicum:3|apprentice:3|apprenticeship:3|hands on:2|portfolio:2|year of:1.5|work history:3|" +
            "without experience:4|no experience:4|first job:2|part time:2|summer job:3|resume:2",
        [KnowledgeTopics.Duties] =
            "duty:3|responsibility:3|task:3|day to day:3|daily:2|typical day:4|day in the life:4|work life balance:3|life balance:3|day look like:3|day like:3|my day:2|work environment:3|working condition:3|what do they do:3|" +
            "role:1.5|job description:4|work on:1.5|actually do:3|handle:1.5|in charge of:3|responsible for:3|" +
            "workload:2|what is the job like:3|job like:2|work like:2|what they do:3|what does a:1|all day:2|" +
            "doing:1|every day:3|each day:2|work hour:2|hour:1|overtime:2|weekend:2|shift:2|remote:1.5|remotely:2|from home:2|work from home:3|stressful:1.5|involve:2",
        [KnowledgeTopics.Traits] =
            "trait:3|skill:3|soft skill:4|personality:3|quality:2.5|good at:3|strength:2.5|characteristic:3|" +
            "attribute:3|kind of person:4|type of person:4|kind of people:4|type of people:4|do well:2|cut out for:4|suited:3|suit me:3|ability:2.5|introvert:3|" +
            "extrovert:3|people skill:4|communication:2|need to be good:3|what does it take:3|mindset:3|patient:2|" +
            "detail oriented:3|problem solving:2|good with:2|am i a good fit:3|good fit:2|talent:2.5|strong at:3",
        [KnowledgeTopics.Employers] =
            "employer:3|hire:2|hiring:1.5|company:2.5|who hire:4|work for:2|where do they work:4|where can i work:4|" +
            "where would i work:4|where do i work:3|industry:2|sector:2|organization:2|organisation:2|business:1.5|" +
            "government:1.5|work at:1.5|bank:1.5|hospital:1.5|place to work:4|workplace:2|kind of place:3|firm:2|" +
            "who employ:4|employ:2",
        [KnowledgeTopics.Outlook] =
            "outlook:4|demand:3|in demand:4|future:2.5|job market:4|prospect:3|job prospect:4|opening:2.5|shortage:3|" +
            "growth:1.5|growing:2|jobs available:4|available:1|opportunity:1.5|automation:3|ai:1.5|replace:2|" +
            "replaced by:3|hard to find:3|easy to find:3|find a job:2|vacancy:3|trend:2|employment:2|job security:4|" +
            "stable:2|need for:1.5|many job:3|unemployment:3|competitive:2|saturated:3|worth it:1.5|still need:2|" +
            "be around:2|exist in:2|hot:1|are there job:3|is there job:3|are there any job:3|take over:2.5|lot of job:3|lots of job:3|plenty of job:3|lot of opening:3|job out there:3|dying:3|die out:3|dead end:2|obsolete:3|needed:2|going away:3|disappear:3|future proof:3",
        [KnowledgeTopics.Advancement] =
            "advancement:4|advance:3|promotion:4|promoted:4|move up:4|career ladder:4|next step:3|senior:2|" +
            "progression:3|progress:2|grow in:3|career growth:4|leadership:2|director:2|cio:3|cto:3|move into:2.5|" +
            "become a manager:4|management:1.5|long term:2|five year:2|5 year:2|higher position:3|climb:3|" +
            "lead to:3|moving up:4|highest position:4|top position:4|highest level:3|reach:1.5|later on:2|after being:3|after working:3|from there:2|eventually:2|after a few year:3|top job:2|get ahead:3",
        [KnowledgeTopics.Similar] =
            "similar:4|related:3|difference:2.5|different from:2.5|alternative:4|other career:4|other job:4|job like:2|career like:3|comparable:3|" +
            "instead of:2.5|like this:1.5|other option:3|switch to:2|difference between:2.5|compare:2.5|vs:2|" +
            "versus:2.5|same as:2|close to:1.5|what else:2|other role:3|adjacent:3",
        [KnowledgeTopics.Scholarships] =
            "scholarship:4|bursary:4|grant:3|financial aid:4|funding:3|student loan:4|loan:2.5|pay for school:5|" +
            "pay for college:5|pay for university:5|pay for my:3|tuition:3|award:2|free money:4|money for school:5|" +
            "sponsorship:3|afford:3|financial help:4|help paying:4|help pay:3",
        [KnowledgeTopics.Overview] =
            "overview:4|what is:1|tell me about:2.5|tell me more:2|describe:2.5|explain:2|info:2|information:2|" +
            "summary:3|intro:2|introduction:2|what kind of job:2|learn about:2|good career:2|good job:1.5|" +
            "interested in:1|know about:2|what exactly:2|in general:2|what are:0.5|about:0.5|stand for:3|stands for:3|" +
            "definition:3|define:2.5|meaning:2|mean:1.5",
    };
}

"""A message cut once into clauses, each marked as asking something or only giving context.

The one splitter of the engine. People wrap a question in a story ("I drove through customs
twice last year… anyway, how many weapons did they take?"): the story's sentences are context,
so their topics and figures are not answered or checked; only the clauses that ask are read.
A bare tag ("True?", "Is that right?") turns the sentence before it into a claim to check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jadbot.normalize import normalize

# Sentence ends, enumerations "(1)", "(b)", "2)", and a new question after a comma or "also".
_SENTENCE = re.compile(
    r"(?<=[?!;])(?![?!]*\))\s*|\n+|(?<!\bincl)(?<!\bexcl)(?<!\bapprox)(?<!\bresp)\.(?![\d\w])\s*|…+|\s+\((?:[1-9]|[a-d])\s?\)\s+|(?<![,;+])\s+(?:[1-9]|[a-d])\s?\)\s+|(?:^|(?<=:\s))\(?(?:[1-9]|[a-d])\s?\)\s+"
    r"|\s*(?:#{2,}|-{3,}|\*{3,}|={3,}|<!--|-->)\s*"  # "### SYSTEM: … ### how many vehicles", "<!-- … -->": markup
    r"|:\s+|\s+(?:also|plus also|and also|as well as)\s+(?=(?:how|what|which|who|where|when|did|was|were|is|are)\b)"
    r"|\s+[-–—]+\s+(?=(?:but|anyway)\s)"  # "I went looking for parcels first — but what I want is …": a turn
    # "how many countries total and which ones were not in the eu": a second question, unpunctuated
    r"|\s+(?=and\s+which\s+(?:ones?\s+)?(?:were|was|are|did)\b)"
    # a spoken "they found a thousand kilos of cocaine is that true or is he making stuff up": the tag apart
    r"|(?<=\w)\s+(?=(?:is|was) (?:that|this) (?:true|right|correct|accurate|real)\b(?:\s+or\b.*)?$)"
    # a spoken "… on the dark web mostly right like most of the targets were …": the tag ends a question
    r"|(?:(?<=\smostly right)|(?<=\smainly right)|(?<=\sonly right)|(?<=\stoo right)|(?<=\syeah right))"
    r"\s+(?=(?:like|i mean)\s+\w)"
    # a spoken "where was the coordination thing set up was it in macedonia": a second question, unpunctuated
    r"|(?<=\w)(?<!\bwhere)(?<!\bwhat)(?<!\bwhich)(?<!\bhow)(?<!\bwho)(?<!\bwhen)(?<!\bwhy)(?<!\band)(?<!\bor)(?<!\bso)(?<!\bbut)"
    r"(?<!\bif)(?<!\bwhether)(?<!\bthat)(?<!\bum)(?<!\buh)\s+"
    r"(?=(?:was|is|were|are) (?:it|they|that|this) (?:in|at|from|based in|really in)\b(?! (?:the )?(?:eu|european union|total|whole|all|overall)\b)"
    r"(?! (?:kilos?|kg|kilograms?|tons?|tonnes?|grams?|pounds?|lbs?|metric|percent)\b)\s+\w)"  # "is that in pounds"
    # a spoken "what city was it coordinated from i think it was in the balkans right": a guess after the question
    r"|(?<=\w)(?<!\bwhat)(?<!\bwhere)(?<!\band)(?<!\bso)(?<!\bbut)(?<!\bwhich)(?<!\bthat)(?<!\bif)"
    r"\s+(?=i (?:think|thought|guess|believe|heard|read) (?:it|they|that|the|there)\b)"
    # a spoken "…nearly a ton right but how much of that…": the question after the aside
    r"|(?:(?<=\bright)|(?<=\byeah)|(?<=\banyway)|(?<=\bokay))(?<!^right okay)(?<!^okay right)(?<!^yeah okay)(?<!^yeah right)"
    r"(?<!^ok right)(?<!^right)(?<!^okay)(?<!^yeah)(?<!^anyway)\s+(?=(?:but|so|and)\s+(?:how|what|which|who|where|when)\b)"
    r"|(?:,|\s\+)\s*(?!(?:did|does|do|was|were|is|are)\s+\d)(?=(?:and\s+|also\s+|plus\s+|so\s+|anyway\s+|but\s+|then\s+)?"
    r"(?:how|what|who|whose|which|where|when|why|did|was|were|is|are|can|could|do|does|tell|give)\b)"
    # "Name the EU countries - I want to see for myself whether Belgium is on it": a check beside the request
    r"|(?:,|\s+[-–—]+)\s*(?=i (?:just )?(?:want|wanted|d like|would like|need)(?: to)? (?:see|know|check)"
    r"(?: for myself)? (?:if|whether)\b)",
    re.I,
)
# Words a question starts with (after fillers); a clause starting otherwise, with no question
# mark and no question inside it, is part of a story.
_ASKING_START = frozenset(
    [
        "what",
        "whats",
        "which",
        "how",
        "who",
        "whom",
        "whose",
        "where",
        "when",
        "why",
        "was",
        "were",
        "did",
        "do",
        "does",
        "is",
        "are",
        "has",
        "have",
        "had",
        "can",
        "could",
        "would",
        "will",
        "should",
        "shall",
        "may",
        "tell",
        "give",
        "list",
        "name",
        "show",
        "explain",
        "describe",
        "break",
        "compare",
        "calculate",
        "count",
        "paste",
        "quote",
        "summarise",
        "summarize",
        "sum",
        "add",
        "confirm",
        "verify",
        "according",
        "any",
        "anything",
        "more",
        "recommend",
        "suggest",
        "translate",
    ]
)
_FILLERS = frozenset(
    [
        "and",
        "so",
        "but",
        "anyway",
        "ok",
        "okay",
        "also",
        "then",
        "well",
        "now",
        "just",
        "hey",
        "hi",
        "pls",
        "please",
        "btw",
        "oh",
        "um",
        "uh",
        "like",
        "wait",
        "quick",
        "question",
        "one",
        "last",
        "yo",
        "bro",
        "mate",
        "actually",
        "basically",
        "right",
        "alright",
        "sorry",
        "hmm",
        "unrelated",  # "unrelated, whats the best beach in greece": a new question, asked
        "random",
    ]
)
# Reactions before a question in the same sentence ("great, how many is that combined?"); as a
# sentence of their own ("Thanks. Different question — …") they close the last topic.
_REACTIONS = frozenset(
    [
        "great",
        "cool",
        "nice",
        "wow",
        "thanks",
        "thx",
        "perfect",
        "awesome",
        "interesting",
        "huh",
        "lol",
        "lmao",
        "damn",
        "dang",
        "yeah",
        "yes",
        "yep",
        "fine",
        "good",
        "sure",
        "gotcha",
        "ah",
        "whoa",
        "fair",
        "k",
    ]
)
_EMBEDDED = re.compile(
    r"\b(?:tell me|i (?:just )?(?:want|wanted|need|would like|d like|wanna)(?: to)? (?:know|ask|see(?: for myself)?(?= (?:if|whether)\b))|i wonder|wondering|curious (?:how|what|whether|if)|(?:i m|i am|im|am|just|really|so) curious about|"
    r"do you know|any idea|can you|could you|how many|how much|what (?:is|was|were|are)|"
    r"what (?:do|would|will|does|did) (?:i|we|you|that|it) (?:get|make|give|come to)|"  # "if I add …, what do I get"
    r"give me|i need|need the|(?<!the )(?<!a )(?<!this )(?<!that )(?<!their )(?<!your )(?<!participant )(?<!country )list|"
    r"is it true|is that true|true or false|fact check|verdict|(?:at least|please|just|so) confirm)\b"
)
_TAG_ONLY = re.compile(
    r"^(?:and |so |but |ok |okay )?(?:is (?:that |this |it )?(?:claim |figure |number |post |one |line |bit |part )?)?"
    r"(?:really |actually )?"
    r"(?:true|right|correct|accurate|real|legit|so|confirmed|verified|false|wrong|fake|exactly|complete|the full list|"
    r"supported|backed up|backed by the statement|supported by the statement|in the statement)"
    r"(?: or(?: not| false| fake| true| wrong| right| correct| incorrect| what)?)?$"  # "…, is that true or": or not
    r"|^(?:is|was) (?:that|this|it) (?:so|the case|ok|okay|fine|alright|all right)$|^(?:really|verdict|verdicts)$"
    r"|^(?:does|did) (?:europol|the statement|it|the source|the release|europols statement) (?:say|confirm|support|back|back up|bear|bear out) (?:that|this|so)(?: up| out)?$|^(?:can you |could you |pls |please )?(?:confirm|check|verify|fact check)(?: that| this| it| both(?: of them| figures| numbers)?| them| these| those| each(?: one)?)?(?: for me)?"
    r"(?: (?:from|against|in|with|using) (?:the )?(?:statement|release|press release|text|source))?(?: please| pls)?$"
    r"|^(?:am i right|(?:did i get|do i have|have i got) (?:that|it|this|those|these|them) (?:right|correct)|fact check|true or false)$"
    r"|^(?:are you|r u|you) (?:sure|certain|positive)(?: about (?:that|this|it))?$|^(?:yes|yeah|yep)$"
    # "Several sites mention 1,000 premises. Is it really the exact figure?"
    r"|^(?:is|was) (?:that|this|it) (?:really |actually )?(?:the |an? )?(?:exact|right|correct|real|true|accurate|official) "
    r"(?:figure|number|count|total|one)$"  # "you said Slovenia was EU. are you sure?"
    r"|^(?:and |so )?(?:is|was) (?:that|this|it) (?:in there|in it|mentioned|included|covered|in the statement)"
    r"(?: too| as well| also)?$"  # "they checked parcels. is that in there?"
    r"|^(?:did|does|is|was)$"  # Serbian/Croatian "…, jel?" glossed word for word
    # "My editor wrote the centre was in Belgrade. Can I keep that?": whether it may stand
    r"|^(?:can|could|may|should) (?:i|we) (?:keep|use|print|run|publish|leave) (?:that|this|it)(?: in| as is| like that)?$"
    r"|^(?:are|is) (?:both|they both|both of them|these|those|they|all of them|all three|all|each) "
    r"(?:right|correct|true|accurate)$"
    r"|^(?:does|do|would|will|did) (?:that|this|it|these|those)(?: (?:figure|number|claim|line|quote))?(?: really| actually)? "
    r"(?:match|add up|check out|hold up|hold|stand up|sound right|look right|tally|agree|line up)"
    r"(?: (?:with )?(?:the )?\w+(?: statement)?)?$"
    r"|^(?:does|did) (?:the statement|europol|the release|it) (?:put|say|describe|phrase) (?:it|this|that) "
    r"(?:that way|like that|so)$"
    # "A blog calls Croatia a non-EU participant. Is that how the statement lists it?"
    r"|^(?:is|was) (?:that|this|it) how (?:the statement|europol|the release|it|they) (?:lists?|listed|puts?|"
    r"describes?|described|counts?|counted|classes|classed|groups?|grouped|calls?|called|categori[sz]es?|categori[sz]ed|"
    r"classif(?:y|ies|ied)|labels?|labell?ed) (?:it|them|him|her|that)$"
    r"|^(?:is|was) (?:that|this|it) (?:really |actually |exactly )?what (?:(?:europol|the statement|the release|it|they) "
    r"(?:said|says|wrote|reported|stated|shows|showed|found|finds)|(?:said|says|wrote|reported|stated) (?:europol|the statement|it))$"
    r"|^(?:and |so )?(?:both|all|all three|all of them|the two) (?:right|correct|true|accurate)$"
    r"|^(?:does|do|did) (?:the statement|europol|the release|it) (?:support|back up|confirm|back) "
    r"(?:that|this|it|over|under|nearly|almost|exactly|about|around|more than|less than)$"
    r"|^(?:can|could|may) i (?:say|write|print|use|report|quote) (?:that|this|it)$"
    # "fact box says the centre was in Skopje. ok to run?": whether the line may be published as it is
    r"|^(?:is (?:it|that|this) )?(?:ok|okay|safe|good|fine|alright)(?: for me)? to (?:run|print|publish|use|go|post|quote)"
    r"(?: (?:it|that|this|as is|with))?$|^(?:good to go|can (?:i|we) run (?:it|that|this)|(?:can|could) (?:this|that|it) run)$"
    r"|^(?:was|is|did|were|does|do|has|have) (?:it|they|that|this|he|she)(?: really| actually)?$"
    # "A blog post says Hungary took part. Is the blog correct?": whoever said it, right or not
    r"|^(?:and |so |but )?(?:is|was|are|were) (?:the |my |this |that |our |his |her |their |a )?(?:\w+ )?"
    r"(?:blog|post|article|report|friend|friends|colleague|editor|headline|tweet|story|source|guy|site|paper|"
    r"newspaper|news|website|teacher|boss|brother|sister|dad|mom|mum|uncle|cousin|neighbou?r|he|she|page|"
    r"channel|video|forum|commenter|journalist|reporter|outlet|piece|professor|lecturer|textbook|presenter|"
    r"podcast|podcaster|radio|tv|show|programme|program|anchor|host|influencer|account|user|poster|author|writer|"
    r"columnist|commentator|expert|analyst|politician|minister|book|wikipedia|chatgpt|youtuber|tiktok|thread)"
    r"(?: really| actually)? (?:right|correct|true|accurate|wrong|lying|mistaken)$"
)


# "and those 310 weapons, were they all firearms?": the topic said first, then asked of with a pronoun,
# after any heading of a few words ("For my copy - the coordination centre, …")
_FRONTED = (
    r"^(\W*(?:[^-–—:?.!]{1,30}?\s[-–—]\s+)?(?:(?:and|so|ok|okay|but|also|now)\s+)?)"
    r"((?:the|those|these)\s+(?:(?!\b(?:was|were|is|are|did|does|do|had|has|have|got)\b)[^,?.!;:]){1,40}?),\s*"
)
_DISLOCATED = re.compile(
    _FRONTED + r"(were|was|are|is|did|do|does|have|had|has)\s+(?:they|it|those|these|them)\b"
    r"(?![^?.!]*\b(?:which|what|where|how|who|whom|when|why)\b)",  # not "the 94 targets, was it on which app?"
    re.I,
)
# "the coordination centre, where was it set up?": a wh-question about the phrase put before it
_DISLOCATED_WH = re.compile(
    _FRONTED
    + r"(where|when|what|which|how|who|why)\s+(were|was|are|is|did|do|does)\s+(?:they|it|those|these)\b",
    re.I,
)
# "and the rest of them, where they are?": the same, the verb after its pronoun as a learner writes it
_DISLOCATED_WH_PLAIN = re.compile(
    _FRONTED + r"(where|what|which)\s+(?:they|it|those|these)\s+(were|was|are|is)\b", re.I
)
# "The parcels of post, how many they have checked it?": a count of the phrase put before it
_DISLOCATED_COUNT = re.compile(
    _FRONTED + r"how (many|much)\s+(?:of (?:them|those|these)\s+)?(?=(?:they|did|have|had)\b)", re.I
)
# "Non-EU countries, how many is it in total?": the topic named first, then counted with "it" or "they"
_NOT_A_TOPIC = (
    r"(?!(?:was|were|is|are|did|does|do|had|has|have|how|what|which|and|so|ok|okay|but|now|the|those|these|this|that|"
    r"fine|right|alright|well|sure|great|cool|thanks|thank|hmm|um|uh|yes|yeah|no|then|wait|oh|ah|lol|hey|hi|hello)\b)[\w-]+"
)
_NAMED_THEN_COUNTED = re.compile(
    rf"^(\W*(?:(?:and|so|ok|okay|but|now)\s+)?)({_NOT_A_TOPIC}(?:\s+{_NOT_A_TOPIC}){{0,3}}),\s*how (many|much)\s+"
    r"((?:is|are|was|were) (?:it|they|there|those|these))\b",
    re.I,
)
# "and uh the cannabis how much was that": said without a comma, the thing named is what "that" is
_NAMED_THEN_THAT = re.compile(
    rf"^(\W*(?:(?:and|so|ok|okay|but|now|uh+|um+|er+m?)\s+)*)(the\s+{_NOT_A_TOPIC}(?:\s+{_NOT_A_TOPIC}){{0,2}})\s+"
    r"how (many|much)\s+(is|are|was|were) that\b",
    re.I,
)
# "and the drugs too the cocaine one": the group, then the one of it asked
_MEMBER_ONE = re.compile(
    r"^(\W*(?:(?:and|so|ok|okay|but|now|uh+|um+)\s+)*)(?:the\s+)?(?!(?:and|so|ok|okay|but|now|uh|um|the)\b)[\w-]+"
    r"(?:\s+(?:too|also|as well))?,?\s+"
    r"the\s+([\w-]+(?:\s+[\w-]+)?)\s+one\W*$",
    re.I,
)
# "ok so the drugs um how much cocaine was it": a bare topic said first, then a count naming its own thing
# (not "the drugs how much did they seize", whose count is of the topic)
_TOPIC_THEN_COUNT = re.compile(
    r"^(\W*(?:(?:ok|okay|so|and|right|um|uh|well)\s+)*)(?:the|those|these)\s+\w+(?:\s+(?:um+|uh+|er+|like|then|now))*"
    r"\s+(?=how (?:many|much)\s+(?!(?:was|were|is|are|did|do|does|have|has|had|they|of|in|and|then|or|so|please|pls)\b)\w+)",
    re.I,
)
# "…, or do I leave that out?", "…, or should I ask someone else?": what the asker does next, not asked
_ASKERS_OWN_STEP = re.compile(
    r",?\s+or (?:do|should|shall|must|would|will|can) (?:i|we) [^?.!]*(?=[?.!]|$)", re.I
)
_TAG_TAIL = re.compile(
    r"\s+(?:and\s+)?(?:if not|if so|if it isnt|if its not|otherwise|or not|and if wrong)\b.*$"
    r"|\s+or (?:is|was|are) (?:he|she|they|it|that|this|someone|somebody) (?:just )?"
    r"(?:making|lying|wrong|exaggerating|kidding|joking|mistaken|confused)\b.*$"
    r"|\s+or (?:is (?:it|that|this) |was (?:it|that|this) )?(?:just )?(?:fake|made up|nonsense|rubbish|bs|a lie|false|"
    r"a mistake|an error|a typo|a misprint|wrong|incorrect|an exaggeration|exaggerated)\b.*$"
    r"|\s+(?:and\s+)?(?:whats|what is|give me|tell me) (?:the )?(?:real|right|correct|actual|true) (?:number|figure|one)\b.*$"
)
_HOW_FAR_APART = re.compile(  # "X vs Y: how many more?", "…: what's the difference in count?"
    r"how (?:many|much) (?:more|fewer|less)\b|(?:what (?:s|is|was) )?(?:the )?(?:difference|gap)\b"
)
_COMPARED_LABEL = re.compile(r"\s(?:vs\.?|versus|against|compared (?:to|with))\s", re.I)
_LABEL = re.compile(r"[\w'’-]+(?:\s+[\w'’-]+){0,2}")  # up to three words before a colon: a topic label
# Words that frame what follows rather than name its topic ("Claim going round: ...", "Quick one: ...").
# "Claim two:" labels what follows as a claim to be checked (the readers' REPORTED opens with it too)
CLAIM_WORDS = r"(?:claim|rumou?r|allegation)(?: (?:no |number )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\w*)?"
_JOINED_ON = re.compile(r"\s*(?:and|also|plus)\b", re.I)
_SOMEONE_SAYS = frozenset(
    {
        "i",
        "you",
        "he",
        "she",
        "we",
        "they",
        "my",
        "his",
        "her",
        "our",
        "their",
        "reckons",
        "says",
        "said",
        "thinks",
        "claims",
    }
)
_AUX_PRONOUN = re.compile(
    r"\s*(?:(?:and|so)\s+)?(?:was|were|is|are)\s+(it|they|that|this)\b"
    # not a tag ("…, is that right?") nor a unit asked ("the cannabis, is that in kilos or tonnes?")
    r"(?!\s+(?:right|true|correct|accurate|so|ok|okay|real|legit|it|all|coherent|consistent|plausible|possible|"
    r"likely|fine|good|enough|in (?:kilos?|kg|kilograms?|tons?|tonnes?|grams?|pounds?|lbs?|metric|percent))\b)"
    r"(?!.*\b(?:which|what|where|who|how)\b)",  # "the 94 targets, was it on which app?": asks which
    re.I,
)
_OF_THEM = re.compile(r"\bof (?:them|those|these)\b", re.I)
_OF_WHICH = re.compile(r"^(\W*)(?:of which|of those|of them|of these|among them|among those),?\s+", re.I)
# "And Serbia, how many officers it has sent?": the count asked of the one named before the comma
_COUNT_OF_IT = re.compile(
    r"\s*how (?:many|much)\b[^,?]*?\b(it|they)\s+(?:has|have|had|did|does|do|sent|send|deployed|deploy|provided|"
    r"contributed|seized|checked)\b",
    re.I,
)
# "Different claim: the operation focused on the Baltic states.": which claim it is, said first
_CLAIM_LABEL = re.compile(
    rf"(?:the |a |(?:an|the) ?other |another |(?:a )?different |(?:the )?next |(?:a )?new |one more |(?:the )?last |(?:the )?final )?"
    rf"{CLAIM_WORDS}"
)
_BARE_COUNT = re.compile(
    r"^\W*(?:and |so |ok )?how (?:many|much)(?: [\w'-]+){1,2}\W*$", re.I
)  # "how many ppl"
# words that point back at something named before ("how many of those", "is it in the EU?"): a clause with one
# leans on what was said, in the message or the conversation
POINTING = re.compile(r"\b(?:that|this|these|those|it|its|they|them|their|there|ones?)\b")
_SUBJECT = re.compile(r"\b(?:they|police|officers|we|you|he|she|it|europol|investigators|cops|them)\b", re.I)
_RESTARTED = re.compile(  # a false start of a few words, dropped: not "did they check premises, no wait, …"
    # "which of them border the EU... no scrap that — was Kosovo on it?": the false start may trail off
    r"^(?:[^\s.?!]+(?:\.\.\.|…)?\s+){0,6}?(?:no,? wait|wait,? no|no,? sorry|(?:no,? |sorry,? )?(?:scratch|scrap) that)\b"
    r"(?:\s*[,.!…—–-]+)*\s*(?:sorry[,.!]*\s*)?"
    r"(?=(?:what|how|which|who|where|when|did|was|were|is|are)\b)",
    re.I,
)
_HYPHENATED_OP = re.compile(r"(?<=[^\W\d])-(plus|minus|and|vs|versus|to|per|or)-(?=[^\W\d])", re.I)
_NOT_DASH = re.compile(  # the thing meant after the dash, a few words and no question of its own
    r"(\bnot (?:the )?[\w-]+(?: [\w-]+)?)\s+[-–—]+\s+(?=(?!how|what|which|who|where|when|did|was|were)\w+(?: \w+){0,2}\W*$)",
    re.I,
)
_STUTTER = re.compile(
    r"\b((?:how|what|which|where|who|did|was|were|is|are)(?:\s+[a-z]+){0,2})\s+(?:(?:uh+|um+|er+m?|like)\s+)?\1\b",
    re.I,
)
_QUOTE_LABEL = re.compile(r"(?:quote|quotes|quotation)(?: please| pls)?")  # "Quote check: …"
_CHECK_LABEL = re.compile(  # "Check:", "True or false:" before a statement: a yes or no question
    r"(?:quick |please |pls |just |can you |could you )?(?:fact ?check|factcheck|check|verify|confirm|true or false|"
    r"right or wrong|yes or no|is (?:this|it) (?:right|true|correct|accurate))"
    # "Just confirm yes: …": checked all the same; "Verify two things: …"; "Check this line: '…'"
    r"(?: this| that| for me| please| yes| yes or no| (?:two|three|these|both|the following)(?: things| points| claims| facts)?)?"
    r"(?: (?:line|claim|sentence|quote|statement|headline|caption|bit|one|tweet|post))?(?: for me| please| pls)?"
)
_FRAMING = re.compile(
    r"\b(?:[1-9]|claim|claims|question|questions|quick|fact|facts|check|checks|post|headline|tweet|rumou?r|thing|things|note|"
    r"update|correction|context|background|viral|report|story|one|ok|so|btw|ps|q|hey|hi|hello|sorry|two|three|"
    r"checking|confirming|confirm|the record|verification|verifying|verify|i|my|me|we|our|im|ive|"
    r"going|round|around|rounds|doing|circulating|shared|online|twitter|facebook|tiktok|instagram)\b"  # "Post going round:"
)
# "two numbers for the news, please:" announces all the same
_ANNOUNCING = re.compile(
    r"\b(?:for|the|a|an|of|to|in|data|numbers?|figures?|facts|stats|statistics|details|points|bits|please|pls|"
    r"news|article|piece|copy|desk|lede|draft|editor|deadline|text|box|factbox|graphic|graphics|chart|table|"
    r"infographic|sidebar|caption|slide|slides|presentation|thread|explainer|summary|quickly|sanity|double|reality|"
    r"different|item|another|next|last|more|topic|switching|new|verbatim|wording|this|also|long|short|"
    r"give|just|single|answer|only|tell|show|yes|or|no)\b"  # "Just give me one number: how many …?", "confirm yes:"
)
# "Per officer, …" leads a question; "Per-country numbers aren't in there, I gather" is a sentence
LEADING_WORDS = 6
_PER = re.compile(r"^(?!per\b|for each\b|for every\b)")  # other leading phrases lead at any length
_OPEN_QUOTE = re.compile(r"(?:^|\s)['‘\"“«][^'’\"”»]*\?\s*$")
_SAID_AFTER = re.compile(
    r"^\s*(?P<claim>[^?]{8,}?)\s*,\s*(?P<who>(?:they|people|he|she|someone|somebody|everyone|my \w+|the \w+|a \w+)"
    r"\s+(?:say|says|said|claim|claims|claimed|reckon|reckons|wrote|writes|reports|reported))\s*[.!]*\s*$",
    re.I,
)
_COUNTED_ONCE_TAIL = re.compile(
    r",\s*(?:if (?:we|you|i) |when (?:we|you|i) )?(?:counting|count|counted) (?:the |each |every |any )?(?:\w+ )?(?:only )?(?:once|one time|a single time)"
    r"(?: only)?\s*[?.!]*\s*$",
    re.I,
)
# "Average officers per participating country, counting every listed country?": all of them, how to count
_COUNTING_ALL_TAIL = re.compile(
    r",\s*(?:counting|including|over|across) (?:every|each|all)(?: of)?(?: the)? (?:listed |participating |named )?"
    r"countr(?:y|ies)(?: (?:listed|named))?(?=\s*[?.!]*\s*$)",
    re.I,
)
_TO_BE_PRINTED = re.compile(
    r"\s+(?:that\s+)?(?:i|we)\s+(?:should|can|could|need to|must|will|ll|am going to|m going to|have to)\s+"
    r"(?:print|use|write|run|quote|publish|report|put|cite)(?:\s+(?:in|on|for)\s+(?:my|our|the)\s+\w+)?(?=\s*[?.!]*\s*$)",
    re.I,
)
_LABEL_DASHED = re.compile(  # "On deadline — what's the …?": how urgent, not what is asked
    r"^\s*(?:on (?:a )?(?:tight )?deadline|deadline|urgent|quick|quick one|quick question|fact[- ]check|sanity check)"
    r"\s*[-–—:]+\s+(?=\S)",
    re.I,
)
# "He wants to compare people with officers — roughly how many per officer?": told, then asked
_TOLD_DASHED = re.compile(
    r"((?:^|[.!]\s+)(?:i|he|she|we|they|my \w+|our \w+)\s+[^.!?—–]{3,120}?)\s+[—–]\s+"
    r"(?=(?:(?:so|and|but|roughly|approximately|about|ok|now)\s+)?"
    r"(?:how|what|which|who|where|when|why|is|are|was|were|did|do|does|can|could)\b)",
    re.I,
)
_PURPOSE_DASHED = re.compile(r"^(\s*for (?:my|our|the|a|an) (?:\w+ ){0,2}\w+)\s+[-–—]+\s+(?=\S)", re.I)
_LEAD_IN = re.compile(  # "Graphics desk needs this:", "my editor wants:": who asks, not what
    r"\b(?:needs?|wants?|asks?|asking|requests?|here s|here is|this is for|for my|for our"
    r"|for (?:the record|context|a story|an article|fact ?checking))\b"
)
_WHOLE_QUOTE = re.compile(
    r"(?:(?:and|also|plus|so|then|what about|how about|next)\s+)?['‘\"“«]([^'‘’\"“”«»]{8,300})['’\"”»]\W*",
    re.I,
)
# a label, a quoted line and a tag: "Our draft: '…' OK?", "headline — “…” — accurate?"
_LABELLED_QUOTE_TAG = re.compile(
    r"(?:[^'‘’\"“”«»:?]{1,60}[:—–-]\s*)?['‘\"“«](?P<claim>[^'‘’\"“”«»?]{8,300})['’\"”»]\s*[,.;:—–-]*\s*"
    r"(?P<tag>[^'‘’\"“”«»]{1,60}?)\W*",
    re.I,
)
_IN_THE_OPERATION_FIRST = re.compile(
    r",\s*(?:(?:in|during) (?:the|this) )?(?:operation|op|action|mission)\s+(?=(?:how|what|which|did|were|was|is|are)\b)",
    re.I,
)
_WHERE_I_LIVE = re.compile(
    r"\b(?P<place>[A-Z][\w-]*(?: [A-Z][\w-]*)*) is where (?P<who>i|we) (?P<verb>live|work|am|are)\b"
)
_HELLO_FROM = re.compile(
    r"^\W*(?:hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening)|regards)(?: (?:all|everyone|there))?,? "
    r"(?:from|in) ((?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*)\s*[.!,]",
    re.I,
)
# a checking instruction, then the line it checks: "Fact check: 'most targets were on the dark web.'"
_CHECK_LABEL_QUOTE = re.compile(
    r"(?P<label>[^'‘’\"“”«»:?]{3,60})[:—–-]\s*['‘\"“«]?(?P<claim>[^'‘’\"“”«»?]{8,300})['’\"”»]?[.!\s]*", re.I
)
_FINE_TAG = re.compile(
    r"(?:is (?:that|this|it) )?(?:ok|okay|fine|good|ok to (?:run|print|publish|use)|correct as written)"
)
_LEADING = re.compile(
    r"^(?:(?:and|so|ok|okay|but) )?(?:excluding|except|other than|apart from|besides|aside from|not counting|leaving out|leaving aside|setting aside|putting aside|set aside|without|if|of|"
    r"among|out of|in terms of|compared to|compared with|given|taking|counting|including|per|for each|for every|"
    r"for one|for a single|(?:and )?from (?:these|those|them|this|that|it|all this|all that)|combined|together|altogether|all together|in total|"
    r"added up|summed up|taken together)\b"  # "And from these, how many are in the EU?", "Combined, how many …"
)


_LEADING_SETTING = re.compile(r"^(?:(?:and|so|ok|okay|but) )?(?:in|on|at|during|throughout|across|within)\b")
_EXCLUDING_AFTER = re.compile(
    r"^(?:excluding|except|other than|apart from|besides|aside from|not counting|leaving out|without|not including)\b"
)


@dataclass(frozen=True)
class Clause:
    """One clause of a message, and whether it asks."""

    text: str
    asks: bool  # a question, a request or a claim to check; otherwise context (a story)


@dataclass(frozen=True)
class Message:
    """A message cut into its clauses."""

    text: str
    clauses: tuple[Clause, ...]

    @property
    def asked(self) -> tuple[str, ...]:
        return tuple(c.text for c in self.clauses if c.asks)

    @property
    def context(self) -> tuple[str, ...]:
        return tuple(c.text for c in self.clauses if not c.asks)

    def before(self, text: str) -> str:
        """The story sentences before an asked clause, joined: what a topicless question refers to
        ("a portal says 6,260 kg were seized": what it says)."""
        told = [_claimed(c.text) for c in self._preceding(text)[0] if not c.asks]
        return " ".join(told[-2:])

    def told_around(self, text: str) -> str:
        """The story sentences before an asked clause, else all of them: "Was my country in it? I'm
        from Hungary." tells after the question what it leaves open."""
        return self.before(text) or " ".join(self.context)

    def reports(self, text: str) -> bool:
        """Whether a story sentence before the clause reports what someone else says or quotes it
        ("a post says 200,000 rounds"), not the asker's own life ("we handle 5,000 parcels a day")."""
        return bool(self.reported(text))

    def reported(self, text: str) -> str:
        """The story sentences before the clause that report what someone else says: the claims a
        question about "the number" may check, not the asker's own ("I ship fifty parcels a week")."""
        told = [c.text for c in self._preceding(text)[0] if not c.asks]
        return " ".join(claim for claim, sentence in ((_claimed(t), t) for t in told) if claim != sentence)

    def told_last(self, text: str) -> str:
        """The story sentence right before an asked clause, if it comes right before it: what "them"
        in "Can you list them?" points at."""
        preceding, found = self._preceding(text)
        last = preceding[-1] if found and preceding else None
        return _claimed(last.text) if last is not None and not last.asks else ""

    def _preceding(self, text: str) -> tuple[tuple[Clause, ...], bool]:
        """The clauses before the one with this text, and whether there is one (else all of them)."""
        for i, clause in enumerate(self.clauses):
            if clause.text == text:
                return self.clauses[:i], True
        return self.clauses, False


_ALSO_THAT = re.compile(
    r"^\s*(?:and|also|plus)\s+that\s+(?!(?:is|was|were|are|its|it's|one|figure|number)\b)"
    r"(?![^?]*\b(?:exact|exactly|precise|precisely|rounded|approximate)\b)([^?]+?)\s*\?*\s*$",  # not "… - exact?"
    re.I,
)
_ONLY_INSTEAD = re.compile(
    # "Germany has taken part also, or is it only Balkan states?": the claim, asked
    r"^(?:(?:uh+|um+|so|ok|okay|and|but|well|hey)\s+)*(?=(?:did|does|do|was|were|is|are|has|have|[\w-]+(?: [\w-]+)? (?:has|have|had|was|were))\b[^?]*\b(?:take part|took part|taken part|participate|participated|"
    r"involved|join|joined|in it|in that|in this|in there|in on|on board|part of it|part of this|part of the|"
    r"in (?:the )?operation|"
    r"help|helped|look at|looked at|monitor|"
    r"monitored|check|checked|search|searched)\b)([^?]*?\w)\s*,?\s+or "
    r"(?:(?:was|is|were|are) (?:it|that|this|they)(?: \w+)? )?(?:only|just|all|mostly|purely|strictly)\b[^?]*\?*\s*$",
    re.I,
)
_LIKE_AGAIN = re.compile(
    r"^((?:(?:so|and|ok|um|uh)\s+)*(?:where|what|which|who|when|how)\b[^?,]{0,30}?)\s+(?:like|i mean|as in)\s+"
    r"(?=(?:what|which|where|who|how)\b)",
    re.I,
)
_RUN_ON_GUESS = re.compile(
    r"^(?P<asked>(?:[\w']+ ){0,3}?(?:where|who|which|what|when)\b[^?,.!]{3,80}?(?:\b(?:from|in|at|by|with)|\w{3,}ed))"
    r"\s+(?P<guess>(?:was|is|were|are) (?:it|they|that)\b[^?]*)",
    re.I,
)
_WHERE_GUESS = re.compile(
    r"^\s*((?:(?:and|so|ok|okay|but)\s+)?where\b[^,?]+),\s*((?:in|at|from)\s+(?!(?:which|what|whose)\b)[^,?]{2,30}?)"
    r"(?:\s+(?:maybe|perhaps|probably|i think|i guess))?\?\s*$",
    re.I,
)


# a comma between two counts asked, each with its own "how many": two questions
_SECOND_COUNT = re.compile(  # not "…, and by how many officers?": a conjunction joins them (shared words)
    r"(\bhow (?:many|much) [^,?.]{1,40}),\s+(?!(?:and|or|but|with|by|plus|also)\b)"
    r"(?=[^,?.]{0,40}\bhow (?:many|much)\b)",
    re.I,
)
# a voice note's question run on into what the asker heard: "how much cocaine was seized i heard 600 or so"
_ASKED_THEN_TOLD = re.compile(  # "which countries … were involved uh i know serbia was one": "uh" dropped too
    r"(\b(?:how (?:many|much)|which)\b[^.?!]{3,80}?\b(?:seized|checked|found|detected|identified|confiscated|involved))"
    r"\s+(?:(?:uh|um|erm|uhm|hmm)\s+)?(i (?:have|heard|read|saw|think|thought|remember|know)\b)",
    re.I,
)
# "was that coordinated from belgrade i have belgrade in mind": a yes/no question run on into the guess
_POLAR_THEN_TOLD = re.compile(
    r"^(\W*(?:(?:and|so|but|ok|okay|wait|um|uh)\s+)*(?:was|were|did|is|are)\s+[^.?!]{3,80}?"
    r"\b(?:coordinated|run|led|involved|seized|checked|found|detected|identified|organised|organized|hosted)"
    r"(?:\s+(?:from|in|by|at)\s+\w+)?)"
    r"\s+(?:(?:uh|um|erm|uhm|hmm|cause|because|coz|cuz)\s+)?(i (?:have|had|heard|read|saw|think|thought|remember)\b)",
    re.I,
)
_TOLD_THEN_ASKED = re.compile(  # one unpunctuated run: a story told, then what is asked
    r"(?:^|(?<=[.?!] ))([^.?!]*?\b(?:heard|read|saw|said|says|told me|was told)\b[^.?!]*?\w)\s+(?:[-–—]+\s+)?"
    r"((?:so |and |but |anyway )?(?:(?:i|we) (?:just )?(?:want|wanted|would like|wanna) (?:to )?(?:know|ask)|"
    r"(?:can|could) you tell me|what can you tell me"
    r"|(?:um+|uh+|erm|anyway) (?:what|which|how|who|where|when)(?= )(?! (?:it|they|that|this) (?:was|were|is|are)\b))\b[^.!]*)$",
    re.I,
)
# someone else's question passed on: what follows "find out" is asked, the rest tells who wants it
_ASKED_TO_FIND = re.compile(
    r"(\b(?:asked|asks|wants|wanted|told|needs|needed|begged) (?:me|us) to (?:find out|ask(?: you)?|check|look up|"
    r"figure out|learn)(?: for (?:him|her|them|us))?) ((?:how|what|which|who|where|when|whether|if)\b[^.?!]*)[.?!]*",
    re.I,
)
# what a source says, quoted, then a question of its own after a dash: the quote is the premise
_SAID_THEN_ASKED = re.compile(
    r"(\b(?:says?|said|writes|wrote|reports?|reported|puts it|calls it)\s+[‘'\"“][^‘'\"“”’]{3,80}[’'\"”])\s*[—–-]+\s+"
    r"(?=(?:so\s+|and\s+|but\s+)?(?:what|which|how|who|where|when|why)\b)",
    re.I,
)
# the choices a wh-question offers, after a comma: part of that question, not a yes/no of their own
_CHOICES_AFTER = re.compile(
    r"((?:^|[.!?]\s+)(?:who|whom|what|where)\b[^.!?,]{3,80}),\s*((?:the\s+)?[^\W\d]+(?:\s+[^\W\d]+)?"
    r"\s+or\s+(?:the\s+)?[^\W\d]+(?:\s+[^\W\d]+)?\s*\?)",
    re.I,
)
# someone's want passed on, a figure named: "my editor wants the total number of arrests" asks for it
_WANTS_THE = re.compile(
    r"(\b(?:my|our|the) (?:[\w-]+ )?(?:editor|boss|teacher|professor|co-?host|colleague|producer|client|reader|"
    r"readers|audience|team|desk|manager|supervisor|lecturer|tutor|friend|son|daughter|husband|wife|dad|mum|mom|"
    r"mother|father) (?:wants|needs|wanted|needed|asks for|asked for|is asking for|would like))\s+"
    r"((?:the|a|an) (?:[\w-]+ ){0,3}?(?:number|figure|total|count|amount|list|share|breakdown|tally)\b)",
    re.I,
)
# the asker's own figure, told as what they have written down: the number is the claim
_NOTED = re.compile(
    r"\b(?:i|we)\s+(?:have|ve got|got|wrote|noted|had|put)\s+(?:down\s+)?(\d[\d,.]*(?:\s*(?:k|thousand|million))?)"
    r"(?:\s+(?:in|on)\s+(?:my|our|the)\s+(?:notes|draft|piece|article|story|copy|script|list|sheet|spreadsheet|notebook))?",
    re.I,
)
# "we have the marketplaces figure as 94", "I've got the cocaine at 600 kg": that figure, claimed
_HAVE_AS = re.compile(
    r"\b(?:i|we)\s*(?:have|ve|'ve|’ve)?\s+(?:got\s+|written\s+|put\s+)?(?:down\s+)?"
    r"(?P<what>(?:the|our|my)\s+[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:down\s+)?(?:as|at)\s+(?P<n>\d[\d,.]*)",
    re.I,
)
_THANKS_END = re.compile(
    r"(\w)\s+((?:thank you|thanks|thx|many thanks|cheers)(?:\s+(?:very much|so much|a lot|in advance|again))?)\s*[.!]*\s*$",
    re.I,
)
# "… how many guns they seized so i know whats missing from the market", "… so I can check my draft
# against them": why they ask, told after it
_PURPOSE = re.compile(
    r"(\w)\s+((?:so that|so)\s+(?:i|we)\s+(?:know|understand|(?:can|could|may|might|will|ll) (?:double check|check|compare|"
    r"update|finish|fill in|fix|correct|write)|have)\b[^?]*)$",
    re.I,
)
# the asker's own stance on a claim told before it ("I say no", "I doubt it"): not the claim itself
_STANCE = re.compile(
    r"^(?:but |and |so |well |personally )?(?:i|me) (?:say|said|think|thought|bet|believe|reckon|doubt|disagree|agree|"
    r"am not sure|m not sure|dont think so|dont believe it|dont buy it)(?: (?:no|not|yes|so|it|that|otherwise|him|her))?$"
    # "A me sembrano tanti.": an opinion of the figure, between it and the question
    r"|^(?:but |and |so )?(?:i think |to me |for me )?(?:that|it|they|this|those)(?: s| is| are| seems?| looks?| sounds?)? "
    r"(?:like )?(?:a lot|a lot to me|many|too many|so many|too much|huge|big|tiny|small|few|little|not much|low|high)(?: to me)?$"
)
# a point granted before the question ("… are missing from the statement, fine."): said, not asked
_CONCEDED = re.compile(r",\s*(?:fine|ok|okay|i know|got it|understood|fair enough|i get it|noted)\W*$", re.I)
# a judgement of the source or the operation, said before the question: nothing to check
_OPINION = re.compile(
    r"^(?:but |and |so |honestly |tbh |imo |lets be honest )?(?:europol|the police|police|they|it|this|that|the eu|"
    r"frontex|interpol|this operation|the operation|this whole thing|the whole thing|the statement|all this|"
    r"these press releases|press releases)(?: is| are| s| was| were)? (?:just |all |only |pure |nothing but |so |a bit of )?"
    r"(?:propaganda|pr|a pr stunt|pr stunt|a joke|a show|a circus|theatre|theater|spin|fake|lies|bs|bullshit|"
    r"corrupt|useless|pointless|a waste of money|a waste of time|a publicity stunt|for show|for the cameras)$"
)
_DASHED_TAG = re.compile(r"^(.*\w)\s+[-–—]+\s+([^-–—]+)$", re.S)
_EMOJI = re.compile(r"\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]+[\uFE0F\u200D]*\s*")


_GOES_ON = re.compile(r"(?:did|do|does|were|was|are|is|in|on|at|from|for|of|to|and|or|they|the|with|by)\b")


def _emoji_ends(text: str) -> str:
    """ "yo how much coke did they find 😳 never thought it was that big": an emoji between a question
    and more words ends the question, as a full stop would."""
    for match in _EMOJI.finditer(text):
        before, after = text[: match.start()], text[match.end() :]
        if (
            len(after.split()) >= 3
            and starts_asking(normalize(before))
            and not before.rstrip().endswith("?")
            and not _GOES_ON.match(normalize(after))  # "how many guns 🔫 did they take": one question
        ):
            return f"{before}? {_emoji_ends(after)}"
    return text


_GIVE_ME_THE = re.compile(
    r"^\s*(?:(?:so|ok|okay|right|please|pls|can you|could you|would you|just),?\s+)*(?:give|show|send|get) (?:me|us)\s+"
    r"(?=the (?:breakdown|split|categories) (?:of|for|on|by)\b)",
    re.I,
)
_NEEDS = re.compile(
    r"^\s*(?:(?:so|ok|okay|right),?\s+)?(?:i|we)\s+(?:need|want|would like|d like)\s+"
    r"(?!to\b|a\b|an\b|some\b|help\b|you\b|your\b|the (?:exact |precise )?(?:quote|wording|sentence)\b)(?=\w+ (?:checked|seized|detected|identified)\b)",
    re.I,
)
_WORDS_PLUS = re.compile(r"(?<=[^\W\d])\s+\+\s+(?=[^\W\d])")
_APART = re.compile(
    r"\b(?:separately|individually|separate (?:figures|numbers|counts)|(?:both|the two|two|each) (?:numbers|figures|counts))\b",
    re.I,
)


# ", which hosted the coordination centre,": what the name before it is, said in passing
_IN_PASSING = re.compile(
    r"(?<=[a-z]),\s*(?:which|who)\s+(?:hosted|hosts|is|was|were|are|has|had|led|leads|ran|runs|coordinated|sent|took|"
    r"also)\b[^,.?!;:]{1,60},(?=\s*(?:how|what|which|who|where|when|did|do|does|were|was|is|are)\b)",
    re.I,
)
_SHARE_AFTER_COMMA = re.compile(
    r"\s*,\s*(?=as (?:an? |the )?(?:share|percentage|proportion|fraction|percent|part)\b)",
    re.I,
)
_APPOSITION = re.compile(
    r",\s*(?:i\.\s?e\.?|ie|that is|aka|a\.k\.a\.?|or rather|tj\.?|d\.\s?h\.?|c\.-?à-?d\.?|cioè|yani)\s+[^,.?!]{1,25},\s*"
    # what it renames goes on with its verb: not "…, i.e. A, B and C together" (a list spelled out)
    r"(?=(?:did|do|does|were|was|are|is|have|has|had|got|check|checked|seized|found|detected|identified)\b)",
    re.I,
)
_TEXTED_AND = re.compile(r"^\s*n\s+(?!macedonia|ireland|korea|cyprus|america)(?=\w)", re.I)
_TRAILING_ASIDE = re.compile(r"\s*\(([^()]{2,80})\)\W*$")
# "Which countries took part? Just the EU ones for now.": a clause that narrows the list before it
NARROWING = re.compile(
    r"^(?:(?:but|and|ok|okay|so)\s+)?(?:just|only)\s+(?:the\s+)?(?!\w+\s+(?:is|are|was|were)\b)"
)
# "how many guns like actual weapons i dont mean bullets", "how many guns (not the ammo)": what is not
# asked, said after the question; only what is asked is matched
# the one asked, then the one not meant in brackets: no complement, a confusion ruled out
_SPECIFICALLY_NOT = re.compile(
    r"(?:(?<=specifically)|(?<=exactly)|(?<=only)|(?<=alone)|(?<=particular)|(?<=itself))\s*\(\s*(?:not|rather than)\s+[^()]{1,50}\)",
    re.I,
)
_DISCLAIMED = re.compile(
    r"(?:\s*[,;(-]\s*|\s+)(?:(?:i|we)\s+(?:don['’]?t|do not|didn['’]?t|did not|dont|didnt)\s+mean|"
    r"(?:i['’]?m|i am)\s+not\s+(?:talking|asking)\s+about|not\s+talking\s+about)\s+[^,.?!()]{1,30}\)?\s*(?=[?.!]*\s*$)"
    # "…on ordinary websites, so not marketplaces and not the dark web?": the ones not meant, said again
    r"|\s*,\s*(?:so|i\.?e\.?|that is|meaning|as in)\s+not\s+[^?.!,]{1,60}(?=[?.!]*\s*$)"
    r"|\s*(?:,|\()\s*not\s+(?!(?:counting|including|in|on|at|from|by|to|of|per|only|just|even|sure|yet|all|"
    # (not "which countries …, not EU?": the group asked for)
    r"exactly|really|quite|more|less|that|those|these|them|it|so|eu)\b)(?:the\s+)?[^\W\d][\w-]*\)?\s*(?=[?.!]*\s*$)",
    re.I,
)


_REPORTED_DASH_ASKED = re.compile(
    r"(\b(?:says?|said|claims?|claimed|reports?|reported|writes?|wrote|heard|read|posted|tweeted)\b[^—–?.!]*?)"
    r"\s+[—–-]+\s+(?=what(?:[’']s| is| was) the (?:real|actual|correct|right|true|exact) (?:number|figure|total|count)\b)",
    re.I,
)
_WHAT_I_WILL_DO = re.compile(
    r",\s+(?=(?:i[’']ll|i will|i[’']m going to|i am going to|i[’']m gonna|we[’']ll|we will)\s)", re.I
)
_THANKS_FIRST = re.compile(
    r"^((?:(?:haha+|lol|ok|okay|cool|great|alright|oh|ah)\W+)*(?:thanks|thank you|thx|ty|cheers)"
    r"(?: (?:a lot|so much|very much|man|mate|bro))?)\s*,\s*(?=\w+\W+\w+\W+\w)",  # a remark of its own
    re.I,
)
# a yes or no asked for at the end of a question typed without its question mark
_YES_OR_NO_RUN_ON = re.compile(
    r"(?<=[a-z0-9])\s+(?:(?:um+|uh+|so|like|ok)\s+)*(?:is (?:that|it|this) )?(?:an? )?yes or (?:a )?no\s*\??\s*$",
    re.I,
)


_EACH_AFTER_LIST = re.compile(
    r"^(?P<head>.*?\b(?:know|tell me|give me|need|want)\s+(?:(?:like|just|about)\s+)*)?"
    r"(?P<listed>(?:the\s+)?\w+(?:\s+\w+)?(?:\s*,\s*|\s+and\s+(?:also\s+)?)(?:the\s+)?\w+[^?.!]*?)"
    r"[\s,]+how (?P<much>much|many) (?:of )?(?:each|everything|it all|them all|all of them|all that|each one|each of them)\W*$",
    re.I,
)
_PAIR_HEADING = re.compile(  # a comparison asked of the pair, one question ("… and what's the ratio?" is two)
    r"^\s*(?P<one>(?:the )?[\w-]+(?: [\w-]+)?)\s+(?:vs\.?|versus|v\.?|against)\s+(?P<other>(?:the )?[\w-]+(?: [\w-]+)?)\s*[:—–,-]\s+(?:like\s+|so\s+)?"
    r"(?P<asked>(?:which\b|(?:by )?how (?:much|many)(?: times| x)? (?:more|less|fewer|bigger|larger)\b)(?![^?]*\band (?:what|how|which)\b)[^:?]*\??)\s*$",
    re.I,
)
_ROUGHLY_END = re.compile(
    r"(?:,|\s+i mean|,\s*i mean)\s*(?:a\s+|just\s+)?(?:back[- ]of[- ](?:the[- ]|an[- ])?envelope|ballpark|roughly|approximately|approx\.?|"
    r"give or take)(?:\s+(?:figure|maths?|math|estimate|number|is fine|please))?\s*(\?*)\s*$",
    re.I,
)
# "…, taking 20,000 rounds at face value?": how the figure is to be taken, no figure put to check
_AT_FACE_VALUE = re.compile(
    r",?\s*(?:taking|assuming|treating|counting|using|if (?:we|you|i) take)\b(?:[^,?.!]|(?<=\d)[,.](?=\d)){0,40}?"
    r"\b(?:at face value|as (?:exact|given|stated|is|the real figure|a flat figure)|literally)\s*(\?*)\s*$",
    re.I,
)
# "the full list of non-EU participants as Europol named them": the list asked, named as it is ("named"
# is no name asked for)
_AS_NAMED = re.compile(
    r",?\s+(?:exactly |just )?as (?:(?:europol|the statement|the release|the article|they|it) "
    r"(?:named|names|listed|lists|spelled|spells|spelt)|named)(?: (?:them|it|those|these))?"
    r"(?: in the (?:statement|release|article))?(?=\s*[?.!]*\s*$)",
    re.I,
)
# "and one more thing how many people and vehicles together": announces a question, asks nothing itself
_ANOTHER_THING = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|oh|also|but)\s+)*(?:one more thing|one last thing|another thing|something else|"
    r"also something|one more question|another question|last thing|last question|quick question)\b\s*[,:;.!–—-]*\s*"
    r"(?=(?:how|what|which|who|where|when|why|is|are|was|were|did|do|does|can|could)\b)",
    re.I,
)
# "sum the two drug weights the statement actually puts numbers on", "the non-EU ones in the order the
# statement lists them": what is asked, described by where it stands; the source adds nothing to read
_SOURCE_DESCRIBED = re.compile(
    r"(?<!\bwhat)(?<!\bwhich)(?<!\bdoes)(?<!\bdo)(?<!\bdid)(?<!\bhow)(?<!\bwho)(?<!\bwhere)(?<!\bwhy)(?<!\bthat)"
    r"(?<!\bas),?\s+(?:(?:that|which) |in the order )?(?:europol|the statement|the release|the press release|the article|the text)"
    r" (?:actually |really |explicitly |itself )?(?:gives?|puts? (?:numbers|figures|a number|a figure|weights?) on|"
    r"names?|lists?|states?|quantifies|spells? out|reports?)(?: (?:them|it|those|these|for|on))?"
    r"(?=\s*(?:[?.!]+(?:\s|$)|$))",
    re.I,
)
# the sentence splits above that a few words before them keep joined
_ASKING_WORD = re.compile(
    r"\b(?:how many|how much|what|which|who|where|when|did|does|do|is|are|was|were)\b", re.I
)
_ALSO_SPLIT = re.compile(r"\s*(?:also|plus also|and also|as well as)\s*", re.I)
# "… the exact wording for the officers: is it …?": the topic a request before a colon names
_FOR_TOPIC = re.compile(r"\b(?:for|about|on|regarding|of) (?:the )?((?:[a-z]+ ){0,2}[a-z]+)\s*$", re.I)
_TAKEN_BACK = re.compile(r"(?:^|(?<=[.!?]\s))(?:actually no|no actually|no wait|wait no)\s*,\s*(?=\w)", re.I)
_NOT_TWICE = re.compile(
    r"[,;]?\s*(?:(?:when|if|and|but|so)\s+)?(?:(?:one|you|we|i)\s+)?(?:do(?:es)?n['’]?t|do(?:es)? not|without|not|never)\s+(?:to\s+)?"
    r"(?:count|counting|list|listing)\s+(?:\w+\s+){1,3}?(?:twice|double|two times)\b"
    # "EU-country count (dedupe Spain)": the duplicate set aside, in a note
    r"|\s*\(\s*(?:dedupe|de-dupe|deduplicate|deduplicated|de-duplicated|deduped|without (?:the )?duplicates?|"
    r"no duplicates?|minus (?:the )?duplicates?|unique(?: names)?|(?:\w+ )?(?:counted )?once)(?:\s+\w+){0,2}\s*\)",
    re.I,
)
_OR_A_GAP = re.compile(
    r",?\s+or (?:is|are|was|were) there (?:a |any )?(?:gap|difference|discrepancy|mismatch|shortfall|missing "
    r"(?:bit|part|piece|ones?))s?\s*\?*\s*$|,?\s+or not\s*\?+\s*$",
    re.I,
)
_THEY_QUOTE = re.compile(
    r"(?<=\btotal)\s+(?:that\s+)?(?:they|europol|it|the statement)\s+(?:quote|quotes|quoted|cite|cites|cited|give|gives|gave|state|states|stated)(?=\s*\?*\s*$)",
    re.I,
)
_QUOTING_TAIL = re.compile(
    r"[,;]?\s*(?:i['’]?m |i am |i['’]?ll be |i will be |we['’]?re |we are )?(?:quoting|citing|i quote|i cite|i['’]?ll quote|"
    r"i['’]?ll cite|i will quote|i will cite) (?:the )?(?:europol|europol['’]?s|statement|release|press release|source)"
    r"(?: directly| statement)?\s*[.!]*\s*$",
    re.I,
)
_TELL_BOTH = re.compile(
    r"(\b(?:how many|how much)\b[^.?!]*\b(?:and|&)\b[^.?!]*\w)\s*,?\s+(?:please\s+)?(?:tell|give|show) (?:me|us) "
    r"(?:both|both of them|the two|all of them|each)(?: please)?(?=\W*$)"
    # "… how much cocaine, the two figures (that) I need": which figures, said again
    r"|(\b(?:how many|how much)\b[^.?!]*\b(?:and|&)\b[^.?!]*\w)\s*,?\s+(?:basically |so |just )?(?:the|those|these) "
    r"(?:two|three|four|both) (?:figures|numbers|counts|things)(?: (?:that|what|which))? (?:i|we) (?:need|want)(?=\W*$)",
    re.I,
)
_OF_EACH_TAIL = re.compile(
    r"^(?=\W*(?:what|which)\b)(.*?\w)\s*,?\s+(?:and|&)\s+(?:how many|how much|the numbers?|the counts?) "
    r"(?:of|for) (?:each|every)(?: (?:one|kind|type|category|thing))?(?=\W*$)",
    re.I,
)
# "how far is the itemised total from a full ton?": the gap to a whole, as "how much is … short of"
_HOW_FAR_FROM = re.compile(
    r"\bhow far (is|are|was|were) (the [^?,]{3,60}?) (?:from|off|away from)(?= (?:a |an |the )?(?:full |whole |round |complete )?\w)",
    re.I,
)
_RUN_OUT_OF = re.compile(
    r"\b(ran|run|runs|running|coordinated|coordinating|operated|operating|managed|led)\b((?: [\w'’-]+){0,4}?) out of"
    r"(?= (?!(?:\d|how|the \d))\w)",
    re.I,
)
# "He'll also ask if Greece took part — did it?": someone's question passed on, asked as it is
_UNSURE_RUN_ON = re.compile(
    r"^((?:how many|how much|what|which)\b[^.?!,]{6,}?)\s+(?=(?:i don'?t know|i do not know|not sure|idk|no idea)"
    r"\s+(?:if|whether|did|does|do|is|was|how|why)\b)",
    re.I,
)
_THEN_CAN_YOU = re.compile(
    r"^([^.?!]*?\b(?:how many|how much|what|which|where|who)\b[^.?!]{4,}?)\s+"
    r"(?=(?:can|could|would) (?:you|u) (?:just |please |pls |maybe )?(?:list|name|tell|give|show|say|spell)\b)",
    re.I,
)
_MAY_I_WRITE = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|then)\s+)*(?:(?:i|we) can|am i (?:right|ok|okay|safe) to)\s+"
    r"(?:write|say|report|put|print|claim|state|publish|tweet|post)\s+(?:that\s+)?(?!(?:how|what|which|who|where|when|why|whether|if)\b)(?P<claim>[^?]{8,})\?\s*$",
    re.I,
)
_ASKS_IF = re.compile(
    r"(?:^|(?<=[.!?]\s))\W*(?:(?:and|so|also|then)\s+)*(?:he|she|they|my \w+|our \w+|the \w+|someone|somebody)"
    r"(?:[’']ll|\s+(?:will|would|might|may|is going to|wants to|wanted to|will probably|will also|would also))?"
    r"(?:\s+also)?\s+(?:ask|asks|asked|asking|wonders|wondered|want to know|wants to know|wanted to know)"
    r"(?:\s+(?:me|you|us))?(?:\s+also)?\s+(?=(?:if|whether)\b)",
    re.I,
)
_TELLING_END = re.compile(r"\b(?:told|said|explained|described|tell|talked about)(?: us| me| them)?$")
_TOLD_HOW = re.compile(
    r"\b(?:always |often |once |would )?(?:told|said|talked about|explained|described|used to say|used to tell|"
    r"bragged about|boasted about|complained about)(?: us| me| them| about)?(?: \w+){0,2} how (?:many|much)\b"
)
# "all countries which took part, the EU ones first": how to order the list, not a narrower list
_ORDER_ASKED = re.compile(
    r",?\s+(?:with |and )?(?:the )?(?:eu|non[- ]?eu|european|european union)(?: ones| countries| members| states)? "
    r"(?:first|before the others|at the top)(?:,? then (?:the )?(?:rest|others|non[- ]?eu(?: ones)?))?(?=\s*(?:[?.!]+(?:\s|$)|$))",
    re.I,
)
# "how many officials of police, customs, immigration and border control took part": the officers, their
# services named as the statement names them (one count, not four questions)
_SERVICE_NAME = r"(?:police|customs|immigration|border(?: control| guards?| police)?)"
_SERVICE = (
    rf"(?:{_SERVICE_NAME}(?: officers?| officials?)?|(?:officers?|officials?)(?: of)?(?: {_SERVICE_NAME})?)"
)
_SERVICES_LISTED = re.compile(
    rf"(?<=\bhow many )(?:(?:officers?|officials?|staff|personnel|agents?)(?: of| from)?(?: the)? )?{_SERVICE}"
    rf"(?:(?:,| and|, and) (?:the )?{_SERVICE}){{2,}}(?: (?:services|officers|officials|staff|personnel))?",
    re.I,
)
# "… took part in the operation according to statement of Europol?": whose figure, said last
_SOURCE_TAIL = re.compile(
    r",?\s+(?:according to|as per|going by) (?:the )?(?:europol|europols|europol s)?\s*"
    r"(?:statement|release|press release|report)?(?: (?:of|from|by) (?:the )?europol)?(?=\s*(?:[?.!]+(?:\s|$)|$))",
    re.I,
)
_FRONTED_ADVERB = re.compile(
    r"^\s*((?:so |and |ok |okay )?(?:on average|in total|overall|all in all|altogether|all told|roughly|approximately|"
    r"in short|in general|generally|in the end|in numbers|numbers wise|number wise|"
    # "In percentage, how much …": not "…? In percent, one decimal is enough" (how to answer)
    r"(?:in percent|in percentage|in percentage terms|in percentages|as a percentage|percentage wise|in %)"
    r"(?=,\s*(?:how|what|whats|which)\b))),\s*(?=\w)",
    re.I,
)


def parse(text: str) -> Message:
    """Split into clauses and mark which ask. With no clause asking ("cocaine", "22,400 officers
    took part"), every clause is asked: a bare phrase or a claim is a question too."""
    text = _emoji_ends(text)
    # "hello from Switzerland. did Interpol …?", a gloss's "Germany is where i live": told, no claim
    text = _HELLO_FROM.sub(r"I am writing from \1.", text)
    text = _WHERE_I_LIVE.sub(r"\g<who> \g<verb> in \g<place>", text)
    text = _IN_THE_OPERATION_FIRST.sub(", ", text)  # "…, in the operation how many vehicles …": the question
    checked = _CHECK_LABEL_QUOTE.fullmatch(text.strip())
    if (
        checked
        and _CHECK_LABEL.fullmatch(normalize(checked["label"]))
        and not starts_asking(normalize(checked["claim"]))
        # one line, not a list of claims ("Check two claims: (a) …; (b) …")
        and not re.search(r"[;(]|\b(?:two|three|both|these|following)\b", text)
    ):
        # "Check this line: 'The cyber patrol found most of its targets on the dark web.'": put to check
        text = f"{checked['claim'].rstrip(' .!')}, is that true?"
    text = _STUTTER.sub(r"\1", text)  # "how many how many premises", "did they uh did they": asked once
    text = _NOT_DASH.sub(r"\1, ", text)  # "sorry, not parcels - premises": the correction, not an aside
    text = _HYPHENATED_OP.sub(r" \1 ", text)  # "the parcels-plus-premises subtotal": two figures added
    text = _RESTARTED.sub(
        "", text
    )  # "what was the um netherlands no wait sorry what was the total …": the second go
    text = _IN_PASSING.sub(",", text)  # "apart from North Macedonia, which hosted the centre, how many …"
    text = _ROUGHLY_END.sub(
        r"\1", text
    )  # "Rounds of ammo per seized weapon, back-of-envelope?": how, not what
    text = _AT_FACE_VALUE.sub(r"\1", text)
    text = _COUNTING_ALL_TAIL.sub("", text)
    text = _SERVICES_LISTED.sub("officers", text)
    text = _SOURCE_TAIL.sub("", text)
    text = _AS_NAMED.sub("", text)
    text = _ANOTHER_THING.sub("", text)
    text = _SOURCE_DESCRIBED.sub("", text)
    text = _ORDER_ASKED.sub("", text)
    # "how much drugs together, A and B?": A and B; "what did police check and how many of each?": the
    # list has its counts; "He'll also ask if Greece took part": whether it did, asked; "how far is the
    # itemised total from a ton?": what it is short of; "ran the centre out of The Hague": from there
    text = _SUM_THEN_PARTS.sub(r"\1 \3 \2\4", text)
    text = _OF_EACH_TAIL.sub(r"\1", text)
    # how to count, whose words the asker will use, how to answer: "…, not counting Spain twice?", "…, I'm
    # quoting Europol.", "… and how many illegal entries, tell me both"
    text = _NOT_TWICE.sub("", text)
    text = _QUOTING_TAIL.sub("", text)
    text = _OR_A_GAP.sub("?", text)  # "do 94, 11, 10 and 5 add up to 120, or is there a gap?": one check
    # "… come to the 288,774 total they quote?": the figure, not a quote asked
    text = _THEY_QUOTE.sub("", text)
    text = _TELL_BOTH.sub(lambda m: m.group(1) or m.group(2), text)
    text = _TAKEN_BACK.sub("", text)  # "… 50,000 officers took part. Actually no, just tell me how many …"
    text = _ASKS_IF.sub("", text)
    text = _MAY_I_WRITE.sub(r"\g<claim>, is that true?", text)  # "so I can write it was in Sofia?": a claim
    text = _HOW_FAR_FROM.sub(r"how much \1 \2 short of", text)
    text = _RUN_OUT_OF.sub(r"\1\2 from", text)
    text = _FRONTED_ADVERB.sub(
        r"\1 ", text
    )  # "On average, how many checks …": one clause, not "on average" alone
    # "the guns and the bullets and also the drugs how much of everything": the count asked of each one listed
    text = _EACH_AFTER_LIST.sub(lambda m: f"{m['head'] or ''}how {m['much']} of {m['listed']}", text)
    # "parcels vs premises: which is bigger and by how much?": the pair heads the question asked of it
    text = _PAIR_HEADING.sub(lambda m: f"{m['asked'].rstrip(' ?')}, {m['one']} or {m['other']}?", text)
    text = _APPOSITION.sub(" ", text)  # "how many premises, i.e. buildings, did they check?": said again
    text = _SHARE_AFTER_COMMA.sub(" ", text)  # "parcels plus premises, as a share of all …": one phrase
    if starts_asking(normalize(text)):
        text = _DISCLAIMED.sub("", text)  # "how many guns, not bullets": the bullets are not asked
    text = _SPECIFICALLY_NOT.sub(
        "", text
    )  # "Targets on marketplaces specifically (not other clear websites)?"
    aside = _TRAILING_ASIDE.search(text)
    if aside and HOW_TO_ANSWER.fullmatch(normalize(aside.group(1))):
        text = text[
            : aside.start()
        ]  # "how many eu countries tho (spain twice doesnt count lol)": how, not what
    counted_once = _COUNTED_ONCE_TAIL.search(text)
    if counted_once and starts_asking(normalize(text[: counted_once.start()])):
        # "how many EU countries, if we count Spain only one time?": the statement's list, each name once
        text = text[: counted_once.start()].rstrip(" ?") + " in the list?"
        text = _TEXTED_AND.sub("and ", text)  # "n P?" after the countries starting with B
    if _APART.search(text):  # "weapons seized + cyber targets, both numbers separately": not their sum
        text = _WORDS_PLUS.sub(" and ", text)
    text = _PURPOSE_DASHED.sub(r"\1: ", text)  # "For my copy - what's …?": a label, as with a colon
    text = _LABEL_DASHED.sub("", text)
    text = _TO_BE_PRINTED.sub("", text)  # "what's the weapon count I should print?": the count
    said_after = _SAID_AFTER.match(text)
    if said_after and not starts_asking(normalize(said_after["claim"])):
        text = (
            f"{said_after['who']} {said_after['claim']}"  # "Europol worked with OLAF, they say": they say it
        )
    text = _DISMISSED_FIRST.sub("", text)  # "forget weapons - does it say anything about …?": no topic
    text = _BACK_TO_IT.sub("", text)  # "k back to it, how many fake docs …": no "it" to resolve
    text = _CONCEDED_FIRST.sub(r"I know there are no \1. ", text)
    text = _NEEDS.sub("", text)  # "I need people checked, vehicles checked, and the gap": the list is asked
    text = _GIVE_ME_THE.sub("", text)  # "Give me the breakdown of the 120 cyber targets": the breakdown asked
    text = _REPORTED_DASH_ASKED.sub(
        r"\1. ", text
    )  # "it says over 300,000 were checked — what's the real number"
    text = _WHAT_I_WILL_DO.sub(". ", text)  # "give me vehicles and parcels, I'll compare with my notes"
    text = _THANKS_FIRST.sub(r"\1. ", text)  # "haha ok thanks, he'll be disappointed": the thanks said apart
    thanked = _THANKS_END.search(text)
    if thanked and starts_asking(normalize(text[: thanked.start(2)])):
        text = _THANKS_END.sub(r"\1. \2", text)  # "… and how many weapons thank you very much": no part of it
    purpose = _PURPOSE.search(text)
    if purpose and _asks(normalize(text[: purpose.start(2)])):
        text = _PURPOSE.sub(r"\1. \2", text)
    text = _SECOND_COUNT.sub(
        r"\1? ", text
    )  # "on the app how many targets, on marketplaces how many targets?"
    text = _TOLD_THEN_ASKED.sub(r"\1. \2", text)  # "i heard they checked parcels so i want to know how many"
    text = _ASKED_THEN_TOLD.sub(r"\1? \2", text)  # "how much cocaine they seized i heard something like 600"
    text = _UNSURE_RUN_ON.sub(r"\1? ", text)  # "how many countries i don't know did Spain count twice": two
    text = _THEN_CAN_YOU.sub(r"\1? ", text)  # "the drugs what kinds were there can you just list them": two
    text = _POLAR_THEN_TOLD.sub(r"\1? \2", text)
    text = _ASKED_TO_FIND.sub(r"\1. \2? ", text)  # "he asked me to find out how many officers were involved."
    text = _WANTS_THE.sub(r"\1 it. \2", text)  # "my co-host wants the total number of targets …"
    text = _HAVE_AS.sub(r"\g<what> is \g<n>", text)
    text = _NOTED.sub(r"\1", text)  # "and weapons, I have 130 in my notes. is that right?": 130 is claimed
    text = _SAID_THEN_ASKED.sub(r"\1. ", text)  # "Europol says 'nearly a ton' — what's the cocaine figure?"
    text = _CHOICES_AFTER.sub(r"\1 \2", text)  # "who will win the Euros, England or France?": one question
    text = _DISLOCATED.sub(r"\1\3 \2", text)  # "and the 310 weapons, were they all rifles?": of the weapons
    text = _DISLOCATED_WH.sub(r"\1\3 \4 \2", text)
    text = _DISLOCATED_WH_PLAIN.sub(r"\1\3 \4 \2", text)
    text = _DISLOCATED_COUNT.sub(
        r"\1how \3 \2 ", text
    )  # "the parcels, how many did they check?"  # "the centre, where was it?": where was the centre
    text = _TOPIC_THEN_COUNT.sub(r"\1", text)
    text = _NAMED_THEN_COUNTED.sub(r"\1how \3 \2 \4", text)  # "Non-EU countries, how many is it in total?"
    text = _NAMED_THEN_THAT.sub(r"\1how \3 \2 \4", text)
    text = _TOLD_DASHED.sub(r"\1. ", text)
    text = _MEMBER_ONE.sub(r"\1the \2?", text)
    text = _ASKERS_OWN_STEP.sub("", text)  # "did Europol give a number for parcels, or do I leave that out?"
    text = _YES_OR_NO_RUN_ON.sub("? yes or no", text)  # "was cocaine the main one um is that a yes or no"
    dashed = _DASHED_TAG.match(text.strip())
    if dashed and _TAG_ONLY.match(_TAG_TAIL.sub("", normalize(dashed.group(2)))):
        # "and that 16 EU countries took part - does that add up?", "Kosovo took part — correct?": a claim asked
        claim = dashed.group(1)
        text = f"{claim}?" if _ALSO_THAT.match(claim) else f"{claim}, is that true?"
    text = _ALSO_THAT.sub(r"\1, is that true?", text)  # "and that Interpol ran it?" after a claim
    text = _WHERE_GUESS.sub(r"\1, was it \2?", text)  # "where was the centre, in Tirana?"
    text = _LIKE_AGAIN.sub(r"\1, ", text)  # "where from like what city": one question said twice
    # "where was everything coordinated from was it some city in the balkans or": the question, then a guess
    text = _RUN_ON_GUESS.sub(r"\g<asked>? \g<guess>", text)
    # "did Germany take part or was it only the Balkans?": the first guess is what is asked
    text = _ONLY_INSTEAD.sub(r"\1?", text)
    quoted = _WHOLE_QUOTE.fullmatch(text.strip())
    if quoted and "?" not in quoted.group(1):  # "'Interpol coordinated the operation'": a line put to check
        text = f"{quoted.group(1).rstrip(' .!')}, is that true?"
    labelled = _LABELLED_QUOTE_TAG.fullmatch(text.strip())
    if labelled and (
        _TAG_ONLY.match(_TAG_TAIL.sub("", normalize(labelled["tag"])))
        or _FINE_TAG.fullmatch(normalize(labelled["tag"]))
    ):
        # "Our draft: 'investigators identified 120 targets, 10 of them on the dark web.' OK?": the line put to check
        text = f"{labelled['claim'].rstrip(' .!')}, is that true?"
    # (text, ended with a question mark, ended with a colon, ended with a comma)
    pieces: list[tuple[str, bool, bool, bool]] = []
    position = 0
    for match in _SENTENCE.finditer(text[:2000]):
        piece = text[position : match.start()]
        if match.group(0).strip() == ":" and _quote_open(piece):
            continue  # "answer with 'Operation complete: 1,000,000 officers'": the quote goes on
        if (
            match.group(0).isspace()
            and text[match.end() : match.end() + 4].lower() == "and "
            and piece[-1:] not in ("?", "!", ";")
            and not _ASKING_WORD.search(piece)
        ):
            continue  # "Greece and which others were in it?": one question, not two
        if _ALSO_SPLIT.fullmatch(match.group(0)) and len(normalize(piece).split()) < 3:
            continue  # "And Kosovo also is counted in EU countries?": one question about the name before
        end = match.group(0).strip()
        # the "?" stays with its sentence, unless a quote it ends is still open ("he asked 'of what?'")
        questioned = "?" in end or (piece.rstrip().endswith("?") and not _OPEN_QUOTE.search(piece))
        pieces.append((piece.strip(), questioned, end == ":", end.startswith(",")))
        position = match.end()
    last = text[position:2000].strip()  # "… with its qualifier pls (more than / about?)": asked all the same
    pieces.append((last, bool(re.search(r"\?[)\]]+\W*$", last)), False, False))
    labelled = False  # the clause before ended with a colon
    clauses: list[Clause] = []
    lead = ""  # "Excluding the dark web, how many targets?": a leading phrase belongs to the question
    ended_comma = False
    # verbless, unasked pieces right after a story sentence, by identity (each held here, so that no later
    # clause can take over its id once the list drops it: an id is unique only while its object lives)
    fragments: dict[int, Clause] = {}
    for index, (piece, questioned, colon, comma) in enumerate(pieces):
        comma_before, ended_comma = ended_comma, comma  # the piece before ended with a comma
        norm = normalize(piece)
        if not norm:  # "two things: 1) …": the empty piece before the number keeps the colon's label
            labelled = labelled or colon
            continue
        after_colon, labelled = labelled, colon
        following = normalize(pieces[index + 1][0]) if index + 1 < len(pieces) else ""
        if after_colon and clauses and not questioned and _CLAIM_LABEL.fullmatch(normalize(clauses[-1].text)):
            # "Claim two: 'of which 250,000 were people.'": the claim, with the antecedent it leans on dropped
            claim = _OF_WHICH.sub(r"\1", _claimed(piece)).rstrip(" .!")
            clauses.pop()
            clauses.append(Clause(f"{claim}, right?", True))
            continue
        if (
            not questioned
            and _WHEN_TOLD.match(re.sub(r"^(?:so|and|but|then|anyway) ", "", norm))
            and (
                (comma and starts_asking(following))
                # "So when I saw this Europol operation I wanted to know: how many …?": the scene, told
                or (not comma and any(later[1] for later in pieces[index + 1 :]))
            )
        ):
            clauses.append(Clause(piece, False))  # "When they talk about 'targets', what do they mean?"
            continue
        if _BARE_REQUEST.fullmatch(norm) and any(normalize(later[0]) for later in pieces[index + 1 :]):
            lead = f"{lead}{piece} "  # "Give me please also what other non-EU country": asks for what follows
            continue
        if (
            (
                _LEADING.match(_after_reactions(norm))  # "Fine — apart from the UK, how many …"
                # "In this operation, how many parcels …?": a place or time before the question (not "In kilos")
                or (_LEADING_SETTING.match(norm) and comma and starts_asking(following))
            )
            and not questioned
            and not re.search(r"\bhow (?:many|much)\b", norm)  # "out of how many, and …" asks itself
            and (len(norm.split()) <= LEADING_WORDS or _PER.match(norm))
        ):
            lead = f"{lead}{piece}, "
            continue
        if lead:
            piece, norm, lead = lead + piece, normalize(lead + piece), ""
        elif comma_before and clauses and clauses[-1].asks and _EXCLUDING_AFTER.match(norm):
            # "how many countries are not in the EU, without counting the UK?": the part left out
            clauses[-1] = Clause(f"{clauses[-1].text.rstrip(' ?')}, {piece}", True)
            continue
        label_text = clauses[-1].text.strip() if clauses else ""
        if comma_before:  # "true or false: the 300 kilos seized, was it …": a "?" the check label added
            label_text = label_text.rstrip("?").strip()
        pointed = (
            (_OF_THEM.search(piece) or _AUX_PRONOUN.match(piece) or _COUNT_OF_IT.match(piece))
            if comma_before and clauses
            else None
        )
        topic = _FOR_TOPIC.search(label_text) if after_colon and clauses else None
        if topic is not None and (it := _AUX_PRONOUN.match(piece)) is not None:
            # "I need the exact phrasing for the officers: is it 'more than' or 'about'?": "it" is the officers
            clauses[-1] = Clause(clauses[-1].text, False)
            piece = f"{piece[: it.start(1)]}the {topic.group(1)}{piece[it.end(1) :]}"
            norm = normalize(piece)
        if (
            pointed is not None
            and not _JOINED_ON.match(piece)  # "total entities checked, and how many of those …": two asked
            and 0 < len(label_text.split()) <= 8
            and not re.search(r"[,:;?!]", label_text)
            and not _PREDICATE.intersection(normalize(label_text).split())  # "checked entities": no clause
            and not _SOMEONE_SAYS.intersection(normalize(label_text).split())  # not "my aunt reckons they …"
            and not starts_asking(normalize(label_text))
        ):  # "checked entities, how many of them were not people?", "the 300 kilos, was it only cannabis?":
            clauses.pop()  # the pronoun is the label before it
            label = re.sub(
                r"^(?:(?:and|so|ok|but|also)\s+)*(?:the|these|those)?\s*", "", label_text, flags=re.I
            )
            if pointed.re is _OF_THEM:
                piece = f"{piece[: pointed.start()]}of the {label}{piece[pointed.end() :]}"
            else:
                named = re.sub(
                    r"^(?:(?:and|so|ok|but|also)\s+)+", "", label_text, flags=re.I
                )  # "Skopje, is it …"
                piece = f"{piece[: pointed.start(1)]}{named}{piece[pointed.end(1) :]}"
            norm = normalize(piece)
        if (
            after_colon
            and clauses
            and not questioned
            and _CHECK_LABEL.fullmatch(normalize(label_text))
            and _has_verb(piece)  # not "Verify: number of EU countries (claim: 17) and …": figures asked
            and not _REPORTED.match(piece)  # "check: a draft says …": what it says is read as a claim
        ):
            clauses.pop()
            clauses.append(Clause(f"{piece.rstrip(' .!')}?", True))
            continue
        if (
            after_colon
            and clauses
            and HOW_TO_ANSWER.fullmatch(normalize(label_text))
            and "percent" not in label_text.lower()  # "Percentage: people out of all checks?" asks one
        ):
            clauses.pop()  # "Back-of-envelope: how many rounds per weapon?": how to answer, no topic
        elif after_colon and clauses and label_text[:1] in _OPENING_QUOTES and len(label_text.split()) <= 2:
            clauses.pop()  # "'Europol: over 22,400 officers took part.'": who is quoted, not what
            piece, norm = f"{label_text[:1]}{piece}", normalize(piece)
        elif (
            after_colon
            and (
                _LABEL.fullmatch(label_text)
                # "Illegal entries vs forged documents: how many more entries?": the two compared, the label
                or (
                    _COMPARED_LABEL.search(label_text)
                    and len(label_text.split()) <= 8
                    and _HOW_FAR_APART.match(norm) is not None
                )
            )
            and not _FRAMING.search(normalize(label_text))
            and _ANNOUNCING.sub("", normalize(label_text)).strip()  # "Sidebar numbers please:" names no topic
            and not _LEAD_IN.search(normalize(label_text))  # "graphic desk wants: …": who asks, not a topic
        ):
            label = clauses.pop()  # "darkweb: how many targets", "fake docs: passports or ids?"
            joint = ", " if _COMPARED_LABEL.search(label.text) else " "  # "X vs Y, how many more?"
            piece, norm = f"{label.text}{joint}{piece}", normalize(f"{label.text}{joint}{piece}")
        elif (
            after_colon
            and clauses
            and len(label_text.split()) <= 8
            and (
                not _ANNOUNCING.sub("", _FRAMING.sub("", normalize(label_text))).strip()
                # "Quote check: how exactly did Europol describe …?": the question says what is quoted
                or (
                    _QUOTE_LABEL.fullmatch(_FRAMING.sub("", normalize(label_text)).strip())
                    and starts_asking(norm)
                )
            )
        ):
            clauses.pop()  # "two things: 1) …", "quick question: …": announces, asks nothing
        tag = _TAG_TAIL.sub(
            "", norm
        )  # "Is that right, and if not, what's the real number?": a tag all the same
        okayed = (
            questioned
            and tag in ("ok", "okay")
            and clauses
            and not starts_asking(normalize(clauses[-1].text))
        )
        # not "…took part. So, how many officers were involved?": that "so" leads the next question
        leads = comma and tag == "so" and index + 1 < len(pieces) and len(pieces[index + 1][0].split()) >= 4
        if (_TAG_ONLY.match(tag) or okayed) and clauses and not leads:
            # "A post says 410 weapons were seized. True?", "… among the non-EU countries. OK?"
            last = clauses.pop()
            if _STANCE.match(normalize(last.text)) and clauses and not clauses[-1].asks:
                last = clauses.pop()  # "… insists Switzerland took part. I say no. Was it?": the claim before
            clauses.append(Clause(f"{_claimed(last.text)}, is that true?", True))
            continue
        reacting = comma and all(w in _FILLERS or w in _REACTIONS for w in norm.split())
        if (reacting or all(w in _FILLERS for w in norm.split())) and len(pieces) > 1:
            continue  # "ok, then how many people were checked?": "ok" asks nothing
        if _SURPRISED.match(norm) and any(normalize(later[0]) for later in pieces[index + 1 :]):
            continue  # "thats it?? lol ok n the messaging app ones": surprise, then the question
        if ATTRIBUTED.fullmatch(norm) and comma and starts_asking(following):
            continue  # "according to statement of Europol, how many …": whose figure, said first
        if (ATTRIBUTED.fullmatch(norm) or HOW_TO_ANSWER.fullmatch(norm)) and clauses:
            # "…for cannabis, as Europol put them, please", "only this number please", "one decimal is
            # fine": how to answer the question before, not a question
            continue
        if _CONCESSIVE.match(norm):
            clauses.append(Clause(piece, False))  # "Although the UK left the EU, did it take part?"
            continue
        piece, norm = _without_concession(piece, norm)
        piece = _paired(piece)
        norm = normalize(piece)
        story = _story(norm)
        # "my professor says 'be precise about what was counted'" quotes no question; a quiz question does
        unquoted = normalize(_QUOTED.sub(lambda m: m[0] if starts_asking(normalize(m[1])) else " ", piece))
        asks = (
            questioned or starts_asking(norm) or not story or _asks(unquoted) or bool(_CORRECTING.match(norm))
        )
        if after_colon and not asks and not _STORY.search(norm):
            asks = True  # "Graphics desk needs this: vehicles as a percentage of all checks, one decimal"
        if after_colon and asks and clauses and _LEAD_IN.search(normalize(clauses[-1].text)):
            clauses[-1] = Clause(clauses[-1].text, False)  # the lead-in before the colon only announces it
        elif (
            after_colon
            and asks
            and clauses
            and len(norm.split()) >= 8
            and starts_asking(norm)
            and not _asks(normalize(clauses[-1].text))
            and not clauses[-1].text.rstrip().endswith("?")
        ):  # "but seriously, the less obvious places: how many targets were on …?": the whole question follows
            clauses[-1] = Clause(clauses[-1].text, False)
        # "The article says 'entities' were checked, which is a strange word.": the story goes on
        told = comma_before and bool(clauses) and not clauses[-1].asks
        # (a message's first clause goes on from nothing: "who said it, and are those accounts?" asks)
        relative = bool(clauses) and (_relative(norm) or (told and bool(_RELATIVE.match(norm))))
        clause = Clause(piece, asks and not (relative and not questioned))
        if (
            asks
            and not (questioned or after_colon or comma or _asks(norm) or _has_verb(piece))
            and len(norm.split()) <= 4
            and clauses
            and not clauses[-1].asks
        ):
            fragments[id(clause)] = clause  # "I was a postman. Parcels, parcels, parcels.": the story's echo
        clauses.append(clause)
    if lead:
        clauses.append(Clause(lead.rstrip(", "), _asks(normalize(lead))))
    if any(c.asks for c in clauses if fragments.get(id(c)) is not c):
        clauses = [Clause(c.text, False) if fragments.get(id(c)) is c else c for c in clauses]
    if any(c.asks and c.text.rstrip().endswith("?") for c in clauses):
        # "My uncle always told how many cars he waved through, 500 or more. … how many persons were
        # checked?": what someone in the story told is the story, the question is the one asked
        clauses = [
            Clause(c.text, False)
            if c.asks
            and not c.text.rstrip().endswith("?")
            and (
                _OPINION.match(normalize(c.text))  # "Europol is just propaganda. Did they even seize …?"
                or _CONCEDED.search(c.text)  # "Per-country numbers are missing, fine. So the total …?"
                or _TOLD_HOW.search(
                    normalize(c.text)
                )  # "… always told, how many cars …": the telling before it
                or (
                    i
                    and _TELLING_END.search(normalize(clauses[i - 1].text))
                    and _TOLD_HOW.search(normalize(f"{clauses[i - 1].text} {c.text}"))
                )
            )
            else c
            for i, c in enumerate(clauses)
        ]
    if clauses and not any(c.asks for c in clauses) and not _only_a_story(clauses):
        clauses = [Clause(c.text, True) for c in clauses]
    thanks = [c for c in clauses[1:] if _signs_off(c.text)]
    # "vehicles and premises checked. on deadline, thx": the thanks asks nothing of what came before (but
    # "figures. thanks" is a reaction, not a question with a thanks after it)
    if thanks and any(len(c.text.split()) > 1 for c in clauses if c not in thanks):
        clauses = [c for c in clauses if c not in thanks]
    for i in range(1, len(clauses)):  # "how many vehicles they checked … and also how many people"
        before, this = clauses[i - 1], clauses[i]
        if before.asks and this.asks:
            clauses[i] = Clause(_leading_predicate([before.text, this.text], noun_first=True)[1], True)
    for i in range(len(clauses) - 2, -1, -1):  # "how many ppl + how many cars checked??": the verb after both
        this, after = clauses[i], clauses[i + 1]
        if this.asks and after.asks and _BARE_COUNT.match(this.text):
            borrowed = _leading_predicate([after.text, this.text], noun_first=True)[1]
            # a passive verb only: "how many officers, and how many entities did *they* check?" has its subject
            if not _SUBJECT.search(borrowed[len(this.text.rstrip("?")) :]):
                clauses[i] = Clause(borrowed, True)
    return Message(text, tuple(clauses))


# "even though it left the EU", "despite the war": what the asker grants, not what they ask
_CONCEDING = r"(?:even though|even if|although|despite|in spite of|regardless of)"
_CONCESSIVE = re.compile(
    rf"^(?:{_CONCEDING}|though)\b"
)  # a trailing "though" is a filler, a leading one concedes
_CONCESSION = re.compile(
    rf"\s*,?\s+\b{_CONCEDING}\b.*$"
    # "was the UK part of it, cause I heard it was only EU countries": why they ask, not what
    r"|\s*,?\s+\b(?:because|cause|cos|coz|cuz|bc|since)\s+(?:i|my \w+|someone|somebody|people|they|he|she|a friend)"
    r"\s+(?:heard|read|saw|was told|were told|think|thought|said|says|told me|believe|believed|asked|needs|wants|"
    r"forgot|lost|missed)\b.*$"  # "…, because my boss asked me this morning and I forgot to write it down"
    # "…, cause i didnt see any number anywhere": what the asker could not find, their reason to ask
    r"|\s*,?\s+\b(?:because|cause|cos|coz|cuz|bc)\s+(?:i|we)\s+(?:(?:just|really|still)\s+)?"
    r"(?:didnt|did not|didn't|dont|don't|do not|cant|can't|cannot|couldnt|couldn't|could not|have not|havent|haven't)"
    r"\s+(?:see|find|spot|get|understand|remember|know)\b.*$"
    # "was it in skopje or sofia i forgot": why they ask, said after it
    r"|\s*,?\s+(?:i|we)\s+(?:forgot|forget|(?:cant|can t|cannot|dont|don t|do not) remember)\W*$",
    re.I,
)


_HEDGE_END = re.compile(
    r"\s*,?\s+(?:(?:was it|is it|or|or so|was|is)\s+)?(?:i\s+(?:don['’]?t|dont|do not)\s+know|idk|dunno|not sure)\W*$",
    re.I,
)


def _without_concession(piece: str, norm: str) -> tuple[str, str]:
    """A question with a concession after it asks only what comes before ("was the UK involved even
    though it left the EU?" asks whether it took part, not whether it is in the EU)."""
    hedged = _HEDGE_END.search(piece)
    if hedged and hedged.start() > 0 and _WH & set(normalize(piece[: hedged.start()]).split()):
        # "… how many forged documents found was i don't know": a hedge after the question, not a question
        piece = piece[: hedged.start()] + ("?" if piece.rstrip().endswith("?") else "")
        norm = normalize(piece)
    if not starts_asking(norm):
        return piece, norm
    cut = _CONCESSION.sub("", piece)
    if cut == piece or len(cut.split()) < 2:
        return piece, norm
    mark = "?" if piece.rstrip().endswith("?") else ""
    return cut + mark, normalize(cut)


_QUOTE_MARK = re.compile(r"(?:(?<=^)|(?<=[\s(]))[\"“‘«'](?=\S)|(?<=\S)[\"”’»'](?=[\s.,;:!?)]|$)")


def _quote_open(text: str) -> bool:
    """Whether a quote opened in the text is still open at its end ("say 'Operation complete"): marks
    that open a word or close one, not the apostrophe inside "don't" or "Europol's"."""
    depth = 0
    for mark in _QUOTE_MARK.finditer(text):
        opening = mark.start() == 0 or text[mark.start() - 1] in " \t\n("
        depth = depth + 1 if opening else max(0, depth - 1)
    return depth > 0


_QUOTED = re.compile(r"[\"“'‘]([^\"”'’]{8,}?)[\"”'’](?=\W|$)")
# a quoted figure with nothing it counts: "'more than 22,400'", "'nearly 1,000'"
_FIGURE_ONLY = re.compile(
    r"(?:(?:more|fewer|less) than|over|under|about|around|nearly|almost|roughly|approximately|exactly|at least|some)?"
    r"\s*\d[\d.,\s]*(?:\s*(?:k|kg|thousand|million|tons?|tonnes?))?",
    re.I,
)
_SAYING_VERB = (
    r"(?:says?|said|claims?|claimed|wrote|writes|reports?|reported|told me|tells me|heard|read|posted|"
    r"tweeted|insists?|argues|thinks|suggests?|states?|saying|telling (?:me|us|everyone)|told us|swears?|swore)"
)
_REPORTED = re.compile(  # "a report says …": the noun "report" is who says it, "says" the saying
    rf"^.*?\b{_SAYING_VERB}\s+(?:{_SAYING_VERB}\s+)?(?:that\s+)?(?=(?:\S+\s+){{2,}}\S)",
    re.I,
)


def _claimed(sentence: str) -> str:
    """What a sentence before a tag claims: the words quoted ("I've got 'run from Belgrade' in my
    draft"), or what someone is reported to say ("The report also says the operation focused on ...")."""
    quoted = [q.group(1) for q in _QUOTED.finditer(sentence) if len(q.group(1).split()) >= 2]
    if quoted and not all(_FIGURE_ONLY.fullmatch(q.strip(" .,")) for q in quoted):
        # "'more than 20,000 rounds' and '626 kg of cocaine'. Both correct?" (still quoted: "the statement says
        # 'nearly a ton of drugs', is that the wording?" checks those very words)
        return " and ".join(f"“{q}”" for q in quoted)
    drafted = _IN_MY_DRAFT.match(sentence)
    if drafted is not None:  # "I have 2,229 illegal entries and 141 forged documents in my draft"
        return drafted.group("claim")
    # "put the number of officers at 'more than 22,400'": a bare figure quoted, its topic outside
    return _REPORTED.sub("", _QUOTED.sub(r"\1", sentence) if quoted else sentence, count=1)


def drafted(sentence: str) -> str:
    """ "I have 2,229 illegal entries and 141 forged documents in my draft": the figures the asker wrote,
    put to the bot to check, or "" for any other sentence."""
    found = _IN_MY_DRAFT.match(sentence)
    return found.group("claim") if found is not None else ""


_IN_MY_DRAFT = re.compile(
    r"^\s*(?:(?:i|we)\s+(?:have|ve got|'ve got|’ve got|got|wrote|put|listed|typed|used)\s+)?(?P<claim>.*?\d.*?)\s+"
    r"(?:in|on)\s+(?:my|our)\s+(?:draft|notes|article|copy|piece|story|script|report|slides?|text|post|thread)\W*$",
    re.I,
)


_BARE_REQUEST = re.compile(
    r"(?:(?:please|pls|plz|kindly|can you|could you|would you|and|so|ok) )*(?:give|tell|show|send|list|name)"
    r"(?: (?:me|us))?(?: (?:please|pls|plz|kindly))?"
)
_SURPRISED = re.compile(
    r"^(?:(?:so|oh|wow|lol|ok|okay|wait|hmm|haha|omg) )*(?:thats it|that s it|is that it|is that all|thats all|only that|that few|"
    r"thats so few|seriously|no way|really|so many|that many|thats a lot|so much|fine|fair enough|got it|i see"
    # "sounds big. how many countries?": a reaction to the last answer, then the question
    r"|(?:(?:that|it|this|which) )?(?:sounds|seems|looks|is|was) (?:so |really |pretty |very |quite )?"
    r"(?:big|huge|massive|large|impressive|serious|crazy|insane|wild|intense|interesting|like a lot))$"
)
# "Without per-country numbers, can you at least tell me …": what the asker knows is missing, told
# first ("without the UK, how many …" is an exclusion: only kinds of information are conceded)
_CONCEDED_FIRST = re.compile(
    r"^\W*(?:even )?without ((?:the |any |a |exact |precise |separate |\S+ )*"
    r"(?:numbers|figures|data|breakdown|split|details|dates|names|stats|statistics)),\s+(?=\w)",
    re.I,
)
_BACK_TO_IT = re.compile(
    r"^\W*(?:(?:k|ok|okay|anyway|so|right)\W+)?back to (?:it|the topic|topic|business|the point|the operation|the statement|"
    r"(?:the )?(?:europol|jad see|empact)(?: (?:thing|stuff|statement|operation|one))?)"
    r"\s*[,:]\s*(?=\w)",  # "k back to it, how many …"; not "… — those targets, how many …" (its own label)
    re.I,
)
_DISMISSED_FIRST = re.compile(
    r"^\W*(?:(?:anyway|but|so|ok|okay),? )?(?:(?:forget|never mind|nevermind|nvm|leave aside|skip)(?: the)? \w+(?: \w+){0,4}"
    # "Before you tell me the football scores - which agencies …?": the other thing put off, not asked
    r"|before (?:you|u) (?:tell|give|show|send) (?:me|us) (?:\w+ ){0,5}\w+)"
    r"\s+[-–—:]\s+(?=\S)",
    re.I,
)
_OPENING_QUOTES = "'\"“‘«„"
_DISMISSED = re.compile(
    r"^(?:anyway |but |so |ok |okay )?(?:forget|never mind|nevermind|nvm|leave aside|skip)(?: \w+){1,3}$"
    r"|^(?:\w+ ){1,3}aside$"
)
_STORY = re.compile(
    r"\b(?:i|im|ive|id|me|my|mine|we|our|us|ours|myself)\b|\b(?:said|says|wrote|writes|reported|reports|claims?|"
    r"claimed|told|tells|heard|read|saw|seen|posted|tweeted|insists?|argued|thinks?|thought|believes?|bet|joked|"
    r"suggested|suggests|recommended|recommends|advised|advises)\b"  # "Friends suggested Albania."
    r"|^(?:anyway |but |so |ok )?(?:forget|never mind|nevermind|leave aside|not my concern|i dont care)\b"
    # "they came with proper papers and waited ages at every border": someone's past, told
    r"|^(?:and |but |so )?(?:they|he|she)\s+(?:\w+ed|came|went|got|had|took|found|left|kept|spent|stood)\b"
    r"|^(?:and |but |so )?(?:they|he|she)\s+(?:were|was|had been|have been|kept)\s+\w+ing\b"  # "they were stopping trucks"
    # "She's Albanian and it felt like …": someone the asker knows, described
    r"|^(?:and |but |so )?(?:he|she)\b"
)


def _story(norm: str) -> bool:
    """A sentence that tells rather than asks: first person, reported speech, or long. A short
    fragment ("cocaine", "Moldova - yes or no") belongs to the question next to it."""
    return bool(_STORY.search(norm)) or (len(norm.split()) >= 12 and not _NAMES_A_FIGURE.match(norm))


# "Total number of entities checked across the whole op, please, exact figure": asked, however long
_NAMES_A_FIGURE = re.compile(
    r"^(?:the )?(?:total |overall |exact )?(?:number|count|figure|amount|tally) (?:of|for)\b"
)


def _only_a_story(clauses: list[Clause]) -> bool:
    """ "Sorry, I've had the longest day, the car broke down … I just wanted to say hi": sentences that
    only tell the asker's own day, none of them asking, requesting or quoting anything: nothing is asked."""
    return len(clauses) >= 2 and all(
        only_telling(c.text) and not _REQUESTING.search(normalize(c.text)) for c in clauses
    )


_REQUESTING = re.compile(  # "I'd like a quick summary", "I want to say parcels", "I ask premises"
    r"\b(?:please|pls|plz|ask|asked|asking|wonder|wondering|curious|tell|give|show|"
    r"number|figure|figures|total|totals|count|summary|stats|how|what|which|can|could|would)\b"
    r"|\bi (?:just |really |only )?(?:want|wanted|need|needed|d like)\b(?! to say (?:hi|hello|thanks))"
)


def only_telling(part: str) -> bool:
    """ "ok so um i was reading about this thing in the balkans" (before "and how many …"): the asker's
    own story, with no figure or report in it to check."""
    norm = normalize(part)
    words = _APOLOGY.sub("", norm).split()  # "sorry for rambling, i just wanted to say hi"
    first = next((w for w in words if w not in _FILLERS and w not in _REACTIONS), "")
    return (
        first in _FIRST_PERSON
        and not _WH & set(_SOMEONE_WHO.sub(" ", norm).split())  # not "to someone who won't complain"
        and "if" not in words
        and not _asks(norm)
        and not _REPORTING.search(norm)
        and not _CORRECTING.match(norm)
        and not re.search(r"\d", norm)
    )


_APOLOGY = re.compile(r"^(?:(?:anyway|so|ok|okay|but)\s+)*sorry (?:for|about) (?:the )?\w+\s*")
_FIRST_PERSON = frozenset(
    {"i", "im", "ive", "id", "we", "my", "our"}
)  # the asker's own story, as its subject
_SOMEONE_WHO = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|people|person|friends?|everyone) (?:who|that)\b"
)
_REPORTING = re.compile(
    r"\b(?:said|says|wrote|writes|reported|reports|claims?|claimed|told|tells|heard|read|saw|seen|posted|tweeted|"
    r"insists?|argued|thinks?|thought|believes?|bet|mean|meant|guess|suppose|think)\b"
)


def _relative(norm: str) -> bool:
    """ ", which made me wonder ...": a story going on, not a question."""
    return bool(_RELATIVE.match(norm)) and bool(_STORY.search(norm))


_RELATIVE = re.compile(r"^(?:which|who|that|where|when)\s+(?!\w+\s+(?:did|were|was|is|are|do|does)\b)")


# "No, not vehicles, I mean persons.": a correction asks again, whatever its punctuation
_CORRECTING = re.compile(
    r"^(?:(?:no|nope|sorry|oops|wait|ah|oh|ok|okay|um|uh|hmm|actually|not(?: the)? [\w-]+)\s+)*(?:i|we)\s+(?:mean|meant)\b"
)
HOW_TO_ANSWER = re.compile(
    r"(?:(?:^|\s)(?:(?:only|just)(?: (?:this|that|the|a|one))? (?:number|figure|count|total|digits?|percentage|answer)s?"
    r"|(?:a |the )?(?:number|figure|percentage|digits?)s? only|(?:a |in )?(?:percentage|percent|digits|numbers)"
    r"|(?:one|two|1|2|a) decimals?(?: places?| points?)? (?:is|are|would be|will do) (?:fine|ok|okay|enough)"
    r"|(?:rounded |rounded off |round it |round |round off )?(?:with|to) (?:one|a|two|1|2) decimals?(?: places?| points?)?"
    r"|(?:one|two|1|2) decimals?(?: places?| points?)?"  # "Give me a percentage, one decimal."
    r"|(?:rounded|roughly) is fine"
    r"|keep it (?:short|brief)|short answer please|no (?:need for )?(?:details|explanation)"
    r"|(?:a )?back of (?:the |an )?envelope(?: (?:figure|maths?|math|calculation|estimate))?|(?:a )?ballpark(?: figure)?"
    r"|roughly|approximately|(?:a )?rough (?:figure|estimate|number)"
    r"|no (?:chit ?chat|small ?talk|disclaimers?|filters?|fluff|waffle|preamble|lecture)|be (?:brief|concise)"
    r"|(?:the |an? )?(?:exact|precise) (?:figure|number|wording|count|total|phrasing)s?"
    r"|(?:just )?(?:answer )?(?:yes or no|yes no|y or n)(?: only| answer| is fine)?"  # "…? Yes or no."
    r"|(?:both|all|the|each|two) (?:numbers|figures|counts)(?: separately| individually)?|separately|individually"
    r"|count(?:ing)? (?:each|every) (?:\w+ )?once|(?:each|every) (?:country|one|name) (?:counted )?once|no duplicates"
    r"|[a-z]+ (?:counts?|counted|only counts?) (?:only )?(?:once|one time|a single time)"
    r"|(?:if (?:we|you|i) )?(?:counting|count) (?:the )?[a-z]+ (?:only )?(?:once|one time|a single time)"
    # "(spain twice doesnt count lol)": the duplicate left out
    r"|[a-z]+ (?:twice|double|two times) (?:doesnt|does not|dont|do not|shouldnt|should not|wont|will not) count"
    r"|(?:dont|do not|without|not) (?:double )?count(?:ing)? [a-z]+ twice|lol|lmao|haha"
    r"|please|pls|thanks|thank you|is fine|will do|(?:give|tell|show|send) (?:me|us)|(?:give|tell|show|send) (?:it|that|them) to (?:me|us)"  # "…, please give me the exact number"
    r"|enumerate(?: them| all| all of them)?|list (?:them|them all|all of them|each|each one)|name them(?: all)?"  # "…? Please enumerate."
    r"|(?:write|give|show|send|make)(?: me| us)? (?:the |a |full |the full )?list(?: of them)?"
    # "… I need the unit as well, kilos or tonnes": the unit of the figure asked
    r"|i need|i d like|(?:the |a )?units?|as well|too|(?:in )?(?:kilos?|kg|kilograms?) or (?:in )?(?:tons?|tonnes?)"
    r"|(?:in )?(?:tons?|tonnes?) or (?:in )?(?:kilos?|kg|kilograms?)))+"
)
ATTRIBUTED = re.compile(
    r"(?:^|\s)(?:(?:give|tell|show|send|write|put|say) (?:it|that|them|this)(?: to (?:me|us))? )?"
    r"(?:as|like|how|the way|in the way|the same way) (?:europol|the statement|the release|they|it) (?:puts?|says?|said|gives?|gave|states?|stated|"
    r"reports?|reported|writes?|wrote|phrases?|phrased|has|had|lists?|listed|names?|named|words?|worded)(?: it| them| this| that)?(?: please| thanks| thank you)?$"
    r"|(?:^|\s)(?:as per|per|according to|going by) (?:the )?(?:europol|europols)?(?: ?(?:statement|release|press release|"
    r"report|figures|numbers))?(?: (?:of|from|by) (?:the )?europol)?$"  # "…, per the Europol release", "… statement of Europol"
)


def starts_asking(norm: str) -> bool:
    """Whether a normalised clause opens as a question ("what's 2+2", "how many …"), fillers aside."""
    words = norm.split()
    return next((w for w in words if w not in _FILLERS), "") in _ASKING_START


def _asks(norm: str) -> bool:
    words = norm.split()
    first = next((w for w in words if w not in _FILLERS), "")
    if first not in _ASKING_START and _MUSING.search(norm):
        return False  # "… and I always wonder how much work the officers really do": a habit told, not asked
    return first in _ASKING_START or bool(_EMBEDDED.search(norm))


_MUSING = re.compile(
    r"\b(?:i|we) (?:always|often|sometimes|usually|constantly|never|often used to|used to) "
    r"(?:wonder|wondered|ask myself|asked myself|think|thought)\b"
)


_JOINTLY = re.compile(
    r"\b(?:work|works|worked|working|team|teamed|teaming|cooperat\w*|collaborat\w*) (?:together|up)\b"
)


def _paired(piece: str) -> str:
    """ "Was it Europol and the CIA working together?" asks whether one worked with the other: one
    claim about the pair, read as "Europol with the CIA", not two questions split at the "and"."""
    jointly = _JOINTLY.search(piece.lower())
    if jointly is None:
        return piece
    head, tail = piece[: jointly.start()], piece[jointly.start() :]
    pair = list(re.finditer(r"\band\b", head, re.I))
    if pair and re.match(
        r"\s*(?:which|what|who|how|where|when|did|do|does|was|were|is|are)\b", head[pair[-1].end() :], re.I
    ):
        return piece  # "where was it coordinated from and which agencies worked together …": two questions
    return f"{head[: pair[-1].start()]}with{head[pair[-1].end() :]}{tail}" if pair else piece


def _after_reactions(norm: str) -> str:
    """The words after the reactions a sentence starts with ("fine — apart from …"); not after "one"
    or "and" ("one of my drivers …" is no leading "of …")."""
    words = norm.split()
    start = next((i for i, w in enumerate(words) if w not in _REACTIONS), len(words))
    return " ".join(words[start:])


_SAID_OF_IT = re.compile(
    r"\s*(?:listed|counted|named|included|considered|classed|classified|part of|in the|inside the|outside the|among|"
    r"an? (?:eu|non|member)|one of)\b",
    re.I,
)


_PLEASE_END = re.compile(r"\s+(?:please|pls|plz|thanks|thx|thank you)\W*$", re.I)


# "how much drugs in kilograms together, the cocaine and the other ones?": one sum, its parts after it
_SUM_THEN_PARTS = re.compile(
    r"^(\W*(?:(?:so|and|ok|okay)\s+)*how (?:many|much))\b[^?,]*\b(together|combined|altogether|in total|added up)\s*,"
    r"(?:\s*(?:i mean|so|that is|like)\b)?\s*"
    # not "…, in and outside the EU?", not "…, passengers and everyone": each part a thing counted
    r"(?=\S)(?!(?:in|on|at|from|inside|outside|within|for|of|by|to|with)\b)(?![^?,]*\b(?:everyone|everybody|everything|all|etc|stuff)\b)"
    r"((?:the |both )?[^?,]+?\s(?:and|plus|\+)\s[^?,]+?)(\W*)$",
    re.I,
)
SHARE_OF_UNION = re.compile(
    r"\b(?:share|percent|percentage|proportion|fraction)\b[^?,]*,(?!\s*and\b)[^?,]*\band\b[^?,]*"
    r"\b(?:together|combined|altogether|in total|between them)\b",
    re.I,
)


def split_and(segment: str) -> list[str]:
    """Split a clause at "and" (and at commas in "how many X, Y and Z"); a reading keeps the split
    only if the parts ask different things."""
    words = segment.split()
    if not words or SHARE_OF_UNION.search(segment):
        # nothing to split: "" (a correction's fragment with no words of its own); "what share were
        # vehicles, parcels and premises together?": one share of the three added up
        return [segment]
    pieces = segment.split(",")
    listing = (
        len(pieces) > 1
        and (
            # "cannabis, weapons, ammo?", "drugs, weapons and ammo totals please"
            all(len(_PLEASE_END.sub("", p).split()) <= 4 for p in pieces)
            or (  # "94 on the app, 5 on the dark web, is that true?"
                all(re.match(r"\s*(?:and\s+)?\d", p) for p in pieces[:-1])
                and (
                    re.match(r"\s*(?:and\s+)?\d", pieces[-1]) is not None
                    or re.search(r"\b(?:right|correct|true|accurate)\b", pieces[-1]) is not None
                )
            )
        )
    )
    if (
        len(pieces) > 1 and not listing
    ):  # "officers involved, entities checked and weapons seized?": things and verbs
        items = [p.split() for p in pieces[:-1] + re.split(r"\s(?:and|&)\s", pieces[-1])]
        listing = (
            all(
                1 < len(p) <= 4 and (i == 0 or p[0].lower() not in _ASKING_START) for i, p in enumerate(items)
            )
            or (  # "I want the drug numbers, the cocaine and the weed and the guns": what is wanted, then each
                len(pieces) == 2
                and len(items) >= 4
                and all(1 < len(p) <= 3 and p[0].lower() in ("the", "their", "its", "all") for p in items[1:])
            )
        )
    if listing and len(pieces) == 2 and _SAID_OF_IT.match(pieces[1]):
        listing = (
            False  # "Ukraine, listed as EU?", "Greece, an EU country?": one thing and what is asked of it
        )
    lead = 0
    while lead < len(words) - 2 and words[lead].lower().strip(",") in (
        "and",
        "so",
        "but",
        "ok",
        "okay",
        "also",
        "then",
        "now",
    ):
        lead += 1  # "and how many drugs and weapons…" counts like "how many drugs and weapons…"
    # "Okay, in THIS operation, how many people …", a gloss's "mission how many people …": the count after it
    heading = _HEADING.match(" ".join(words[lead:]))
    if heading is not None:
        lead += len(heading.group(0).split())
    counted = next(  # "how many X, Y and Z", also after "list"/"tell me"/"give me"
        (
            i
            for i in range(lead, lead + 3)
            if " ".join(words[i : i + 2]).lower() in ("how many", "how much", "number of")
            and all(w.lower() in _ASKING_FIRST for w in words[lead:i])
        ),
        None,
    )
    counting = listing or counted is not None
    parts: list[list[str]] = [[]]
    for i, word in enumerate(words):
        if (
            word.lower() in ("and", "&", "n")
            and words[i + 1 : i + 2]
            and words[i + 1].lower().strip(",?!.") in _VAGUE_TAIL
        ):
            continue  # "guns n stuff": not a second thing asked
        if word.lower().strip(",?!.") in _VAGUE_TAIL and i and words[i - 1].lower() in ("and", "&", "n"):
            continue
        if (
            word.lower() in ("and", "&", "n")
            and 0 < i < len(words) - 1
            and words[i - 1].lower().strip(",") in _PAIRED_VERBS
            and words[i + 1].lower().strip(",?!.") in _PAIRED_VERBS
        ):  # "how many vehicles did they stop and check": one action told with two verbs
            parts[-1].append(word)
            continue
        lowered = [w.lower().strip(",") for w in parts[-1]]
        if word.lower() in ("and", "&") and _LINK_BETWEEN.search(" ".join(lowered[-7:])):
            parts[-1].append(word)  # "a link between the targets and the seizures": the two sides of one link
            continue
        if word.lower() == "and" and "both" in [w.lower() for w in parts[-1][-3:]]:
            parts[-1].append(word)  # "smuggling both drugs and weapons": one thing, the two together
            continue
        if (
            word.lower() in ("and", "&")
            and _LEFT_OUT_BEFORE.search(" ".join(lowered[-4:]))
            and words[i + 1 : i + 2]
            and not {w.lower().strip(",?!.") for w in words[i + 1 : i + 4]} & (_WH | _ASKING_START)
            and "," not in " ".join(parts[-1][-3:])
        ):
            parts[-1].append(word)  # "apart from drugs and weapons, what else …": what is left out, listed
            continue
        if (
            word.lower() in ("vs", "vs.", "versus")
            and 0 < i < len(words) - 1
            and words[i - 1][:1].isupper()
            and words[i + 1][:1].isupper()
            and not words[i + 1].isupper()
        ):
            parts[-1].append(word)  # "who scored in the last Serbia vs Albania match?": one match, two names
            continue
        if word.lower() in ("and", "&", "n", "vs", "versus") and (parts[-1] or len(parts) > 1):
            if parts[-1]:
                parts.append([])
            continue  # "how many persons, and how many vehicles": the comma already split
        if (
            counting
            and i > (lead if counted is None else counted)
            and parts[-1]
            and [w.lower() for w in words[i : i + 2]] in _COUNTING
            and (not _has_verb(" ".join(parts[-1])) or _asks_a_count(parts[-1], words[i + 2 : i + 3]))
            and not parts[-1][-1].endswith("?")
        ):
            parts.append([])  # "how many weapons how many bullets": a second count, with no "and"
        parts[-1].append(word.rstrip(","))
        if counting and word.endswith(",") and parts[-1]:
            parts.append([])
    found = [" ".join(p) for p in parts if p]
    found = [p for p in found if not all(w.strip("?!.,").lower() in _POLITE for w in p.split())] or found
    if len(found) > 1:  # "the vehicles and the people both of them": "both" names no third thing
        found[-1] = _BOTH_TAIL.sub("", found[-1]) or found[-1]
    found = _aux_subjects(found)
    for i in range(len(found) - 1, 0, -1):  # "and weapons, 130, is that true?": the number is the weapons'
        if _FIGURE_ONLY.fullmatch(found[i].strip(" ?!.,")):
            found[i - 1 : i + 1] = [f"{found[i - 1]} {found[i]}"]
    return _count_noun_elided(
        _other_side(
            found,
            _shared_head(
                _leading_predicate(
                    _shared_count(_shared_predicate(found))
                    if counting
                    # "what country and city was the centre in": one predicate for both things asked
                    else _shared_predicate(found)
                    if _WH_NOUN.fullmatch(found[0].lower())
                    else _shared_place(found)
                )
            ),
        )
    )


_LEFT_OUT_BEFORE = re.compile(
    r"\b(?:apart from|aside from|besides|other than|except(?: for)?|excluding|not counting|leaving out|"
    r"leaving aside|setting aside|without)\b(?:\s+(?:the|all|any))?(?:\s+[\w-]+){1,2}$"
)
_EXACTLY_WORDS = frozenset(
    {"exactly", "exact", "precisely", "correct", "correctly", "roughly", "approximately", "about"}
)


def _asks_a_count(part: list[str], next_noun: list[str]) -> bool:
    """ "how many people checked how many vehicles checked": a whole count asked, then another of its
    own noun (not "how many people checked how many times")."""
    lowered = [w.lower() for w in part]
    return any(lowered[j : j + 2] in _COUNTING for j in range(len(lowered) - 2)) and bool(
        next_noun
        and next_noun[0].lower().strip("?,.!")
        not in _NOT_COUNTED
        | _PREDICATE
        | _PREPOSITIONS
        | _EXACTLY_WORDS
        | {"times", "of", "more", "less", "fewer", "there"}
    )  # not "how many persons … this how many was in Serbia": the same count, asked of a place


def _count_noun_elided(parts: list[str]) -> list[str]:
    """ "How many targets were on the dark web and how many in total?": a later count with no noun of
    its own counts the first one's noun."""
    first = [w.lower().strip("?,.!") for w in parts[0].split()] if len(parts) > 1 else []
    at = next((i for i in range(len(first) - 2) if first[i : i + 2] in _COUNTING), None)
    noun = first[at + 2] if at is not None else ""
    if (
        not noun.isalpha()
        or noun in _PREDICATE
        or noun in _PREPOSITIONS
        or noun in _NOT_COUNTED
        or noun in _WH
    ):
        return parts
    out = parts[:1]
    for part in parts[1:]:
        words = part.split()
        bare = [w.lower().strip("?,.!") for w in words]
        if (
            bare[:2] in _COUNTING
            and (len(bare) == 2 or bare[2] in _ELIDED_AFTER)
            and not _DETERMINERS.intersection(bare[2:])  # "and how much is the weapons number?": its own noun
        ):
            part = " ".join([*words[:2], noun, *words[2:]])
        out.append(part)
    return out


_DETERMINERS = frozenset({"the", "a", "an", "those", "these", "this", "that", "their", "its"})
# what follows "how many" when its noun is left out: "… and how many in total?", "and how many were seized?"
_ELIDED_AFTER = frozenset(
    {"in", "on", "at", "from", "overall", "altogether", "total", "together", "all", "were", "was", "are", "is",
     "did", "there", "combined", "across", "during"}
)  # fmt: skip


_BOTH_TAIL = re.compile(
    r"\s+(?:both(?: of them| of those)?|the two of them|the pair of them)\s*[?.!]*$", re.I
)
_PAIRED_VERBS = frozenset(
    {"stop", "stopped", "check", "checked", "search", "searched", "inspect", "inspected", "control", "controlled",
     "screen", "screened", "examine", "examined", "pull", "pulled", "go", "went", "come", "came"}
)  # fmt: skip  # "how many people did they go and check": one action


def _other_side(found: list[str], parts: list[str]) -> list[str]:
    """ "How many countries were inside the EU and how many outside?": the second count is the first
    with the other side of the border, not the first's predicate copied after "outside"."""
    if len(found) != 2:
        return parts
    side = _SIDE_ONLY.match(found[1].strip())
    first = _SIDE.search(found[0])
    if side is None or first is None:
        return parts
    return [found[0], f"{found[0][: first.start(1)]}{side.group(1)}{found[0][first.end(1) :]}"]


def _shared_head(parts: list[str]) -> list[str]:
    """ "What was the total number of officers, and of countries?": a part that is only a preposition
    and its noun takes the first part's words before that preposition."""
    out = parts[:1]
    for part in parts[1:]:
        words = part.split()
        first = parts[0].lower().split()
        preposition = words[0].lower() if words else ""
        if (
            preposition in ("of", "for")
            and len(words) <= 4
            and not _has_verb(part)
            and preposition in first[1:]
        ):
            at = len(first) - 1 - first[::-1].index(preposition)
            out.append(" ".join([*parts[0].split()[:at], *words]))
        elif _BARE_NUMBER.fullmatch(part.lower()) and re.search(r"\bthe \d", parts[0].lower()):
            # "what was the 114 figure, and the 999?": the question before, of that number
            at = next(i for i in range(len(first) - 1) if first[i] == "the" and first[i + 1][:1].isdigit())
            out.append(" ".join([*parts[0].split()[:at], *words]))
        else:
            out.append(part)
    return out


_BARE_NUMBER = re.compile(r"the \d[\d,.]*(?: figure| number| one)?\W*")


def _has_verb(part: str) -> bool:
    """ "how many targets identified cyber patrol" (a gloss drops the "did") has its own verb."""
    words = {w.lower().strip("?,.!") for w in part.split()}
    # ("how many officers made this?": an irregular past is a verb of its own too)
    return bool(_VERBS & words) or any(len(w) > 4 and w.endswith("ed") for w in words)


# "how many countries took part, and in which city …": a past tense that "-ed" does not mark
_PAST_IRREGULAR = frozenset(
    {
        "took",
        "came",
        "sent",
        "found",
        "made",
        "ran",
        "led",
        "gave",
        "went",
        "sold",
        "held",
        "hid",
        "brought",
        "caught",
    }
)


def _leading_predicate(parts: list[str], noun_first: bool = False) -> list[str]:
    """ "How many vehicles did they check and how many people?": a bare count after the first part
    asks with its verb (people checked, not people taking part). `noun_first`: only a verb after the
    counted noun ("how many were caught crossing, and how many fake documents?" shares none)."""
    if len(parts) < 2:
        return parts
    head = parts[0].split()
    lowered = [w.lower().rstrip("?!.") for w in head]
    start = lowered.index("how") if "how" in lowered else None
    at = next(
        (
            i
            for i, w in enumerate(lowered)
            if start is not None and i > start + 1 + noun_first and w in _PREDICATE
        ),
        None,
    )
    if at is None and start is not None and noun_first:  # "how many vehicles they checked": the participle
        at = next(
            (
                i
                for i, w in enumerate(lowered)
                if i > start + 2
                and len(w) > 4
                and w.endswith("ed")
                and (i + 1 == len(lowered) or lowered[i + 1] in _PREPOSITIONS)  # not "forged documents"
            ),
            None,
        )
    if at is None:
        return parts
    verb = head[at:]
    counted = lowered[start + 2 : at] if start is not None else []
    if (
        len(verb) > 1
        and start is not None
        and lowered[start + 1 : start + 2] in (["many"], ["much"])
        and (
            not counted or counted[0] == "of"
        )  # "how many (of them) were premises", not "how many officers were there"
        and verb[0].lower() in ("were", "was", "are", "is")
        and verb[1].lower().rstrip("?!.,")
        not in (*_PREPOSITIONS, "there", "here", "all", "also", "actually", "really")
        and not re.search(r"(?:ed|en|wn|ght|und|nt)$", verb[1].lower().rstrip("?!.,"))
    ):
        # "how many of them were premises, and how many parcels": what is counted, no verb to share; the
        # bare count asks the same of its noun ("how many were parcels")
        copula = verb[0]
        out = parts[:1]
        for part in parts[1:]:
            words = [w for w in part.lower().rstrip("?").split() if w not in _FILLERS]
            bare = words[:2] in (["how", "many"], ["how", "much"]) and not _has_verb(part) and len(words) <= 5
            out.append(
                re.sub(r"\b(how (?:many|much))\b", rf"\1 {copula}", part, count=1, flags=re.I)
                if bare
                else part
            )
        return out
    end = next((i for i, w in enumerate(verb) if w.lower() in _PREPOSITIONS), len(verb))
    tail = " ".join(verb[:end]).rstrip("?")  # the verb, not what it was done in: "did they check"
    out = parts[:1]
    for part in parts[1:]:
        words = [w for w in part.lower().rstrip("?").split() if w not in _FILLERS]
        bare = words[:2] in (["how", "many"], ["how", "much"]) and not _has_verb(part) and len(words) <= 5
        out.append(f"{part.rstrip('?')} {tail}" if bare else part)
    return out


# a clause that sets the scene for the question after it, not a "when" question of its own
_WHEN_TOLD = re.compile(
    r"(?:when|whenever|while|since|because) (?:they|you|we|i|he|she|it|people|the|europol|police|my|our|his|her|their)\b"
)
_LINK_BETWEEN = re.compile(
    r"\b(?:link|links|connection|connections|relation|relationship|tie|ties|rate|rates|distance|border|borders|"
    r"flights?|trade|war|match|game|gap|gaps|difference|differences|diff|ratio|ratios|sum|total|comparison) between\b(?!.*\band\b)"
    # "the exchange rate between the euro and …", "the gap between illegal entries and forged documents"
)
_TOGETHER = re.compile(r"\b(?:same|together|both|combined|one figure|one number|jointly)\b", re.I)
_AUX_SUBJECT = re.compile(
    r"(?P<lead>(?:(?:and|so|but|ok|okay) )*(?:did|do|does|were|was|are|is)) (?P<subject>[\w-]+)",
    re.I,
)


def _aux_subjects(parts: list[str]) -> list[str]:
    """ "Did Europol and Eurojust coordinate it from Zagreb?": two subjects of one question, each
    asked with the whole predicate ("Did Europol coordinate it from Zagreb", "Did Eurojust …"),
    not "Did Europol" alone."""
    lead = _AUX_SUBJECT.fullmatch(parts[-2]) if len(parts) >= 2 else None
    words = parts[-1].split()
    if (
        lead is None
        or len(words) < 2
        or lead.group("subject").lower() in ("it", "they", "there", "that", "this")
        or _TOGETHER.search(parts[-1])  # "were heroin and marijuana plants in the same figure?": together
    ):
        return parts
    rest = " ".join(words[1:])
    return [*parts[:-2], f"{lead.group(0)} {rest}", f"{lead.group('lead')} {words[0]} {rest}"]


_WH_NOUN = re.compile(r"(?:(?:and|so|ok|okay|but) )*(?:what|which) [a-z]+")
_COUNT_ONLY = re.compile(r"how (?:many|much) \w+", re.I)
_HEADING = re.compile(r"^(?:(?:operation|mission|in (?:this|the) operation)\W+)+", re.I)
_PREDICATE = frozenset({"were", "was", "got", "get", "are", "is", "have", "has", "had", "did", "do", "does"})
_VERBS = _PREDICATE | _PAST_IRREGULAR  # a verb of its own, regular or not


def _shared_predicate(parts: list[str]) -> list[str]:
    """ "How many persons and how many vehicles were controlled?": the verb at the end belongs to
    every part, so the first asks for persons controlled, not persons taking part."""
    last = parts[-1].split() if len(parts) > 1 else []
    first = _HEADING.sub("", parts[0]).split()[:1]  # (after "mission": "in the operation" as a gloss has it)
    lead = next((w.lower() for w in last if w.lower() not in _FILLERS), "")  # "… and like was the uk in it"
    if lead in _ASKING_START and [lead] != [w.lower() for w in first]:
        return parts  # "how many entries and where were the migrants from": a question of its own
    if len(last) > 1 and last[0].lower() in _PREPOSITIONS and last[1].lower() in _ASKING_START:
        return parts  # "how many countries …, and in which city was the centre?": a question of its own
    if last and last[0].lower() in ("if", "whether"):
        return parts  # "… how much cocaine and if Interpol was in it": a yes/no question of its own
    if [w.lower() for w in last[2:4]] in (["of", "them"], ["of", "those"], ["of", "these"]):
        return parts  # "how many targets in total and how many of them were on the app": a count of its own
    bare_count = [w.lower().strip("?,.!") for w in last[:3]]
    if len(bare_count) == 3 and bare_count[:2] in _COUNTING and bare_count[2] in _PREDICATE:
        return (
            parts  # "the total of targets and how many were on the app": the count's own verb, no shared one
        )
    at = next((i for i, w in enumerate(last) if i and w.lower() in _PREDICATE), None)
    if at is None and len(parts) == 2 and _COUNT_ONLY.fullmatch(_HEADING.sub("", parts[0].strip(" ?!.,"))):
        # "how many ppl + how many cars checked??": the participle at the end is the bare count's too
        at = next(
            (i for i, w in enumerate(last) if i > 2 and re.fullmatch(r"[a-z]{3,}ed\W*", w.lower())), None
        )
    if at is None:
        return parts
    tail = " ".join(last[at:])
    # "how many countries took part, and …": a past tense "-ed" does not mark is a verb of its own too
    bare = [p for p in parts[:-1] if not _has_verb(p)]
    return [f"{p.rstrip('?')} {tail}" if p in bare else p for p in parts[:-1]] + parts[-1:]


_NO_PLACE = frozenset(
    {"", "this", "that", "it", "them", "total", "all", "there", "here", "general", "particular",
     "detail", "kg", "kilos", "percent", "numbers", "figures", "short", "brief", "words", "one", "each"}
)  # fmt: skip


def _shared_place(parts: list[str]) -> list[str]:
    """ "illegal entries and people in Hungary": the place at the end is each bare part's too."""
    last = parts[-1].split() if len(parts) > 1 else []
    at = next((i for i, w in enumerate(last) if i and w.lower() in ("in", "from")), None)
    named = last[at + 1].lower().strip("?,.!") if at is not None and at + 1 < len(last) else ""
    if (
        at is None
        or named in _NO_PLACE  # "who's Eurojust and why is it mentioned in this?"
        or len(last)
        > 6  # "ok and totally different whats a good pizza place in skopje": a question of its own
        or any(
            len(p.split()) > 3
            or _has_verb(p)
            or " in " in f" {p} "
            or all(w.lower().strip(",?!.") in _FILLERS for w in p.split())  # "ok", "so": nothing asked
            for p in parts[:-1]
        )
    ):
        return parts
    tail = " ".join(last[at:])
    return [f"{p.rstrip('?')} {tail}" for p in parts[:-1]] + parts[-1:]


def _shared_count(parts: list[str]) -> list[str]:
    """ "How many people, vehicles and parcels were checked?": every noun in the list is counted, so
    "vehicles were checked?" is "how many vehicles were checked?", not a yes/no of its own."""
    words = parts[0].split() if len(parts) > 1 else []
    at = next((i for i in range(len(words) - 1) if [w.lower() for w in words[i : i + 2]] in _COUNTING), None)
    if at is None:
        return parts
    after = [w.lower().strip("?,") for w in words[at + 2 :]]
    verb = next((i for i, w in enumerate(after) if w in _PREDICATE), len(after))
    if verb != 1:
        return parts  # "how many officers of police, customs and border control": the list is of the services
    head = " ".join(words[at : at + 2])
    out = parts[:1]
    for part in parts[1:]:
        words = [w.lower().strip(",?!.") for w in part.split()]
        bare = (
            _PREDICATE.intersection(words)  # "vehicles were checked?" would read as a yes/no of its own
            and words[0] not in _NOT_COUNTED
            and words[0] not in _ASKING_START  # "how many guns n was interpol there?"
            and words[0] not in _FILLERS
            and words[0] not in _PREPOSITIONS
            and not _WH.intersection(words)  # "…, and in which countries?"
            and not re.search(r"\d", part)
        )
        out.append(f"{head} {part}" if bare else part)
    return out


_SIDE = re.compile(r"\b(inside|within|in|outside|out of|not in)\s+(?:the\s+)?(?:eu|european union)\b", re.I)
_SIDE_ONLY = re.compile(
    r"^(?:and\s+)?how\s+many\s+(outside|inside|within|not in|in)(?:\s+(?:it|of it))?\s*[?.!]*$", re.I
)


# what a counted noun does not start with: "…, just for context?", "…, not EU together", "…, including Europol"
_NOT_COUNTED = frozenset(
    {
        "not",
        "including",
        "excluding",
        "like",
        "all",
        "both",
        "each",
        "every",
        "no",
        "only",
        "even",
        "exactly",
        "if",
        "whether",
    }
)


_COUNTING = (["how", "many"], ["how", "much"])
_WH = frozenset({"what", "whats", "which", "how", "who", "whom", "whose", "where", "when", "why"})
_ASKING_FIRST = frozenset({"list", "tell", "give", "show", "me", "us", "please", "pls", "name"})
_POLITE = frozenset({"please", "pls", "plz", "thanks", "thank", "you", "thx", "ty", "cheers"})
_THANKING = frozenset({"thanks", "thank", "thx", "ty", "cheers"})


def _signs_off(text: str) -> bool:
    """ "thx", "on deadline, thanks": a short closing that thanks and asks nothing."""
    words = normalize(text).split()
    return (
        bool(_THANKING & set(words))
        and len(words) <= 5
        and "?" not in text
        and not ({"and", "n", "also"} | _WH) & set(words)
        and not _asks(normalize(text))
    )


_PREPOSITIONS = frozenset({"in", "on", "at", "from", "during", "of", "for", "with", "by", "across", "over"})
_VAGUE_TAIL = frozenset({"stuff", "things", "so", "co", "everything", "all", "etc", "more"})
_ASIDE = re.compile(r"\s*(?::|(?<!\d),|,(?!\d))\s*|\s+[-–—]\s+|\s+(?:i mean|you know|like i said)\s+", re.I)


def asides(clause: str) -> list[str]:
    """A clause cut at commas and dashes too ("my editor asks, how many cars were checked"), tried
    when the clause as a whole reads as nothing."""
    pieces = [p for p in _ASIDE.split(clause) if p.strip()]
    # "forget drugs - did it say anything about hooligans?": what is set aside is no topic to answer
    kept = [p for p in pieces if not _DISMISSED.match(normalize(p))]
    return kept if kept else pieces

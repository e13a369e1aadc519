"""Limits of the corpus stage: what a file may be before it is skipped with a warning."""

# Far beyond any news article (the longest seed is 5 KB); protects memory and time.
MAX_FILE_BYTES = 10 * 1024 * 1024

# Headings: a line without sentence-final punctuation and at most this many words is a headline or
# subhead (the longest seed headline has 14 words; unchanged from the first version).
HEADING_MAX_WORDS = 16
# ... and at most this many characters: 16 long words, with room to spare (a limit, not tuned).
HEADING_MAX_CHARS = 250
# A headline longer than a heading is read only from the evidence a headline has (``pagelines.is_long_headline``):
# the file's first line, no sentence's end, a blank line under it. Daily Mail and NY Post write headlines of 20 to
# 40 words ("Jury shown horrific moment innocent mother is shot dead shielding her child when ..."); AllSides'
# longest title has 34 words, PolNeAR's train titles 24 but one. Limits, not tuned: past them a line is a paragraph.
LONG_HEADLINE_MAX_WORDS = 45
LONG_HEADLINE_MAX_CHARS = 350
# Scripts written without spaces count words from characters. Not tuned on data: typical word
# lengths (Chinese words average under two characters, Japanese mixed kana and kanji about two,
# Thai about five code points with its vowel and tone marks), so a 16-word headline is about 32
# Han/kana or 80 Thai characters, and a body paragraph is longer.
CHARS_PER_WORD_HAN_KANA = 2.0
CHARS_PER_WORD_THAI_LIKE = 5.0

# Punkt (optional splitter) learns from at most this much of the corpus (about 200 news articles): a time
# budget, not a tuned value. Training is pure Python, about 10 s per million characters on this machine
# (bench/bench_punkt.py prints the training time of each run).
PUNKT_TRAINING_CHARS = 1_000_000
# The longest a sentence may be, in characters; a longer one is cut at a space. A limit, not a
# tuned value: the longest sentence of the seeds has 354 characters and of the 3,947 sentences of
# the AllSides stories 390. A 500 KB line of "Mr. Mr. ..." once reached sentiment scoring as one
# sentence, which took minutes (VADER's per-word work grows with the sentence).
MAX_SENTENCE_CHARS = 2_000

# Lines a web page adds around an article, read by ``furniture`` (whole lines only, case ignored). From a QA
# pass pasting CNN, Fox News, NYT, Guardian and WordPress pages, and checked on PolNeAR train+dev and the
# AllSides stories (bench/count_set_aside.py): lists of what sites print, not tuned values.
# The header that opens reader comments, alone or with its count ("Comments (3)", "3 comments").
# A thread sorted for the reader is headed by its order ("Top Comments", "Most Recent Comments"); NYT prints
# "Readers' comments"; Yahoo's thread (OpenWeb) is headed "Conversation" alone (QA pass, qa9b).
COMMENT_HEADERS = ("comments", "comment", "reader comments", "show comments", "view comments", "see comments",
                   "read comments", "join the conversation", "join the discussion", "leave a comment",
                   "post a comment", "add a comment", "comments are closed", "top comments", "most recent comments",
                   "recent comments", "newest comments", "latest comments", "oldest comments", "best comments",
                   "most popular comments", "popular comments", "readers' comments", "readers’ comments",
                   "reader's comments", "reader’s comments", "conversation")
# ... and these only with a count ("Discussion (12)"): alone they can be a section heading.
COMMENT_HEADERS_COUNTED = ("discussion", "responses", "replies")
# The controls of a comment thread ("Reply · 12 likes", "Load more comments"): parts joined by · | •.
COMMENT_CONTROLS = ("reply", "replies", "share", "report", "like", "likes", "dislike", "dislikes", "upvote",
                    "upvotes", "downvote", "downvotes", "points", "point", "recommend", "recommends",
                    "flag", "edit", "delete", "hide replies", "load more comments", "show more comments",
                    "view more comments", "see more comments", "load more", "show more", "view replies",
                    "show replies", "view more replies", "newest", "oldest", "best", "top", "sort by",
                    "log in to comment", "sign in to comment", "log in to reply", "sign in to reply")
# The orders a thread's "Sort by" control offers ("Sort by: Newest", "Sorted by Most popular"): Disqus, OpenWeb,
# Viafoura, Coral and WordPress's; a "Sort by" of anything else (a price) is no thread's.
COMMENT_ORDERS = ("newest", "oldest", "best", "top", "latest", "most recent", "recent", "most popular", "popular",
                  "most liked", "most replied", "most reacted", "top comments", "newest comments", "oldest comments")
# A comment's author is a name or a handle of at most this many words ("bob_1962", "Mary K. Smith").
COMMENT_AUTHOR_MAX_WORDS = 4
# Labels written like a one-line comment's author ("Update: ..."): after a thread they open no comment.
NOT_COMMENT_AUTHORS = frozenset(("update", "updated", "correction", "clarification", "note", "editor's note",
                                 "editor’s note", "editors' note", "related", "read more", "source", "sources",
                                 "photo", "video", "watch", "listen", "advertisement", "share", "tags", "topics"))
# The legal names some outlets print as their copyright's holder, and the names they go by (``outlets``): from
# their sites' footers. A parent company that runs several outlets ("NBCUniversal Media" prints for NBC News, MSNBC
# and Today) names none of them and is left as printed.
COPYRIGHT_HOLDERS = {"fox news network": "Fox News", "cable news network": "CNN",
                     "the new york times company": "The New York Times",
                     "new york times company": "The New York Times", "guardian news & media": "The Guardian",
                     "wp company": "The Washington Post", "the washington post company": "The Washington Post"}
# Archive exports (``exports``): the labels that head a stored article's parts, alone on a line: ProQuest's and the
# NYT archive's "ABSTRACT." and "FULL TEXT." (all 104 NYT articles of PolNeAR train and dev), ProQuest's "Abstract:",
# "Full text:", LexisNexis's "BODY:". The archive's names for its parts, not tuned values.
EXPORT_LABELS = frozenset(("abstract", "full text", "body"))
# ... and the fields LexisNexis prints in capitals around the article ("LENGTH: 812 words", "SECTION: A; Pg. 1"):
# hyphenated or no one's name, so no transcript's speaker ("WALLACE: Let's start ...").
EXPORT_FIELDS = frozenset(("LENGTH", "LOAD-DATE", "LANGUAGE", "PUBLICATION-TYPE", "DOCUMENT-TYPE", "JOURNAL-CODE",
                           "ACC-NO", "GRAPHIC", "SECTION", "DATELINE"))
# ProQuest's record fields ("Publication title: New York Times", "ProQuest document ID: 1817489383"): labels no
# prose opens a line with. A file holding at least RECORD_MIN_FIELDS of them is a record, whose fields with labels
# prose may use ("Subject:", "Author:") and whose parts' labels opening their text ("Full text: MIDWAY ATOLL - ...")
# are the archive's too. From ProQuest's plain-text export; not tuned.
RECORD_FIELDS = frozenset(("publication info", "publication title", "publication year", "publication date",
                           "place of publication", "country of publication", "publication subject",
                           "language of publication", "source type", "document type", "proquest document id",
                           "document url", "last updated", "database", "identifier / keyword",
                           "company / organization", "issn", "author affiliation", "document feature"))
RECORD_FIELDS_IN_A_RECORD = frozenset(("author", "authors", "subject", "location", "people", "section", "pages",
                                       "publisher", "copyright", "links", "edition", "dateline", "title", "volume",
                                       "issue", "credit", "illustration", "caption"))
RECORD_MIN_FIELDS = 2
# Page furniture: a whole line that is one of these, or several joined by | · •, is not article text.
FURNITURE_LINES = (
    "advertisement", "advertisements", "ad", "sponsored", "sponsored content", "paid content", "paid post",
    "story continues below advertisement", "story continues below", "article continues below",
    "article continues below advertisement", "continue reading the main story", "continue reading",
    "continue reading below", "scroll to continue", "scroll to continue with content", "read more",
    "read more below", "read full article", "read the full story", "show more", "see more",
    "skip to content", "skip to main content", "skip to navigation", "skip to search", "back to top",
    "share this article", "share this story", "share this", "share", "copy link", "link copied",
    "share on facebook", "share on twitter", "share on x", "share via email", "save", "save article",
    "gift this article", "print", "email", "subscribe", "subscribe now", "sign up", "sign in", "log in",
    "order reprints", "reprints", "today's paper", "today’s paper", "close", "video", "image", "photo",
    "photos", "gallery", "play", "play video", "watch", "watch video", "listen", "listen to this article",
    "leer en español", "read in english", "en español", "most read", "most popular", "trending",
    "recommended", "recommended for you", "related", "related articles", "related stories", "related content",
    "more from this author", "accept", "accept cookies", "accept all cookies", "manage cookies",
    "cookie settings", "manage preferences", "hide caption", "toggle caption", "enlarge this image",
    "leave a reply", "cancel reply", "leave a reply cancel reply", "more on this story", "more on this topic",
    "further reading", "see also", "also read", "you may also like", "more coverage", "more stories",
    "recommended stories", "related links",
    # the site's navigation, pasted above the headline
    "menu", "open menu", "close menu", "main menu", "navigation", "toggle navigation", "search", "home",
    "my account", "account", "sign out", "log out", "open side navigation menu", "open navigation menu",
)
# A lead-in with nothing after it that heads links to other stories, set aside with the headlines under it
# (``pagelines.link_lines``; compared without the colon): what CNN, Fox News, the Guardian, the BBC, USA Today and
# WordPress print over such links.
LINK_LEAD_INS = frozenset(("read more", "related", "related stories", "related articles", "related coverage",
                           "related content", "related links", "more on this story", "more on this topic",
                           "more on this", "see also", "also read", "further reading", "you may also like",
                           "more coverage", "more stories", "recommended", "recommended stories"))
# The networks a row of share buttons names ("Facebook Twitter Email"): a line of only these words.
SHARE_BUTTONS = frozenset("facebook twitter x email e-mail mail linkedin whatsapp reddit pinterest print copy "
                          "link flipboard telegram messenger sms tumblr threads bluesky share comment".split())
# A line that opens so is a link or a call to action (at most FURNITURE_PREFIX_MAX_WORDS words).
FURNITURE_PREFIXES = (
    "read more:", "read more »", "read more >", "related:", "related coverage:", "related article:",
    "related story:", "see also:", "more:", "also read:", "also see:", "don't miss:", "must read:", "watch:",
    "watch video:", "listen:", "trending:", "recommended:", "click here to", "click here for", "tap here to",
    "a version of this article appears in print", "this article appeared in print", "follow us on",
    "we use cookies", "this site uses cookies", "this website uses cookies", "our website uses cookies",
    "by continuing to use this", "by using this site", "by using our site", "our standards:",
    # republication notes: where the text was first published, not what it says
    "this article was originally published", "this article originally appeared", "this article first appeared",
    "this story was originally published", "this story originally appeared", "this story first appeared",
    # affiliate and fundraising notices, tip lines
    "we may earn a commission", "we may receive a commission", "we earn a commission", "we may earn an affiliate",
    "this article contains affiliate links", "this post contains affiliate links", "this post may contain affiliate",
    "our journalism needs your support", "support our journalism", "support independent journalism",
    "get the latest news delivered", "have a news tip", "got a news tip", "do you have a news tip",
    # a row of share buttons under its label ("Share this article: Facebook Twitter Email")
    "share this article:", "share this story:", "share this:",
    # a comment form's notice (WordPress: "Your email address will not be published. Required fields are marked *")
    "your email address will not be published", "required fields are marked",
)
# "A version of this article appears in print on Oct. 1, 2021, Section A, Page 1 ... Order Reprints" runs to
# 40 words; a longer line is a paragraph, whatever its first words.
FURNITURE_PREFIX_MAX_WORDS = 60
# "Sign up for The Morning newsletter": a sign-up line names what is sent.
SIGN_UP_MAX_WORDS = 20  # "Sign up to get an email from reporter Ryan Grim when he publishes a new story." (16)
# "Get the day's top stories in your inbox every weekday morning.": a sign-up names the reader's inbox too.
SIGN_UP_WORDS = frozenset("newsletter newsletters alerts alert emails email updates briefing digest inbox".split())
# Photo agencies and outlets that end a photo credit ("Chip Somodevilla/Getty Images", "via Getty Images",
# "(AP Photo/Evan Vucci)"), compared case-sensitively; Reuters writes its name in capitals there ("REUTERS/Kevin
# Lamarque", "Jane Doe/REUTERS").
PHOTO_AGENCIES = (
    "Getty Images", "Getty", "AFP", "AP", "AP Photo", "AP Images", "Associated Press", "Reuters", "REUTERS", "EPA",
    "EPA-EFE", "EFE", "Bloomberg", "Shutterstock", "REX", "Rex Features", "Alamy", "Sipa", "Sipa USA",
    "ZUMA", "ZUMA Press", "ZUMA Wire", "NurPhoto", "Anadolu", "Anadolu Agency", "Xinhua", "Kyodo", "Yonhap",
    "Pool", "Imagn", "USA TODAY", "USA TODAY Sports", "USA TODAY Network", "Polaris", "Redux", "Corbis",
    "iStock", "iStockphoto", "PA", "PA Images", "PA Wire", "SOPA Images", "LightRocket", "Abaca", "TNS",
    "Tribune News Service", "MediaNews Group", "The New York Times", "The Washington Post", "CNN", "NBC News",
    "Fox News", "Handout", "Courtesy",
)
# A caption directly above a line that is only a photo credit ("Protesters gather in Lima on Tuesday." over
# "Photo: AP") is set aside with it when it has a caption's shape (``furniture.has_caption_shape``): AP asks for
# one or two sentences (what the photo shows, then background); a long CNN caption ("Federal Reserve Chair Jerome
# Powell speaks during a news conference following a meeting of the Federal Open Market Committee at the William
# McChesney Martin Jr. Federal Reserve Board Building on June 12, 2024 in Washington, DC.") has 35 words. The one
# body paragraph of PolNeAR train+dev standing in its own block right above a credit has three sentences and 54
# words. Limits a style guide states, not tuned.
CAPTION_MAX_WORDS = 40
CAPTION_MAX_SENTENCES = 2
# A labelled credit names a photographer and an agency: "Photo: Jane Doe for The New York Times" has 8 words.
CREDIT_MAX_WORDS = 10
# A byline names at most this many words ("By Jane Doe and John Roe, Associated Press" has 8).
BYLINE_MAX_WORDS = 16
# Datelines (``datelines``): a dateline's place has at most this many words ("SALT LAKE CITY", "RIO DE JANEIRO",
# "PALM BEACH GARDENS"); a run-in heading in capitals before a dash is longer ("HE'S BEEN CALLED OUT BY FELLOW
# DOCTORS — ", Politico in PolNeAR train). A style's limit, not tuned.
DATELINE_PLACE_MAX_WORDS = 4
# The last word of a place's name that no family name is: a first name and one of these in capitals before a dash
# ("JACKSON HOLE — ", "JOHNSON CITY — ", "JACKSON HEIGHTS — ") is a place even when the town tables lack it (a
# valley, a neighbourhood, a town under 5,000 people). "Hill", "Park", "Lake", "Bay", "Beach", "Ford", "Field"
# and "Wood" are left out: they are surnames too ("ANITA HILL", "SYLVIA BEACH"). A geographer's list of US
# place-name generics read against surnames, not tuned.
DATELINE_PLACE_GENERICS = frozenset(("city", "springs", "falls", "heights", "hole", "valley", "canyon", "junction",
                                     "creek", "township", "county", "village", "island", "islands"))
# Labels a page prints in capitals before a dash, where a dateline's place stands ("BREAKING NEWS — ").
DATELINE_LABELS = ("BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION",
                   "EDITORIAL", "COMMENTARY", "COMMENT", "REVIEW", "WATCH", "LIVE", "VIDEO", "PHOTOS", "CORRECTION",
                   "CLARIFICATION", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "FIRST ON CNN", "DEVELOPING",
                   "JUST IN", "URGENT", "FLASH", "ALERT", "FACT CHECK", "Q&A")
# What parentheses opening a story may name that is no outlet: the medium or the kind of item ("(Photo) — ",
# "(VIDEO) — ", "(Sponsored) — "), besides the labels above.
DATELINE_MEDIA_WORDS = ("PHOTO", "PHOTOS", "FILE", "FILE PHOTO", "AUDIO", "PODCAST", "LISTEN", "SPONSORED",
                        "SPONSORED CONTENT", "PAID CONTENT", "PAID POST", "ADVERTISEMENT", "AD", "PROMOTED", "VIDEOS",
                        "GALLERY", "SLIDESHOW", "GRAPHIC", "MAP", "INFOGRAPHIC", "INTERACTIVE", "AUDIO STORY")
# At most this many labels are read off before a dateline ("BREAKING — UPDATE — WASHINGTON (AP) — "); more is
# a line of furniture repeated, kept as text (a style's limit, not tuned).
DATELINE_MAX_LABELS = 3
# Bylines (``bylines``): lists of what bylines print, from the AP, Reuters, CNN, Fox News, NYT and Guardian
# styles the furniture lists come from; not tuned values.
# News agencies: after a comma or a bar in a byline ("By Jane Doe, Reuters") they are the wire that sent the
# story, not an author (compared case-blind, "The" dropped).
NEWS_AGENCIES = (
    "Associated Press", "AP", "Reuters", "Thomson Reuters", "AFP", "Agence France-Presse", "Agence France Presse",
    "Bloomberg", "Bloomberg News", "EFE", "dpa", "ANSA", "Xinhua", "Kyodo", "Kyodo News", "Yonhap", "PA",
    "PA Media", "Press Association", "UPI", "United Press International", "TASS", "Anadolu Agency", "AAP",
    "Australian Associated Press", "Canadian Press", "CP", "Tribune News Service", "States Newsroom",
)
# A person's role in a byline ("Staff Writer", "Chief Political Correspondent"): such a word is no name.
BYLINE_ROLE_WORDS = frozenset(
    "staff writer writers reporter reporters correspondent correspondents editor editors contributor contributors "
    "columnist producer analyst photographer journalist anchor critic intern senior chief bureau contributing "
    "special associate deputy managing executive political national foreign business sports science health "
    "technology investigative opinion digital breaking desk team newsroom".split())
# A word of an outlet's name ("The Washington Post", "CNN Business", "Fox News Digital"): no name either.
BYLINE_ORGANISATION_WORDS = frozenset(
    "news times post press journal herald tribune media network daily magazine gazette telegraph guardian "
    "chronicle examiner radio tv television channel online wire service services agency group inc llc "
    "insider today weekly review report".split())

# What follows a name after a comma in an authors field (dots dropped, lower case): a degree or a title of a
# profession is left out ("Jane Doe, Ph.D."), a generation's suffix belongs to the name ("John Roe, Jr.").
NAME_CREDENTIALS = frozenset("phd md dds dvm do jd llm esq rn np mba mph msc ma ms bsc ba cpa frcp".split())
NAME_GENERATIONS = frozenset("jr sr ii iii iv".split())

# Lines (``lines``): rules a copy editor states, with limits chosen on the QA pass's wrapped files and checked on
# PolNeAR train+dev, the AllSides stories and ECB+ dev topics (bench/count_set_aside.py): none is a tuned value.
# Hard-wrapped text (e-mail is wrapped at 72 or 76 characters, wire copy at 64 to 80, PDF columns at 60 to 100)
# has no line longer than this; a file with a longer line puts one paragraph on a line.
WRAP_MAX_WIDTH = 120
# A line "runs to the width" when it and the next word fill this share of it: a proportional PDF font makes
# lines of one column differ by up to a fifth in characters (QA's emulation: widths of 62 to 80).
WRAP_FIT = 0.75
# ... and a wrapped file has at least this many such lines that stop mid-sentence (and half of those lines),
WRAP_MIN_FULL_LINES = 3
# ... and this share of the lines after them open in lower case (English prose: most words are lower case;
# BBC's summary points, which stop without a full stop, open each in capitals: AllSides s0276).
WRAP_LOWER_SHARE = 1 / 3
# A line in sentence case, without blank lines around it, heads the text below only as a phrase of at most this
# many words ("The version from Mexico"); a longer one is a sentence that lost its full stop.
SUBHEAD_PHRASE_MAX_WORDS = 5
# A line in sentence case of this many words or more with a finite verb is a sentence that lost its full stop, not
# a subhead (``pagelines.is_unstopped_sentence``): BBC's key points atop a live page (AllSides s0276: 14 to 17
# words) are body text. A subhead in sentence case is a phrase ("The version from Mexico", 4 words); a rule of
# thumb, not tuned: count_set_aside lists what it moved (bench/README.md).
SENTENCE_LINE_MIN_WORDS = 8
# A file's name tells its first line is the headline when it opens with that line's words, of at least this many
# characters ("growing-up-american-only-to-lear", PolNeAR's 32): a date or a number alone is no slug. Not tuned.
SLUG_MIN_CHARS = 12
# A headline's deck (archive style "Headline;" over the deck) runs to at most this many words: PolNeAR's
# NYT and USA Today decks (147, train and dev) run to 15 words.
DECK_MAX_WORDS = 30
# A page's summary points between its headline and its date line (Daily Mail prints 2 to 4 under a headline); more
# unpunctuated lines above a date line are the story's text. A limit, not tuned (count_set_aside lists what moved).
STANDFIRST_MAX_BULLETS = 4
# A file warns when at least this many of its lines, and this share of them, are set aside as subheads. On the
# 2,676 articles above it warns once (an AllSides snippet of BBC summary points, 5 of 6 lines); before lines
# were joined, the QA pass's hard-wrapped files lost 12 of 14 and 8 of 18 lines so, silently.
SUBHEADS_WARNING_MIN = 3
SUBHEADS_WARNING_SHARE = 1 / 3

# Notes about the article (``notes``): corrections, editor's notes, contributors' credits, contact lines and the
# author's bio, from the AP, Reuters, NYT, Washington Post, WSJ and Guardian styles; a longer line is a paragraph.
NOTE_MAX_WORDS = 60
# ... and characters (60 words of 10 letters): a bound on the searches, not a tuned value.
NOTE_MAX_CHARS = 600
# A lone "CORRECTION:" label heads the lines after it to the story's end only when they are a note's length: NYT's
# archive (PolNeAR train) appends the label, "As published in ...", the correction (58-149 words) and a date line,
# 3 lines and at most 165 words, one paragraph among them (a line of over 12 words; the edition note has 8, the date
# 4); a longer rest, or two paragraphs, is the story, under a section headed "Corrections" (a budget's prisons) or
# the next of several pasted articles (a QA file lost 114,075 of 132,947 words so).
CORRECTION_MAX_LINES = 5
CORRECTION_MAX_WORDS = 250
CORRECTION_PARAGRAPH_WORDS = 12
# The roles an author's bio at a story's end names ("Jane Doe is a reporter ...", "... a senior fellow at ...").
AUTHOR_ROLE_NOUNS = frozenset(
    "reporter reporters writer correspondent columnist editor contributor journalist producer fellow professor "
    "author freelancer freelance researcher lecturer".split())

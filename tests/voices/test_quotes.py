"""Quote extraction and matching: inline articles and the seed cases."""

from __future__ import annotations

import pytest

from mediadiff.models import Article, Sentence
from mediadiff.voices.quotes import Quote, compare_quotes, extract_quotes, match_quotes


def article(id_: str, *paragraphs: str) -> Article:
    sents, raw, pos = [], "", 0
    for p, text in enumerate(paragraphs):
        sents.append(Sentence(p, text, pos, pos + len(text), paragraph=p))
        raw += text + "\n"
        pos = len(raw)
    return Article(id=id_, path=f"{id_}.txt", raw=raw, sentences=tuple(sents))


def test_curly_and_straight_quotes_with_offsets():
    art = article("q", "Sheinbaum said her government achieved “very strong results” in the fight.",
                  '"There needs to be a shared responsibility," she added.')
    quotes = extract_quotes(art)
    assert [q.text for q in quotes] == ["very strong results", "There needs to be a shared responsibility,"]
    for q in quotes:
        assert art.raw[q.start:q.end] == q.text
    assert [(q.speaker, q.verb) for q in quotes] == [("Sheinbaum", "said"), ("Sheinbaum", "added")]


def test_apostrophes_are_not_quotes():
    art = article("a", "Mexico's president said she doesn't believe the cartels' claims about the border.",
                  "The minister called it 'unacceptable,' Rubio stressed.")
    quotes = extract_quotes(art)
    assert [q.text for q in quotes] == ["unacceptable,"]
    assert quotes[0].verb == "stressed"


def test_single_curly_quote_with_apostrophe_inside():
    art = article("s", "The statement said ‘Mexico’s violent networks must be dismantled’ before talks.")
    (quote,) = extract_quotes(art)
    assert quote.text == "Mexico’s violent networks must be dismantled"
    assert quote.speaker == "The statement" and quote.verb == "said"


def test_institution_speaker_after_quote():
    art = article("i", "“Progress is unacceptable,” the State Department’s Bureau of Western Hemisphere Affairs said.")
    (quote,) = extract_quotes(art)
    assert quote.speaker == "State Department’s Bureau of Western Hemisphere Affairs"


def test_match_reports_trim_and_speaker_change():
    a = extract_quotes(article("a", "“We need tangible results against the cartels now,” Rubio said."))
    b = extract_quotes(article("b", "The White House stressed the need for “tangible results against the cartels”."))
    (match,) = match_quotes(a, b)
    assert match.status == "trimmed"
    assert any(d.startswith("speaker:") for d in match.differences)
    assert "verb: said -> stressed" in match.differences


def test_different_quotes_do_not_match():
    a = extract_quotes(article("a", "“The talks were productive,” Rubio said."))
    b = extract_quotes(article("b", "“Cartels are running Mexico,” Trump said."))
    assert match_quotes(a, b) == ()


def test_seed_tangible_results_in_three_outlets(seeds):
    for ref in ("000", "001", "004"):
        assert any(q.text.strip(" ,.") == "tangible results" for q in extract_quotes(seeds[ref]))
    matches = match_quotes(extract_quotes(seeds["000"]), extract_quotes(seeds["001"]))
    assert any(m.status == "same" and m.a.text == "tangible results" for m in matches)


def test_seed_shared_responsibility_of_two_sources_is_not_one_quotation(seeds):
    q000 = [q for q in extract_quotes(seeds["000"]) if "shared responsibility" in q.text]
    q002 = [q for q in extract_quotes(seeds["002"]) if "shared responsibility" in q.text]
    assert q000[0].speaker == "Claudia Sheinbaum"
    assert "State Department" in (q002[0].speaker or "")
    # Two sources, and beside "shared responsibility" the words differ ("There needs to be a ..." / "there are
    # many results, but there must be mutual respect and ..."): not one quotation re-attributed.
    assert match_quotes(q000, q002) == ()


def attributions(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.verb) for q in extract_quotes(article("t", *paragraphs))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Earlier in the week, on January 11, Secretary Rubio and Foreign Minister de la Fuente also discussed "
     "the need for 'stronger cooperation against the cartels.'",
     ("Secretary Rubio and Foreign Minister de la Fuente", "discussed")),
    ("The demand was underscored in a post on X by the Bureau of Western Hemisphere Affairs, which stated, "
     "'Upcoming engagements will require concrete outcomes.'", ("Bureau of Western Hemisphere Affairs", "stated")),
    ("The talks were praised by the Mexican Foreign Ministry, which stated that “the meeting was productive”.",
     ("Mexican Foreign Ministry", "stated")),
    ("The meeting follows a call between Trump and Mexican President Claudia Sheinbaum, who at the end of the "
     "call stated that an intervention had been “ruled out”.", ("Claudia Sheinbaum", "stated")),
    ("Both governments issued a joint statement reaffirming 'the importance of the partnership.'",
     ("Both governments", "reaffirming")),
    ("President Sheinbaum defended her record, emphasizing that 'cooperation always yields results.'",
     ("Sheinbaum", "emphasizing")),
    ("Pigott said in a statement that the two agreed to “stop the trafficking of fentanyl”.", ("Pigott", "said")),
    ("As reported by the Foreign Ministry in a communiqué, “the secretaries agreed to meet”.",
     ("Foreign Ministry", "reported")),
    ("This directive, issued after the talks, calls for 'concrete, verifiable outcomes' against cartels.",
     ("This directive", "calls for")),
    ("The governments, which sent a message after the call to reaffirm “the importance of collaboration”, agreed.",
     ("The governments", "reaffirm")),
])
def test_speaker_and_verb_before_the_quote(sentence, expected):
    assert attributions(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "This group is tasked with 'delivering tangible actions to strengthen security cooperation.'",
    "The U.S. continues to seek 'tangible results' to protect American communities.",
    "The secretaries also agreed to convene a meeting in February, “on the anniversary of the new chapter”.",
])
def test_no_speech_act_no_speaker(sentence):
    assert attributions(sentence) == [(None, None)]


def test_which_after_a_person_resolves_to_the_statement_source():
    assert attributions(
        "The remark follows a statement from the U.S. State Department after a call between Rubio and his "
        "counterpart, which noted that they acknowledged that “significant challenges remain”.",
    ) == [("U.S. State Department", "acknowledged")]  # "they acknowledged": the department's words


def test_participle_after_passive_takes_the_agent():
    assert attributions(
        "The remark was quickly dismissed by Mexican counterpart Claudia Sheinbaum, recently telling Bloomberg "
        "\"I don't believe in an invasion.\"") == [("Claudia Sheinbaum", "telling")]


def test_verbs_inside_an_earlier_quote_are_not_reporting_verbs():
    assert attributions(
        "Rubio said that the statement “stressed the need for results” and “more cooperation”.",
    ) == [("Rubio", "said"), ("Rubio", "said")]


def test_second_quote_keeps_the_speaker_and_its_own_verb():
    assert attributions(
        "Both governments issued a statement reaffirming 'the partnership,' while acknowledging that "
        "'more must be done.'") == [("Both governments", "reaffirming"), ("Both governments", "acknowledging")]


def test_quote_only_sentence_continues_the_previous_speaker():
    art = article("c", "Leavitt emphasized that Mexico has been “incredibly cooperative”.",
                  "However, she added, Trump is looking at additional measures.",
                  "\"His team is discussing options all the time,\" and \"options are at his disposal.\"")
    assert [(q.speaker, q.verb) for q in extract_quotes(art)][1:] == [("Leavitt", "added"), ("Leavitt", "added")]


def test_it_resolves_to_the_institution_behind_the_communique():
    art = article("r", "These comments contrast with the communiqué released yesterday by the State Department.",
                  "It simply stated that 'there must be mutual respect and shared responsibility.'")
    assert [(q.speaker, q.verb) for q in extract_quotes(art)] == [("State Department", "stated")]


def test_trimmed_with_an_altered_word_is_trimmed():
    a = extract_quotes(article("a", "Pigott said the two would “discuss the need for stronger cooperation to "
                                    "dismantle violent narcoterrorists networks and stop the trafficking”."))
    b = extract_quotes(article("b", "They discussed 'stronger cooperation to dismantle violent narcoterrorist "
                                    "networks and stop the trafficking.'"))
    (match,) = match_quotes(a, b)
    assert match.status == "trimmed"
    assert "replace: narcoterrorists -> narcoterrorist" in match.differences
    assert not any(d.startswith("delete:") for d in match.differences)
    (reverse,) = match_quotes(b, a)
    assert reverse.status == "extended"
    assert "replace: narcoterrorist -> narcoterrorists" in reverse.differences


def _said(words: str, article_id: str = "a") -> tuple:
    return extract_quotes(article(article_id, f"The mayor spoke on Monday. “{words},” Mayor Jane Ruiz said."))


def test_a_word_left_out_inside_a_quote_alters_it():
    # A trim cuts words at the ends, or where an ellipsis says so; a negation left out inside changes the claim.
    (match,) = match_quotes(_said("I am not confident the plan will pass"), _said("I am confident the plan will pass"))
    assert match.status == "altered" and match.differences == ("delete: not -> -",)
    (match,) = match_quotes(_said("I am not confident the plan will pass"), _said("I am confident the plan will fail"))
    assert match.status == "altered" and match.differences == ("delete: not -> -", "replace: pass -> fail")
    (match,) = match_quotes(_said("I am confident the plan will pass"), _said("I am not at all confident the plan "
                                                                             "will pass"))
    assert match.status == "altered" and match.differences == ("insert: - -> not at all",)


def test_words_cut_at_an_ellipsis_are_a_trim_unless_they_change_the_claim():
    whole = _said("We will not raise taxes on families this year, and we will cut spending")
    (match,) = match_quotes(whole, _said("We will not raise taxes . . . this year"))
    assert match.status == "trimmed" and match.differences == ()
    (match,) = match_quotes(_said("We will not raise taxes on families"), _said("We will … raise taxes on families"))
    assert match.status == "trimmed" and match.differences == ("delete: not -> -",)
    (reverse,) = match_quotes(_said("We will … raise taxes on families"), _said("We will not raise taxes on families"))
    assert reverse.status == "extended" and reverse.differences == ("insert: - -> not",)


def test_words_added_in_square_brackets_are_marked_not_a_misquotation():
    (match,) = match_quotes(_said("I will be meeting with President Putin in a couple of weeks in Geneva"),
                            _said("I will be meeting with [Russian] President [Vladimir] Putin in a couple of weeks "
                                  "in Geneva"))
    assert match.status == "extended" and match.differences == ("insert: - -> Russian", "insert: - -> Vladimir")
    (match,) = match_quotes(_said("We will [not] raise taxes on families"), _said("We will raise taxes on families"))
    assert match.status == "trimmed" and match.differences == ("delete: not -> -",)


def test_a_cut_that_takes_away_a_number_or_a_name_is_named():
    (match,) = match_quotes(_said("We will hire 500 officers with Mexico and Canada"), _said("We will hire 500 officers"))
    assert match.status == "trimmed" and match.differences == ("delete: with Mexico and Canada -> -",)
    (match,) = match_quotes(_said("We will hire officers in the spring of 2026"), _said("We will hire officers"))
    assert match.status == "trimmed" and match.differences == ("delete: in the spring of 2026 -> -",)
    (match,) = match_quotes(_said("We will hire more officers this spring"), _said("We will hire more officers"))
    assert match.status == "trimmed" and match.differences == ()


def test_rewording_stays_altered():
    a = extract_quotes(article("a", "The statement notes that they “agreed that more needs to be done to address "
                                    "shared threats.”"))
    b = extract_quotes(article("b", "They added that “more must be done to confront shared threats.”"))
    (match,) = match_quotes(a, b)
    assert match.status == "altered"


SEED_SPEAKERS = [
    ("000", "significant challenges remain", "U.S. State Department", "acknowledged"),
    ("001", "additional options are at his disposal.", "Karoline Leavitt", "added"),
    ("002", "gradual", "State Department", "criticized"),
    ("003", "ruled out", "Claudia Sheinbaum", "stated"),
    ("004", "Upcoming bilateral engagements", "U.S. State Department's Bureau of Western Hemisphere Affairs",
     "stated"),
    ("004", "the importance of the U.S.–Mexico partnership,", "Both governments", "reaffirming"),
    ("004", "stronger cooperation to dismantle", "Secretary Rubio and Foreign Minister de la Fuente", "discussed"),
    ("004", "delivering tangible actions", None, None),
    ("004", "tangible results", None, None),
]


@pytest.mark.parametrize(("ref", "start", "speaker", "verb"), SEED_SPEAKERS)
def test_seed_speakers(seeds, ref, start, speaker, verb):
    (quote,) = [q for q in extract_quotes(seeds[ref]) if q.text.startswith(start)]
    assert (quote.speaker, quote.verb) == (speaker, verb)


def test_seed_trimmed_quote_with_altered_word(seeds):
    matches = match_quotes(extract_quotes(seeds["001"]), extract_quotes(seeds["004"]))
    (match,) = [m for m in matches if "stronger cooperation" in m.b.text]
    assert match.status == "trimmed"
    assert "replace: narcoterrorists -> narcoterrorist" in match.differences


def test_direct_quote_turned_into_reported_speech():
    a = extract_quotes(article("a", "“We will win the vote in November,” Jane Doe said."), reported=True)
    b = extract_quotes(article("b", "Jane Doe claimed that her party will win the vote in November."), reported=True)
    (match,) = match_quotes(a, b)
    assert match.status == "direct-to-reported"
    assert "form: direct -> reported" in match.differences and "verb: said -> claimed" in match.differences
    (reverse,) = match_quotes(b, a)
    assert reverse.status == "reported-to-direct"


def test_a_quote_retold_with_its_pronouns_and_tense_shifted_by_a_speaker_named_otherwise():
    a = extract_quotes(article("a", "Mexican President Claudia Sheinbaum spoke on Tuesday. “We will never accept "
                                    "these tariffs on our steel,” Sheinbaum said."), reported=True)
    b = extract_quotes(article("b", "The Mexican president spoke on Tuesday. The Mexican leader said her government "
                                    "would never accept the tariffs on its steel."), reported=True)
    assert [m.status for m in match_quotes(a, b)] == ["direct-to-reported"]
    # a few words of a long quote retold by someone else are its topic, not the quotation
    c = extract_quotes(article("c", "The senator said the tariffs on steel were a disgrace."), reported=True)
    assert match_quotes(a, c) == ()


def test_compare_reports_quotes_with_the_same_attribution(seeds):
    from mediadiff.align.comparison import compare

    result = compare(seeds["001"], seeds["003"])
    shared = [m for m in result.quotes if "ruled out" in m.a.text]
    assert shared and shared[0].a.speaker == shared[0].b.speaker == "Claudia Sheinbaum"
    assert not any(d.startswith("speaker:") for d in shared[0].differences)
    # Sheinbaum's reported "a 50% reduction in fentanyl seizures" is not the State Department's "a real reduction
    # in fentanyl trafficking" (two sources sharing three words)
    assert not [m for m in compare(seeds["002"], seeds["004"]).quotes if "50%" in m.a.text]


def test_another_speaker_needs_the_quotes_own_wording():
    said = "“We will cut the flow of fentanyl at the border by half this year,” Jane Doe said."
    other = "“A real cut in the flow of guns across the border is overdue,” the ministry said."
    assert match_quotes(extract_quotes(article("a", said)), extract_quotes(article("b", other))) == ()
    same_speaker = "“A real cut in the flow of fentanyl at the border is overdue,” Jane Doe said."
    (match,) = match_quotes(extract_quotes(article("a", said)), extract_quotes(article("b", same_speaker)))
    assert match.status == "altered"
    reattributed = "The ministry warned: “We will cut the flow of fentanyl at the border by half.”"
    (match,) = match_quotes(extract_quotes(article("a", said)), extract_quotes(article("b", reattributed)))
    assert match.status == "trimmed" and any(d.startswith("speaker:") for d in match.differences)
    unattributed = "The plan is to “cut the flow of fentanyl at the border by half”, officials hope."
    quotes = extract_quotes(article("b", unattributed))
    assert quotes and quotes[0].speaker is None
    (match,) = match_quotes(extract_quotes(article("a", said)), quotes)
    assert match.status == "trimmed"


def test_an_unclosed_quote_over_a_long_paragraph_is_compared_in_bounded_time():
    # One opening mark never closed made a "quote" of the whole paragraph; diffing two such
    # quotes word by word was quadratic and took minutes at a few thousand sentences.
    import random
    import time

    rng = random.Random(1)
    vocabulary = [f"word{n}" for n in range(3000)] + ["the", "minister", "said", "talks", "would", "resume"]
    sentences = [" ".join(rng.choice(vocabulary) for _ in range(12)).capitalize() + "." for _ in range(1500)]
    edited = sentences[:700] + sentences[701:]
    a = article("001", "The minister said: “" + " ".join(sentences))
    b = article("002", "The minister said: “" + " ".join(edited))
    started = time.process_time()
    matches = match_quotes(extract_quotes(a), extract_quotes(b))
    assert time.process_time() - started < 20  # minutes before the bound
    # A "quote" of thousands of words is an unclosed mark, not words anyone said: it is not matched
    # (QUOTE_MATCH_MAX_WORDS); the sentence alignment still shows what changed.
    assert matches == ()


def test_quotes_up_to_the_bound_are_still_matched():
    from mediadiff.voices.params import QUOTE_MATCH_MAX_WORDS

    words = " ".join(f"word{n}" for n in range(QUOTE_MATCH_MAX_WORDS - 50))
    a = article("001", f"The minister said: “{words} and the talks would resume.”")
    b = article("002", f"The minister said: “{words} and talks would resume.”")
    (match,) = match_quotes(extract_quotes(a), extract_quotes(b))
    assert "delete: the -> -" in match.differences  # a word left out inside, with no ellipsis: altered


def test_searches_from_the_mark_index_agree_with_the_plain_string_searches():
    import random

    from mediadiff.voices import introductions

    rng = random.Random(3)
    alphabet = ["a", "B", " ", ".", "?", "!", ";", ":", "\n", "~", "“", '"', "'", "”", "\t"]
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        marks = (". ", "? ", "! ", "; ", "\n")
        assert introductions._last_of(text, marks, start, end) == max(text.rfind(m, start, end) for m in marks)
        assert introductions._first_of(text, ":", start, end) == text.find(":", start, end)
        ends = [m.end() - 1 for m in introductions._SENTENCE_END.finditer(text[start:end])]
        assert introductions._last_sentence_start(text, start, end) == (start + ends[-1] if ends else start)


def test_differences_quote_the_words_as_written():
    # The diff runs on normalised words ("u", "s"); the note shows the article's own spelling.
    a = extract_quotes(article("a", "Rubio said “the importance of collaboration between Mexico and Canada "
                                    "is clear to Washington”."))
    b = extract_quotes(article("b", "Rubio said “the importance of the U.S.–Mexico partnership is clear to "
                                    "Washington”."))
    (match,) = match_quotes(a, b)
    assert "replace: collaboration between -> the U.S." in match.differences
    assert "replace: and Canada -> partnership" in match.differences


def test_an_accent_written_two_ways_is_no_difference():
    composed, decomposed = "José Martínez", "Jose\u0301 Marti\u0301nez"
    a = extract_quotes(article("a", f"Rubio said “the talks with {composed} went well and will go on”."))
    b = extract_quotes(article("b", f"Rubio said “the talks with {decomposed} went well and will go on”."))
    (match,) = match_quotes(a, b)
    assert match.status == "same" and not any(d.startswith("replace:") for d in match.differences)


def test_a_speaker_described_on_one_side_and_named_on_the_other_is_said_to_be_perhaps_the_same():
    said = "offensive deprivation of such an important right"
    a = Quote(said, 0, len(said), 0, speaker="A federal judge", verb="calling")
    b = Quote(said, 0, len(said), 0, speaker="Robert Pitman", verb="said")
    (note,) = [d for d in compare_quotes(a, b).differences if d.startswith("speaker:")]
    assert note == "speaker: A federal judge -> Robert Pitman (only B names the speaker; perhaps the same)"
    c = Quote(said, 0, len(said), 0, speaker="Ken Paxton", verb="said")
    (other,) = [d for d in compare_quotes(c, b).differences if d.startswith("speaker:")]
    assert other == "speaker: Ken Paxton -> Robert Pitman"  # two named speakers: a quote given to another


def test_the_same_words_given_to_another_named_speaker_are_re_attributed_not_the_same():
    said = "It spends money we don't have"
    hart = Quote(said, 0, len(said), 0, speaker="Bob Hart", verb="said")
    diaz = Quote(said, 0, len(said), 0, speaker="Carol Diaz", verb="said")
    assert compare_quotes(hart, diaz).status == "re-attributed"
    described = Quote(said, 0, len(said), 0, speaker="a Republican senator", verb="said")
    assert compare_quotes(described, diaz).status == "same"  # perhaps the same person, named by one side
    unknown = Quote(said, 0, len(said), 0)
    assert compare_quotes(unknown, diaz).status == "same"
    assert compare_quotes(Quote(said, 0, len(said), 0, speaker="Carol Diaz", verb="said"), diaz).status == "same"


def test_a_pronoun_left_unresolved_names_no_speaker_so_no_re_attribution():
    said = "I am done"
    she = Quote(said, 0, len(said), 0, speaker="she", verb="said")
    match = compare_quotes(she, Quote(said, 0, len(said), 0, speaker="she", verb="said"))
    assert match.status == "same" and not any(d.startswith("speaker:") for d in match.differences)
    assert compare_quotes(Quote(said, 0, len(said), 0, speaker="He", verb="said"),
                          Quote(said, 0, len(said), 0, speaker="Jane Roe", verb="said")).status == "same"
    assert compare_quotes(Quote(said, 0, len(said), 0, speaker="John Smith", verb="said"),
                          Quote(said, 0, len(said), 0, speaker="Jane Roe", verb="said")).status == "re-attributed"


def test_another_person_of_the_same_family_name_is_another_speaker():
    said = "We are going to win this caucus"
    hillary = Quote(said, 0, len(said), 0, speaker="Hillary Clinton", verb="said")
    bill = Quote(said, 0, len(said), 0, speaker="Bill Clinton", verb="said")
    surname = Quote(said, 0, len(said), 0, speaker="Clinton", verb="said")
    assert compare_quotes(hillary, bill).status == "re-attributed"
    assert compare_quotes(surname, bill).status == "same"  # the family name alone may be either
    assert compare_quotes(Quote(said, 0, len(said), 0, speaker="President Trump", verb="said"),
                          Quote(said, 0, len(said), 0, speaker="Donald Trump", verb="said")).status == "same"


def test_a_contraction_and_its_full_form_are_the_same_words():
    (match,) = match_quotes(_said("We will not accept these tariffs and we do not want a trade war"),
                            _said("We won’t accept these tariffs and we don't want a trade war"))
    assert match.status == "same" and match.differences == ()
    (match,) = match_quotes(_said("I cannot support a bill they'll rewrite next year"),
                            _said("I can't support a bill they will rewrite next year"))
    assert match.status == "same"
    # a negation left out is still a change, contraction or not
    (match,) = match_quotes(_said("We won't accept these tariffs on our farmers"),
                            _said("We will accept these tariffs on our farmers"))
    assert match.status == "altered" and match.differences == ("replace: won't -> will",)

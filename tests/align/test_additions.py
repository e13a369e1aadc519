"""What an article adds to shared facts: names as written, apart from content words."""

from mediadiff.align.additions import added_terms


def test_a_first_name_is_no_word_and_adds_no_one_beside_the_surname():
    names, words = added_terms(["Joe Biden sparred with reporters and makes a point."],
                               ["Biden talked with reporters about a point."])
    assert "joe" not in words and "Joe" not in names and "Joe Biden" not in names
    assert "sparred" in words


def test_names_are_listed_as_written_and_apart_from_words():
    names, words = added_terms(["Putin snapped at CNN's Kaitlan Collins in Geneva."],
                               ["Putin spoke to a reporter."])
    assert "Kaitlan Collins" in names and "Geneva" in names
    assert not {"kaitlan", "collins", "geneva"} & set(words)
    assert "snapped" in words


def test_frequent_words_that_are_not_nouns_add_nothing_but_frequent_nouns_do():
    _, words = added_terms(["Officials said the war really made the talks harder."],
                           ["The talks grew harder."])
    assert "war" in words
    assert not {"said", "really", "made"} & set(words)


def test_a_capital_that_only_opens_a_sentence_is_no_name():
    names, words = added_terms(["Snapping back, the minister left."], ["The minister left."])
    assert names == []
    assert "snapping" in words  # a gerund: the capital is the sentence's


def test_an_opening_capital_is_the_sentences_only_with_evidence():
    _, words = added_terms(["Trade fell. The trade deal died."], ["The deal died."])
    assert words[0] == "trade" and "Trade" not in words  # written in lower case elsewhere
    _, words = added_terms(["Analysts expected gains."], ["Gains came."])
    assert "Analysts" in words  # no evidence either way: as written
    _, words = added_terms(["Analysts expected gains."], ["Gains came."], written_lower={"analysts"})
    assert "analysts" in words
    _, words = added_terms(["Friday brought rain."], ["Rain came."], written_lower={"friday"})
    assert "Friday" in words  # a day is always written with its capital


def test_words_are_shown_as_written_hyphens_and_capitals_kept():
    _, words = added_terms(["The Republican-controlled legislature and GOP-led House voted on Friday in July."],
                           ["The legislature voted."])
    assert {"Republican-controlled", "GOP-led", "Friday", "July"} <= set(words)
    assert not {"republicancontrolled", "gopled", "friday", "july"} & set(words)
    _, words = added_terms(["The senator's staff"], ["The staff"])
    assert words == ["senator"]  # a possessive is no part of the word


def test_a_word_its_row_pairs_with_another_word_is_not_added():
    own, other = ["Sales fell sharply in May."], ["Sales dropped in May."]
    assert "fell" in added_terms(own, other)[1]
    _, words = added_terms(own, other, paired=[("Sales", "fell", "May")])
    assert "fell" not in words and "sharply" in words
    names, _ = added_terms(["Mexican officials met."], ["Officials of Mexico met."], paired=[("Mexican",)])
    assert names == []
    _, words = added_terms(["Firms used tax-dodging schemes."], ["Firms used tax avoidance schemes."],
                           paired=[("dodging",)])
    assert "tax-dodging" not in words  # every part of it is theirs or paired
    assert "tax-dodging" in added_terms(["Firms used tax-dodging schemes."], ["Firms used schemes."])[1]


def test_an_organisation_keeps_its_of_and_for_after_its_head():
    names, words = added_terms(["Data from the Bureau of Labor Statistics and the Centers for Disease Control."],
                               ["Data came out."])
    assert names == ["Bureau of Labor Statistics", "Centers for Disease Control"]
    assert not {"Bureau", "bureau", "of"} & set(words)
    names, _ = added_terms(["Secretary of State Marco Rubio met Jim Banks of Indiana."], ["Nobody met."])
    assert "Marco Rubio" in names and "Jim Banks" in names and "Indiana" in names


def test_a_name_opening_with_an_accented_capital_is_a_name_not_a_word():
    names, words = added_terms(["Élodie Durand praised Évian water."], ["Someone praised water."])
    assert names == ["Élodie Durand", "Évian"] and "élodie" not in words
    assert added_terms(["Ángel Merino spoke."], ["Merino spoke."]) == ([], [])  # his surname is theirs


def test_a_name_keeps_its_particles_and_a_particle_alone_names_no_one():
    names, words = added_terms(["Foreign Minister Juan Ramón de la Fuente spoke with Rubio on Monday."],
                               ["Lula da Silva, the de facto leader, spoke with Rubio on Monday."])
    assert names == ["Juan Ramón de la Fuente"] and "fuente" not in words
    names, _ = added_terms(["Foreign Minister Juan Ramón de la Fuente spoke with Rubio on Monday."],
                           ["De la Fuente spoke with Rubio on Monday."])
    assert names == []
    names, _ = added_terms(["Why do Democrats back Ludwig van Beethoven?"], ["Nobody spoke."])
    assert "Ludwig van Beethoven" in names and not any(" do " in n for n in names)


def test_a_particle_is_no_added_word_and_never_ends_a_name():
    names, words = added_terms(["Vincent van Gogh painted the Dutch sky."], ["The painter painted."])
    assert "Vincent van Gogh" in names and "van" not in words
    names, _ = added_terms(["Police said a Ford van Tuesday struck the crowd."], ["Nobody spoke."])
    assert "Ford" in names and "Ford van" not in names


def test_the_pronoun_i_and_an_opening_function_word_name_no_one():
    names, _ = added_terms(['"So I think we felt that this was the best move," Sean Payton said.',
                            "Although Smith won, I'm sure of it."], ["Payton said it was a good move."])
    assert "I" not in names and "So I" not in names and "Although Smith" not in names
    assert "Smith" in names
    # After a capitalised word "I" is a number, part of the name
    names, _ = added_terms(["The memorial to World War I veterans was opened by Elizabeth I's heir."],
                           ["A memorial was opened."])
    assert "World War I" in names and "Elizabeth I" in names

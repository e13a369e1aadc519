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
    assert "snapping" in words


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

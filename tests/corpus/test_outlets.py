"""The outlet a copyright line names: the name the outlet goes by, not the holder's legal name."""

from mediadiff.corpus.cleaning import clean_text
from mediadiff.corpus.outlets import copyright_outlet

LEDE = "The city council approved a new budget for the harbour bridge on Tuesday after a long debate."


def outlet(copyright_line):
    return clean_text(f"{LEDE}\n\n{copyright_line}\n", article_id="x", path="x.txt").outlet


def test_the_copyright_line_gives_the_outlet_without_marks_years_or_legal_forms():
    assert outlet("© 2025 Latin Times. All rights reserved.") == "Latin Times"
    assert outlet("© Copyright 2021 The Guardian") == "The Guardian"
    assert outlet("Copyright © 2024 Dow Jones & Company, Inc. All Rights Reserved.") == "Dow Jones & Company"
    assert outlet("© 2024 Acme Media Group Ltd") == "Acme Media Group"


def test_the_legal_names_outlets_print_are_the_names_they_go_by():
    assert outlet("Copyright © 2024 FOX News Network, LLC. All rights reserved.") == "Fox News"
    assert outlet("© 2024 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.") == "CNN"
    assert outlet("Copyright 2016 The New York Times Company. All Rights Reserved.") == "The New York Times"
    assert outlet("© 2024 Guardian News & Media Limited or its affiliated companies. All rights reserved.") \
        == "The Guardian"


def test_a_copyright_line_without_a_holder_names_no_outlet():
    assert copyright_outlet("Copyright") is None
    assert outlet("© 2024. All rights reserved.") is None


def test_a_holder_with_abbreviations_a_year_after_it_or_by_before_it():
    assert outlet("Copyright 2024 St. Louis Post-Dispatch") == "St. Louis Post-Dispatch"
    assert outlet("© 2023 U.S. News & World Report L.P.") == "U.S. News & World Report"
    assert outlet("© AFP 2024") == "AFP"
    assert outlet("Copyright 2020 by the Associated Press. All rights reserved.") == "the Associated Press"

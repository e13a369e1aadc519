"""Stage 2, voices: who says what: direct quotations, speakers and reporting verbs.

- ``quotes``: quotations in an article and matching them across articles
"""

"""Generators of realistic customer-care chat messages, positives and negatives, EN and ES.

Shared by the unit, property and quality tests. Everything is driven by a `random.Random`
(or hypothesis strategies built on these functions) so a failure is reproducible.
"""

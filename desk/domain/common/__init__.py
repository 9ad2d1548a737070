"""Pieces every context uses: errors, the clock, text cleaning, stored codes, validation, pinyin."""

"""Scoring the generator's output against reference data (development sets)."""

"""Rendering: a briefing as Markdown (the site page) and as JSON (the contract)."""

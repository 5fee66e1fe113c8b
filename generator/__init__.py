"""briefings: condense news articles into traceable Markdown briefings."""

__version__ = "0.16.2"

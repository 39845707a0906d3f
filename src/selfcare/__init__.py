"""selfcare: a guided self-care exercise routine in the terminal."""

__version__ = "0.1.0"

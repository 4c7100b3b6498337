"""The comment service of a consultation: a Flask application, its storage and its rate limits."""

"""Reference copies of old code, kept to prove that faster code gives identical results (see README.md)."""

"""Analysts' review decisions, kept in their own named graphs, and the curated view built from them."""

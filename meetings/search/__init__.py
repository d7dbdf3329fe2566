"""Questions about the minutes: stems, the field's glossary, and the hits with their snippets."""

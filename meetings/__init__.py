"""The domain: meetings of standing groups, the rules around them and the language they speak."""

"""The Bot Framework side: Teams activities in, use cases called, cards and messages out."""

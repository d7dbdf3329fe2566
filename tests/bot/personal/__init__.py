"""The 1:1 chat: a person asking for her groups, with buttons and cards of her own."""

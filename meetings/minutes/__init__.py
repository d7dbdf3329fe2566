"""The minutes (referat) of a meeting: recorded in Teams, approved, and read back as documents."""

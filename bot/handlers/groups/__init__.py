"""The group's members and roles, and a person's own data (export and erasure)."""

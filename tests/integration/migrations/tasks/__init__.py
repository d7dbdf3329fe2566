"""Migrations of the tasks table and of the task lines minutes keep, each tested on a
database in use."""

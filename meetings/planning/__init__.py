"""Planning, moving and cancelling meetings, reading a typed meeting line, the calendar file."""

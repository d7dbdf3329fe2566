"""The year: the annual plan (årshjul) and the annual report to the steering group."""

"""What every capability uses: the clock, refusals, access checks, languages, dates, working
days."""

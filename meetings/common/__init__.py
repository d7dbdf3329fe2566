"""What every capability uses: the clock, refusals, access checks, languages, dates, working
days, and the unit of work the use cases receive."""

"""A file holding several meetings' minutes one after the other, such as a year's."""

"""Reading Word documents: what Word shows that their XML does not say outright."""

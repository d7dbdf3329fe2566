"""The tasks in past minutes: the sentences that set one (`sentences`), and each one's due date,
the minutes' own or one the import chooses (`due`)."""

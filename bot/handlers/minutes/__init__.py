"""The minutes' chat lines and buttons: writing them, approval, importing past minutes, the
annual report."""

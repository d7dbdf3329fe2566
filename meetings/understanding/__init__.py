"""Understanding what members write: normalising it, classifying it, telling its language."""

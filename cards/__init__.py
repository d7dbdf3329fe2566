"""Adaptive Card templates (`templates/*.json.j2`) and the one function that renders them."""

from cards.markdown import unescaped
from cards.renderer import CardTooLarge, render, template_names

__all__ = ["CardTooLarge", "render", "template_names", "unescaped"]

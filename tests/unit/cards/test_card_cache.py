from bot.views.card_cache import CardCache


def test_a_card_is_rendered_once_per_key_and_every_caller_gets_its_own_copy():
    cache, renders = CardCache(), []

    def render():
        renders.append(1)
        return {"type": "AdaptiveCard", "body": [{"text": "Næste møde"}]}

    first = cache.card(("da", 1), render)
    first["body"].clear()  # a caller changing its card changes nobody else's
    second, third = cache.card(("da", 1), render), cache.card(("da", 1), render)
    assert second == third == {"type": "AdaptiveCard", "body": [{"text": "Næste møde"}]}
    assert second is not third
    assert len(renders) == 1
    cache.card(("en", 1), render)
    assert len(renders) == 2


def test_the_least_recently_used_card_goes_first():
    cache = CardCache(size=2)
    cache.card("a", lambda: {"n": "a"})
    cache.card("b", lambda: {"n": "b"})
    cache.card("a", lambda: {"n": "stale"})  # a is used again: b is now the oldest
    cache.card("c", lambda: {"n": "c"})
    assert len(cache) == 2
    assert cache.card("a", lambda: {"n": "new a"}) == {"n": "a"}
    assert cache.card("b", lambda: {"n": "new b"}) == {"n": "new b"}

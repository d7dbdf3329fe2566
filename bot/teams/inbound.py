"""Inbound activities as botbuilder `Activity` objects, the same as msrest makes them, cheaper.

`CloudAdapter.process` calls `Activity().deserialize(body)`: a new msrest `Deserializer` over
every class of `botbuilder.schema` for each request, then msrest's generic walk, which copies
each attribute's description, tries two key extractors and parses every key for flattening
dots on every object. That was about half a millisecond of every turn.

This deserializer is msrest's own, built once, with the walk over a model planned once per
class. Everything that is not a plain JSON object into a plain model (enums, dates, lists,
dicts, `object`, polymorphic or flattened models) still goes through msrest's code, so the
result is equal to msrest's, additional properties included; tests compare the two on every
recorded Teams activity.
"""

from dataclasses import dataclass
from typing import Any

from botbuilder.schema import Activity
from msrest.exceptions import DeserializationError, raise_with_traceback
from msrest.serialization import Deserializer, Model


@dataclass(frozen=True)
class _Plan:
    """How msrest fills one model class from a JSON object, worked out once."""

    fields: tuple[tuple[str, str, str], ...]  # (attribute, JSON key, msrest type)
    known_keys: frozenset[str]
    readonly: tuple[str, ...]
    skipped: frozenset[str]  # constants and subtype keys: not passed to the constructor


class ActivityDeserializer(Deserializer):
    def __init__(self) -> None:
        super().__init__(Activity._infer_class_models())
        self._plans: dict[type, _Plan | None] = {}

    def activity(self, body: dict[str, Any]) -> Activity:
        return self("Activity", body)

    def _deserialize(self, target_obj, data):
        model = self.dependencies.get(target_obj) if isinstance(target_obj, str) else target_obj
        plan = self._plan_of(model) if type(data) is dict else None
        if plan is None:
            return super()._deserialize(target_obj, data)
        values: dict[str, Any] = {}
        try:
            for attribute, key, data_type in plan.fields:
                value = data.get(key)
                if value is None or (data_type == "str" and type(value) is str):
                    values[attribute] = value
                else:
                    values[attribute] = self.deserialize_data(value, data_type)
        except (AttributeError, TypeError, KeyError) as error:
            raise_with_traceback(DeserializationError,
                                 "Unable to deserialize to object: " + model.__name__, error)
        try:
            instance = model(**{k: v for k, v in values.items() if k not in plan.skipped})
        except TypeError as error:
            raise DeserializationError(f"Unable to deserialize into model {model}. {error}"
                                       ) from error
        for attribute in plan.readonly:
            setattr(instance, attribute, values.get(attribute))
        additional = data.keys() - plan.known_keys
        if additional:
            instance.additional_properties = {key: data[key] for key in additional}
        return instance

    def _plan_of(self, model) -> _Plan | None:
        try:
            return self._plans[model]
        except KeyError:
            plan = self._plans[model] = _plan(model)
            return plan
        except TypeError:  # not hashable: not a model class
            return None


def _plan(model) -> _Plan | None:
    """None for what the generic walk must handle: not a model, polymorphic, flattened keys,
    or a real "additional_properties" attribute."""
    if not (isinstance(model, type) and issubclass(model, Model)):
        return None
    attributes = model._attribute_map
    if "_subtype_map" in model.__dict__ or "additional_properties" in attributes:
        return None
    if any("." in description["key"] for description in attributes.values()):
        return None
    validation = getattr(model, "_validation", {})
    readonly = tuple(k for k, v in validation.items() if v.get("readonly"))
    constant = {k for k, v in validation.items() if v.get("constant")}
    return _Plan(
        fields=tuple((attribute, description["key"], description["type"])
                     for attribute, description in attributes.items()),
        known_keys=frozenset(d["key"] for d in attributes.values() if d["key"] != ""),
        readonly=readonly, skipped=frozenset(constant | set(readonly)))


_DESERIALIZER = ActivityDeserializer()


def inbound_activity(body: dict[str, Any]) -> Activity:
    """The activity of a request body, as `Activity().deserialize(body)` would give it."""
    return _DESERIALIZER.activity(body)

"""Column types shared by the models."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import Integer
from sqlalchemy.types import TypeDecorator


class IntEnumType(TypeDecorator[enum.IntEnum]):
    """Stores an ``IntEnum`` as its integer, so bulk Core inserts can pass plain ints."""

    impl = Integer
    cache_ok = True

    def __init__(self, enum_class: type[enum.IntEnum]) -> None:
        super().__init__()
        self.enum_class = enum_class

    def process_bind_param(self, value: Any, dialect: Any) -> int | None:
        return None if value is None else int(value)

    def process_result_value(self, value: Any, dialect: Any) -> enum.IntEnum | None:
        return None if value is None else self.enum_class(value)

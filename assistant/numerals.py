"""Chinese numerals as used in article numbers (第五十二条) and items (（十一）)."""

from __future__ import annotations

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}

NUMERAL_CHARS = "".join(_DIGITS) + "".join(_UNITS)


def cn_to_int(text: str) -> int:
    """Parse a Chinese numeral such as ``十``, ``二十一``, ``一百零三`` into an int.

    >>> cn_to_int("五十二"), cn_to_int("十一"), cn_to_int("一百零三")
    (52, 11, 103)
    """
    if not text:
        raise ValueError("empty numeral")
    if text.isdigit():
        return int(text)
    total, digit = 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            # a bare unit ("十" in "十一") means one of it
            total += (1 if digit is None else digit) * _UNITS[ch]
            digit = None
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + (digit or 0)


def int_to_cn(n: int) -> str:
    """Write an int (1..9999) as the numeral used in statute labels.

    >>> int_to_cn(19), int_to_cn(10), int_to_cn(52), int_to_cn(103)
    ('十九', '十', '五十二', '一百零三')
    """
    if n <= 0 or n >= 10000:
        raise ValueError(f"out of range: {n}")
    digits = "零一二三四五六七八九"
    parts, zero = [], False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d:
            if zero:
                parts.append("零")
                zero = False
            # 10..19 are written 十, 十一 … not 一十一
            if not (unit == "十" and d == 1 and n < 20):
                parts.append(digits[d])
            parts.append(unit)
        elif parts:
            zero = True
    return "".join(parts)

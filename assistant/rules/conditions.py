"""The situation a story tells, and whether it meets the condition a verdict carries.

A duty entry of the rule data names what its verdict needs (``needs``): ``lead`` (an officer there in
person and leading: 带领), ``command_or_lead`` (指挥或者带领: an instruction by phone or radio is
enough), ``command_and_lead`` (指挥和带领: both, so the officer is there), ``emergency`` (遇有危害…的紧急
情况), ``qualification`` (具备相应资格), ``on_duty`` (履行职责期间). :func:`condition_met` says whether
the story meets all of them: ``True``, ``False`` (one is not met), or ``None`` (the story does not say).

>>> condition_met(("lead",), Situation(presence="remote"))
False
>>> condition_met(("command_or_lead",), Situation(presence="remote"))
True
>>> condition_met(("emergency", "command_and_lead"), Situation(presence="present")) is None
True
"""

from __future__ import annotations

from dataclasses import dataclass

NEEDS = ("lead", "command_or_lead", "command_and_lead", "emergency", "qualification", "on_duty")


@dataclass(frozen=True)
class Situation:
    """What the story says about the moment of the act; ``None`` where it says nothing."""

    presence: str | None = None      # "present" | "remote" | "absent"
    presence_words: str = ""         # the user's words it was read from
    emergency: bool | None = None
    emergency_words: str = ""
    qualified: bool | None = None
    qualified_words: str = ""
    on_duty: bool | None = None
    on_duty_words: str = ""
    trained: bool | None = None      # the pre-job training passed (岗前培训合格): a condition of any post
    trained_words: str = ""
    outsider_words: str = ""         # the user works for the police without being a 辅警 ("派出所食堂煮饭的")
    licences: tuple[tuple[str, bool | None, str], ...] = ()   # (kind, held, words) of each licence told


def _one(need: str, s: Situation) -> bool | None:
    if need == "lead":
        return None if s.presence is None else s.presence == "present"
    if need == "command_or_lead":
        return None if s.presence is None else s.presence in ("present", "remote")
    if need == "command_and_lead":
        return None if s.presence is None else s.presence == "present"
    if need == "emergency":
        return s.emergency
    if need == "qualification":
        return s.qualified
    if need == "on_duty":
        return s.on_duty
    raise ValueError(f"unknown condition {need!r}")


def condition_met(needs: tuple[str, ...], situation: Situation) -> bool | None:
    """All of ``needs`` met → True; any one not met → False; otherwise None."""
    if not needs:
        return None
    values = [_one(n, situation) for n in needs]
    if any(v is False for v in values):
        return False
    if all(v is True for v in values):
        return True
    return None

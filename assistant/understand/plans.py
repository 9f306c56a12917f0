"""The parts of a plan a station leader or HR tells ("安排是上午…，下午…", "一部分…，另一部分…", "我想这么安排：…") and the
pointers that name one of them by its place ("后一部分", "第二部分", "最后这个安排").

Read by :mod:`.acts`, which builds the parts (each with the catalogue acts it names) and asks here which of them a
pointer names.

>>> parts_named("后一部分可以吗", 2, planned=False), parts_named("请问第二部分合规吗", 3, planned=True)
([1], [1])
>>> parts_named("后面那个我能接吗", 2, planned=False), parts_named("前面那个和后面那个他能做吗", 3, planned=True)
(None, [0, 2])
"""

from __future__ import annotations

import re

from .clauses import Clause
from .pointers import PLAN_PART

# "安排是…", "计划是…": where the parts of an arrangement begin
PLAN_OPENS = re.compile(r"^(说|说是)?(计划|安排|打算|方案|分工)(是|如下|这样)|"
                        # "我想这么安排：", "所里方案：", "现在的想法是："
                        r"^(我|我们|所里|局里)?(想|打算)?(这么|这样)安排$|^(所里|局里|我们|我的|所长|现在的)?(的)?(方案|想法|打算|计划)(是)?$")

# a part of an arrangement named by its place: "后一部分", "第二部分", "最后这个安排", "前面那个"
PART_AT = re.compile(r"第(?P<n>[一二三四1-4])(?:部分|块|拨|批|项|条|个安排|种安排)|"
                     r"(?P<last>后|后面|后边|后头|最后|后来)(?:一|那|这)?(?:一)?(?:部分|个|块|拨|批|项|条|种)|"
                     r"(?P<first>前|前面|前边|前头|头)(?:一|那|这)(?:部分|个|块|拨|批|项)")

# a plan told as such ("打算两个放信息中心…", "计划民警在路口设卡…", "准备让…")
PLAN_CUE = re.compile(r"^(我|我们|所里|局里|所长|领导)?(想|打算|计划|准备|初步)(这么|这样)?(安排|让|把|派|叫)?")

# a clause that goes on with the part before it ("…先到现场疏导交通，指导双方自己协商处理"), not a part of its own
PART_GOES_ON = re.compile(r"^(让|叫|喊|并|然后|再把|把|给|帮|指导|负责|顺便|顺带|同时|还要|还得|接着|之后|拦|守|看)")


def planned(clauses: list[Clause], c: Clause) -> bool:
    """A plan is told before ``c``: opened ("计划是…", "我想这么安排"), in parts ("一部分…"), or as an intent ("打算…")."""
    return any(PLAN_OPENS.match(o.text) or PLAN_PART.match(o.text) or PLAN_CUE.match(o.text) for o in clauses[:c.index])


def parts_named(said: str, count: int, planned: bool) -> list[int] | None:
    """The indices of the parts (of ``count``) a pointer names by place, or None when it names none here. "后面那个",
    "前面这个" point at parts only where a plan is told or named ("最后这个安排"); a story of requests has its own
    order (:func:`.anchors.ordinal_acts`) — "第二部分" always."""
    found = list(PART_AT.finditer(said))
    if not found or count < 2:
        return None
    if not planned and not any("部分" in m.group() for m in found) and not re.search(r"安排|方案|分工", said):
        return None
    picked: list[int] = []
    for m in found:   # "前面那个和后面那个": each part named
        if m.group("last"):
            picked.append(count - 1)
        elif m.group("first"):
            picked.append(0)
        else:
            n = m.group("n")
            n = int(n) if n.isdigit() else {"一": 1, "二": 2, "三": 3, "四": 4}[n]
            if n > count:
                return None
            picked.append(n - 1)
    return sorted(set(picked))

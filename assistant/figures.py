"""Questions that ask for a figure the texts may not state.

"辅警一个月到手多少钱", "派出所几点开门": the regulations say how pay is set and that offices serve the
public, but state no amount of pay and no opening hours. Retrieval still finds the pay article, and
quoting it as if it answered would be padding. A look-up question asking for one of these figures is
answered only when a text it would cite states such a figure (第四十一条's "二百元以上一千元以下罚款"
does); otherwise the assistant says plainly that the texts do not state it.

>>> missing_figure("重庆辅警一个月到手多少钱", ["……科学合理核定辅警的薪酬保障标准……"])
'具体数额'
>>> missing_figure("非法穿辅警服装罚多少钱", ["……处警告或者二百元以上一千元以下罚款……"]) is None
True
>>> missing_figure("辅警能不能配枪", ["不得配备或者使用武器"]) is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numerals import NUMERAL_CHARS


@dataclass(frozen=True)
class FigureKind:
    label: str              # what the texts do not state, in the answer's words
    asked: re.Pattern       # the question asks for it
    stated: re.Pattern      # a cited text states one


FIGURES = (
    FigureKind("具体数额",
               re.compile(r"多少钱|多少元|多少块|几千块?|几万块?|几百块|拿多少|到手|工资(是)?多少|月薪|年薪|(退休金|养老金|补贴|奖金).{0,6}多少"),
               re.compile(rf"[0-9{NUMERAL_CHARS}]+元")),
    FigureKind("具体时间",
               re.compile(r"几点|开门时间|关门时间|上班时间|下班时间|办公时间|营业时间|作息时间"),
               re.compile(rf"[0-9]+[:：][0-9]{{2}}|[0-9{NUMERAL_CHARS}]+(点|时)(?!间)")),
    FigureKind("电话或地址",
               re.compile(r"电话(号码)?(是)?多少|(联系|咨询)电话|具体地址|地址在哪|在哪条路|门牌号"),
               re.compile(r"[0-9]{5,}|[0-9]+号")),
)


def missing_figure(question: str, cited_texts: list[str]) -> str | None:
    """The kind of figure the question asks for when none of ``cited_texts`` states one, else ``None``."""
    for kind in FIGURES:
        if kind.asked.search(question) and not any(kind.stated.search(t) for t in cited_texts):
            return kind.label
    return None

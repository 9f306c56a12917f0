"""The applicant asked about when a story lists several ("手上三个人：小王…；老李…；还有个…。老李能不能收？").

HR screens applicants in batches and tells them in one breath; the question then names one of them. Only what is
told of that one — with what the story says of all of them (the post, the deadline) — is the applicant's: the
others' ages, records and schooling are not. Applicants are told apart by a name of 小 / 老 and a surname
("小张", "老李") or by 甲 / 乙 / 丙 / 丁; a story naming fewer than two, or a question naming none of them, is
read whole.

>>> asked_applicant("报名6月30号截止。小王1999年生、高中；老李1978年生，高中毕业。老李能不能收？")
'报名6月30号截止。老李1978年生，高中毕业。老李能不能收？'
>>> asked_applicant("甲1995年生、高中，被公司开了；乙1998年生、大专。我想先确认乙这个能录吗？")
'乙1998年生、大专。我想先确认乙这个能录吗？'
>>> asked_applicant("我儿子25岁，本科，能报吗")
'我儿子25岁，本科，能报吗'
"""

from __future__ import annotations

import re

# "小张", "老李" — not 小学, 老板, 老家…; "甲", "乙" told as applicants (before what is told of them)
_NAME = re.compile(r"(?<![\u4e00-\u9fff])(?:(?<=[：:；;，,。\s])|^)?((?:小|老)(?![学区板家实人师婆公汉娘乡头子伙姑弟妹哥姐婆爷大二三四五])"
                   r"[\u4e00-\u9fff]|[甲乙丙丁](?=[0-9一二三四五六七八九十]|，|、|这|是|今年|的|,))")
_END = "。？！?!"


def _names(text: str) -> list[tuple[str, int]]:
    """Each applicant's name and where it is first told, in order."""
    seen: dict[str, int] = {}
    for m in _NAME.finditer(text):
        seen.setdefault(m.group(1), m.start(1))
    return sorted(seen.items(), key=lambda kv: kv[1])


def asked_applicant(text: str) -> str:
    """``text`` with only the asked applicant's part of a list of several (see the module docstring)."""
    # the question's sentence: the one ending in the last question mark ("…小赵能录吗？连云港"), else the last one
    qm = max(text.rfind("？"), text.rfind("?"))
    end = qm if qm >= 0 else len(text.rstrip(_END))
    last = max(text.rfind(p, 0, end) for p in _END) + 1
    told, asked = text[:last], text[last:]
    names = _names(told)
    if len(names) < 2:
        return text
    wanted = [n for n, _ in names if n in asked]
    if len(wanted) != 1:
        return text
    starts = [at for _, at in names]
    at = dict(names)[wanted[0]]
    nxt = min([s for s in starts if s > at] + [len(told)])
    # one applicant to a "；" ("老李…没有任何违法记录；还有个1985年的大专": the next one, not named)
    part = re.split(r"[；;]|[，,](?=还有(个|一个|一位|位))", told[at:nxt])[0].rstrip("；;，, ")
    # what the story says of all of them comes before the first applicant ("这批勤务辅警报名6月30号截止。两个报勤务的：")
    lead = told[:starts[0]]
    tail = "" if part.endswith(tuple(_END)) else "。"
    return f"{lead}{part}{tail}{asked}"

"""The applicant asked about when a story lists several ("手上三个人：小王…；老李…；还有个…。老李能不能收？").

HR screens applicants in batches and tells them in one breath; the question then names one of them. Only what is
told of that one — with what the story says of all of them (the post, the deadline) — is the applicant's: the
others' ages, records and schooling are not. Applicants are told apart by

- a name: 小 / 老 and a surname ("小张", "老李"), 甲 / 乙 / 丙 / 丁, a surname and 某 ("沈某"), or a full name
  told with a year ("张建国，1981年…");
- a kin word told with a year ("侄儿2000年的…；侄女2002年的…"), or 老大 / 老二;
- a count: "一个…；另一个…", "一个…；还有一个…".

The question picks one by its name, by its place in the list ("中间那个", "第二个", "后面那个") or by what was told of
it ("罚款那个", "老汉吸过毒的那个"). A story naming fewer than two, or a question picking none of them (or all:
"俩人都…"), is read whole.

>>> asked_applicant("报名6月30号截止。小王1999年生、高中；老李1978年生，高中毕业。老李能不能收？")
'报名6月30号截止。老李1978年生，高中毕业。老李能不能收？'
>>> asked_applicant("甲1995年生、高中，被公司开了；乙1998年生、大专。我想先确认乙这个能录吗？")
'乙1998年生、大专。我想先确认乙这个能录吗？'
>>> asked_applicant("两个报勤务的：一个1996年的，遭行政拘留了10天；另一个1998年的，只遭罚了200块钱。罚款那个能不能报？")
'两个报勤务的：另一个1998年的，只遭罚了200块钱。罚款那个能不能报？'
>>> asked_applicant("都报勤务岗：\\nA｜1990/06/30｜高中｜吸毒被强制隔离戒毒\\nB｜1995/01/15｜大专｜无\\nB我心里有数，主要是A，他能不能进下一轮？")
'都报勤务岗：\\nA｜1990/06/30｜高中｜吸毒被强制隔离戒毒\\nB我心里有数，主要是A，他能不能进下一轮？'
>>> asked_applicant("我儿子25岁，本科，能报吗")
'我儿子25岁，本科，能报吗'

When the question picks none of them ("这两个怎么判", "俩人都能报不"), each is decided on its own
(:func:`every_applicant`): what is told of all of them after the list ("两个人别的都干净") goes with each.

>>> [label for label, _ in every_applicant("小王1999年生、高中；老李1978年生，高中毕业。这两个能不能收？")]
['小王', '老李']
"""

from __future__ import annotations

import re

from .lexicon import words

# "小张", "老李" — not 小学, 老板, 老家…; "甲", "乙" told as applicants (before what is told of them)
_NAME = re.compile(r"(?<![\u4e00-\u9fff])(?:(?<=[：:；;，,。\s])|^)?((?:小|老)(?![学区板家实人师婆公汉娘乡头子伙姑弟妹哥姐婆爷大二三四五])"
                   r"[\u4e00-\u9fff]|[甲乙丙丁](?=[0-9一二三四五六七八九十]|，|、|这|是|今年|的|,))")
# "A｜1990/06/30｜高中", "B：1995年…": a letter opening a row of a list of applicants
_LETTER = re.compile(r"(?:^|(?<=[\n：:；;。]))\s*([A-F])(?=\s*[｜|，,：:、]|\s*(?:19|20)?\d\d|是|今年)")
# "主要是A", "就问老李": the one the question is mainly about, of several it names
_MAINLY = r"(主要|就|只|想|重点)(是|问|看|说|想问|帮我看)?(一下|下)?"
# "沈某", "韩某": a surname and 某
_MOU = re.compile(r"(?<![\u4e00-\u9fff某])([\u4e00-\u9fff]某)(?![\u4e00-\u9fff]*(?:人|些|单位|公司|天))")
# "张建国，1981年1月5号生的": a full name told with its year, after a pause
_FULL = re.compile(r"(?:^|(?<=[：:；;。\s]))([\u4e00-\u9fff]{2,3})(?:[，,\s](?=(?:19|20)\d\d年|\d\d年)|(?=[0-9]{2}岁))")
_FULL_NOT = re.compile(r"^(一个|另一|还有|今年|去年|前年|他是|她是|我是|是在|出生|生的|的|我们|一位|大概|大约|报名|就是|只是)|[年月日号的是了个在]$|"
                       r"[他她我你俺咱]")   # "就是他16岁那年…": a pronoun is no name
# "老大…老二…" (not 老大哥)
_ORDER_KIN = re.compile(r"(老[大二三四])(?![哥姐爷])")
# "一个1996年的…；另一个1998年的…": applicants told by count
_COUNTED = re.compile(r"(?:^|(?<=[：:；;，,。\s]))(一个|另一个|另外一个|还有一个|还有个|再一个|第[一二三四]个)(?=[^，,；;。]{0,3}(?:19|20)?\d\d年|是|在|今年|[一二三四五六七八九十\d]{2}岁|[^，,；;。]{0,12}(?:高中|大专|本科|中专|职高|初中)|"
                      # "另一个田勇自己说…": a name, then what is told of him
                      r"[\u4e00-\u9fff]{2,3}(?:自己|本人|[0-9]{2}岁)|"
                      # "一个退役士兵，28岁，中专", "还有一个表上只写了“属马，九零年的”": who they are, then their age or schooling
                      r"[^；;。]{1,20}?(?:(?:19|20)?\d\d年|[一二三四五六七八九十\d]{2}岁|高中|大专|本科|中专|职高|初中|属[鼠牛虎兔龙蛇马羊猴鸡狗猪]|[零〇一二三四五六七八九]{2}年))")
_END = "。？！?!\n"
# the question picks by place in the list
_PLACE = (("first", re.compile(r"第一个|头一个|前面那个|前一个|第一位|前头那个")),
          ("second", re.compile(r"第二个|第二位|中间那个|中间的那个")),
          ("third", re.compile(r"第三个|第三位")),
          ("last", re.compile(r"最后那个|最后一个|后面那个|后一个|后头那个|另一个|另外一个|另外那个")))
# the question asks of all of them
_ALL = re.compile(r"都|俩人|两个人|三个人|他们|她们|每个|各自|分别")
# "罚款那个", "老汉吸过毒的那个", "打牌没遭处罚的": what was told of the one asked about
_FUNCTION = frozenset("的了是个那这一有在也都就还没不过被遭着把给他她我你们")
_DESCRIBED_AFTER = re.compile(r"(这个|那个|这位|那位)([\u4e00-\u9fff]{2,8}?)的(?!话)")
_DESCRIBED = re.compile(r"([\u4e00-\u9fff]{2,14}?)的?(那个|那位|那一个|这个)")


def _kin_names(text: str) -> list[tuple[str, int]]:
    """Kin words told with a year or an age of their own ("侄儿2000年的", "外甥女2001年的")."""
    kin = sorted(words("relations", "officer_kin"), key=len, reverse=True)
    pattern = re.compile("(" + "|".join(map(re.escape, kin)) + r")(?=[，,\s]?(?:(?:19|20)?\d\d年|今年|[一二三四五六七八九十\d]{2}岁))")
    return [(m.group(1), m.start(1)) for m in pattern.finditer(text)]


def _names(text: str) -> list[tuple[str, int]]:
    """Each applicant's name and where it is first told, in order."""
    seen: dict[str, int] = {}
    found = [(m.group(1), m.start(1)) for m in _NAME.finditer(text)]
    found += [(m.group(1), m.start(1)) for m in _MOU.finditer(text)]
    found += [(m.group(1), m.start(1)) for m in _FULL.finditer(text) if not _FULL_NOT.search(m.group(1))]
    found += [(m.group(1), m.start(1)) for m in _ORDER_KIN.finditer(text)]
    found += _kin_names(text)
    found += [(m.group(1), m.start(1)) for m in _LETTER.finditer(text)]
    for name, at in sorted(found, key=lambda kv: kv[1]):
        if not any(at < s + len(n) and s < at + len(name) for n, s in seen.items()):
            seen.setdefault(name, at)
    return sorted(seen.items(), key=lambda kv: kv[1])


def _counted(text: str) -> list[tuple[str, int]]:
    return [(f"#{k}", m.start(1)) for k, m in enumerate(_COUNTED.finditer(text))]


def _picked(asked: str, names: list[tuple[str, int]], told: str) -> int | None:
    """The index of the applicant the question picks, or None."""
    by_name = [k for k, (n, _) in enumerate(names) if not n.startswith("#") and n in asked]
    if not by_name:
        # "张建国…主要想问张师傅": a full name's surname with a title
        by_name = [k for k, (n, _) in enumerate(names) if len(n) >= 2 and n[1] != "某" and
                   re.search(re.escape(n[0]) + "(师傅|先生|女士|大哥|大姐|哥|姐|同志|老师|阿姨|叔)", asked)]
    if len(by_name) > 1:
        # "B、C我心里有数，主要是A": of the ones named, the one the question is mainly about
        mainly = [k for k in by_name if re.search(_MAINLY + re.escape(names[k][0]), asked)]
        by_name = mainly if len(mainly) == 1 else by_name
    if len(by_name) == 1:
        return by_name[0]
    # "②我看没问题，①能不能录": the circled number of the clause that asks, as the list numbered them
    asking = re.split(r"[，,；;]", asked.rstrip("？?。！! "))[-1]
    circled = re.search(r"[①②③④⑤⑥⑦⑧⑨]", asking)
    if not by_name and circled and circled.group() in told:
        k = "①②③④⑤⑥⑦⑧⑨".index(circled.group())
        if k < len(names):
            return k
    if by_name or _ALL.search(asked):
        return None
    for place, pattern in _PLACE:
        if pattern.search(asked):
            if place == "first":
                return 0
            if place == "second" and len(names) >= 2:
                return 1
            if place == "third" and len(names) >= 3:
                return 2
            if place == "last" and (len(names) == 2 or "另" not in pattern.search(asked).group(0)):
                return len(names) - 1
    d = _DESCRIBED.search(asked)
    # (…or described after the pointer: "这个属马的到底超没超龄")
    after = _DESCRIBED_AFTER.search(asked) if d is None else None
    if d is None and after is None:
        return None
    told_of = re.sub(r"^(问下|问一下|想问|就是|主要是|主要想问|那|这|我想问)", "", d.group(1) if d else after.group(2))
    grams = {told_of[i:i + 2] for i in range(len(told_of) - 1)}
    chars = set(told_of) - _FUNCTION
    parts = _parts(told, names)
    # shared words weigh most, shared characters break the rest ("罚款那个" → "只遭罚了200块钱")
    scores = [2 * len(grams & {p[i:i + 2] for i in range(len(p) - 1)}) + len(chars & set(p)) for p in parts]
    best = max(scores) if scores else 0
    return scores.index(best) if best and scores.count(best) == 1 else None


def _parts(told: str, names: list[tuple[str, int]]) -> list[str]:
    starts = [at for _, at in names]
    out = []
    for k, at in enumerate(starts):
        nxt = starts[k + 1] if k + 1 < len(starts) else len(told)
        # one applicant to a "；" ("老李…没有任何违法记录；还有个1985年的大专": the next one, not named)
        out.append(re.split(r"[；;]|[，,](?=还有(个|一个|一位|位))", told[at:nxt])[0].rstrip("；;，, "))
    return out


def _split_question(text: str) -> tuple[str, str]:
    """What is told and the question: the sentence ending in the last question mark ("…小赵能录吗？连云港"), else the
    last one; for one sentence told and asked ("…；王某1999年大专…王某能报不"), its last clause. (text, "") when no
    question can be told apart."""
    qm = max(text.rfind("？"), text.rfind("?"))
    end = qm if qm >= 0 else len(text.rstrip(_END))
    last = max(text.rfind(p, 0, end) for p in _END) + 1
    told, asked = text[:last], text[last:]
    if not asked.strip():
        cut = max(told.rfind(p) for p in "，,")
        if cut <= 0:
            return text, ""
        told, asked = text[:cut + 1], text[cut + 1:]
    return told, asked


def _applicants(told: str) -> list[tuple[str, int]]:
    """The applicants of the story and where each is first told: by name, else one named and the next by count
    ("向东28岁…；另一个田勇…"), else by count alone."""
    names = _names(told)
    if len(names) < 2:
        counted = [c for c in _counted(told) if not any(at <= c[1] < at + len(n) for n, at in names)]
        names = sorted(names + counted, key=lambda kv: kv[1]) if names and counted else counted
    return names


def _lead(told: str, names: list[tuple[str, int]]) -> str:
    """What the story says of all of them before the first applicant ("这批勤务辅警报名6月30号截止。两个报勤务的：") — only
    what precedes the list when an applicant is told before the first one named ("…截止：张娃2008年…；李某…")."""
    lead = told[:names[0][1]]
    if re.search("[；;]", lead):
        lead = lead[:max(lead.rfind(p, 0, re.search("[；;]", lead).start()) for p in "：:。") + 1]
    return lead


def asked_applicant(text: str) -> str:
    """``text`` with only the asked applicant's part of a list of several (see the module docstring)."""
    told, asked = _split_question(text)
    if not asked.strip():
        return text
    names = _applicants(told)
    if len(names) < 2:
        return text
    k = _picked(asked, names, told)
    if k is None:
        return text
    part = _parts(told, names)[k]
    tail = "" if part.endswith(tuple(_END)) else "。"
    # what a later sentence tells of the one asked about, by name ("…；C，31岁…。A政审没问题，没有任何违法犯罪记录")
    name = names[k][0]
    later = "".join(x for x in re.split(r"(?<=[。！!？?\n])", told[names[-1][1]:])[1:]
                    if not name.startswith("#") and x.strip().startswith(name) and x not in part)
    return f"{_lead(told, names)}{part}{tail}{later}{asked}"


def every_applicant(text: str) -> list[tuple[str, str]]:
    """Each applicant of a list the question asks about as a whole: (how the story names them, the text of what
    is told of them, of all of them, and the question). Empty when fewer than two are told or the question picks one."""
    told, asked = _split_question(text)
    if not asked.strip():
        return []
    names = _applicants(told)
    if len(names) < 2 or _picked(asked, names, told) is not None:
        return []
    parts = _parts(told, names)
    lead = _lead(told, names)
    # what is said of all of them after the list ("…；另一个28岁…说不清。两个人别的都干净。"): the last part's
    # later sentences that speak of all of them go with each; the rest of them is the last one's
    last, *later = re.split(r"(?<=[。！!])", parts[-1])
    shared = "".join(x for x in later if x.strip() and _ALL.search(x))
    parts[-1] = last + "".join(x for x in later if x.strip() and not _ALL.search(x))
    out = []
    for (name, _), part in zip(names, parts):
        label = name if not name.startswith("#") else re.split(r"[，,：:]", part)[0][:12]
        tail = "" if part.endswith(tuple(_END)) else "。"
        out.append((label, f"{lead}{part}{tail}{shared}{asked}"))
    return out

"""Dates and ages as users write them, each with the date it belongs to.

Formats: ``2024年6月30日`` · ``2024.6.30`` · ``2024-06-30`` · ``2024/6/30`` · ``19900501`` ·
``6月30日`` / ``8月31号`` (the year from another date of the question, else the current one, and
said) · ``6月底`` · ``1990年5月`` (month only) · ``1990年出生`` / ``95年生`` / ``90后`` / ``他是93年的``
(year only); a two-digit year as people write it (``08年11月15号``, ``93年5月``): the most recent such year
not after today. Counts of years written with digits or numerals ("干了12年", "前年", "三年") are no
year of birth: a birth year must follow its cue ("生", "出生", a clause ending "…年的") and give an age
people apply at. Ages ``34岁``, ``刚满35周岁``, ``三十六岁``, ``今年33``. Which date is the birth and which the reference
date the age is counted on (报名截止日…) is told by the cue words nearest to each (``dates.yaml``).

>>> d = read_dates("1990年5月1日出生，报名截止日2025年6月30日", today=date(2026, 12, 1))
>>> d.birth_date, d.reference_date
(datetime.date(1990, 5, 1), datetime.date(2025, 6, 30))
>>> read_dates("他是1989年7月出生的，8月31日截止", today=date(2026, 12, 1)).reference_date
datetime.date(2026, 8, 31)
>>> read_dates("08年11月15号出生，截止2026年10月31日", today=date(2026, 12, 1)).birth_date
datetime.date(2008, 11, 15)
>>> read_dates("报名截止2025年11月19日，有个应聘文职的89.11.20出生", today=date(2026, 12, 1)).birth_date
datetime.date(1989, 11, 20)
>>> read_dates("报名8月31号截止（2025年）。有个今年毕业的，2007年10月生", today=date(2026, 12, 2)).reference_date
datetime.date(2025, 8, 31)
>>> read_dates("本人93年的，中专毕业", today=date(2026, 12, 1)).birth_year
1993
>>> read_dates("干了12年的，前年走了", today=date(2026, 12, 1)).birth_year is None
True
>>> read_age("刚满35周岁，高中毕业")
35
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from .. import phrases
# one reading of an age's number for questions, forms and CSV files (assistant/applicant.py)
from ..applicant import age_number
from ..numerals import NUMERAL_CHARS, cn_to_int
from .lexicon import words

_N = rf"(\d{{1,2}}|[{NUMERAL_CHARS}]{{1,3}})"
_FULL = re.compile(r"((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|[.\-/](\d{1,2})[.\-/](\d{1,2}))")
_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
_YEAR_MONTH_END = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(底|末|上旬|中旬|下旬)")
_YEAR_MONTH = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d)")
# "出生年月 1990.12", "1989/03": a year and month as forms write them (a full "2024.6.30" is read first)
_YEAR_MONTH_DOT = re.compile(r"(?<![\d.])((?:19|20)\d{2})[.\-/](0?[1-9]|1[0-2])(?![\d.\-/])")
# a month not already part of a full date ("2024年6月30日" is read whole; "今年6月底" is a month of its own)
_MONTH_DAY = re.compile(rf"(?<!\d年)(?<![\d./\-]){_N}\s*月\s*{_N}\s*[日号]")
_MONTH_END = re.compile(rf"(?<!\d年)(?<![\d./\-]){_N}\s*月\s*(底|末|份底|上旬|中旬|下旬)")
# "6.30前报名", "截止7.15": a month and day with a dot, as chats write a deadline (not "3.5万", "1.5倍")
_MONTH_DAY_DOT = re.compile(r"(?<![\d.．/\-])(1[0-2]|0?[1-9])[.．](3[01]|[12]\d|0?[1-9])(?![\d.．%万千百倍元块米])")
_DOT_DEADLINE_AFTER = re.compile(r"\s*(前|之前|以前|截止|截至|号|日)")
_DOT_DEADLINE_BEFORE = re.compile(r"(截止|截至|截到|到)(日期|时间)?(是|为)?\s*$")
# "89年腊月生的": a lunar month of birth — 腊月 (the twelfth) falls in January or February of the next year, 冬月 (the
# eleventh) mostly in December, 正月 (the first) in February or late January
_LUNAR_MONTH = re.compile(r"(?<![\d.．])((?:19|20)?\d{2})\s*年\s*(腊月|冬月|正月)")
_LUNAR_AS = {"腊月": (1, 1), "冬月": (0, 12), "正月": (0, 2)}
_YEAR_WORD = re.compile(r"(今年|明年|去年)")
_YEAR_ALONE = re.compile(r"((?:19|20)\d{2})\s*年")
_YEAR_AFTER = re.compile(r"[^，。？！（(]{0,9}[（(]((?:19|20)\d{2})年?[)）]")
# a two-digit year ("08年11月15号", "93年5月"): not the end of a longer number, nor a count ("干了12年")
_SHORT = r"(?<![\d.．])(?<![了过干做当满近快这那几第前后])(\d{2})"
_FULL_SHORT = re.compile(_SHORT + r"\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
# "89.11.20出生", "03/5/7": a two-digit year with month and day, as forms and chats write them
_DOTTED_SHORT = re.compile(r"(?<![\d.．/\-])(\d{2})([./])(\d{1,2})\2(\d{1,2})(?![\d.．/\-])")
_YEAR_MONTH_SHORT = re.compile(_SHORT + r"\s*年\s*(\d{1,2})\s*月(?!\s*\d)")
# "报名到25年8月底截止": a two-digit year's month end
_YEAR_MONTH_END_SHORT = re.compile(_SHORT + r"\s*年\s*(\d{1,2})\s*月\s*(底|末|上旬|中旬|下旬)")
# "1990年出生", "95年生" (not "12年生意"), "90后", and a clause ending "…93年的" ("本人93年的")
_BIRTH_YEAR = re.compile(r"(?<!\d)((?:19|20)?\d{2})\s*年\s*(?:腊月|正月|冬月|年底|年初|底|初)?\s*(?:出生|生(?![意活产病]))|(?<!\d)(\d{2})后"
                         r"|(?:^|(?<=[是人者他她我子娘，,的弟妹哥姐儿女]))((?:19|20)?\d{2})\s*年的(?=[，。,；;！？!?、\s\"”」’']|$)"
                         # "属虎的98年": the zodiac year said with it
                         r"|属[鼠牛虎兔龙蛇马羊猴鸡狗猪]的?[，,]?((?:19|20)?\d{2})\s*年"
                         # "99年那个兔", "94年属狗的": the year named by its zodiac animal
                         r"|(?<!\d)((?:19|20)?\d{2})\s*年(?:的)?(?:那个|那一个)?属?[鼠牛虎兔龙蛇马羊猴鸡狗猪](?![肉年])")
# "虚岁36": the age counted from 1 at birth, a year (or two) above the 周岁 the texts count
_NOMINAL = re.compile(rf"虚岁\s*([0-9]{{2}}|[{NUMERAL_CHARS}]{{2,4}})")
# the ages an applicant may have: a "birth year" outside them is a year of something else
_BIRTH_AGES = (10, 80)
# not the end of a decimal ("30.5岁" is no whole 周岁, and not 5)
_AGE = re.compile(rf"(?<![0-9.．])([0-9]{{1,3}}|[{NUMERAL_CHARS}]{{1,4}})\s*(周岁|岁)")
# "我今年33", "年龄三十六": a number after a word naming the age, when 岁 is left out
# (…"今年整40", "今年刚好40": the round age)
_AGE_BARE = re.compile(rf"(?:今年|年龄|年纪|现在|目前)\s*[:：]?\s*(?:我|俺|他|她)?(?:是|有|已经|已|刚|刚满|满|整|刚好|正好|整整)?\s*([0-9]{{2}}|[{NUMERAL_CHARS}]{{2,4}})"
                       r"(?![0-9年月日号届级个块元万%kK多人分天次点])")

# "属马的，今年本命年，刚满36", "才满二十": an age reached, said without 岁 (not "满3年", "满18周岁" of the rule's words)
_AGE_REACHED = re.compile(rf"(?:刚|才|已|已经|都|早就?)满\s*([0-9]{{2}}|[{NUMERAL_CHARS}]{{2,4}})"
                          r"(?=[了啦呢，,。；;！!？?\s]|$)")

# "我43了还能报不", "他都38了": a person, a two-digit number, then 了 — an age said as people say it
# …or, followed by the schooling, a comma ("他23，高中毕业"); a chat message's space is its comma ("我现在干勤务 36了 本科")
# (…or a relative the user asks for: "我老公46了", "俺闺女都24了")
_AGE_SAID = re.compile(rf"(?:^|(?<=[，,。：:\s])|我|俺|他|她|本人|人家|应聘者|考生|老公|老婆|丈夫|妻子|爱人|媳妇|儿子|女儿|闺女|孩子|娃|娃儿|"
                       rf"哥|姐|弟|妹|哥哥|姐姐|弟弟|妹妹|侄子|侄女|外甥|外甥女|表弟|表妹|表哥|表姐|堂弟|堂妹|朋友|同学|"
                       # (…or one described by who they are: "退役军人37了", "小伙子28了")
                       # (…"今年都37了": the year said before the age)
                       rf"军人|退伍兵|老兵|小伙子|小伙|姑娘|大姐|大哥|辅警)(?:今年|现在|目前)?(?:都|已经|已|快|刚|也)?满?\s*([0-9]{{2}}|[{NUMERAL_CHARS}]{{2,4}})"
                       r"(?:了|啦|(?=[，,、]\s*(?:高中|初中|中专|大专|本科|硕士|研究生|职高|技校|学历|毕业)))")


# "还差两个月满18", "还没满18周岁": the applicant not yet that age
# (…"我下个月才满36": the birthday still to come)
_UNDER = re.compile(rf"(?:还差|差)[^，。？！满]{{0,6}}?(?:就|才)?满\s*([0-9]{{2}}|[{NUMERAL_CHARS}]{{2,4}})(?:周岁|岁)?|"
                    rf"(?:下个月|下月|下周|下礼拜|下星期|过几天|过两天|过段时间|明天|后天|月底)(?:就|才)?(?:能)?满\s*([0-9]{{2}}|[{NUMERAL_CHARS}]{{2,4}})(?:周岁|岁)?|"
                    rf"(?:还没|没|未)(?:有)?满\s*([0-9]{{2}}|[{NUMERAL_CHARS}]{{2,4}})(?:周岁|岁)?(?![0-9年月个天])")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    words: str
    value: date | None           # a full date (month-only birth dates: the first of the month)
    month_only: bool = False     # "1990年5月": the day is not known
    year_assumed: bool = False   # "8月31日": the year was not said


@dataclass
class DateReading:
    birth_date: date | None = None
    birth_month_only: bool = False
    birth_year: int | None = None
    reference_date: date | None = None
    notes: list[str] = field(default_factory=list)


def _num(raw: str) -> int:
    return int(raw) if raw.isdigit() else cn_to_int(raw)


def _century(yy: int, today: date) -> int:
    """A two-digit year: the most recent such year not after today ("08" → 2008, "93" → 1993), or one of the next two
    years ("报名截止到27年1月15号" in 2026 → 2027: a deadline ahead, no one born a century ago)."""
    return 2000 + yy if 2000 + yy <= today.year + 2 else 1900 + yy


# the last day of a part of a month ("12月上旬" ends on the 10th): a deadline said so is reached by then
_PART_ENDS = {"上旬": 10, "中旬": 20}


def _last_day(y: int, mo: int, part: str) -> int:
    return _PART_ENDS.get(part) or calendar.monthrange(y, mo)[1]


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _mentions(text: str, today: date) -> list[DateMention]:
    found: list[DateMention] = []

    def add(m, value, **kw):
        if value and not any(f.start <= m.start() < f.end for f in found):
            found.append(DateMention(m.start(), m.end(), m.group(), value, **kw))

    for m in _FULL.finditer(text):
        y = int(m.group(1))
        mo, d = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
        add(m, _safe(y, int(mo), int(d)))
    for m in _COMPACT.finditer(text):
        add(m, _safe(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for pattern, year in ((_YEAR_MONTH_END, int), (_YEAR_MONTH_END_SHORT, lambda yy: _century(int(yy), today))):
        for m in pattern.finditer(text):
            y, mo = year(m.group(1)), int(m.group(2))
            if 1 <= mo <= 12:
                add(m, date(y, mo, _last_day(y, mo, m.group(3))))
    for m in _FULL_SHORT.finditer(text):
        add(m, _safe(_century(int(m.group(1)), today), int(m.group(2)), int(m.group(3))))
    for m in _DOTTED_SHORT.finditer(text):
        add(m, _safe(_century(int(m.group(1)), today), int(m.group(3)), int(m.group(4))))
    for m in _YEAR_MONTH.finditer(text):
        mo = int(m.group(2))
        if 1 <= mo <= 12:
            add(m, date(int(m.group(1)), mo, 1), month_only=True)
    for m in _YEAR_MONTH_DOT.finditer(text):
        add(m, date(int(m.group(1)), int(m.group(2)), 1), month_only=True)
    for m in _YEAR_MONTH_SHORT.finditer(text):
        mo = int(m.group(2))
        if 1 <= mo <= 12:
            add(m, date(_century(int(m.group(1)), today), mo, 1), month_only=True)
    for m in _LUNAR_MONTH.finditer(text):
        y = int(m.group(1))
        y = y if y > 1000 else _century(y, today)
        later, mo = _LUNAR_AS[m.group(2)]
        add(m, date(y + later, mo, 1), month_only=True)
    # a month and day without a year: the year of another date in the question, else the current one
    years = [int(y) for y in _YEAR_ALONE.findall(text)]
    # "报名25年的，6.30截止": a recent year said in two digits, the year of the dates told without one
    years += [y for m in re.finditer(_SHORT + r"\s*年(?!\s*\d{1,2}\s*月)(?!(多|来|以上|以下|左右|了|间|内|里|后|前|期间))", text)
              for y in [_century(int(m.group(1)), today)] if today.year - 5 <= y <= today.year]
    word = _YEAR_WORD.search(text)
    year = {"今年": today.year, "明年": today.year + 1, "去年": today.year - 1}[word.group()] if word else None
    for pattern, end_of_month in ((_MONTH_DAY, False), (_MONTH_END, True), (_MONTH_DAY_DOT, False)):
        for m in pattern.finditer(text):
            if pattern is _MONTH_DAY_DOT and not (_DOT_DEADLINE_AFTER.match(text, m.end()) or
                                                  _DOT_DEADLINE_BEFORE.search(text[:m.start()])):
                continue   # a dotted month and day only as a deadline ("6.30前报名"), not any number with a dot
            mo = _num(m.group(1))
            # "8月31号截止（2025年）": its year said in brackets right after it
            own = _YEAR_AFTER.match(text, m.end())
            y = int(own.group(1)) if own else \
                year or (max(years) if years and max(years) > today.year - 5 else today.year)
            if not 1 <= mo <= 12:
                continue
            d = _last_day(y, mo, m.group(2)) if end_of_month else _num(m.group(2))
            add(m, _safe(y, mo, d), year_assumed=not (own or year or (years and max(years) > today.year - 5)))
    return sorted(found, key=lambda f: f.start)


def _role(text: str, m: DateMention) -> str | None:
    """"birth" or "reference", by the cue word nearest to the date (before or after it)."""
    if re.search(r"(以|按|按照)$", text[:m.start]) and re.match(r"(为准|计算|为基准|算)", text[m.end:]):
        return "reference"   # "年龄以2025年5月1日为准": a date too long for the cue's gap
    best: tuple[int, str] | None = None
    for role in ("reference", "birth"):
        for h in phrases.hits(text, words("dates", role)):
            if h.start <= m.start and m.end <= h.end and phrases.GAP in h.phrase:
                dist = 0   # "以6月30日为准": a date inside a gapped cue is what the cue names
            elif h.end <= m.start:
                gap = text[h.end:m.start]
                dist = len(gap) if len(gap) <= 8 and not re.search(r"[，,。；;]", gap) else None
            elif h.start >= m.end:
                # (the hour of the day said between is no distance: "6月30号晚上12点截止")
                gap = re.sub(r"(早上|上午|中午|下午|晚上|夜里|凌晨)?[0-9零一二三四五六七八九十]{1,3}(点|时)(整|半|钟)?", "", text[m.end:h.start])
                dist = len(gap) if len(gap) <= 4 and not re.search(r"[，,。；;]", gap) else None
            else:
                dist = None
            if dist is not None and (best is None or dist < best[0]):
                best = (dist, role)
    return best[1] if best else None


_CN_YEAR = re.compile(r"([〇零一二三四五六七八九]{4}|[〇零一二三四五六七八九]{2}(?=年([〇零一二三四五六七八九十]{1,2}月|[0-9]{1,2}月|腊月|正月|冬月|出生|生的|生人)))年")
_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}


_CN_MONTH_DAY = re.compile(r"(?<=[0-9]年)([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})[日号])?")


_CN_SHORT_YEAR = re.compile(r"(?<![零〇一二三四五六七八九十百千两几])([零〇五六七八九][零〇一二三四五六七八九])年(?=的|生|出生)")


def _arabic_years(text: str) -> str:
    """"二〇二三年九月三十日" → "2023年9月30日": a year spelt digit by digit in characters, and the month and
    day after it, in the digits the date patterns read."""
    text = _CN_YEAR.sub(lambda m: "".join(_CN_DIGIT[c] for c in m.group(1)) + "年", text)
    # "九零年的", "八五年生": a two-digit year of birth said digit by digit (not "三四年的", a count of years)
    text = _CN_SHORT_YEAR.sub(lambda m: "".join(_CN_DIGIT[c] for c in m.group(1)) + "年", text)
    return _CN_MONTH_DAY.sub(lambda m: f"{cn_to_int(m.group(1))}月" + (f"{cn_to_int(m.group(2))}日" if m.group(2) else ""),
                             text)


# the age reached within this year ("到今年年底满36岁", "今年满36"): born that many years before this year
_THIS_YEAR_TURNS = re.compile(r"(?:(?:到|在)?今年(?:年底|底|年末)?|(?:到|在)年底)(?:就|才|刚好|正好)?满\s*(?P<n>[0-9]{2}|[一二三四五六七八九十]{2,4})")
# what follows a day that is a birthday ("过35岁生日", "满35周岁")
_TURNS = re.compile(r"\s*(就|刚好|正好|才)?(过|满)(?P<n>[0-9]{2}|[一二三四五六七八九十]{2,4})(周)?岁(的)?(?P<bd>生日)?")


# an identity number (18 characters, the last four often masked: "50010519890315****"): its 7th–14th
# characters are the birth date
_ID_NUMBER = re.compile(r"(?<![0-9])[1-9][0-9]{5}((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9xX*＊]{4}(?![0-9xX*＊])")
# …or its birth digits alone, said right after the card ("身份证19900316", "身份证号：19881203")
_ID_BIRTH_DIGITS = re.compile(r"(身份证(?:号码|号|上)?(?:是|为|写的是|写的)?[:：]?\s*)((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?![0-9])")


def read_dates(text: str, today: date | None = None) -> DateReading:
    """The birth date (or year) and the reference date of the question.

    >>> r = read_dates("截止日期二〇二三年九月三十日，应聘者一九七八年九月三十日出生", date(2026, 12, 1))
    >>> r.reference_date, r.birth_date
    (datetime.date(2023, 9, 30), datetime.date(1978, 9, 30))
    >>> read_dates("到今年年底满36岁，生日是12月28号，报名截止2026年12月15日", date(2026, 12, 4)).birth_date
    datetime.date(1990, 12, 28)
    >>> read_dates("出生1989年5月2日，年龄以2025年5月1日为准", date(2026, 12, 6)).reference_date
    datetime.date(2025, 5, 1)
    """
    today = today or date.today()
    text = _ID_NUMBER.sub(lambda m: f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日出生，", text)
    text = _ID_BIRTH_DIGITS.sub(lambda m: f"{m.group(1)}{m.group(2)}年{int(m.group(3))}月{int(m.group(4))}日出生", text)
    text = _arabic_years(text)
    # "报名9月10号就截止了（今年2025年）": the year the user says it is, for dates told without one
    # …"今年（2024年）", "今年(2024)" too
    said = re.search(r"今年[（(]?(?:是)?((?:19|20)[0-9]{2})年?", text)
    if said:
        try:
            today = today.replace(year=int(said.group(1)))
        except ValueError:      # 29 February
            today = today.replace(year=int(said.group(1)), day=28)
    out = DateReading()
    turning = []
    for m in _mentions(text, today):
        role = _role(text, m)
        # "3月10号过35岁生日": the day a birthday falls on, with the age it brings — born that day, N years before
        turns = _TURNS.match(text, m.end) if m.end is not None else None
        # (…not a deadline by which one must be of an age: "截止到6月30日满18周岁")
        if turns and (turns.group("bd") or role != "reference"):
            n = age_number(turns.group("n"))
            if n and 10 < n < 100:
                turning.append((m, n))
                continue
        if role == "birth" and out.birth_date is None:
            out.birth_date, out.birth_month_only = m.value, m.month_only
            lunar = _LUNAR_MONTH.fullmatch(m.words)
            if lunar and m.value is not None:
                out.notes.append(f"“{m.words}”是农历月份，按公历{m.value.year}年{m.value.month}月前后计算")
            if m.value is not None and not re.search(r"年|[0-9]{4}", m.words):
                # "到今年年底满36岁，生日是12月28号": a birthday with no year, the age it reaches this year told
                full = _THIS_YEAR_TURNS.search(text)
                n = age_number(full.group("n")) if full else None
                if n and 10 < n < 100:
                    try:
                        out.birth_date = m.value.replace(year=today.year - n)
                    except ValueError:     # 29 February
                        out.birth_date = m.value.replace(year=today.year - n, day=28)
        elif role == "reference" and out.reference_date is None and not m.month_only:
            out.reference_date = m.value
            if m.year_assumed:
                out.notes.append(f"“{m.words}”没有写年份，按{m.value.year}年计算")
        elif role == "reference" and out.reference_date is None and m.value is not None:
            # "报名2026年9月截止": the month the application closes, the day not said — its last day
            last = calendar.monthrange(m.value.year, m.value.month)[1]
            out.reference_date = m.value.replace(day=last)
            out.notes.append(f"“{m.words}”没有写哪一天，按该月最后一天（{out.reference_date.isoformat()}）计算")
    if out.birth_date is not None and (out.reference_date or today).year - out.birth_date.year < _BIRTH_AGES[0]:
        out.birth_date = None   # "生日是12月28号" with no year: a birthday, no date of birth
    for m, n in turning:
        if out.birth_date is None and m.value is not None and not m.month_only:
            # the day told without a year is of the year of the reference date it is told with
            year = (out.reference_date.year if m.year_assumed and out.reference_date else m.value.year) - n
            try:
                out.birth_date = m.value.replace(year=year)
            except ValueError:     # 29 February
                out.birth_date = m.value.replace(year=year, day=28)
    if out.birth_date is None:
        for b in _BIRTH_YEAR.finditer(text):
            y = int(b.group(1) or b.group(2) or b.group(3) or b.group(4) or b.group(5))
            y = y if y > 1000 else _century(y, today)
            if _BIRTH_AGES[0] <= (out.reference_date or today).year - y <= _BIRTH_AGES[1]:
                out.birth_year = y
                break
    return out


def nominal_age(text: str) -> int | None:
    """The age told as 虚岁 ("他今年虚岁37"), unless 周岁 is said too.

    >>> nominal_age("他今年虚岁37"), nominal_age("虚岁37，周岁35")
    (37, None)
    """
    nominal = _NOMINAL.search(text)
    n = age_number(nominal.group(1)) if nominal and not re.search(r"周岁|实岁", text) else None
    return n if n and 10 < n < 100 else None


def nominal_birth_year(text: str, on: date) -> int | None:
    """The year of birth a 虚岁 says: one at birth, a year more each new year — born in ``on.year - N + 1``, so
    the 周岁 is N-2 or N-1 as the birthday has come or not.

    >>> nominal_birth_year("他说自己虚岁36", date(2026, 12, 3))
    1991
    """
    n = nominal_age(text)
    return on.year - n + 1 if n else None


def nominal_note(text: str) -> str | None:
    """What "虚岁N" was read as, said in the answer (an assumption is said, not hidden).

    >>> nominal_note("他说自己虚岁36")
    '“虚岁36”按周岁34或35岁计算（看今年生日过了没有）'
    """
    n = nominal_age(text)
    if not n:
        return None
    return f"“{_NOMINAL.search(text).group()}”按周岁{n - 2}或{n - 1}岁计算（看今年生日过了没有）"


def read_age(text: str) -> int | None:
    """An age the applicant states ("34岁", "刚满35周岁", "今年33", "我43了"); not an age of the rule ("35周岁以下").

    >>> [read_age(t) for t in ("我43了还能报不", "他都三十八了", "我刚满三十六了", "35周岁以下", "我3了", "今年46，年龄超一岁",
    ...                         "今年20，就是他17岁那年打过架", "46了还能考连云港辅警么", "还差两个月满18", "还没满18能报吗",
    ...                         "我老公46了，想报连云港的辅警", "大姐夫今年46了…听人讲过了45岁就一律不要了", "我已经过了36岁生日",
    ...                         "属马的，今年本命年，刚满36。高中毕业", "合同才满2年", "我老公今年整40，本科", "连云港辅警46了还能报名吗",
    ...                         "连云港招辅警，47了还能报名吗")]
    [43, 38, 36, None, None, 46, 20, 46, 17, 17, 46, 46, 36, 36, None, 40, 46, 47]
    """
    nominal = _NOMINAL.search(text)
    if nominal and not re.search(r"周岁|实岁", text):
        n = age_number(nominal.group(1))
        if n and 10 < n < 100:
            return n - 1   # "虚岁36": born a year before the age counted so, 周岁 at most 35
    under = _UNDER.search(text)
    if under:
        n = age_number(under.group(1) or under.group(2) or under.group(3))
        if n and 10 < n < 100:
            return n - 1   # "还差两个月满18", "还没满18": not yet that age
    for m in _AGE.finditer(text):
        n = age_number(m.group(1))
        after, before = text[m.end():m.end() + 2], text[max(0, m.start() - 2):m.start()]
        # "年龄超一岁", "差两岁": a difference, not the age
        # "17岁那年跟人打架": the age when something happened, not the age now
        if re.match(r"(那年|那会|那阵|的时候|时候|时)", text[m.end():m.end() + 3]):
            continue
        if n and 0 < n < 120 and not re.match(r"(以上|以下|以内|之间|到|至|-|~)", after) and \
                not re.search(r"(到|至|-|~|超|超了|超过|超出|差|差了|大了|小了|卡)$", before) and \
                not (before.endswith("过了") and not text[m.end():].startswith("生日")):   # "过了45岁就不要了": the rule
            return n
    for m in (_AGE_BARE.search(text), _AGE_SAID.search(text), _AGE_REACHED.search(text)):
        n = age_number(m.group(1)) if m else None
        if n and 10 < n < 100:
            return n
    return None

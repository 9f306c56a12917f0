"""An applicant's facts as users write them — a form field, a CSV cell, a phrase of a question — read one
way, with one vocabulary (``assistant/rules/data/language/``: ``fields.yaml``, ``education.yaml``,
``nationality.yaml``, ``priority.yaml``, ``roles.yaml``).

The form (:mod:`assistant.webapp.eligibility_tab`) and the CSV screening (:mod:`assistant.screening`)
build their :class:`~assistant.rules.profile.Profile` with :func:`read_profile`; the question reader
(:mod:`assistant.understand`) reads an age's number with :func:`age_number` and education with
:func:`read_education`; the date fields here read the formats of :mod:`assistant.understand.dates`.
So "三十四", "1990年5月1日" or "大学" mean the same wherever they are written.

- **年龄**: whole 周岁 — "34", "34岁", "三十四". "30.5" is refused (周岁 counts full years), as are "-1",
  "INFINITY", "1e309" and words.
- **出生日期**, **参照日期**: 1990-05-01, 1990/5/1, 1990.5.1, 1990年5月1日, 19900501. A birth date may be
  a month ("1990年5月": the day is not known) or a year alone ("1990": two possible ages).
- **学历**: the ladder of DOMAIN.md; an incomplete level (在读, 肄业) gives the level completed before it;
  "大学" alone gives 大专. ``education.yaml`` says why.
- **国籍**, **应聘岗位**, **优先类别**, and yes/no fields (each record, 特殊岗位, 未列记录均无).

A field that does not hold its fact raises :class:`FactError` (an :class:`~assistant.errors.InputError`)
naming the field, what was written and what it accepts; :func:`read_profile` reports every bad field at
once, so a CSV row lists all its bad cells.

>>> age("三十四"), age("34岁"), age(34.0), age("")
(34, 34, 34, None)
>>> birth("1990年5月")
Birth(date=datetime.date(1990, 5, 1), month_only=True, year=None)
>>> education("本科在读"), education("大学")
('高中', '大专')
>>> p = read_profile({"age": "三十", "education": "大专", "special_post": "否"})
>>> p.age, p.education, p.special_post
(30, '大专', False)
>>> try:
...     read_profile({"age": "30.5", "reference_date": "2025-02-30"})
... except FactError as exc:
...     print([problem.field for problem in exc.problems])
['年龄', '参照日期']
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from . import phrases
from .errors import InputError
from .numerals import NUMERAL_CHARS, cn_to_int, int_to_cn
from .rules.profile import EDUCATION_LADDER, PRIORITY_LABELS, RECORD_KEYS, RECORD_LABELS, Profile, education_rank

MAX_AGE = 150   # the bound of Profile.age

# fact → the field's name as users see it; the CSV columns are these names (assistant/screening.py)
FIELD_NAMES = {"age": "年龄", "birth": "出生日期", "reference_date": "参照日期", "education": "学历", "nationality": "国籍",
               "role": "应聘岗位", "special_post": "特殊岗位", "none_else": "未列记录均无", "priority": "优先类别"}


@dataclass(frozen=True)
class Problem:
    """One field that does not hold its fact."""

    field: str      # the field as the user sees it ("年龄", a CSV column)
    message: str    # Chinese: the field, what was written, what it accepts


class FactError(InputError):
    """Fields that do not hold the facts they should; the message lists every problem."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = tuple(problems)
        super().__init__("；".join(p.message for p in self.problems))


@dataclass(frozen=True)
class Birth:
    """A birth date as far as it is known: a full date, a month (``month_only``), or a year alone."""

    date: dt.date | None = None
    month_only: bool = False
    year: int | None = None


@dataclass(frozen=True)
class EducationFact:
    level: str | None       # a level of the ladder; None when an incomplete level leaves none completed
    words: str              # the user's words it was read from
    incomplete: bool = False
    unfinished: str | None = None   # the level being studied or left ("大专在读" → 大专): not held


def _language(name: str) -> dict:
    # Imported on use: the question reader (assistant.understand) imports this module for ages and
    # education, so this module must not import that package while it loads.
    from .understand.lexicon import vocabulary
    return vocabulary(name)


def _words(name: str, key: str) -> tuple[str, ...]:
    from .understand.lexicon import words
    return words(name, key)


def _fail(field: str, message: str) -> FactError:
    return FactError([Problem(field, message)])


def _shown(text: str) -> str:
    """What was written, short enough for a message."""
    return text if len(text) <= 20 else text[:20] + "…"


def _text(value) -> str:
    """What the user wrote, trimmed; "" for nothing, or for a word saying the fact is not known ("不详")."""
    if value is None:
        return ""
    text = str(value).replace("\u3000", " ").strip()
    return "" if text in _words("fields", "unknown") else text


# -- age ------------------------------------------------------------------------------------------------
_WHOLE = re.compile(r"(\d{1,4})(?:\.0+)?")          # "34", and "34.00" as a spreadsheet may write it
_DECIMAL = re.compile(r"[+-]?\d+\.\d+")
_INTEGER = re.compile(r"[+-]?\d+")


def age_number(words: str) -> int | None:
    """Whole 周岁 from the number of an age — digits or a Chinese numeral as written ("34", "三十四") —
    between 0 and 150; ``None`` for anything else ("30.5", "-1", "三十四五", which is about 34 or 35).

    >>> age_number("三十四"), age_number("34"), age_number("30.5"), age_number("三十四五")
    (34, 34, None, None)
    """
    w = words.strip()
    m = _WHOLE.fullmatch(w)
    if m:
        n = int(m.group(1))
    elif w and len(w) <= 4 and all(c in NUMERAL_CHARS for c in w):
        try:
            n = cn_to_int(w)
        except ValueError:
            return None
        # only a numeral as it is written ("三十四"), not a run of digits ("三四", "三十四五")
        if not 0 < n < 10000 or int_to_cn(n) != w:
            return None
    else:
        return None
    return n if 0 <= n <= MAX_AGE else None


def age(value, field: str = "年龄") -> int | None:
    """A 年龄 field: whole 周岁, with or without 岁/周岁; ``None`` when empty."""
    text = _text(value)
    if not text:
        return None
    number = text
    for unit in _words("fields", "age_units"):
        if number.endswith(unit):
            number = number[: -len(unit)].strip()
            break
    n = age_number(number)
    if n is not None:
        return n
    if _DECIMAL.fullmatch(number):
        raise _fail(field, f"“{field}”应为整数周岁（周岁按满一年计，不写小数），收到“{_shown(text)}”")
    if _INTEGER.fullmatch(number):
        raise _fail(field, f"“{field}”应为 0 到 {MAX_AGE} 之间的整数周岁，收到“{_shown(text)}”")
    raise _fail(field, f"“{field}”应为整数周岁，如 34、34岁 或 三十四，收到“{_shown(text)}”")


# -- dates ----------------------------------------------------------------------------------------------
_YEAR_ONLY = re.compile(r"((?:19|20)\d{2})\s*年?")
_TIME = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?$")   # "1990/5/1 0:00", as a spreadsheet may save a date
_FORMATS = "1990-05-01、1990/5/1、1990年5月1日 或 19900501"


def _one_date(text: str, field: str, hint: str = ""):
    """The one date that is the whole of ``text``, in a format the question reader reads."""
    from .understand.dates import _mentions   # the question reader's formats (imported on use: see _language)

    text = _TIME.sub("", text)
    found = _mentions(text, dt.date.today())
    if len(found) == 1 and (found[0].start, found[0].end) == (0, len(text)):
        if found[0].year_assumed:
            raise _fail(field, f"“{field}”须写明年份，收到“{_shown(text)}”")
        return found[0]
    raise _fail(field, f"“{field}”不是有效的日期：“{_shown(text)}”（可写 {_FORMATS}{hint}）")


def birth(value, field: str = "出生日期") -> Birth:
    """A 出生日期 field: a date, a month ("1990年5月") or a year alone ("1990", "1990年")."""
    text = _text(value)
    if not text:
        return Birth()
    year = _YEAR_ONLY.fullmatch(text)
    if year:
        return Birth(year=int(year.group(1)))
    m = _one_date(text, field, "；只知道年份可写 1990，只知道年月可写 1990年5月")
    return Birth(date=m.value, month_only=m.month_only)


def day(value, field: str = "参照日期") -> dt.date | None:
    """A full date (参照日期: the day the age is counted on)."""
    text = _text(value)
    if not text:
        return None
    m = _one_date(text, field)
    if m.month_only:
        raise _fail(field, f"“{field}”须写到日，如 2026-06-30，收到“{_shown(text)}”")
    return m.value


# -- education ------------------------------------------------------------------------------------------
def _clause_end(text: str, start: int) -> int:
    # a space between words ends a clause as a comma does ("读大专 读了一年半身体不好休学"), as in clauses.py
    m = re.search(r"[，,。；;！!？?]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", text[start:])
    return start + m.start() if m else len(text)


def _aspired(text: str, start: int) -> bool:
    """The level named at ``start`` is one the person means to study for ("想考个在职研究生", "准备读本科"):
    an aspiration word (``aspired_before``) stands a few characters before it in the same clause."""
    before = re.split(r"[，,。；;！!？?、\s]", text[max(0, start - ASPIRED_REACH):start])[-1]
    return phrases.any_in(before, _words("education", "aspired_before"))


ASPIRED_REACH = 6     # characters before a level an aspiration word may stand ("想考个在职|研究生")


_GRADUATES_HERE = re.compile(r"(就|也|才|都)?毕业")
# a time ahead said just before the level and its 毕业 ("6月份才高中毕业", "明年才大专毕业")
# (…"明年7月才拿本科毕业证": the certificate still to be had)
_GRADUATES_LATER = re.compile(r"(月份?|明年|下半年|年底|年中|暑假|秋天|夏天)[^，,。；;]{0,3}(才|要|才能|就要)(拿|拿到|领|领到|发)?$")


# a level said as what the applicant wrote ("学历填的“高职”"), and the words that set it right after ("其实就是职高")
_AS_FILLED = re.compile(r"(填的|填写的|写的|写着|填了|写了|报的|自称|自己说是)[“\"「『]?$")
_CORRECTED = re.compile(r"其实(就)?是|实际(上)?(就)?是|毕业证(上)?(是|写的)|学信网|一查")


def read_education(text: str, field: bool = False) -> EducationFact | None:
    """The applicant's education in ``text``: the highest level named; an incomplete one (在读, 肄业 …)
    gives the level completed before it (``completed_before``, or a completed lower level also stated).
    ``field``: ``text`` is a 学历 field, where field-only words count ("大学") and "以上" names no rule.

    >>> read_education("大专毕业，现在本科在读")
    EducationFact(level='大专', words='本科在读', incomplete=True, unfinished='本科')
    >>> read_education("普高读到高二就没读了，后来去读了个职高中专，拿了中专毕业证").level
    '高中'
    >>> read_education("高二上了一半就不念了，出来送外卖。他说他跟高中毕业差不多").level
    '初中'
    >>> read_education("学历填的大专，学信网一查，大专读了两年就退学了，只有肄业证，高中是正常毕业的").level
    '高中'
    >>> read_education("本科读了三年没读完，拿的是肄业证，之前是普通高中毕业。他说总比大专强吧").level
    '高中'
    >>> read_education("高三那年考试作弊被学校开除了学籍，后来去读了技校毕业").level
    '高中'
    >>> read_education("高中毕业后一直在考自考本科，还差两门没过，手上没得专科文凭").level
    '高中'
    >>> read_education("学历填的“高职”，我看毕业证是某某职业高级中学，其实就是职高").level
    '高中'
    >>> read_education("学历栏写的'职高'，他说职高就是高职，跟大专一个档次").level
    '高中'
    >>> read_education("娃儿初中毕业就没读了")
    EducationFact(level='初中', words='初中', incomplete=False, unfinished=None)
    """
    vocab = _language("education")
    levels = vocab["levels"]                     # highest first
    grades = vocab.get("grades") or {}
    rule_words = () if field else _words("education", "rule_words")
    found: list[tuple[str, str, str, bool]] = []   # (level, its phrase, the words said, incomplete)
    left: set[str] = set()     # levels left in a school year ("高中读到高二就出去打工了"): that level is not held
    graduated: set[str] = set()   # …unless a school of that level was finished after all, 毕业 said
    for level in levels:
        names = list(levels[level]) + (list((vocab.get("field_words") or {}).get(level) or ()) if field else [])
        # a school year ("高二读了一半", "读到大二"): the level was entered, not completed, unless 毕业 follows
        for h in phrases.hits(text, [str(w) for w in grades.get(level) or ()]):
            if re.match(r"(的时候|那会儿?|时候|期间)", text[h.end:]):
                continue   # "大二的时候跟室友打麻将": when something happened, not the level reached
            if re.match(r"(点|些|截|大截|倍|级|哈|下|丁点)", text[h.end:]) or \
                    text[max(0, h.start - 1):h.start] in ("提", "要", "更", "改", "调", "写", "填", "弄", "搞", "拉", "抬", "打"):
                continue   # "工资要高一点", "把数字改高一哈": 高 is "higher", no school year
            if not any(o.start <= h.start < o.end for o in phrases.hits(text, [str(w) for w in names])):
                done = re.match(r"\s*(?:就|也|才)?毕业", text[h.end:]) is not None
                tail = text[h.start:_clause_end(text, h.end)][:len(h.phrase) + 8]
                inc = phrases.first(tail, _words("education", "incomplete"))
                said = text[h.start:max(h.end, h.start + inc.end)] if inc else h.phrase
                found.append((level, h.phrase, said, not done))
                if not done:
                    left.add(level)
        for h in phrases.hits(text, [str(w) for w in names]):
            if re.search(r"(跟|和|同|相当于|等于)$", text[max(0, h.start - 3):h.start]) and \
                    re.search(r"差不多|一样|相当|似的|一个档次|一个级别|一个层次|同等|平级|一回事", text[h.end:h.end + 8]):
                continue   # "他说他跟高中毕业差不多", "跟大专一个档次": a level compared to, not held
            said_is = re.search(r"(就是|等于|相当于|等同于)$", text[max(0, h.start - 4):h.start])
            if said_is and any(w in text[max(0, h.start - len(said_is.group()) - 6):h.start - len(said_is.group())]
                               for ws in levels.values() for w in map(str, ws)):
                continue   # "他说职高就是高职": one level said to be another — the first is the one held
            after = text[h.end:h.end + 4]
            if any(after.startswith(w) for w in rule_words) and not re.search(r"(我|他|她)", text[:h.start][-4:]):
                continue   # "要求大专以上" names the rule
            if not field and re.search(r"(要求|要求是|需要|须|必须|得是|起码|至少|门槛是?|(也算|算是|就算|当作|当成|视为|等同于?)(读过|念过|上过|是)?)$", text[:h.start]):
                continue   # "招文职辅警要求大专，我…": the rule's level; "他说肄业也算大专学历", "中专也算读过高中阶段了": claimed
            if not field and re.match(r"(也算|就算|算是|也能算|能算|应该算)", text[h.end:]):
                continue   # "他说中专也算读过高中阶段了": the level argued about, not held
            if not field and _AS_FILLED.search(text[:h.start]) and _CORRECTED.search(text[h.end:]):
                continue   # "学历填的“高职”，我看毕业证是某某职业高级中学，其实就是职高": what the form says, corrected after
            if not field and _aspired(text, h.start):
                continue   # "想考个在职研究生": a level aimed at, not held
            if not field and re.search(r"(比|不如|不比|胜过|强过|高过)$", text[:h.start]) and \
                    re.match(r"(强|差|高|低|好|厉害|多|少)", text[h.end:]):
                continue   # "大学都读了三年了，总比大专强吧": a level compared with, not held
            # "大学在读": the incomplete words may be the phrase's own end; "在读本科": just before it
            # ("本科念了两年家里有事就退学了": a few words on, in its clause)
            clause_end = _clause_end(text, h.end)
            tail = text[h.start:clause_end][:len(h.phrase) + 12]
            # "技校毕业", "读了技校毕业": 毕业 said right after the level
            graduates_here = _GRADUATES_HERE.match(text, h.end) is not None
            # "在读本科", "在读成人高考的大专": the incomplete words before it in its clause
            head_start = max(0, h.start - 10)
            head_start = max([head_start] + [i + 1 for i, ch in enumerate(text[:h.start]) if ch in "，,。；;！!？? "])
            inc = phrases.first(tail, _words("education", "incomplete"))
            if inc and re.search(r"(?<![没未不])毕业", tail[len(h.phrase):inc.start]):
                inc = None   # "初中毕业就没读了": the level finished, no more school after it
            if graduates_here and _GRADUATES_LATER.search(text[head_start:h.start]) and \
                    not re.search(r"去年|前年|早就|已经|早", text[head_start:h.start]):
                # "今年读高三…可他6月份才高中毕业": the 毕业 still ahead, the level not held yet
                graduates_here, inc = False, phrases.Hit("才毕业", 0, len(h.phrase))
            if inc is None and not field and not graduates_here and \
                    not any(phrases.first(text[h.end:clause_end], [str(w) for w in ws]) for lv, ws in levels.items() if lv != level):
                # "读了两年大专，最后一年没读完，算肄业": the clauses after it that name no other level say it
                # (…not "高中毕业后一直在考自考本科，还差两门没过": another level's story goes on there)
                end = clause_end
                for _ in range(2):
                    nxt_end = _clause_end(text, end + 1)
                    nxt = text[end + 1:nxt_end]
                    if not nxt or any(phrases.first(nxt, [str(w) for w in ws]) for ws in levels.values()):
                        break
                    found_inc = phrases.first(nxt, _words("education", "incomplete"))
                    if found_inc:
                        inc = phrases.Hit(found_inc.phrase, 0, len(h.phrase))
                        break
                    end = nxt_end
            if inc:
                said = text[h.start:max(h.end, h.start + inc.end)]
            else:
                inc = phrases.first(text[head_start:h.start], _words("education", "incomplete_before"))
                if inc and inc.phrase == "读了" and (text[head_start + inc.end:head_start + inc.end + 1] == "个" or graduates_here):
                    inc = None   # "在那边读了个本科", "后来去读了技校毕业": a degree taken, said plainly
                said = text[head_start + inc.start:h.end] if inc else h.phrase
            found.append((level, h.phrase, said, inc is not None))
            # "…高二就没读了，后来读了个职高中专，拿了中专毕业证": that level was completed — not "他说他跟高中毕业差不多"
            # (…"后来去读了技校毕业": the level named and 毕业 right after it)
            if inc is None and (re.search(r"毕业证|毕了业|已经毕业|毕业了|正常毕业|顺利毕业|按时毕业|是毕业的", tail) or
                                graduates_here) and not re.search(r"差不多|一样|相当", tail) and \
                    not re.search(r"(跟|和|同|相当于|等于|算)$", text[:h.start]):
                graduated.add(level)
    if not found:
        return None
    # "学历填的大专…他大专读了两年就退学了": a level said plainly and also left unfinished is not held, unless its
    # 毕业 is said
    # (…the same school named both ways, not another of its level: "高二…后来去读了技校，技校是正常毕业的")
    unfinished = {(lv, ph) for lv, ph, _, inc in found if inc and lv not in graduated}
    found = [f for f in found if f[3] or (f[0], f[1]) not in unfinished]
    college_years = [str(w) for w in grades.get("大专") or ()]
    if not field and re.search(r"(现在|今年|目前|正在|刚上|在读|读|上)(" + "|".join(college_years) + ")", text):
        # "现在大四，明年7月才毕业…高中毕业直接考的本科": the college named is the one of the year now being studied
        found = [(lv, ph, said, True) if lv in ("本科", "大专") and lv not in graduated and ph not in college_years
                 else (lv, ph, said, inc) for lv, ph, said, inc in found]
    level, phrase, said, incomplete = found[0]
    if not incomplete:
        return EducationFact(level, said)
    entry = (vocab.get("entry_words") or {}).get(phrase, vocab["completed_before"].get(level))
    # a completed lower level said beside it ("大专毕业，本科在读") counts when it is higher; so does what an unfinished
    # lower one implies ("高二读完就出来打工了…现在在考自考大专": 初中)
    best = max([entry] + [lv for lv, _, _, inc in found[1:] if not inc and (lv not in left or lv in graduated)] +
               [vocab["completed_before"].get(lv) for lv, ph, _, inc in found[1:]
                if inc and lv not in graduated and education_rank(lv) < education_rank(level)],
               key=education_rank)
    return EducationFact(best, said, True, level)


def education(value, field: str = "学历") -> str | None:
    """A 学历 field → a level of the ladder (read as in a question, see :func:`read_education`)."""
    text = _text(value)
    if not text:
        return None
    fact = read_education(text, field=True)
    if fact is None:
        raise _fail(field, f"“{field}”无法识别：“{_shown(text)}”（可填 {'、'.join(EDUCATION_LADDER)}，"
                           f"未毕业的可写“在读”“肄业”）")
    return fact.level


# -- nationality, role, priority, yes/no ----------------------------------------------------------------
def nationality(value, field: str = "国籍") -> str | None:
    """A 国籍 field: "中国" for China's names (the whole field), otherwise the nationality as written."""
    text = _text(value)
    if not text:
        return None
    vocab = _language("nationality")
    china = set(vocab["field_names"]["中国"]) | set(vocab["nationality"]["中国"])
    return "中国" if text in china else text


def role(value, field: str = "应聘岗位") -> str | None:
    """An 应聘岗位 field: 勤务 or 文职, by the words ``roles.yaml`` states them with."""
    text = _text(value)
    if not text:
        return None
    roles = _language("roles")["roles"]
    named = [r for r, spec in roles.items() if phrases.any_in(text, spec["stated"])]
    if len(named) != 1:
        raise _fail(field, f"“{field}”应填 {' 或 '.join(roles)}，收到“{_shown(text)}”")
    return named[0]


def yes_no(value, field: str) -> bool | None:
    """A yes/no field (a record, 特殊岗位, 未列记录均无); ``None`` when empty."""
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if not text:
        return None
    if text in _words("fields", "yes"):
        return True
    if text in _words("fields", "no"):
        return False
    raise _fail(field, f"“{field}”应填 是/否（或留空），收到“{_shown(text)}”")


_SEPARATORS = re.compile(r"[、;；,，/\s]+")


def priority(value, field: str = "优先类别") -> list[str]:
    """Priority categories: a list (the form's keys) or one field naming them, separated by 、；，or spaces."""
    names = {key: key for key in PRIORITY_LABELS} | {label: key for key, label in PRIORITY_LABELS.items()} | \
        {name: key for key, ns in _language("priority")["categories"].items() for name in ns}
    text = "、".join(_text(v) for v in value) if isinstance(value, (list, tuple)) else _text(value)
    keys, unknown, at = [], [], 0
    # longest names first, left to right: a label may itself hold a 、 ("烈士、因公牺牲人员的家属")
    for h in phrases.longest_only(phrases.hits(text, names)):
        if h.start < at:
            continue
        unknown += [p for p in _SEPARATORS.split(text[at:h.start]) if p]
        keys.append(names[h.phrase])
        at = h.end
    unknown += [p for p in _SEPARATORS.split(text[at:]) if p]
    if unknown:
        raise _fail(field, f"“{field}”无法识别：“{_shown('、'.join(unknown))}”（可填 {'、'.join(PRIORITY_LABELS.values())}）")
    return list(dict.fromkeys(keys))


# -- a profile ------------------------------------------------------------------------------------------
READERS = {"age": age, "birth": birth, "reference_date": day, "education": education, "nationality": nationality,
           "role": role, "special_post": yes_no, "none_else": yes_no, "priority": priority} | \
    {key: yes_no for key in RECORD_KEYS}


def read_field(fact: str, value, field: str | None = None):
    """One field read as ``fact`` (a key of :data:`READERS`); raises :class:`FactError`."""
    return READERS[fact](value, field or FIELD_NAMES.get(fact) or RECORD_LABELS[fact])


def read_profile(values: Mapping[str, object], names: Mapping[str, str] | None = None,
                 today: dt.date | None = None) -> Profile:
    """What a user wrote, fact by fact (keys of :data:`READERS`: ``age``, ``birth``, ``reference_date``,
    ``education``, ``nationality``, ``role``, ``special_post``, ``priority``, ``none_else`` and one per record
    key), → a :class:`Profile`. ``names``: fact → the field's name in messages (the CSV's columns).

    A record left empty is unknown, unless ``none_else`` says the records not marked are all absent.
    Raises :class:`FactError` listing every field that does not hold its fact.
    """
    names = dict(names or {})
    problems: list[Problem] = []

    def read(fact: str):
        try:
            return read_field(fact, values.get(fact), names.get(fact))
        except FactError as exc:
            problems.extend(exc.problems)
            return None

    facts = {fact: read(fact) for fact in READERS}
    records = {}
    for key in RECORD_KEYS:
        if facts[key] is not None:
            records[key] = facts[key]
        elif facts["none_else"]:
            records[key] = False
    born = facts["birth"] or Birth()
    on = facts["reference_date"] or today or dt.date.today()
    if (born.date and born.date > on) or (born.year and born.year > on.year):
        field = names.get("birth") or FIELD_NAMES["birth"]
        problems.append(Problem(field, f"“{field}”晚于{'参照日期' if facts['reference_date'] else '今天'}，请核对"))
    if problems:
        raise FactError(problems)
    return Profile(age=facts["age"], birth_date=born.date, birth_month_only=born.month_only, birth_year=born.year,
                   reference_date=facts["reference_date"], education=facts["education"],
                   nationality=facts["nationality"], role=facts["role"], records=records,
                   priority=facts["priority"] or [], special_post=facts["special_post"])

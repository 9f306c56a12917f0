"""An applicant profile (the facts the eligibility tool decides on) and its vocabularies.

Record keys are canonical names for the records the texts name; each city's data file says which
of them disqualify there. ``records`` maps a key to ``True`` (the applicant has it), ``False``
(stated: does not have it); a key that is absent is unknown.

>>> p = Profile(age=34, education="大专", role="文职", nationality="中国", records={"administrative_detention": True})
>>> p.age_on()
34
>>> education_rank("本科") > education_rank("大专")
True
"""

from __future__ import annotations

import re
from datetime import date

from pydantic import BaseModel, Field

# DOMAIN.md: 初中 < 高中阶段 (普通高中, 中专, 职高, 技校) < 大专 < 本科 < 硕士 < 博士
EDUCATION_LADDER = ("初中", "高中", "大专", "本科", "硕士", "博士")

# Record key → how the question to the user names it.
RECORD_LABELS = {
    "criminal_punishment": "受过刑事处罚（被追究刑事责任）",
    "pending_criminal_case": "涉嫌犯罪尚未结案",
    "administrative_detention": "受过行政拘留",
    "judicial_detention": "受过司法拘留",
    "prostitution_gambling_penalty": "因卖淫嫖娼、赌博受过治安管理处罚",
    "drug_history": "有吸毒史",
    "dismissed": "因违法违纪被辞退或解除劳动合同",
    "expelled_public_office": "被开除公职",
    "expelled_military": "被开除军籍",
    "credit_blacklist": "被列为失信惩戒对象（失信被执行人等）",
    "left_aux_contract_early": "辅警合同期未满擅自离职",
    "other_public_order_penalty": "受过其他治安管理处罚（如罚款、警告）",
    "disciplinary_sanction": "受过党纪政务处分",
}
RECORD_KEYS = tuple(RECORD_LABELS)

PRIORITY_LABELS = {
    "martyr_family": "烈士、因公牺牲人员的家属",
    "veteran": "退役军人",
    "good_samaritan": "见义勇为人员",
    "police_law_graduate": "公安（警察）类、政法（法学）类院校或专业毕业生",
    "professional_qualification": "具有岗位所需专业资质、技能",
}


def education_rank(level: str | None) -> int:
    """Position on the ladder; -1 for unknown."""
    return EDUCATION_LADDER.index(level) if level in EDUCATION_LADDER else -1


_YEAR_ONLY = re.compile(r"\s*((?:19|20)\d{2})\s*年?\s*")


def birth_year_only(text: str | None) -> int | None:
    """The year when a birth-date field holds a year alone ("1990", "1990年"), else ``None``.

    >>> birth_year_only("1990年"), birth_year_only("1990-05-01")
    (1990, None)
    """
    m = _YEAR_ONLY.fullmatch(text or "")
    return int(m.group(1)) if m else None


def full_years(birth: date, on: date) -> int:
    """周岁: full years completed on ``on``."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


class Profile(BaseModel):
    """What an applicant tells HR. Every field may be unknown (``None``)."""

    age: int | None = Field(None, description="周岁年龄", ge=0, le=150)
    birth_date: date | None = Field(None, description="出生日期；给出时按参照日计算周岁")
    birth_year: int | None = Field(None, description="只知道出生年份时的年份（周岁可能差一岁）", ge=1900, le=2100)
    reference_date: date | None = Field(None, description="计算年龄的参照日（如报名截止日），默认今天")
    nationality: str | None = Field(None, description="国籍，如 中国")
    education: str | None = Field(None, description="学历：" + "、".join(EDUCATION_LADDER))
    role: str | None = Field(None, description="应聘岗位：勤务 或 文职")
    records: dict[str, bool] = Field(default_factory=dict, description="记录 → 有(true)/没有(false)")
    priority: list[str] = Field(default_factory=list, description="优先招聘类别")
    special_post: bool | None = Field(None, description="是否特殊岗位（连云港年龄可适当放宽）")

    def age_on(self, today: date | None = None) -> int | None:
        """周岁 on the reference date; ``None`` when unknown or when only the birth year is known
        and the applicant's birthday decides it (see :meth:`age_range`)."""
        lo_hi = self.age_range(today)
        return lo_hi[0] if lo_hi and lo_hi[0] == lo_hi[1] else None

    def age_range(self, today: date | None = None) -> tuple[int, int] | None:
        """(youngest, oldest) possible 周岁: one value from an age or a birth date; from a birth year
        alone, the two ages before and after the birthday ("1990年出生" → 35 or 36 in November 2026)."""
        on = self.reference_date or today or date.today()
        if self.birth_date:
            a = full_years(self.birth_date, on)
            return a, a
        if self.age is not None:
            return self.age, self.age
        if self.birth_year:
            return full_years(date(self.birth_year, 12, 31), on), full_years(date(self.birth_year, 1, 1), on)
        return None

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

import calendar
from datetime import date

from pydantic import BaseModel, Field

# DOMAIN.md: 初中 < 高中阶段 (普通高中, 中专, 职高, 技校) < 大专 < 本科 < 硕士 < 博士
EDUCATION_LADDER = ("初中", "高中", "大专", "本科", "硕士", "博士")

# Record key → how the question to the user names it.
RECORD_LABELS = {
    "criminal_liability": "曾被追究刑事责任（含判决免予刑事处罚）",
    "criminal_punishment": "受过刑事处罚",
    "pending_criminal_case": "涉嫌犯罪尚未结案",
    "criminal_detention": "被刑事拘留过",
    "administrative_detention": "受过行政拘留",
    "judicial_detention": "受过司法拘留",
    "prostitution_gambling_penalty": "因卖淫嫖娼、赌博受过治安管理处罚",
    "drug_history": "有吸毒史",
    "dismissed": "因违法违纪被开除、辞退或解除劳动合同",
    "dismissed_serious": "因严重违纪违规被辞退或解除劳动关系",
    "expelled_public_office": "被开除公职",
    "expelled_military": "被开除军籍",
    "credit_blacklist": "被依法列为失信惩戒对象（失信被执行人、严重失信主体名单）",
    "left_aux_contract_early": "从事警务辅助工作合同期未满擅自离职",
    "other_public_order_penalty": "受过其他治安管理处罚（如罚款、警告）",
    "disciplinary_sanction": "受过党纪政务处分",
    # 相对不起诉: the prosecutor finds a minor crime and waives prosecution — no 刑事责任 was imposed, yet the
    # facts of a crime stand; neither text lists it, so the catch-all reviews it
    "crime_not_prosecuted": "犯罪情节轻微被决定不起诉（相对不起诉）",
    # gambling or prostitution told, with no 治安管理处罚 for it (批评教育, 没被罚): not 重庆 10(3)'s record, yet
    # conduct the texts leave to their catch-all (其他不适合…的情形) — reviewed, not passed
    "gambling_unpenalised": "有赌博或嫖娼的行为，但没有因此受过治安管理处罚",
    # conduct told that no text lists (饮酒后驾驶, 被开除学籍, a 纪委 inquiry still open): the catch-all
    # (其他不适合…的情形) reviews it — neither passed in silence nor taken for a listed record
    "other_misconduct": "有条文未列明的其他违法违纪行为（如酒后驾驶、被开除学籍、正被纪检调查）",
}
# A record that implies another ("受过刑事处罚" is also "被追究刑事责任"; "因严重违纪违规被辞退" is also
# "因违法违纪被辞退"): stated true, the implied one is true; the implied one denied, this one is too.
IMPLIES = {"criminal_punishment": "criminal_liability", "dismissed_serious": "dismissed"}
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


def full_years(birth: date, on: date) -> int:
    """周岁: full years completed on ``on``."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def complete_records(records: dict[str, bool]) -> dict[str, bool]:
    """``records`` with what they imply (:data:`IMPLIES`), both ways.

    >>> complete_records({"criminal_punishment": True})
    {'criminal_punishment': True, 'criminal_liability': True}
    >>> complete_records({"dismissed": False})
    {'dismissed': False, 'dismissed_serious': False}
    """
    out = dict(records)
    for narrow, broad in IMPLIES.items():
        if out.get(narrow) is True:
            out[broad] = True
        if out.get(broad) is False:
            out.setdefault(narrow, False)
    return out


class Profile(BaseModel):
    """What an applicant tells HR. Every field may be unknown (``None``)."""

    age: int | None = Field(None, description="周岁年龄", ge=0, le=150)
    birth_date: date | None = Field(None, description="出生日期；给出时按参照日计算周岁")
    birth_year: int | None = Field(None, description="只知道出生年份时的年份（周岁可能差一岁）", ge=1900, le=2100)
    reference_date: date | None = Field(None, description="计算年龄的参照日（如报名截止日），默认今天")
    nationality: str | None = Field(None, description="国籍，如 中国")
    education: str | None = Field(None, description="学历：" + "、".join(EDUCATION_LADDER))
    education_unfinished: str | None = Field(None, description="在读、肄业、未毕业的学历（未取得；达不到以它为最低要求的岗位）")
    role: str | None = Field(None, description="应聘岗位：勤务 或 文职")
    records: dict[str, bool] = Field(default_factory=dict, description="记录 → 有(true)/没有(false)")
    priority: list[str] = Field(default_factory=list, description="优先招聘类别")
    special_post: bool | None = Field(None, description="是否招聘公告中的特殊岗位（规定对特殊岗位可适当放宽年龄时据此判断）")
    birth_month_only: bool = Field(False, description="出生日期只知道年月（日不详）")
    priority_facets: dict[str, str] = Field(default_factory=dict, description="问题中说到的优先招聘情形（要素 → 原话）")
    priority_asked: bool = Field(False, description="问题问到是否优先招聘：答复先说优先招聘的结论")
    stated: list[dict] = Field(default_factory=list, description="问题中说到的记录：原话、归属、限定条件及其读法")
    health: str | None = Field(None, description="问题中说到的身体或心理状况（如“色弱”“纹身”）：条文未列为不得录用情形，由体检、测评核实")
    not_conditions: list[str] = Field(default_factory=list, description="问到是否必须具备、但条文没有列为招聘条件的事项（如“驾驶证”“本地户口”）")
    conditions_claimed: str | None = Field(None, description="概括说明其他条件都符合的原话（如“别的条件都够”）：未说明的年龄、学历按符合理解，并在答复中说明")
    aux_service_told: bool | None = Field(None, description="问题是否说到应聘者从事过（或正从事）警务辅助工作；表格、CSV 不说（None）")
    clean_record_words: str | None = Field(None, description="概括说明无违法犯罪记录的原话（如“无违法犯罪记录”）：它未涵盖的不得录用情形（开除、失信等）仍须确认，答复中说明")

    def age_on(self, today: date | None = None) -> int | None:
        """周岁 on the reference date; ``None`` when unknown or when only the birth year is known
        and the applicant's birthday decides it (see :meth:`age_range`)."""
        lo_hi = self.age_range(today)
        return lo_hi[0] if lo_hi and lo_hi[0] == lo_hi[1] else None

    def age_range(self, today: date | None = None) -> tuple[int, int] | None:
        """(youngest, oldest) possible 周岁: one value from an age or a birth date; from a birth year
        alone, the two ages before and after the birthday ("1990年出生" → 35 or 36 in November 2026)."""
        on = self.reference_date or today or date.today()
        if self.birth_date and self.birth_month_only:
            # the day is not known: the first and the last possible birthday of that month
            last = date(self.birth_date.year, self.birth_date.month, calendar.monthrange(self.birth_date.year,
                                                                                        self.birth_date.month)[1])
            return full_years(last, on), full_years(self.birth_date, on)
        if self.birth_date:
            a = full_years(self.birth_date, on)
            return a, a
        if self.age is not None:
            return self.age, self.age
        if self.birth_year:
            return full_years(date(self.birth_year, 12, 31), on), full_years(date(self.birth_year, 1, 1), on)
        return None

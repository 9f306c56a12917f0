"""Deterministic question analysis: which tool to call, with which facts.

Reads a (cleaned) Chinese question and returns an :class:`Analysis`: the jurisdictions named
(or given), a city the corpus does not hold, the role, the intent (``eligibility`` · ``recusal`` ·
``duty`` · ``compare`` · ``lookup``), and the facts each tool needs — an applicant
:class:`~assistant.rules.profile.Profile` (age, birth date, education, nationality, records with
their negations, priority categories), the relation to a case, the action asked about.

>>> a = analyze("我38岁，大专，没有被拘留过，能报重庆的文职辅警吗？")
>>> a.intent, a.jurisdictions, a.role, a.profile.age, a.profile.education
('eligibility', ['chongqing'], '文职', 38, '大专')
>>> a.profile.records["administrative_detention"]
False
>>> analyze("当事人是我表哥，我要回避吗").relation
'cousin'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .corpus import Corpus
from .numerals import NUMERAL_CHARS, cn_to_int
from .rules.duty import action_phrase, match_action
from .rules.profile import Profile

# Places that are not in the corpus: a question about them is answered with an honest "not covered".
OTHER_PLACES = (
    "北京", "上海", "天津", "广州", "深圳", "杭州", "南京", "苏州", "无锡", "常州", "南通", "扬州", "镇江", "泰州",
    "徐州", "淮安", "盐城", "宿迁", "成都", "武汉", "西安", "长沙", "郑州", "济南", "青岛", "合肥", "福州", "厦门",
    "昆明", "贵阳", "南宁", "海口", "沈阳", "大连", "长春", "哈尔滨", "石家庄", "太原", "呼和浩特", "兰州", "西宁",
    "银川", "乌鲁木齐", "拉萨", "南昌", "东莞", "佛山", "宁波", "温州", "香港", "澳门", "台湾", "河北", "山西",
    "辽宁", "吉林", "黑龙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川",
    "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏", "新疆", "浙江", "江苏",
)

NEGATION = re.compile(r"(没有|没|无|未|从未|不曾|从没|并无|并没有|不是|未曾|从来没|从来没有|也没|也没有|不存在|不在|不属于|并非)[^，。,；;！？]{0,6}$")

# record key → patterns (first match decides; negation looked for just before it)
RECORD_PATTERNS = {
    "criminal_punishment": r"判过刑|判刑|被判|坐过牢|坐牢|服过刑|服刑|刑满释放|缓刑|犯罪记录|前科|刑事处罚|追究刑事责任|刑事责任|刑事追究",
    "pending_criminal_case": r"取保候审|涉嫌|监视居住|尚未结案|案子还没结|还没判|没判下来|还在侦查|正在被立案|在审理|案子在身|身上有案|在逃",
    "criminal_detention": r"刑事拘留|刑拘",
    "judicial_detention": r"司法拘留",
    "administrative_detention": r"行政拘留|行拘|(?<!司法)(?<!刑事)拘留|被拘|关过几天",
    "prostitution_gambling_penalty": r"嫖娼|卖淫|嫖过|赌博被|因赌博|赌博受过|参与赌博|赌博罚|赌钱被|嫖赌|嫖|赌(?!气)",
    "drug_history": r"吸毒|吸过毒|溜冰|戒毒|涉毒|黄赌毒|嫖赌毒",
    "expelled_public_office": r"开除公职",
    "expelled_military": r"开除军籍|开除出部队",
    "dismissed": r"被辞退|被开除|被单位开除|解除劳动合同|解除劳动关系|被解聘",
    "credit_blacklist": r"失信|老赖|黑名单|被执行人",
    "left_aux_contract_early": r"擅自离职|没到期就|合同期未满|提前离职|没干满合同|合同没满|未满就(走|离职|辞职)|私自离职|擅自离开|"
                               r"不辞而别|没办(离职)?手续.{0,4}(不干|走|离开|离职|辞职)|合同还?(剩|没到期|没满).{0,10}(不干|走了|离开|离职|辞职)",
    "other_public_order_penalty": r"治安处罚|治安罚款|打架被罚|被罚款|罚过款|警告处罚",
    "disciplinary_sanction": r"记过|记大过|警告处分|党内警告|严重警告|处分",
}
CLEAN_ALL = re.compile(r"(没有|无|没)(任何)?(不良|违法违纪|违法犯罪|违纪违法)(记录|行为|情况)|身家清白|政审(都|也)?没(有)?(任何)?问题|"
                       r"(记录|背景)(都)?(很)?清白|什么(记录|问题)都没有|没有任何(记录|问题|案底)|无任何(记录|问题|案底)")
CLEAN_CRIMINAL = re.compile(r"(无|没有|没)(犯罪记录|前科|案底|犯罪(?!嫌疑))|(没|没有|未|从未)犯过?(罪|法)|无刑事")
CLEAN_LAW = re.compile(r"(无|没有|没)(任何)?(违法犯罪|违法)(记录)?")
# "也没当过辅警": never an auxiliary officer, so never left such a contract early
NEVER_AUX = re.compile(r"(没|没有|从没|从未|未曾|不曾)(当|干|做|从事)过(辅警|警务辅助)")

EDUCATION_PATTERNS = (
    ("博士", r"博士"), ("硕士", r"硕士|研究生"), ("本科", r"本科|学士|大学毕业|大学学历|985|211"),
    ("大专", r"大专|专科|高职|大学专科"), ("高中", r"高中|中专|职高|技校|中职|普高|高职?中"), ("初中", r"初中|中学毕业"),
)
PRIORITY_PATTERNS = {
    "martyr_family": r"烈士|因公牺牲",
    "veteran": r"退役军人|退伍|当过兵|转业军人|复员|退役",
    "good_samaritan": r"见义勇为",
    "police_law_graduate": r"警校|警察学院|警官学院|公安院校|公安专业|公安类|政法|法学|法律专业",
    "professional_qualification": r"(有|具备|持有).{0,8}(资格证|执业证|资质|证书)",
}
NATIONALITY = (
    ("中国", r"中国籍|中国国籍|中国公民|中华人民共和国国籍"),
    ("外国", r"外籍|外国籍|外国国籍|美国籍|加拿大籍|澳大利亚籍|日本籍|韩国籍|英国籍|外国人|绿卡"),
)

# Relations: ordered, so "姐夫" is an in-law before "姐" is a sibling, "男朋友" a partner before "朋友".
RELATION_PATTERNS = (
    ("none", r"不认识|没有(任何)?关系|毫无关系|没关系|素不相识|陌生人|无亲无故|不沾亲|八竿子打不着|不沾边|没有交集|没交集|非亲非故"),
    ("self", r"我(自己|本人)?(就)?是(案件的|案子的|这个案子的)?当事人|我本人是当事人|我(家|自己|本人)?(就)?被(人)?(偷|盗|打|骗|抢|撞|砸)|"
             r"我是受害人|我是报案人|我自己的案子|涉及我本人"),
    ("interest", r"利害关系|合伙|入股|入了股|股份|欠我钱|借(了)?钱给|生意伙伴|我(家)?的(店|公司|车)|经济往来|利益关系|投资"),
    ("godkin", r"干爹|干妈|干爸|干娘|干儿子|干女儿|干哥|干姐|干弟|干妹|干亲|义父|义母|结拜"),
    ("in_law", r"岳父|岳母|丈母娘|老丈人|公公|婆婆|小舅子|大舅子|姐夫|妹夫|嫂子|弟媳|弟妹|连襟|妯娌|儿媳|女婿|亲家"),
    ("cousin", r"表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|表兄|堂兄|表亲|堂亲"),
    ("uncle_aunt", r"叔叔|伯伯|伯父|叔父|姑姑|姑妈|舅舅|阿姨|姨妈|姨父|姑父|舅妈|婶婶|侄子|侄女|外甥|亲戚"),
    ("partner", r"男朋友|女朋友|对象|未婚妻|未婚夫|男友|女友"),
    ("friend", r"朋友(?!圈)|哥们|闺蜜|发小|兄弟伙|好友"),
    ("classmate", r"同学"),
    ("colleague", r"同事|战友"),
    ("neighbour", r"邻居|老乡|同乡|同村|一个村|一个小区"),
    ("enemy", r"有矛盾|有仇|有过节|吵过架|结过仇"),
    ("grandchild", r"孙子|孙女|外孙"),
    ("grandparent", r"爷爷|奶奶|外公|外婆|姥姥|姥爷|祖父|祖母"),
    ("spouse", r"老婆|妻子|爱人|丈夫|老公|媳妇|配偶|太太"),
    ("parent", r"爸爸|妈妈|父亲|母亲|父母|老爸|老妈|我爸|我妈|爹|娘"),
    ("child", r"儿子|女儿|孩子|子女"),
    ("sibling", r"哥哥|姐姐|弟弟|妹妹|亲兄弟|兄弟姐妹|亲姐妹|我哥|我姐|我弟|我妹|亲哥|亲姐|亲弟|亲妹|胞兄|胞弟|胞姐|胞妹"),
    ("acquaintance", r"认识|熟人|见过"),
)

HIRING = re.compile(r"报名|报考|应聘|招聘|录用|能报|可以报|报辅警|考辅警|当辅警|干辅警|做辅警|入职|招辅警|聘用|"
                    r"想报|想考|想当|想应聘|想进|招.{0,4}辅警|能收|收不收|能要吗|能不能要|可以要|能招|可以招|招成|招进|招收|来报|又报|报.{0,6}(文职|勤务)|符合条件|符合.{0,4}条件|够条件|有资格|能不能当|可以当|能当|能考|可以考|能进|能录|被录取|政审|报.{0,4}辅警")
RECUSAL = re.compile(r"回避")
CASE_WORDS = re.compile(r"案子|案件|当事人|嫌疑人|报警|纠纷|打架|出警|调解|违法|被抓|被查|处理|事故|涉案|检查|查处|执法|参与|办理|"
                        r"现场|被偷|被盗|被撬|被抢|被骗|被打|被砸|报案|警情|派我")
PERMISSION = re.compile(r"能不能|可不可以|可以不可以|能否|是否可以|可否|允不允许|允许|准不准|让不让|行不行|有没有权|有权|"
                        r"会不会违规|算不算违规|违规吗|违法吗|违不违规|违纪吗|是不是不让|不让|禁止|不得|可以吗|能吗|行吗|"
                        r"有问题吗|有没有问题|违反规定|违反纪律|合规吗|被处分|会不会被处理|要紧吗|规定管吗|管不管|"
                        r"可以.{1,16}(吗|么|不)|能.{1,16}(吗|么|不)|能够|让我|叫我|要我")
# Questions about pay, insurance, leave, training, careers are look-ups even when phrased "能不能".
LOOKUP_TOPICS = re.compile(r"工资|薪酬|薪水|待遇|收入|保险|社保|公积金|五险|休假|年假|产假|婚假|假期|工会|培训|辞职|离职|"
                           r"解除劳动|劳动合同|申诉|控告|仲裁|考核|晋升|升级|层级|转正|转警|考公|招录|当警察|表彰|奖励|"
                           r"抚恤|工伤|受伤|医药费|医疗费|牺牲|烈士|体检|经费|预算|投诉|举报|赔|追偿|编制|宣誓|试用期|额度")
# Asking whether an employed 辅警 may be let go is about 解除劳动关系, not about hiring.
DISMISSAL = re.compile(r"(能|可以|能不能|可不可以|会不会|会)(被)?(辞退|解聘|开除|解除)")
# "what / which / how" questions ask for the rules themselves, not a verdict on one act.
LOOKUP_WORDS = re.compile(r"什么|哪些|哪几|怎么|怎样|如何|多少|谁|规定了?哪|有何|何种|几种|流程|程序|哪里|哪儿|在哪|去哪")
COMPARE = re.compile(r"两地|两个(城市|地方)|两市|区别|不同|差异|差别|对比|比较|异同|一样吗|有何不同|相比")
ROLE_PATTERNS = (("文职", r"文职"), ("勤务", r"勤务|外勤|巡逻辅警|交警辅警|交通辅警|一线辅警"))
AGE_RE = re.compile(rf"([0-9]{{1,3}}|[{NUMERAL_CHARS}]{{1,4}})\s*(周岁|岁)")
BIRTH_RE = re.compile(r"((?:19|20)\d{2})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(?:(\d{1,2})\s*[日号]?)?\s*(?:出生|生)")
BIRTH_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:出生|生)|((?:19|20)?\d{2})年生|(\d{2})后")
# "我今年33", "年龄三十六": a number after a word naming the age, when 岁 is left out
AGE_BARE_RE = re.compile(rf"(?:今年|年龄|年纪)\s*(?:是|有|已经|已|刚|刚满|满)?\s*([0-9]{{2}}|[{NUMERAL_CHARS}]{{2,4}})"
                         r"(?![0-9年月日号届级个块元万%kK])")
DEADLINE_RE = re.compile(r"(截止|截至|报名截止|以)\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


@dataclass
class Analysis:
    jurisdictions: list[str] = field(default_factory=list)
    unknown_city: str | None = None
    role: str | None = None
    intent: str = "lookup"
    profile: Profile = field(default_factory=Profile)
    relation: str | None = None
    action: str | None = None


def _negated(text: str, start: int) -> bool:
    return bool(NEGATION.search(text[max(0, start - 8):start]))


def find_jurisdictions(text: str, corpus: Corpus | None) -> list[str]:
    found: list[tuple[int, str]] = []
    regs = corpus.regulations if corpus is not None else Corpus.load().regulations
    for reg in regs:
        names = (reg.meta.jurisdiction_name,) + tuple(reg.meta.jurisdiction_aliases)
        positions = [text.find(n) for n in names if n and text.find(n) >= 0]
        if positions:
            found.append((min(positions), reg.meta.jurisdiction))
    return [j for _, j in sorted(found)]


def find_other_place(text: str) -> str | None:
    for place in OTHER_PLACES:
        i = text.find(place)
        if i >= 0 and not (place == "江苏" and "连云港" in text):
            return place
    return None


def find_role(text: str) -> str | None:
    found = [role for role, pat in ROLE_PATTERNS if re.search(pat, text)]
    return found[0] if len(found) == 1 else None


def find_age(text: str, today: date | None = None) -> tuple[int | None, date | None]:
    """(age, birth date) from "34岁", "刚满35周岁", "三十六岁", "1990年5月出生", "95年生"."""
    m = BIRTH_RE.search(text)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)
        try:
            return None, date(y, mo, d)
        except ValueError:
            pass
    for m in AGE_RE.finditer(text):
        raw = m.group(1)
        n = int(raw) if raw.isdigit() else cn_to_int(raw)
        # "35周岁以下" in a question about the rule is not the applicant's age
        if n and 0 < n < 120 and not re.match(r"(以上|以下|以内|之间|到|至|-|~)", text[m.end():m.end() + 2]) and \
                not re.search(r"(到|至|-|~)$", text[max(0, m.start() - 1):m.start()]):
            return n, None
    m = AGE_BARE_RE.search(text)
    if m:
        raw = m.group(1)
        n = int(raw) if raw.isdigit() else cn_to_int(raw)
        if n and 10 < n < 100:
            return n, None
    return None, None


def find_birth_year(text: str) -> int | None:
    """"1990年出生", "95年生": a birth year without month and day."""
    m = BIRTH_YEAR_RE.search(text)
    if not m or not (m.group(1) or m.group(2)):
        return None
    y = int(m.group(1) or m.group(2))
    return y if y > 1000 else (1900 + y if y > 30 else 2000 + y)


def find_reference_date(text: str) -> date | None:
    m = DEADLINE_RE.search(text)
    if m:
        try:
            return date(int(m.group(2)), int(m.group(3)), int(m.group(4)))
        except ValueError:
            return None
    return None


def find_education(text: str) -> str | None:
    for level, pat in EDUCATION_PATTERNS:
        for m in re.finditer(pat, text):
            # "要求大专以上" names the rule, not the applicant
            if not re.match(r"(以上|及以上|学历以上|或以上)", text[m.end():m.end() + 4]) or re.search(r"(我|他|她)", text[:m.start()][-4:]):
                return level
    return None


def find_records(text: str) -> dict[str, bool]:
    records: dict[str, bool] = {}
    if CLEAN_ALL.search(text):
        from .rules.profile import RECORD_KEYS

        records = {k: False for k in RECORD_KEYS}
    if CLEAN_LAW.search(text):
        for k in ("criminal_punishment", "pending_criminal_case", "administrative_detention", "judicial_detention",
                  "criminal_detention", "prostitution_gambling_penalty", "drug_history", "other_public_order_penalty"):
            records[k] = False
    elif CLEAN_CRIMINAL.search(text):
        records["criminal_punishment"] = False
        records["pending_criminal_case"] = False
    for key, pat in RECORD_PATTERNS.items():
        for m in re.finditer(pat, text):
            if key in ("criminal_punishment",) and CLEAN_CRIMINAL.search(text[max(0, m.start() - 3):m.end()]):
                continue
            records[key] = not _negated(text, m.start())
            break
    if NEVER_AUX.search(text):
        records["left_aux_contract_early"] = False
    if records.get("dismissed") is False and "开除" in text:
        records.setdefault("expelled_public_office", False)
        records.setdefault("expelled_military", False)
    # "拘留" alone, negated ("没被拘留过"), denies both kinds of detention
    if records.get("administrative_detention") is False and "司法拘留" not in text:
        records.setdefault("judicial_detention", False)
    return records


def find_priority(text: str) -> list[str]:
    return [k for k, pat in PRIORITY_PATTERNS.items()
            if (m := re.search(pat, text)) and not _negated(text, m.start())]


def find_nationality(text: str) -> str | None:
    for value, pat in NATIONALITY:
        m = re.search(pat, text)
        if m:
            if value == "中国" and _negated(text, m.start()):
                return "外国"
            return value
    return None


# Ties named through another person ("我老公的弟弟", "我妈的妈妈"): near relative of a near relative.
_KIN_WORDS = {key: pat for key, pat in RELATION_PATTERNS if key in ("spouse", "parent", "child", "sibling")}
_CHAIN = re.compile("(" + "|".join(_KIN_WORDS.values()) + r")(?:的|家的)("
                    + "|".join(pat for key, pat in RELATION_PATTERNS if key not in ("self", "interest", "enemy"))
                    + ")")
# (first, second) → the tie to the officer; any other chain of kin is a relative outside 近亲属
_COMPOSE = {("parent", "parent"): "grandparent", ("child", "child"): "grandchild",
            ("parent", "sibling"): "uncle_aunt"}


def _kin(word: str) -> str | None:
    return next((key for key, pat in RELATION_PATTERNS if re.fullmatch(pat, word)), None)


def _chained_relation(text: str) -> str | None:
    m = _CHAIN.search(text)
    if not m:
        return None
    first, second = _kin(m.group(1)), _kin(m.group(2))
    if second not in ("spouse", "parent", "child", "sibling", "grandparent", "grandchild"):
        return second          # "我老婆的朋友" is a friend: a tie outside the family
    return _COMPOSE.get((first, second), "relative")


def find_relation(text: str) -> str | None:
    """The officer's relation to a party, when the question states one ("是我表哥", "跟我是同学")."""
    chained = _chained_relation(text)
    if chained:
        return chained
    for key, pat in RELATION_PATTERNS:
        for m in re.finditer(pat, text):
            # "邻居纠纷" names a kind of dispute; "我邻居" / "跟我是邻居" names a tie to the officer
            mine = "我" in text[max(0, m.start() - 4):m.end()] or re.search(r"(跟|和|与)我", text)
            if key in ("none", "self", "interest") or mine:
                return key
    return None


def _names_listed_act(text: str, corpus: Corpus | None, a: Analysis) -> bool:
    """Whether the question names an act of a duty catalogue ("告诉我辅警可以配枪")."""
    regs = corpus.regulations if corpus is not None else Corpus.load().regulations
    docs = [r.doc_id for r in regs if not a.jurisdictions or r.meta.jurisdiction in a.jurisdictions]
    return any(match_action(text, d) for d in docs)


def _asks_about_an_act(text: str, corpus: Corpus | None, a: Analysis) -> bool:
    """A "may I do X" question: permission words about a listed act, or about anything that is not a
    topic of pay, leave, careers…; or a listed act named without a what/how question word
    ("告诉我辅警可以配枪"), or with a question on its conditions ("开警车需要什么条件")."""
    if DISMISSAL.search(text):
        return False
    if LOOKUP_TOPICS.search(text) and LOOKUP_WORDS.search(text):
        return False   # "受伤送医院，医药费谁先垫": a question about pay or care, whatever act it mentions
    names_act = _names_listed_act(text, corpus, a)
    if PERMISSION.search(text):
        return names_act or not LOOKUP_TOPICS.search(text)
    return names_act and (not LOOKUP_WORDS.search(text) or bool(re.search(r"条件|要求|资格|前提", text)))


def analyze(text: str, jurisdiction: str | None = None, role: str | None = None, corpus: Corpus | None = None,
            today: date | None = None) -> Analysis:
    """What the question asks and the facts it states (see the module docstring)."""
    a = Analysis()
    named = find_jurisdictions(text, corpus)
    a.jurisdictions = [jurisdiction] if jurisdiction else named
    if not a.jurisdictions:
        a.unknown_city = find_other_place(text)
    a.role = role or find_role(text)

    age, birth = find_age(text, today)
    education = find_education(text)
    records = find_records(text)
    nationality = find_nationality(text)
    birth_year = find_birth_year(text) if age is None and birth is None else None
    has_profile_facts = age is not None or birth is not None or birth_year or education or records or nationality
    relation = find_relation(text)

    if RECUSAL.search(text) or (relation and relation not in ("acquaintance",) and CASE_WORDS.search(text)
                                and not HIRING.search(text)):
        a.intent = "recusal"
        a.relation = relation
    elif HIRING.search(text) and has_profile_facts and not DISMISSAL.search(text):
        a.intent = "eligibility"
        a.profile = Profile(age=age, birth_date=birth, birth_year=birth_year, reference_date=find_reference_date(text),
                            nationality=nationality, education=education, role=a.role, records=records,
                            priority=find_priority(text))
    elif COMPARE.search(text) and (len(named) > 1 or re.search(r"两地|两个(城市|地方)|两市", text)):
        a.intent = "compare"
    elif _asks_about_an_act(text, corpus, a):
        a.intent = "duty"
        a.action = action_phrase(text)
    elif COMPARE.search(text) and not jurisdiction and len(named) != 1:
        a.intent = "compare"
    return a

"""What an institution does, not a 辅警: a question for the texts.

"医院对受伤的辅警是不是要先救治", "市公安局自己能不能再出配套制度", "海州分局今年想自己单独组织一次招聘…这样可以
不": the asked clause (or the story it points back to) tells what a body must or may do — the bureau, the
hospital, the court, the finance office (``institutions`` in ``frame.yaml``) — and nothing a 辅警 does.
An institution that has a 辅警 act ("分局能不能安排辅警单独去执法") asks about the 辅警's act.
"""

from __future__ import annotations

import re

from .clauses import Clause
from .lexicon import words
from .predicates import _bare, _clean_pred, _strip_back_reference


def asks_of_institution(clauses: list[Clause]) -> bool:
    """Some asked clause asks what an institution must or may do (:func:`asked_of_institution`), or points back
    ("这样可以不") to what the story says an institution means to do ("海州分局今年想自己单独组织一次招聘")."""
    for c in clauses:
        if not c.asked:
            continue
        if asked_of_institution(c.text, _clean_pred(c.predicate)):
            return True
        told = [o for o in clauses[:c.index] if o.sentence == c.sentence and not o.asked]
        # (a told clause led by "我们县局", "我们是…公安局政治处的" is the body's, not the user's own act)
        if told and _bare(_clean_pred(_strip_back_reference(c.predicate))) and _institution_led(told[0].text) and \
                not any(o.request or re.match(r"(我|我们|俺)", o.text) and not _institution_led(o.text) for o in told):
            return True
    return False


def _institution_led(text: str) -> bool:
    """The clause tells what an institution does or means to do ("海州分局今年想自己单独组织招聘"), not what it
    has a 辅警 do ("分局安排辅警去…")."""
    m = re.match(_lead(), text)
    # "这种帮城管拆招牌的活": the institution helped, the object of the user's act, is no subject
    return bool(m) and not _ARRANGES.search(text) and not re.search(r"(帮|给|替|为|跟|和|对|向)$", text[:m.start("inst")])


def asked_of_institution(text: str, pred: str = "") -> bool:
    """The asked clause is about what an institution must or may do, not an act of a 辅警: a question for
    the texts. The institution leads the clause ("医院对…是不是要先救治", "单位给不给上保险", "市公安局自己能不能
    再出配套制度") or the act after the permission word ("能不能公安局自己单独组织"); or the act is done for
    the 辅警 ("要不要给辅警额外买意外险": the bureau buys, the 辅警 does nothing)."""
    text = _RULE_FRAME.sub("", text)   # "办法里有没有说市公安局可以自己出配套制度": what the bureau may do
    # "连云港招辅警是公安局自己组织就行": the matter named first, then which body does it
    topic = re.match(r"^[\u4e00-\u9fff]{2,8}?(?=(是|就是|到底是))", text)
    if topic and re.match(_lead().replace("^", "^(是|就是|到底是)", 1), text[topic.end():]):
        text = text[topic.end():]
    if _ARRANGES.search(text) or _ARMS.search(text):
        return False   # "分局能不能安排辅警单独去": an act of a 辅警, arranged; "单位给配枪不": arms a 辅警 would bear
    # "是公安局自己组织就行还是…": which of two ways the body takes
    lead = _lead().replace("^", "^(是|就是|到底是)?", 1) + r"(自己|本身|这边|那边|里|)(到底|究竟|还|今年|明年|这次|这回|就)?"
    if re.match(lead + r"(对|会|要|给|应该|应当|是不是|能不能|可不可以|可以|能|必须|需不需要|需要|能否|是否|问|管不管|管|负不负责|负责|出不出面|出面|"
                       r"有没有权力?|有权力?|有无权力?|有没得权|有莫得权)", text):
        return True
    if pred and re.match(lead + r"(自己|单独|直接|统一|再|去|来|出|定|搞|组织|管)", pred):
        return True
    if re.match(r"^(群众|老百姓|市民|公民|当事人|社会公众)(应当|应该|必须|要|有没有义务|有义务)(配合|协助|支持)", text):
        return True   # "规定里有没有说群众应当配合辅警": what the public owes, a question for the texts
    if re.match(lead + r"(自己|单独|直接|统一|再)?(组织|搞|办|招|定)", text):
        return True   # "是公安局自己组织就行还是必须拉上人社局": how the body goes about it
    return bool(pred and re.match(r"^(给|为|替)(全区|全市|全局|全所|全体|所有|每个|每名)?(辅警|我们|咱们|他们|大家|职工)(额外|统一|另外|再|都|多)?"
                                  r"(买|购买|交|缴|缴纳|上|发|发放|办|涨|加|补|报销|提高|订|订购|定做|配|配发)", pred))


# "办法里有没有说", "条例允不允许": the text named before what an institution does
_RULE_FRAME = re.compile(r"^[^，。？！]{0,10}?(条例|办法|规定|文件)(里面|里|上|中)?(有没有|有无|是否|有没得|有莫得|有没)?"
                         r"(说|规定|写|讲|提)(过|到|了)?")
# the institution arms the 辅警 ("单位给配枪不", "局里会给辅警发警棍吗"): the 辅警 bears them, which the texts forbid or
# bound — a duty question, not what the body provides
# (…the 辅警 the one given to: not "替民警保管配枪", a weapon kept for an officer)
_ARMS = re.compile(r"(给|为)(我们|咱们|俺们|我|他们|她们|大家)?(的)?(辅警|勤务辅警|文职辅警|每个辅警|每个人|每人)?(都|也|统一)?"
                   r"(?P<arms>(配|配备|配发|发|装备)[^，。？！]{0,2}(枪|武器|警械|手铐|警棍|辣椒水|催泪|电击器|电警棍|警绳|约束带))")


def arms_borne(text: str) -> str:
    """The arms an institution gives a 辅警, said as the 辅警's act ("公安局给辅警配枪吗" → "配枪"), else ""."""
    m = _ARMS.search(text)
    return m.group("arms") if m else ""


# the institution has a 辅警 do the act: the act is the 辅警's
_ARRANGES = re.compile(r"(让|叫|喊|派|安排|要求|抽调|指派)(辅警|我|他|她|咱|俺|勤务|文职|小)")


def _lead() -> str:
    """An institution opening the clause, after at most a place ("海州分局…"); not after a verb of motion
    ("能去法院出庭作证吗": where the user goes, not who acts), nor as the one the user works for ("可以帮单位搞
    公众号跟抖音运营不": the user acts)."""
    inst = "|".join(words("frame", "institutions"))
    return rf"^(我们|咱们|本地|当地)?(?![^，。？！\s]{{0,3}}(去|到|在|找|来|进|跑|帮|替|为)({inst}))[^，。？！\s]{{0,4}}?(?P<inst>{inst})"

"""What someone else wanted, said or asked the user for, pointed back to by the question: "老板要的那份能给吗" is
the copy the shop owner wanted, "他说的这个照不照" what he proposed, "后面他要的这个能查不" the search he asked for
in his quoted words. The words of someone asking the user (:data:`_ASKS_ME`) are read here too, for the private
requesters of :mod:`.acts`.

>>> bool(_WANTED_BACK.search("老板要的那份给")), bool(_SAID_BACK.match("他说的这个"))
(True, True)
"""

from __future__ import annotations

import re
from dataclasses import replace

from .clauses import Clause
from .told import _SAID_QUOTE
from .vps import Act, _acts_of, _request_acts

_TOLD_ME_TO = re.compile(r"(跟|对)(我|俺)(说|讲)")
# someone asking the user for something ("让我…", "找我…", "问我…") — not a treat offered: "还说事后请我吃饭"
# …or tells the user what they want done ("房东知道了，跟我说登记完顺便告诉他哪几个租客有案底")
# …or wants a copy of what the user holds ("老板看完也想要一份，说拷回去发业主群里")
_ASKS_ME = re.compile(r"(让|喊|叫|托|求|找|找到|找上|要|请(?![我俺]去?(吃|喝|唱))|问)(我|俺)|(也|还|就|非)?想要(一|两|几)?(份|个|张|套|段)(?![\u4e00-\u9fff]{0,2}(工作|岗位|编制))|" + _TOLD_ME_TO.pattern +
                      r"(?=[^，。？！]{0,6}(帮|顺便|给他|给她|告诉|透|发|查))")
# the unit and its officers, who ask as the work asks
_OFFICIAL = re.compile(r"民警|所长|领导|科长|队长|教导员|指导员|警官|专班|所里|单位|局里|中心|师傅")
# "老板要的那份能给吗", "家属想要的那些照片能发给他不", "后面他要的这个能查不": the thing someone named wanted,
# pointed back to by its giving or doing
_WANTED_BACK = re.compile(r"^(那|那么|但|可)?(后面|后头|后来|然后)?(?P<who>[\u4e00-\u9fff]{1,4}?)(也|还)?(想)?要的(那|这)(份|个|些|张|段|套)?"
                          r"(东西|视频|录像|监控|材料|资料|照片|截图)?(我|我们)?(能不能|可不可以|能否|可以|能)?(?P<give>给|拷给|发给|拷|发|查|帮|办|弄|点|批|签|开|做|写)(他|她|他们|人家)?$")
# "他说的这个照不照", "老板讲的那些能答应吗": what someone said, pointed back to
# …or asked of the user ("老师请我讲的这个我可以去讲", "物业叫我去的这个能去", "舅舅要我做的这个我做得")
_SAID_BACK = re.compile(r"^(那|那么|但是|可是|但|可)?(后头|后面|后来|然后)?(?P<who>他|她|人家|对方|[\u4e00-\u9fff]{1,5}?)(刚才|之前|后来)?"
                        r"(说|讲|提|(请|叫|喊|让|要|找|托|求)(我|俺)(去)?[\u4e00-\u9fff]{0,2}?)的(这个|那个|这些|那些|这事|那事|这件事|那件事)(事|话|活|忙|事情)?"
                        r"(我|俺)?(一个人|自己|单独)?(能不能|可不可以|能否|可以|能)?(去)?(答应|照做|照办|做|干|办|去|接|讲|收|翻|帮|给|弄|搞)?(得)?$")
# the one pointed at by a pronoun only ("他要的那个", "她说的这个"), no one named
_PRONOUNS = ("他", "她", "人家", "对方")
# the things the user holds at work that someone may want a copy of
_HELD_THING = re.compile(r"监控录像|监控视频|监控|录像|视频|录音|照片|截图|笔录|卷宗|案卷|材料|资料")


def wanted_acts(clauses: list[Clause], c: Clause, bare: str, names) -> list[Act]:
    """The acts of what the one named in ``bare`` (the asked clause, its modals off) wanted, or [] — not an
    officer's want, which is the work asked."""
    wanted = _WANTED_BACK.search(bare)
    if not wanted or _OFFICIAL.search(wanted.group("who")):
        return []
    who = wanted.group("who")
    # "老板在边上看完也想要一份，说拷回去发业主群里找人…老板要的那份能给吗": what the one named wanted, told in the
    # sentence of their wish
    for o in reversed(clauses[:c.index]):
        wish = _ASKS_ME.search(o.text)
        # (…its subject told earlier in the sentence: "大姐说她下礼拜就要出国，急得不行，让我直接…")
        told = "，".join(x.text for x in clauses[:o.index] if x.sentence == o.sentence)
        # (…or a bare 他 / 她 for the one whose wish is the latest told: "有个说是记者的加我微信，想要一份那段视频…他要的那个")
        pronoun = who in _PRONOUNS
        if not (wish and (who in o.text[:wish.start()] or not o.text[:wish.start()].strip() and (who in told or pronoun))):
            continue
        for x in clauses[o.index:c.index]:
            if x.sentence != o.sentence:
                break
            at = wish.end() if x is o else 0
            what = re.sub(r"^(说|讲|想|要)+", "", x.text[at:])
            found = [a for a in _acts_of(x, what, x.start + len(x.text) - len(what), "request") if names(a.words)]
            if found:
                return found
        # "…把事故路口的监控导出来附卷。对方司机的家属也想要一份…家属要的那份能给吗": the thing pointed at is what
        # the user handled before the wish, given to the one who wished it (the act in the user's own words, the thing
        # held named in the request text the rules read)
        held = next((x for x in reversed(clauses[:o.index + 1]) if _HELD_THING.search(x.text)), None)
        if held is not None:
            return [Act(bare, c.start, c.index, "request", for_private=who,
                        request_text="，".join(dict.fromkeys(x.text for x in (held, o))))]
        break
    # a request for help in their quoted words: "结果他又说：“那顺便帮我查下我前妻那辆车…”…后面他要的这个能查不"
    for o in reversed(clauses[max(0, c.index - 4):c.index]):
        helped = re.search(r"(帮|替)(我|俺)(?P<rest>[^，。？！]{2,})", o.text)
        before = clauses[o.index - 1].text if o.index > 0 else ""
        if helped and not o.asked and (re.search(r"(说|讲|问)[：:]?$", before) or _SAID_QUOTE.search(o.text)):
            found = [a for a in _acts_of(o, helped.group("rest"), o.start + helped.start("rest"), "request")
                     if names(a.words)]
            if found:
                return [replace(a, for_private=who, request_text=o.text) for a in found]
    return []


def said_acts(clauses: list[Clause], c: Clause, bare: str, names, requests_before) -> list[Act]:
    """The acts of what someone said, pointed back to by ``bare`` ("他说的这个照不照"), or [];
    ``requests_before()``: the story's requests before ``c``, latest first."""
    said_back = _SAID_BACK.match(bare)
    if not said_back:
        return []
    who = said_back.group("who")
    if who in _PRONOUNS and re.search(r"(请|叫|喊|让|要|找|托|求)(我|俺)", said_back.group(0)):
        return []   # "他让我做的这个": the latest request, read as any pointer to it is
    if who not in _PRONOUNS:
        # "老师…想请我下周去学校给娃娃们讲下防诈骗…所长说要得，排我去。老师请我讲的这个": the one named asked it —
        # the latest request or speech told in a sentence that names them
        for o in reversed(clauses[max(0, c.index - 6):c.index]):
            told = "".join(x.text for x in clauses[:o.index + 1] if x.sentence == o.sentence)
            if o.asked or who not in told:
                continue
            if o.request:
                found = [a for a in _request_acts(clauses, o, c.index) if names(a.words)]
            else:
                speech = re.search(r"(跟我|跟俺|对我|对俺)(说|讲)|(说|讲)[：:]?", o.text)
                found = [a for a in _acts_of(o, o.text[speech.end():], o.start + speech.end(), "request") if names(a.words)] \
                    if speech else []
                asks = _ASKS_ME.search(o.text) if not found and not speech else None
                if asks:
                    # "小学的老师打电话想请我去学校给学生讲讲防溺水": what the one named asked the user to do
                    found = [a for a in _acts_of(o, o.text[asks.end():], o.start + asks.end(), "request") if names(a.words)]
                if speech and not o.text[speech.end():].strip("：:，, "):
                    # "…的朋友说，给他一箱头盔放路口岗亭，拦下来没戴的就让人家买，卖一个分他十块": what was said, told
                    # in the clauses after it in its sentence
                    found = [a for x in clauses[o.index + 1:c.index] if x.sentence == o.sentence and not x.asked
                             for a in _acts_of(x, x.text, x.start, "request") if names(a.words)]
            if found:
                return found
    # "海鲜馆老板…说以后他店门口停的车俺别拍了…他说的这个照不照": what the one pointed at said, told after 说
    for o in reversed(clauses[max(0, c.index - 4):c.index]):
        speech = re.search(r"(跟我|跟俺|对我|对俺)(说|讲)|^(他|她|人家|对方)?(又|还|就|也)?(说|讲)", o.text)
        if speech and not o.asked:
            found = [a for a in _acts_of(o, o.text[speech.end():], o.start + speech.end(), "request") if names(a.words)]
            if found:
                return found
            break
    # "…他说他还要审人，喊我一个人把这些东西送到…入库。后头他说的那个我一个人去要得不": what he asked of the user
    requests = requests_before()
    return _request_acts(clauses, requests[0], c.index) if requests else []

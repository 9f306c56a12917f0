"""The situation a story tells: the user's role (stated or inferred), whether an officer is there,
whether it is an emergency, whether the user holds the qualification, whether they are on duty.

A cue in an asked clause decides first ("我能一个人看着他吗"); otherwise the last cue of the story.
The role is inferred only from the story — where the user works or what they usually do — never
from the act asked about, nor from a request someone made ("所长让我去巡逻").

>>> from assistant.understand.clauses import split
>>> s = situation(split("民警去开车了，让我先看着嫌疑人，我能给他戴手铐吗"))
>>> s.presence, s.presence_words
('absent', '民警去开车')
>>> role(split("我平时在出入境窗口受理材料，能帮忙翻译吗"))
RoleReading(role='文职', source='inferred', words='出入境窗口')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import phrases
from ..rules.conditions import Situation
from .clauses import _KNOWN, _ONE_OF_STAFF, _TRAINEE_REQUESTS, _WHEN_FIRST, ITEM_BEFORE, TRAINEE, Clause
from .lexicon import vocabulary, words
from .pointers import _INTRO


@dataclass(frozen=True)
class RoleReading:
    role: str | None
    source: str | None      # "option" | "stated" | "inferred" | None
    words: str = ""         # the user's words it was read from


# "送回执要不要民警跟着", "必须有民警在场吗": whether an officer must be there is asked, not told
_NEED_ASKED = re.compile(r"(要不要|需不需要|需要|必须得?|一定要|非得|用不用|是不是要|是否要|得不得|要|得)(有)?$")


_OFFICER_FIRST = re.compile(r"^(带班的|带我的|值班的|我们的|我们|所里的)?(带班民警|民警|师傅|所长|教导员|指导员|警官|[\u4e00-\u9fff]警官|领导)|"
                            # "平时开车的小王今天休假", "同事小李请假了": a colleague's own time, not the user's
                            r"^([^，。？！我]{1,8}的)?(同事|搭档)?(小|老|阿)(?![公婆汉子爸妈爹娘伴乡板师表家总大二弟妹哥姐舅姨叔姑爷奶是在也就])[\u4e00-\u9fff]|^(同事|搭档)")


def _cue(clauses: list[Clause], labelled: dict[str, tuple[str, ...]], asked_need: bool = False,
         own: bool = False) -> tuple[str | None, str]:
    """The label of the deciding cue (asked clause first, else the last one) and its words; ``asked_need``:
    a cue an asked clause asks the need of is none; ``own``: only clauses not told of someone else ("带班的民警这礼拜
    休假" is the officer's leave, not the user's)."""
    best: tuple[int, int, str, str] | None = None   # (asked, end, label, words)
    for c in clauses:
        if own and _KNOWN.search(c.text):
            continue   # "上班的时候穿我晓得是必须的": a case the user sets aside, not the one asked
        officer = _OFFICER_FIRST.match(c.text) if own and not c.asked else None
        found = [(h, label) for label, ws in labelled.items() for h in phrases.hits(c.text, ws)
                 # (…or in the other way of a choice: "能不能自己开警车？还是非得民警跟着")
                 if not (asked_need and (c.asked or re.match(r"(那|那么)?还是", c.text)) and _NEED_ASKED.search(c.text[:h.start]))
                 # "带班的民警这礼拜休假": the officer's own time, not the user's ("所长安排我周末…" is the user's)
                 and not (officer and not re.search(r"我|俺|咱", c.text[:h.start] + h.phrase))
                 # "把下夜班的民警接回来": the time of someone named after it, not the user's
                 and not (own and re.match(r"的(民警|师傅|同事|警察|领导|所长|人|家属)", c.text[h.end:]))
                 # "体育中心周末有演唱会": when the event is, not the user's day off
                 and not (h.phrase == "周末" and re.match(r"(有|要有|举办|要举办|搞|开|办|的活动|的演唱会|的比赛)", c.text[h.end:]))
                 # "领导让他周末把机房的交换机换掉": the day of work the unit asks for, no day off (nor said on duty)
                 and not (h.phrase == "周末" and re.search(r"(领导|所长|所里|单位|队里|局里|上面|大队|中队|分局|民警|教导员|队长)[^，。？！]{0,4}"
                                                           r"(让|叫|喊|安排|派|要|通知)(我|我们|俺|俺们)$", c.text[:h.start]))
                 # "不是说要先培训合格才能上岗的嘛": the rule the user recalls, no fact of the story
                 and not (label == "yes" and re.search(r"(不是说|不是规定|听说|按说|按理说|规定)[^，。？！]{0,6}$", c.text[:h.start]))
                 # "单位可以怎么处理": how the unit deals with what was told, no time of the user's work
                 and not (h.phrase == "处理" and re.search(r"(怎么|如何|怎样|咋|咋个|啷个|给予|受到|什么|啥)$", c.text[:h.start]))
                 # "又不是外面买的假货，也不执勤，就穿一天": the time of work denied
                 and not (label == "on" and re.search(r"(不|没|没有|莫|又不|也不|并不)$", c.text[:h.start]))]
        kept = phrases.longest_only([h for h, _ in found])
        for h, label in found:
            if h in kept:
                # the user's own words, also where the phrase lets a gap through ("民警在山上另一个点")
                key = (int(c.asked), c.start + h.end, label, c.text[h.start:h.end])
                if best is None or key[:2] > best[:2]:
                    best = key
    return (best[2], best[3]) if best else (None, "")


def situation(clauses: list[Clause]) -> Situation:
    presence, pw = _cue(clauses, {"present": words("situation", "officer_present"),
                                  "remote": words("situation", "officer_remote"),
                                  "absent": words("situation", "officer_absent")}, asked_need=True)
    emergency, ew = _cue(clauses, {"yes": words("situation", "emergency"), "no": words("situation", "no_emergency")})
    qualified, qw = _cue(clauses, {"yes": words("situation", "qualified"), "no": words("situation", "unqualified"),
                                   "unknown": words("situation", "qualification_unknown")})
    duty, dw = _cue(clauses, {"on": words("frame", "on_duty"), "off": words("frame", "off_duty")}, own=True)
    trained, tw = _cue(clauses, {"yes": words("situation", "trained"), "no": words("situation", "untrained")})
    as_bool = {"yes": True, "no": False, "on": True, "off": False, "unknown": None, None: None}
    return Situation(presence, pw, as_bool[emergency], ew, as_bool[qualified], qw, as_bool[duty], dw,
                     as_bool[trained], tw, outsider(clauses), _licences(clauses))


def _licence_kind(text: str, at: int) -> str | None:
    """The kind of licence (situation.yaml ``licence_kinds``) named nearest to position ``at`` of ``text`` — a
    word of every kind (``licence_generic``: 驾照) only where none other is named."""
    vocab = vocabulary("situation")
    for kinds in (vocab["licence_kinds"], vocab["licence_generic"]):
        found = [(abs(h.start - at), -len(h.phrase), kind) for kind, ws in kinds.items() for h in phrases.hits(text, ws)]
        if found:
            return min(found)[2]
    return None


def _licences(clauses: list[Clause]) -> tuple[tuple[str, bool | None, str], ...]:
    """Each licence the story tells of with its kind ("我C1驾照有，但是无人机的证没得": a vehicle licence held, a
    drone licence not), in the order told."""
    labelled = {True: words("situation", "qualified"), False: words("situation", "unqualified"),
                None: words("situation", "qualification_unknown")}
    out = []
    for c in clauses:
        found = [(h, held) for held, ws in labelled.items() for h in phrases.hits(c.text, ws)]
        kept = phrases.longest_only([h for h, _ in found])
        for h, held in found:
            kind = _licence_kind(c.text, h.start) if h in kept else None
            if kind is not None:
                out.append((kind, held, c.text[h.start:h.end]))
    return tuple(out)


# an act told as led by the officer ("民警带着他处置", "师傅领着我查")
_LED = re.compile(r"(带班|社区|值班)?(民警|师傅|所长)[^，。？！]{0,2}(带|领)(着|到|起)?(他|她|我|俺)(?!们)")


def for_act(s: Situation, act_words: str, clause: str = "") -> Situation:
    """The story's situation for one act: an officer named with the act itself (or in its ``clause``, where no
    absence is said) is there for that act, whatever the
    story says of later ones ("跟着社区民警去查出租屋…民警被叫回去了，小陈一个人接着登记": the first part led); and the
    licence held is the one of the act's own kind ("我C1驾照有，但是无人机的证没得": the car yes, the drone no).

    >>> for_act(Situation(presence="absent", presence_words="一个人"), "跟着社区民警去查出租屋").presence
    'present'
    """
    kind = _licence_kind(act_words, 0) if s.licences else None
    own = [x for x in s.licences if x[0] == kind]
    if own:
        # "开警车…再飞个无人机。我C1驾照有，但是无人机的证没得": each act by the licence of its own kind (a driving
        # licence is no licence for a drone)
        s = replace(s, qualified=own[-1][1], qualified_words=own[-1][2])
    elif kind is not None:
        s = replace(s, qualified=None, qualified_words="")
    hit = next(iter(phrases.longest_only(phrases.hits(act_words, words("situation", "officer_present")))), None)
    led = _LED.match(act_words)
    if hit is None and led:
        hit = phrases.Hit(led.group(), *led.span())   # "民警带着他处置" (a trainer's case): the officer leads the act told
    where = act_words
    if hit is None and clause and not any(phrases.any_in(clause, words("situation", k)) for k in ("officer_absent", "officer_remote")):
        # "他在民警带领下登记、入涉案财物保管室": the officer leading in the act's clause leads each act of it
        hit, where = next(iter(phrases.longest_only(phrases.hits(clause, words("situation", "officer_present")))), None), clause
    if hit is None or s.presence == "present":
        return s
    return replace(s, presence="present", presence_words=where[hit.start:hit.end])


# the user saying what they are or where they work ("我是…的保安", "我在…食堂煮饭的", "我当门卫的")
_SELF_POST = re.compile(r"(?:^|[，,。])?(?:我|俺)(?:就|只|平时|一直|现在)?(?:是|在|当|做|干)")
# …a post, not a place the user passes through ("我在食堂吃饭的时候"): the work or 的 after the place
_WORKS_THERE = re.compile(r"^(?:的|里的|里头的|工作|上班|干活|帮工|打杂|做饭|煮饭|烧饭|打饭|帮厨|当|做|干|[，,。]|$)")


# the one a request is put to, named right after the request word ("想让两个老志愿者…", "让她…", "让保安…")
_ASKED_OF = re.compile(r"(想让|打算让|准备让|要让|让|叫|安排|派)(?P<who>[^，。？！]{0,6}?)(?=去|来|到|跟|帮|在|晚上|中午|早上|周末|顺带|顺便|也|把|给|值|站|守|巡)")


# "有个护校队的大爷", "有位保安": a person introduced by a post (roles.yaml ``outsiders``) — noun optional
_INTRODUCED_OUTSIDER = re.compile(r"有(?:个|一个|位|一位|名|一名)(?P<post>[\u4e00-\u9fff]{2,6}?)(?:的(?P<noun>大爷|大妈|大姐|大哥|阿姨|师傅|小伙子|小伙|老头|老人|姑娘|小姑娘|人|老师))?(?=[，,。每在天平]|$)")


def outsider(clauses: list[Clause]) -> str:
    """The words for a post with the police that is not a 辅警 (roles.yaml ``outsiders``: 食堂, 保安, 护村队…), told
    of the user in the story — or of the one a request is put to ("所里的保洁大姐…领导想让她帮着维持排队秩序") — or ""
    (a 辅警 saying so, "我是勤务辅警", is none)."""
    data = vocabulary("roles")["outsiders"]
    # (clause, the person named) told in the story, not as another's ("辅警小王跟保安…")
    persons = data["people"] + data["groups"]   # one of them, or a body of them ("护校队")
    people = [(c, h) for c in clauses if not c.asked for h in [phrases.first(c.text, persons)]
              # (…a 辅警's clothes or papers named are no 辅警: "借几套辅警制服给志愿者穿")
              if h is not None and not re.search(r"(辅警|协警|民警)(?!的?(制服|衣服|服装|证件|工作证|标识|标志|装备))", c.text[:h.start])]
    for c in clauses:
        asked_of = _ASKED_OF.search(c.text)
        if not people or c.asked or asked_of is None or re.search(r"我|俺|辅警|协警|民警", asked_of.group("who")):
            continue
        who = asked_of.group("who")
        named = phrases.first(who, data["people"])
        if named is not None or re.fullmatch(r"(他|她|他们|她们|人家)", who) and people[0][0].index <= c.index:
            # "所长想让她…" after "食堂阿姨是所里自己请的": the one told of before
            return named.phrase if named is not None else people[0][1].phrase
    # the question opens on them ("志愿者算不算辅警？穿辅警衣服可以吗", "保安能不能查身份证")
    for c in clauses:
        h = phrases.first(c.text, persons) if c.asked else None
        if h is not None and re.fullmatch(r"(那|那么|这些|这个|那些|这种|我们的?|所里的?)?", c.text[:h.start]):
            return h.phrase
    # someone of such a post the story is about, pointed back to by the question ("有个护校队的大爷，每天在校门口帮着
    # 疏导车子…这个大爷算不算越权")
    for c in clauses:
        told = None if c.asked else _INTRODUCED_OUTSIDER.search(c.text)
        if told is None:
            continue
        post = phrases.first(told.group("post"), data["places"]) or phrases.first(told.group("post"), data["people"])
        noun = told.group("noun") or ""
        back = r"(这个|这位|那个|那位|该)" + (re.escape(noun[-2:]) if noun else "") + r"|(?<![其])他|她|人家"
        if post is not None and any(o.asked and re.search(back, o.text) and not re.search(r"我|俺", o.text)
                                    for o in clauses[c.index + 1:]):
            return post.phrase
    for c in clauses:
        if c.asked or re.search(r"辅警|协警", c.text):
            continue
        me = _SELF_POST.search(c.text)
        if me is None:
            continue
        rest = c.text[me.end():]
        person = phrases.first(rest, data["people"])
        if person is not None and re.fullmatch(r"[^，。？！]{0,14}?", rest[:person.start]) and \
                not re.match(r"(让|叫|喊|说)", rest[person.end:]):
            return person.phrase
        place = phrases.first(rest, data["places"])
        if place is not None and _WORKS_THERE.match(rest[place.end:]):
            return place.phrase
    return ""


def _role_words(kind: str) -> dict[str, tuple[str, ...]]:
    out = {}
    for name, entry in vocabulary("roles")["roles"].items():
        ws = entry.get(kind) or ()
        out[name] = tuple(sorted(ws, key=len, reverse=True))
    return out


def _about_others(text: str, h: phrases.Hit) -> bool:
    """"窗口那两个文职忙不过来": a role word counted or owned by others is not the user's — unless they are
    the ones assigned in the question ("打算安排两个文职辅警去路口查酒驾")."""
    before = text[max(0, h.start - 3):h.start]
    # "让我跟勤务那几个一起去夜巡": a group of that post the user goes along with
    if re.match(r"(辅警|岗)?(的)?(那|这)(几个|两个|三个|些|帮|伙|群|几位|两位)", text[h.end:]):
        return True
    if re.search(r"(安排|派|指派|调|抽调|让|叫|(想|打算|准备|计划|要)把)[^，。]{0,4}$", text[max(0, h.start - 8):h.start]):
        return False
    if re.search(r"(我|他|她|咱|俺)(一|这)个$", before):
        return False   # "他一个勤务辅警能不能上铐": the one asked about says what post they hold
    # "户籍窗口的文职姐休产假": the role word names another person by it
    # (…"户籍窗口的文职嬢嬢请假了": or by how a person is addressed, relations.yaml polite_address)
    if re.match(r"(的)?(姐|哥|妹|弟|大姐|大哥|小姑娘|小伙子|同事|们|姐姐|阿姨|妹儿|妹子|小妹|小哥|兄弟|哥们|大叔|美女|帅哥|"
                + "|".join(words("relations", "polite_address")) + ")", text[h.end:]):
        return True
    # "户籍窗口那个女娃儿是文职辅警": someone else said to hold that post
    if re.search(r"(女娃儿?|男娃儿?|小姑娘|小伙子?|姑娘|妹子|妹儿|大姐|大哥|同事|老婆|老公|媳妇|[他她])(也|都|就)?是$", text[max(0, h.start - 8):h.start]):
        return True
    return bool(re.search(r"(个|位|名|些|同事|他们|她们|别的|其他)$", before))


def _assigns_others(clauses: list[Clause]) -> bool:
    """The user assigns other 辅警 ("政治处排勤，想安排辅警分组守路口", "新来一个文职辅警，我想让她…"): a request
    not addressed to the user."""
    for c in clauses:
        req = phrases.first(c.text, words("frame", "requests"))
        # (…"民警被叫去码头了": someone else sent away, told in the passive — no one assigned by the user)
        if req and not re.search("我|咱|你", req.phrase) and not re.match(r"(我|俺|咱)", c.text[req.end:]) and \
                c.text[max(0, req.start - 1):req.start] not in ("被", "遭", "着") and not req.phrase.startswith(("被", "遭")):
            return True   # (…"想借调我过去": the request put to the user)
        if _PUTS_STAFF.search(c.text):
            return True   # "打算把几个勤务辅警下沉到社区警务室": 辅警 put somewhere by the one asking
    return False


_PUTS_STAFF = re.compile(r"(想|打算|准备|计划|要|拟)把[^，。？！我]{0,8}辅警[^，。？！]{0,6}(下沉|调|借|派|安排|放到|放在|分到|分配|抽)|"
                         # "领导想从户籍窗口抽三个文职辅警…去路口": staff drawn from their post for another
                         r"(想|打算|准备|计划|要|拟)?从[^，。？！我]{1,10}(抽|调|借|抽调|借调)[^，。？！我]{0,6}辅警|"
                         # "打算排几个文职辅警周末去步行街轮流巡逻": staff a plan puts to work, named by their post
                         r"(想|打算|准备|计划|拟)(排|安排|派|抽|调)(几个|两个|三个|[一二三四五六七八九十两几0-9]+个|一批|一些)?(文职|勤务)(辅警)?|"
                         # "想把一个平时巡逻的勤务辅警调到窗口坐几个月": one of a post, moved to another's work
                         r"(想|打算|准备|计划|拟)把[^，。？！我]{0,12}(文职|勤务)(辅警)?[^，。？！]{0,3}(调|派|安排|借|放|抽|换)")


def stated_role(text: str, assigned: bool = False) -> RoleReading:
    """A role the text names for the user or the question ("我是文职辅警", "文职辅警能…"); none when it
    names neither, or both and the user says neither is theirs. ``assigned``: the question assigns other 辅警, whose role ("新来一个文职辅警") is
    the one that counts."""
    named, own = {}, {}
    for name, ws in _role_words("stated").items():
        hits = phrases.hits(text, ws)
        # "我不是勤务，是文职": a role denied is not the user's
        # (…nor the post told short of hands: "最近勤务那边两个人休产假", the post the staff spoken of would help)
        kept = [h for h in hits if (assigned or not _about_others(text, h))
                and not re.search(r"(不是|并非|又不是|也不是|不当|不干)$", text[max(0, h.start - 3):h.start])
                and not re.match(r"(辅警|岗)?(那边|这边|那头|岗位上)[^，。？！]{0,10}(" + _SHORT_OF_HANDS.pattern + r"|休产假|请假|病假|休假|都出去了|出去了|都不在|不在|都在忙)",
                                 text[h.end:])
                and not _STANDS_IN.search(text[max(0, h.start - 6):h.start])
                # (…nor the post the user goes along with: "周末再跟勤务那边一路克街上发传单")
                and not (re.search(r"(跟|和|同|帮|给|替|配合)$", text[max(0, h.start - 2):h.start]) and
                         re.match(r"(辅警)?(那边|那块|那头|的同事|的兄弟|的人|一起|一路|一块)", text[h.end:]))]
        if kept:
            named[name] = kept[0]
        # …and when it names both, the one the user says is theirs ("我是勤务辅警，所里户籍窗口的文职休产假了")
        # (…or said as a clause of its own in the user's telling of their post: "就是接群众咨询那个岗，文职。")
        # (…or with the unit between: "我是连云港交警支队的文职辅警")
        said = next((h for h in hits if _OWN_ROLE.search(text[max(0, h.start - 6):h.start]) or
                     _OWN_ROLE_OF_UNIT.search(text[:h.start]) or
                     re.search(r"(^|[，,。；;：:])$", text[:h.start]) and re.match(r"(的|岗)?([，,。；;]|$)", text[h.end:]) and
                     re.search(r"(我|俺)[^。？！]{0,30}$", text[:h.start]) or
                     # (…or opening the story, after the place at most: "连云港的 勤务辅警。出入境大厅…")
                     _OPENS_AS_POST.fullmatch(text[:h.start]) and re.match(r"(辅警)?(的|岗|一枚|一名|一个)?[，,。；;]", text[h.end:])),
                    None)
        if said:
            own[name] = said
    for roles in (named, own):
        if len(roles) == 1:
            (name, h), = roles.items()
            return RoleReading(name, "stated", h.phrase)
    return RoleReading(None, None)


# the user naming their own post ("我是勤务辅警", "俺就是个文职")
# (…or put beside the user as what they are: "所长喊我一个勤务辅警去窗口顶班")
_OWN_ROLE = re.compile(r"(我|俺)(本身|自己)?(就)?(是|当的是|干的是|做的是)(一)?(个|名)?$|(我|俺)(一|这)(个|名)$")


_OPENS_AS_POST = re.compile(r"([\u4e00-\u9fff]{1,8}(的|这边的|那边的)?[，,。 ]?)?")
_OWN_ROLE_OF_UNIT = re.compile(r"(?:^|[，,。；;！？])(?:我|俺)(?:就)?是[^，,。；;！？]{2,14}的$")


_APPLYING = re.compile(r"(转考|报考|想考|想报|准备考|准备报|要考|想转考|转报|想先报|想先考|想去报|想去考|回来考|回来报|回去考|重新考|再考)(个|一个|那个)?(文职|勤务)|"
                       # "一个报名勤务辅警的", "今年招勤务辅警": the post named with its word
                       # (…"今年招了一批文职辅警": those taken on, whose posts the plan then assigns)
                       r"(?:报名|应聘|报|招|招聘|招录)(?:了|来|进)?(?:一批|一些|几个|一个|个|[一二三四五六七八九十两几0-9]+[个名])?(的)?(文职|勤务)(?=辅警|岗|警务|的)")
_CHANGED = re.compile(r"从(?:文职|勤务)[^，。？！]{0,6}?(?:转|调|换|改)(?:到|成|为|去)?(文职|勤务)|"
                      r"(?:转成|转为|转到|改成|换成|调成|转岗成|转岗到|现在是|如今是|现在当)(?:了)?(文职|勤务)")
_WISH = re.compile(r"想|准备|打算|要不要|能不能|可不可以|申请")


def _applied_post(story: str) -> tuple[str, str] | None:
    """The role of a post applied for, named by a task or workplace of that role and 岗 ("报档案管理岗")."""
    for name, pattern in _post_patterns():
        m = pattern.search(story)
        if m:
            return name, m.group()
    return None


@lru_cache(maxsize=1)
def _post_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """Per role, its tasks and workplaces as the name of a post applied for (roles.yaml), compiled once."""
    out = []
    for name, role_words in vocabulary("roles")["roles"].items():
        posts = sorted({*role_words.get("tasks", []), *role_words.get("workplace", [])}, key=lambda w: (-len(w), w))
        out.append((name, re.compile(r"(报|应聘|报名|报考|招|招聘|考)[^，。？！]{0,6}?(" + "|".join(map(re.escape, posts)) + r")(的)?(岗|岗位)")))
    return tuple(out)


@lru_cache(maxsize=1)
def _staff_of_place() -> re.Pattern:
    """"巡逻队的辅警，平时就在街面上巡逻": the 辅警 HR speaks of, named by where they work (roles.yaml workplaces)."""
    places = sorted({w for ws in _role_words("workplace").values() for w in ws if "…" not in w}, key=len, reverse=True)
    # (…"出入境大厅窗口那几个辅警": the place, then the count at once)
    return re.compile("(" + "|".join(map(re.escape, places)) + r")(的|那边的|这边的)?(几个|两个|那些|这些|那个|这个|那几个|那两个|这两个|那俩|这俩)?(勤务|文职)?(辅警|协警)")


_TOLD_TO = re.compile(r"(跟|向|给|和|联系|打给|报告|汇报|请示|报给|交给|送给|送到|送去|移交)$")
_PASSED_TO = re.compile(r"(通报给|通报|通知|告诉|转给|推给|发给|转告|交给)$")
_REPORTS = re.compile(r"(报|汇报|报告|反映|请示|联系|打电话|通报|说|讲|要)")
_SENDS = re.compile(r"(又|也|还|刚|刚刚|刚才|马上)?(派警|派了|派|转过来|转来|推过来|打电话|打来电话|来电|通知|说|让|叫|喊)")   # "指挥中心又派过来一个家暴的"
# a task told as the time of the asked act ("执勤的时候", "巡逻时", "值勤期间")
_AS_TIME = re.compile(r"(的)?(时候|时|期间|中|过程中|途中)")


# what kind of officer opens the clause ("带班民警", "社区民警"): still someone else
_OFFICER_KIND = re.compile(r"(那个|这个|我们|我们的|所里的?)?(带班|值班|社区|技术|办案|当班|责任|巡逻|户籍|刑侦|治安|主办|出警|接警|专案|驻校|网安|女|男|老)|"
                           # where the officers are ("屋头民警全部出警去了", "所里的民警都出去了")
                           r"(屋头|屋里|所里|所头|队里|局里|里面|里头|楼上|楼下|外头|外面)(的)?")


# the 辅警 asked about, described by their work ("巡逻的辅警…")
_DESCRIBED_BY_WORK = re.compile(r"^[^，。？！]{0,4}?([\u4e00-\u9fff]{1,6})的(辅警|协警)")
# a clause that goes on with the request told just before it ("…晚上还要去路口查酒驾")
_GOES_ON_REQUEST = re.compile(r"^[^，。？！]{0,4}?(还要|还得|还让|又要|又让|再去|再让|再跟|再和|再到|然后|接着|顺便|完了)|"
                              # "…让我把他的报案登记了，受案登记表也填好": the thing the request also wants done
                              r"^[^，。？！我俺民警他她]{1,8}?(也|一并|一起|都)(填好|填了|填上|做好|做了|弄好|弄了|办好|办了|写好|写了|录好|录了|登记好|登记了|签了|签好)")


# a post held before ("我原来在…当协管") and the move away from it ("去年考到车管所窗口", "后来调到户籍室")
_PAST_POST = re.compile(r"^(我|俺)?(原来|原先|以前|之前|过去|早先|早前|刚进来时|刚来时)(一直)?(是|在|当|干|做|跟)")
_MOVED = re.compile(r"(考到|考进|调到|调去|调进|调入|转到|转岗到|换到|分到)|^(现在|如今|目前)")
_HANDED_ON = re.compile(r"(交给|交由|转给|递给|报给)(带班|值班|办案)?(民警|警察|师傅|警官|所里|内勤)")
# a request put to staff named before by a pronoun ("所长想让他们…", "想安排她去…")
_TO_THEM = re.compile(r"(让|叫|喊|安排|派|排|调|要|借)(他们|她们|他俩|她俩|他|她)")


def _pointed_post(clauses: list[Clause]) -> RoleReading | None:
    """"所里勤务辅警不够用，我们有两个文职辅警，…所长想让他们周末上街巡逻": the post of the staff a request points
    to by a pronoun is the one named last before it — not a post said to be short of hands."""
    named = None
    for c in clauses:
        if c.asked:
            continue
        to_them = _TO_THEM.search(c.text)
        upto = c.text[:to_them.start()] if to_them else c.text
        if not _SHORT_OF_HANDS.search(upto):
            hits = [(h, name) for name, ws in _role_words("stated").items() for h in phrases.hits(upto, ws)]
            if hits:
                h, name = max(hits, key=lambda x: x[0].start)
                named = RoleReading(name, "stated", h.phrase)
        if to_them and named:
            return named
    return None


# the post the user stands in for is another's ("让我晚上跟着去巡逻，顶一下勤务那边的班", "替勤务的同事值个班")
_STANDS_IN = re.compile(r"(顶|替|代|补|帮|支援)(一下|几天|一阵|一段时间)?(他们)?$")
_SHORT_OF_HANDS = re.compile(r"缺人|人手不够|人手紧|人不够|忙不过来|警力不够|警力不足|警力紧张|缺警力|人手短缺")
_LENT_OUT = re.compile(r"被[^，。？！]{0,6}(借过去|借去|借调|抽调|抽过去|抽去|临时调)|(借调|抽调)到")


def item_roles(clauses: list[Clause], question: str) -> dict[int, str]:
    """The post each numbered item names for the 辅警 it is about, by clause index, when the items name more than
    one ("①勤务辅警开着警车去巡逻；②文职辅警被叫去路口一起查酒驾"): each item's act is judged for its own post.

    >>> from assistant.understand.clauses import split
    >>> q = "下面哪些做法对：①勤务辅警开着警车去巡逻；②文职辅警被叫去路口一起查酒驾"
    >>> item_roles(split(q), q)
    {1: '勤务', 2: '文职'}
    """
    names = _role_words("stated")
    out = {}
    for c in clauses:
        if not ITEM_BEFORE.search(question[:c.start]):
            continue
        opening = next((name for name in names if re.match(name + r"(辅警|岗|的辅警)", c.text)), None)
        if opening:
            out[c.index] = opening
    return out if len(set(out.values())) > 1 else {}


# work put to the user or to the one asked about ("叫她下个礼拜起跟着夜里出去巡逻")
_PUT_TO = re.compile(r"(叫|让|喊|安排|派|要求|要)(我|俺|她|他)")


def role(clauses: list[Clause], given: str | None = None) -> RoleReading:
    """The role: given as an option, stated in the question, or inferred from the story."""
    if given:
        return RoleReading(given, "option")
    assigning = _assigns_others(clauses)
    story = "，".join(c.text for c in clauses)
    # a trainer's or a colleague's case ("招了个文职辅警小姑娘…"): the role of the 辅警 spoken of is the one that counts
    # the post applied for ("勤务岗的学员想明年转考文职辅警"): the role its conditions are read for
    applying = _APPLYING.search(story)
    if applying:
        return RoleReading(applying.group(3) or applying.group(5), "stated", applying.group())
    # …or the post applied for named by its work ("有个报档案管理岗的女娃儿"): the role whose work it is (roles.yaml)
    post = _applied_post(story)
    if post:
        return RoleReading(post[0], "inferred", post[1])
    # a post changed ("原来是勤务，今年转成文职", "从文职转到勤务"): the post held now, not the one before
    changed = [m for m in _CHANGED.finditer(story) if not _WISH.search(story[max(0, m.start() - 4):m.start()])]
    if changed:
        m = changed[-1]
        return RoleReading(m.group(1) or m.group(2), "stated", m.group())
    # …or the one HR tells of ("我是政治处的，有个勤务辅警有C1驾照，民警让他开警车")
    placed = _staff_of_place().search(story)
    # (…not a colleague told of while the work is asked of the user: "有个文职辅警休产假，所长叫我去窗口顶几天")
    # (…the colleague told as the one the story is about, read as 我: "有个文职辅警小周…让她" → "有个文职辅警我…让我")
    asked_of_me = any(re.search(r"我|俺", h.phrase) for c in clauses for h in phrases.hits(c.text, words("frame", "requests")))
    one_of = _ONE_OF_STAFF.search(story)
    trainee = TRAINEE.search(story)
    spoken_of = bool(trainee or one_of and (not asked_of_me or story[one_of.end():].startswith(("我", "俺"))) or placed)
    # the post named with the 辅警 the case is about ("案例：勤务辅警在派出所值班，…户籍窗口的文职请假，所长让他…"):
    # theirs, whoever else the story names by a post
    of_trainee = trainee and stated_role(trainee.group(), assigned=True)
    # (…not where both posts are staff of the story: "勤务辅警跟着民警…；文职辅警留指挥部…")
    both_staff = all(re.search(r"(^|[，,；;：:。])" + name + r"(辅警|岗)", story) for name in _role_words("stated"))
    # (…nor where the user names their own post: "我是南岸区分局的心理咨询文职。前天所里一个勤务辅警同事…")
    own_post = re.search(r"(我|俺)(是|在|当|做|干)[^，。？！]{0,12}(文职|勤务)", story)
    if of_trainee and of_trainee.role and not assigning and not both_staff and not own_post:
        return of_trainee
    # the staff a plan puts to work, named by their post ("勤务那边缺人，打算排几个文职辅警…"): theirs, not the post short
    put = {m.group(): name for c in clauses for m in _PUTS_STAFF.finditer(c.text) for name in _role_words("stated")
           if name in m.group()}
    if assigning and len(set(put.values())) == 1:
        words_, name = next(iter(put.items()))
        return RoleReading(name, "stated", words_)
    stated = stated_role(story, assigned=assigning or spoken_of)
    if stated.role:
        return stated
    pointed = _pointed_post(clauses) if assigning or spoken_of else None
    if pointed:
        return pointed
    # both posts told ("户籍窗口的文职辅警请病假…从巡逻的勤务辅警里抽一个"), one named in the question itself
    # ("勤务辅警去窗口顶班这个合规不"): the post the question is put for
    # (…as the one who does it, opening the question: not "是不是该文职干的", the other post named for contrast)
    in_question = {name: h for name, ws in _role_words("stated").items() for c in clauses if c.asked
                   for h in phrases.hits(c.text, ws)[:1]
                   if re.fullmatch(r"([\u4e00-\u9fff]{1,6}?(这边|那边|这里|的))?(我们|我|那|那么|那我|让|叫|派)?", c.text[:h.start])}
    both_posts = all(phrases.any_in(story, ws) for ws in _role_words("stated").values())
    if len(in_question) == 1 and both_posts:
        (name, h), = in_question.items()
        return RoleReading(name, "stated", h.phrase)
    # HR assigning staff named by where they work ("所里在户籍窗口的那两个辅警…让他们去学校门口疏导交通"): their post
    if assigning and placed and not placed.group(4):
        post = next(name for name, ws in _role_words("workplace").items() if placed.group(1) in ws)
        return RoleReading(post, "inferred", placed.group(1))
    cues: dict[str, list[tuple[bool, str]]] = {}
    tasked: set[str] = set()   # the roles named by a task of the user's own (not only by a workplace)
    usual = words("roles", "usual_work")
    requested = -1   # the sentence of the last clause that told a request
    asked_work: list[str] = []   # what the requests told asked for
    for c in clauses:
        put_to = _PUT_TO.search(c.text)
        if put_to:
            asked_work.append(c.text[put_to.end():])
        posts = [h for ws in _role_words("stated").values() for h in phrases.hits(c.text, ws)]
        # (…and, both posts told — "勤务辅警跟着民警…；文职辅警留指挥部负责通讯保障" — a clause naming one not the
        # user's own tells of its people)
        if c.asked or any(_about_others(c.text, h) for h in posts) or both_posts and posts and not re.match(r"(我|俺)", c.text):
            continue   # "窗口那两个文职忙不过来" tells of others, not of the user's post
        if _PAST_POST.match(c.text) and any(_MOVED.search(o.text) for o in clauses[c.index + 1:] if not o.asked):
            continue   # "我原来在路面上当协管，去年考到车管所窗口": the post left, not the one held now
        if _SHORT_OF_HANDS.search(c.text):
            continue   # "这礼拜路口那边缺人": where hands are needed, not the user's post
        if _LENT_OUT.search(c.text):
            continue   # "最近被技术科借过去帮忙做数据分析": where the 辅警 is lent for a while, not their post
        if c.sentence == requested and not assigning and _GOES_ON_REQUEST.match(c.text):
            continue   # "所长安排我跟民警出去巡逻，晚上还要去路口查酒驾": the request goes on, no post of the user's
        text = _WHEN_FIRST.sub("", c.text)   # "昨天民警在所里写材料": when, then who
        subject = phrases.first(text, words("frame", "others"))
        # (…in a trainer's case, 他 / 她 is the 辅警 spoken of: "有个学员问：他在…宣传科写稿")
        if subject is not None and (subject.start <= 1 or _OFFICER_KIND.fullmatch(text[:subject.start])) and \
                not (trainee and subject.phrase in ("他", "她") and subject.start == 0):
            continue   # "民警就在旁边写材料", "带班民警…回所里写材料了": what someone else does tells nothing of the user's post
        # (a trainer's case: "领导让她去路口拦车" is a request to the 辅警 spoken of)
        req = phrases.first(text, words("frame", "requests") + (_TRAINEE_REQUESTS if spoken_of else ()))
        if req:
            requested = c.sentence
            # what someone asks the user to do is not their usual work; what the user assigns others to is
            # the only cue to theirs (the HR officer's own 政治处 or 内勤 is not the role of the 辅警 assigned)
            # (…a request put to the user, "想借调我过去做数据分析", is never the post of others assigned)
            to_me = re.search(r"我|俺", req.phrase) or re.match(r"(我|俺)", text[req.end:])
            text = text[req.end:] if assigning and not to_me else text[:req.start]
        elif assigning and not (spoken_of and phrases.any_in(text, usual)):
            continue   # …but "辅警小谢平时在档案室整理档案": the usual post of the 辅警 a trainer speaks of
        for kind in ("tasks",) if assigning and req else ("workplace", "tasks"):
            found = {}
            for name, ws in _role_words(kind).items():
                h = phrases.first(text, ws)
                # "指挥中心派警说…": the place that sends, not the user's post
                # ("回去交给民警录系统": the work handed on is the officer's)
                handed = _HANDED_ON.search(text)
                # ("民警在车里跟指挥中心报情况": the place told to, not the user's post — "我平时是跟巡逻车的" is)
                told_to = h is not None and _TOLD_TO.search(text[:h.start]) is not None and \
                    (not re.search(r"(跟|和|给)$", text[:h.start]) or _REPORTS.match(text[h.end:]) is not None) or \
                    h is not None and _PASSED_TO.search(text[:h.start]) is not None   # "然后通报给巡逻组": who is told
                # ("我是坐窗口的哈又不是外勤": the post denied)
                denied = h is not None and re.search(r"(不是|又不是|并不是|也不是|不在|不干|不做|没干过|没做过)$", text[:h.start]) is not None
                # ("叫她…跟着夜里出去巡逻，一个小姑娘家半夜出去巡逻俺是真不放心": the work requested, said again)
                again = kind == "tasks" and h is not None and not req and not put_to and \
                    not phrases.any_in(text[:h.start], usual) and any(h.phrase in w for w in asked_work)
                if h and not _SENDS.match(text[h.end:]) and not (handed and h.start >= handed.end()) and not told_to \
                        and not denied and not again:
                    found[name] = h
            if kind == "workplace" and len(found) == 2:
                # "看守所医务室": a room inside a place — the room is where the user works
                (_, h1), (n2, h2) = sorted(found.items(), key=lambda nh: (nh[1].end, -nh[1].start))
                if h2.start <= h1.start or 0 <= h2.start - h1.end <= 1:
                    found = {n2: h2}   # …told around it ("在看守所医务室") or right after it
            for name, h in found.items():
                cues.setdefault(name, []).append((phrases.any_in(text, usual), h.phrase))
                if kind == "tasks":
                    tasked.add(name)
    if not cues and not assigning:
        # the user's work named as the time of the asked act ("连云港辅警执勤的时候能给人上手铐不"): not the act asked
        for c in clauses:
            if c.asked and c.predicate and c.predicate in c.text:
                before = c.text[:c.text.index(c.predicate)]
                for name, ws in _role_words("tasks").items():
                    h = phrases.first(before, ws)
                    if h and _AS_TIME.match(before[h.end:]):
                        cues.setdefault(name, []).append((False, h.phrase))
    if not cues and not assigning:
        # the 辅警 asked about described by their work, in the asked clause ("巡逻的辅警到了案发现场能保护现场")
        for c in clauses:
            described = _DESCRIBED_BY_WORK.match(c.text) if c.asked else None
            if described is None:
                continue
            for name, ws in _role_words("tasks").items():
                h = phrases.first(described.group(1), ws)
                if h:
                    cues.setdefault(name, []).append((False, h.phrase))
    if not cues and not assigning:
        # nothing of the user's post, but the story puts the user at an incident with an officer ("民警在对讲机里
        #喊我先把他铐上", "跟着民警赶到"): street work is the work of 勤务 posts
        story = "，".join(c.text for c in clauses if not c.asked)
        for name, ws in _role_words("scene").items():
            h = phrases.first(story, ws)
            if h:
                cues.setdefault(name, []).append((False, h.phrase))
        # …or an incident going on where an officer is ("我表哥喝多了在饭店砸东西…民警在车上打电话叫支援")
        # …not where the story names a 文职 workplace at all ("有人在户籍大厅闹事")
        if not cues and re.search(r"民警|警察|带班|所长|教导员|师傅", story) and \
                not any(phrases.any_in(story, ws) for name, ws in _role_words("workplace").items() if name != "勤务"):
            for name, ws in _role_words("incident").items():
                h = phrases.first(story, ws)
                if h:
                    cues.setdefault(name, []).append((False, h.phrase))
    if len(cues) == 1:
        (name, found), = cues.items()
        return RoleReading(name, "inferred", found[0][1])
    framed = {n: [w for u, w in f if u] for n, f in cues.items()}
    framed = {n: f for n, f in framed.items() if f}
    if len(framed) == 1:
        (name, found), = framed.items()
        return RoleReading(name, "inferred", found[0])
    # "在江北交巡警大队搞材料录入的，这周要设卡查酒驾…": the task the user introduces themself by is the post
    intro = {name for c in clauses if not c.asked and _INTRO.match(c.text)
             for name, ws in _role_words("tasks").items() if phrases.any_in(c.text, ws)}
    if len(intro) == 1 and not assigning:
        name = next(iter(intro))
        return RoleReading(name, "inferred", next(w for _, w in cues.get(name, [(False, name)])))
    if len(tasked) == 1 and not assigning:
        # "在沙坪坝交巡警支队搞数据录入的": the unit is of one kind, the user's own task of the other — the task is the post
        name = next(iter(tasked))
        return RoleReading(name, "inferred", cues[name][0][1])
    return RoleReading(None, None)

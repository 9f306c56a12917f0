"""A tie told through a relative, read as that relative's own (``language/kinship.yaml``).

When the 辅警 of a story is the asker's relative ("我老公在派出所当辅警"), the party is named by the asker's
word ("我弟弟被他们所里带走了"); whether the officer must stand aside depends on the party's tie to the
officer, not to the asker. Each kin word is a path of steps from the one who says it (``老公`` is ``H``,
``小舅子`` is ``WB``: the wife's brother); the party's tie to the officer is the path back from the officer to
the asker, then on to the party, with the turns of an ordinary family taken (the child's mother is the
father's wife; the spouse's child is one's own child).

>>> through("老公", "弟弟")          # her brother: the officer's brother-in-law
'in_law'
>>> through("媳妇", "丈母娘")        # his mother-in-law: the officer's own mother
'parent'
>>> through("爸", "外公"), through("妈", "爷爷")   # the officer's father-in-law, either way
('in_law', 'in_law')
>>> through("儿子", "弟弟")          # the asker's brother: the officer's uncle
'uncle_aunt'
>>> through("老公", "小叔子"), through("姐", None)   # his brother; the asker herself: the officer's sibling
('sibling', 'sibling')
>>> through("女儿", "外孙"), through("儿子", "外孙"), through("二儿子", "大儿子")   # her son; his nephew; his brother
('child', 'relative', 'sibling')
>>> through("哥", "嫂子"), through("哥", "嫂子的弟弟"), through("哥", "弟弟")   # his wife; her brother; his brother
('spouse', 'in_law', 'sibling')
>>> through("老公", "妯娌")          # his brother's wife
'in_law'
>>> through("老公", "表弟"), through("儿子", "表弟"), through("同事", "弟弟")   # no kin word for a 同事
('in_law', 'relative', None)
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import vocabulary

_KIND = {"H": "spouse", "W": "spouse", "E": "spouse", "F": "parent", "M": "parent", "P": "parent",
         "S": "child", "D": "child", "C": "child", "B": "sibling", "Z": "sibling", "G": "sibling"}
_SEX = {"H": "m", "F": "m", "S": "m", "B": "m", "W": "f", "M": "f", "D": "f", "Z": "f"}
# a step of a kind, to someone of a sex (None: unsaid)
_STEP = {("spouse", "m"): "H", ("spouse", "f"): "W", ("spouse", None): "E",
         ("parent", "m"): "F", ("parent", "f"): "M", ("parent", None): "P",
         ("child", "m"): "S", ("child", "f"): "D", ("child", None): "C",
         ("sibling", "m"): "B", ("sibling", "f"): "Z", ("sibling", None): "G"}
_INVERSE = {"spouse": "spouse", "parent": "child", "child": "parent", "sibling": "sibling"}


@lru_cache(maxsize=1)
def _paths() -> dict[str, str]:
    return {str(w): path for path, ws in vocabulary("kinship")["paths"].items() for w in ws}


@lru_cache(maxsize=1)
def kin_words() -> tuple[str, ...]:
    """Every kin word with a path, longest first."""
    return tuple(sorted(_paths(), key=len, reverse=True))


@lru_cache(maxsize=1)
def kin_alternation() -> str:
    """A regex alternation of every kin word, longest first (for the patterns that read kin words in a story)."""
    return "|".join(map(re.escape, kin_words()))


def path_of(word: str) -> str | None:
    """The steps a kin word names, from its speaker (``我``/``俺`` before it and ``亲`` inside it dropped); a chain
    ("老公的爸", "老公他哥") is the steps of each word in turn.

    >>> path_of("丈母娘"), path_of("我老公的亲爸"), path_of("老公他哥"), path_of("同事")
    ('WM', 'HF', 'HB', None)
    """
    word = word.lstrip("我俺")
    if word in _paths():
        return _paths()[word]   # a word of its own with 他 in it ("孩子他爸": the husband, named by the child)
    links = [w for w in re.split(r"家的|的|他|她", word) if w]
    if len(links) > 1:
        steps = [path_of(w) for w in links]
        return "".join(steps) if all(steps) else None
    word = word.replace("亲", "", 1) if len(word) > 1 else word
    # a birth order before a word that has none of its own ("二儿媳", "大外孙"): the same path
    return _paths().get(word) or _paths().get(word.removesuffix("的")) or \
        (_paths().get(word[1:]) if len(word) > 2 and word[0] in "大二三四小幺" else None)


def _back(path: str, speaker_sex: str | None) -> str:
    """The steps from the end of ``path`` back to its speaker."""
    sexes = [speaker_sex] + [_SEX.get(s) for s in path[:-1]]
    return "".join(_STEP[(_INVERSE[_KIND[s]], sexes[i])] for i, s in reversed(list(enumerate(path))))


def _reduce(path: str, start_sex: str | None, distinct: bool = False) -> str:
    """``path`` with the turns of an ordinary family taken, until none is left; a parent's child of the same sex
    as the one who started is that one (a son's 孙子 is his own son) unless told ``distinct`` (大儿子, 二儿子)."""
    changed = True
    while changed:
        changed = False
        sex = start_sex
        for i in range(len(path) - 1):
            a, b = path[i], path[i + 1]
            ka, kb = _KIND[a], _KIND[b]
            one = None
            if ka == "spouse" and kb == "spouse":
                one = ""                                   # the spouse's spouse: back where it started
            elif ka == "child" and kb == "parent":         # the child's other parent, or oneself
                one = "" if sex and _SEX.get(b) == sex else _STEP[("spouse", _SEX.get(b))]
            elif ka == "parent" and kb == "child" and not (distinct and i == 0) and \
                    (sex is None or _SEX.get(b) in (None, sex)):
                one = ""                                   # the parent's child of one's own sex: oneself
            elif ka == "sibling" and kb == "sibling" and i + 2 < len(path) and (sex is None or _SEX.get(b) in (None, sex)):
                one = ""   # "我哥当辅警…我嫂子": the asker's brother's wife, when the brother is the one who started
            elif ka == "parent" and kb == "child" or ka == "sibling" and kb == "sibling":
                one = _STEP[("sibling", _SEX.get(b))]      # a parent's other child
            elif ka == "sibling" and kb == "parent" or ka == "parent" and kb == "spouse":
                one = _STEP[("parent", _SEX.get(b))]       # the same parents
            elif ka == "spouse" and kb == "child" or ka == "child" and kb == "sibling":
                one = _STEP[("child", _SEX.get(b))]        # the same children
            if one is not None:
                path = path[:i] + one + path[i + 2:]
                changed = True
                break
            sex = _SEX.get(a)
    return path


def _tie(path: str) -> str | None:
    kinds = [_KIND[s] for s in path]
    if not kinds:
        return None
    if len(kinds) == 1:
        return kinds[0]
    if kinds in (["parent", "parent"], ["child", "child"]):
        return "grandparent" if kinds[0] == "parent" else "grandchild"
    if "spouse" in kinds:
        return "in_law"
    if kinds == ["parent", "sibling"]:
        return "uncle_aunt"
    if kinds == ["parent", "sibling", "child"]:
        return "cousin"
    return "relative"


def tie_of(word: str) -> str | None:
    """The tie a kin word names from its speaker ("亲爹": a parent, "老二家的大小子": a grandchild).

    >>> tie_of("亲爹"), tie_of("老二家的大小子"), tie_of("同学")
    ('parent', 'grandchild', None)
    """
    path = path_of(word)
    return _tie(path) if path else None


def _speaker_sex(officer: str) -> str | None:
    """The asker's sex when the word for their spouse tells it ("老公": a wife asks)."""
    return {"H": "f", "W": "m"}.get(officer)


def through(officer_word: str, party_word: str | None) -> str | None:
    """The party's tie to the officer, both named by the asker's words (``None``: the asker themself); ``None``
    when either word names no path here."""
    officer = path_of(officer_word)
    party = "" if party_word is None else path_of(party_word)
    if not officer or party is None:
        return None
    asker_sex = _speaker_sex(officer)
    officer_sex = _SEX.get(officer[-1])
    # two children told apart by birth order ("二儿子当辅警…大儿子"): not the same one
    order = [re.search(r"[大二三四小幺]|老[大二三四]", w) for w in (officer_word, party_word or "")]
    distinct = all(order) and order[0].group() != order[1].group()
    return _tie(_reduce(_back(officer, asker_sex) + party, officer_sex, distinct))

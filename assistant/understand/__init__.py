"""Question understanding: a question read by its structure into a typed :class:`Reading`.

Modules, one concern each: :mod:`.clauses` (story and asked clauses), :mod:`.acts` (the acts asked), :mod:`.affirmed` (acts told as fine
beside them),
:mod:`.heads` (the catalogue entries their heads name), :mod:`.situation` (role, officer presence, emergency…),
:mod:`.facts` and :mod:`.dates` (an applicant's facts with holder and qualifier), :mod:`.relations`
(a tie to a case), :mod:`.intent`, :mod:`.reading` (the pipeline). Words live in
``assistant/rules/data/language/*.yaml``.
"""

from .reading import Reading, read_question

__all__ = ["Reading", "read_question"]

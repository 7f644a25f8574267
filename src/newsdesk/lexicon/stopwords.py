"""Function words of the languages news pages are most often written in.

Data, not code: the most frequent function words (articles, pronouns,
prepositions, conjunctions, auxiliaries) of each language, abridged by hand
from the stopword lists that jusText (Pomikálek 2011) and spaCy ship per
language, keeping only words that are frequent in running prose and rare in
menus and link lists. A line of article prose has many of them; a menu, a
tag list or a ticker has almost none. Lower case; matched against lower-cased
``\\w+`` tokens. Languages without spaces between words (Chinese, Japanese)
are handled by punctuation instead, and Korean by sentence endings.
"""

from __future__ import annotations

_ENGLISH = """
a about after all also an and any are as at be because been but by can could did do does
for from had has have he her his how i if in into is it its just more most my no not of on
one only or other our out over she so some than that the their them then there these they
this those to up was we were what when which while who will with would you your
"""
_GERMAN = """
aber als am an auch auf aus bei bis da das dass dem den der des die doch du durch ein eine
einem einen einer er es für hat hatte ich ihr im in ist ja kann man mit nach nicht noch nur
oder sein sich sie sind so über um und uns von vor war wie wir wird wurde zu zum zur
"""
_FRENCH = """
au aux avec ce ces cette dans de des du elle en est et il ils je la le les leur lui mais me
même ne nous on ont ou par pas pour qu que qui sa se ses son sont sur un une vous été être a
"""
_SPANISH = """
al como con de del el ella en entre era es esta está este fue ha han hay la las le lo los
más muy no para pero por que se ser sin sobre su sus también un una y ya
"""
_PORTUGUESE = """
ao aos as com como da das de do dos ela ele em entre era essa esse está foi há isso já mais
mas na nas no nos não o os para pela pelo por que se sem ser seu sua são também um uma é
"""
_ITALIAN = """
al alla anche che con da del della dei delle di e è gli ha i il in la le lo ma nel nella non
per più questo si sono su sul tra un una
"""
_DUTCH = """
aan als bij dat de den der die dit door een en er had heeft het hij in is je maar met naar
niet nog of om ook op over te tot uit van voor was wat werd wordt ze zij zijn
"""
_INDONESIAN = """
ada adalah akan atau bahwa dalam dan dari dengan di ini itu juga karena ke kepada oleh pada
para sebagai telah tidak untuk yang sudah bisa mereka
"""
_RUSSIAN = """
а без бы был была были было в во вот все всё да для до его её если есть же за и из или
им их к как ко когда который ли на над не него нет но о об он она они от по при с со так
также то только у уже что чтобы это этот я
"""

STOPWORDS: frozenset[str] = frozenset(
    " ".join(
        (_ENGLISH, _GERMAN, _FRENCH, _SPANISH, _PORTUGUESE, _ITALIAN, _DUTCH, _INDONESIAN, _RUSSIAN)
    ).split()
)

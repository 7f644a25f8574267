"""Text patterns of page furniture that markup alone does not give away (data).

Matched against one run of text (a paragraph-sized piece). Collected from the
furniture that news templates print inside the article column: advertising
labels, newsletter and app prompts, share prompts, picture credits and
publication stamps. Bylines, date lines and captions by their shape are
furniture/bylines.py's, called from html_content.py. Written from general
knowledge of such templates in several languages; none names a site.
"""

from __future__ import annotations

import re

from newsdesk.furniture.phrases import LINE_PHRASES

#: A whole short run that is a furniture label, with the kind it announces.
LABELS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(advertisement|advertising|anzeige|publicidade|publicidad|pubblicità|"
                r"sponsored( content)?|paid content|ad|story continues below( advertisement)?|"
                r"continue reading below|article continues below)\W*$", re.I), "ad"),
    (re.compile(r"^(share|share this( article| story| post)?|share on \w+|tweet|email|print|"
                r"pin it|whatsapp|facebook|twitter|linkedin|reddit|copy link|"
                r"compartilhe|condividi|teilen)\W*$", re.I), "share"),
    (re.compile(r"^((den |diesen )?artikel (mit anderen )?teilen|möchten sie (den|diesen) artikel "
                r"teilen|s[ií]guenos en|folgt? uns|suivez-nous|compartir en)\b.{0,100}$", re.I),
     "share"),
    (re.compile(r"^(read more|read next|more from|related( articles| stories| content)?|"
                r"see also|you may also like|recommended( for you)?|most popular|"
                r"trending( now)?|also read|leia também|leggi anche|lesen sie auch|"
                r"don'?t miss|must read|you might also like|você pode gostar|"
                r"читайте также|самые популярные|популярное|похожие( статьи| новости)?|"
                r"mais lidas|más leídas|i più letti|meistgelesen|"
                # the same in German, Spanish, French, Portuguese, Polish, Dutch, Italian
                r"mehr zu(m thema)?|mehr themen|weitere (themen|artikel|beiträge)|auch interessant|"
                r"(das )?(thema )?könnte (sie|dich|euch) auch interessieren|schon gelesen|"
                r"weiterlesen|lust auf mehr|ähnliche (artikel|beiträge)|empfohlene beiträge|"
                r"verwandte (themen|artikel|beiträge)|lea también|lee también|"
                r"te puede interesar|(notas|noticias) relacionadas|vous aimerez aussi|"
                r"(à )?lire aussi|voir aussi|sur le même sujet|veja também|leia mais|saiba mais|"
                r"czytaj (też|także|również)|zobacz (też|także)|lees ook|"
                r"potrebbe interessarti)\b.{0,120}$", re.I), "related"),
    (re.compile(r"^(sign up|subscribe|get the .{0,40}newsletter|download (our|the) app|"
                r"click here|thanks for signing up|sorry!?|there was an error|"
                r"we use cookies|this (web)?site uses cookies|follow us|have a tip|"
                r"get the latest|get breaking news|subscribe to|something went wrong|"
                # the same in German, Spanish, French, Polish
                r"wie bewerten sie (diesen|den) artikel|war (der|dieser) artikel (nützlich|"
                r"hilfreich)|(dieser|der) artikel gefällt (ihnen|dir)|rezept drucken|"
                r"inhaltsverzeichnis|sie sind (aktuell |derzeit )?nicht (eingeloggt|angemeldet)|"
                r"wir (verwenden|nutzen) cookies|utilizamos cookies|nous utilisons des cookies|"
                r"korzystamy z (plików )?cookies)\b.{0,160}$", re.I),
     "boilerplate"),
    (re.compile(r"^\*?(anzeige|werbung)\s*[.:,*-].{0,200}$", re.I), "ad"),
    (re.compile(r"^.{0,40}\bis (supported|funded) by (its|our) (audience|readers)\b.{0,200}$",
                re.I), "ad"),
    (re.compile(r"^((photo|image|picture|video|foto|source|credit|quelle|bildquelle|fuente|"
                r"titelbild|beitragsbild|abbildung|crédits? photos?|fonte)s?\s*(:|by\b)|"
                r"\(?(photo|image) (by|credit|courtesy)\b|"
                r"in this .{0,60}\b(file )?(photo|image|picture)\b).{0,300}$", re.I), "caption"),
    (re.compile(r"^(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*[-|–]\s*)?(published|updated|posted|"
                r"last updated|modified|publicado|publicada|atualizado|actualizado|pubblicato|"
                r"aggiornato|veröffentlicht|aktualisiert|publié|mis à jour|опубликовано)\b"
                r".{0,100}$", re.I), "date"),
    (re.compile(r"^((\d+\s+)?comments?\b.{0,30}|(leave|add|post|write|show) (a |the )?"
                r"(comments?|reply)\b.{0,40}|comentários|commenti|kommentare|отзывы|комментарии|"
                r"kommentare (sind )?geschlossen|comments (are )?closed)$",
                re.I), "comment"),
    (re.compile(r"^(©|\(c\)|copyright\b|all rights reserved).{0,300}$", re.I), "footer"),
    # the heading of a summary box (its points repeat the article)
    (re.compile(r"^(key points|key takeaways|story highlights)\W*$", re.I), "boilerplate"),
    # a video player's or a promo's leftovers, a "More:" label alone (furniture.phrases)
    (re.compile("^(?:" + "|".join(map(re.escape, LINE_PHRASES["boilerplate"])) + r")\W*$", re.I),
     "boilerplate"),
    # no letter and no digit (a lone "/", "***", "—"): a separator or a widget's leftover
    (re.compile(r"^[\W_]+$"), "boilerplate"),
)  # fmt: skip

#: Runs longer than this are never taken for a label, whatever they start with.
MAX_LABEL_CHARS = 200

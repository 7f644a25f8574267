"""Dates as pages write them: month and weekday names in the languages of the pages read.

Data only. ``MONTHS`` is what dates are parsed with (metadata.dates); the
furniture reads the same names, plus Russian genitive months
(``RUSSIAN_MONTHS``), to tell a date line from text.
"""

from __future__ import annotations

#: English month names and their three-letter abbreviations (``sept`` beside ``sep``).
ENGLISH_MONTHS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)  # fmt: skip
ENGLISH_MONTH_ABBREVIATIONS: tuple[str, ...] = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)  # fmt: skip

#: Month names, the 12 in order, of the other Latin-script languages of the pages read.
_OTHER_MONTHS: dict[str, str] = {
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",  # noqa: E501 - a language per line
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",  # noqa: E501 - a language per line
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",  # noqa: E501 - a language per line
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}  # fmt: skip

#: Month names and abbreviations → month number (English, German, French, Spanish,
#: Italian, Portuguese, Dutch; lower-case, without a trailing dot): the months a
#: date written for people is read with (metadata.dates, was ``metadata.rules``).
MONTHS: dict[str, int] = {
    **{m: i for i, m in enumerate(ENGLISH_MONTHS, start=1)},
    **{m: i for i, m in enumerate(ENGLISH_MONTH_ABBREVIATIONS, start=1)},
    "sept": 9,
    **{m: i for names in _OTHER_MONTHS.values() for i, m in enumerate(names.split(), start=1)},
}

#: Russian month names in the genitive (``5 марта 2019``), as dates on Russian pages
#: spell them; the furniture's date lines know them, the date parser does not (yet).
RUSSIAN_MONTHS: dict[str, int] = {
    m: i
    for i, m in enumerate(
        ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
         "сентября", "октября", "ноября", "декабря"),
        start=1,
    )
}  # fmt: skip

#: English weekday names (bylines and date lines: "By Jane Doe Monday, November 18").
ENGLISH_DAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip

#: Weekday names: English, German, French, Spanish, Portuguese (``segunda``...``feira``,
#: the parts of ``segunda-feira``), Italian; as date lines on news pages spell them
#: (from furniture.bylines).
DAYS: tuple[str, ...] = (
    *ENGLISH_DAYS,
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "segunda", "terça", "quarta", "quinta", "sexta", "feira",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
)  # fmt: skip

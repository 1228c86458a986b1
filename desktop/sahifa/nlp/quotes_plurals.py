"""A plural verb's subject before it: a sound masculine plural names people.

"فإن مصممي البرنامج في المعهد …، أكدوا أن …", "غير أن المختصين أكدوا أن …": the noun phrase before a
plural speech verb (أكدوا، يقولون) is its subject when its head has the shape of a sound masculine plural of
a person noun: ـون / ـين, or its construct form without ن (ـو / ـي) on a participle-shaped noun (م…)
before its genitive ("مصممي البرنامج", "موظفو الوزارة", "مسؤولي الشركة"). The verb's plural agreement is
what makes the shape evidence (a singular verb after "… في المدينة" has another subject).

Leaf module (no import from the other quotes modules), read by quotes_phrases._sv_subject.
"""

from __future__ import annotations


def plural_verb(form: str) -> bool:
    """A masculine plural verb form: "أكدوا", "قالوا", "يقولون", "يؤكدون"."""
    return len(form) >= 4 and form.endswith(("وا", "ون"))


def people_plural(head: str, nxt: str) -> bool:
    """Whether ``head`` (without و/ف and with or without ال) has the shape of a sound masculine plural of
    persons: ـون/ـين, or a participle-shaped construct plural in ـو/ـي before a word ("مصممي البرنامج")."""
    bare = head[2:] if head.startswith("ال") and len(head) > 4 else head
    if len(bare) >= 5 and bare.endswith(("ون", "ين")):
        return True
    return (
        not head.startswith("ال")
        and len(bare) >= 5
        and bare[0] == "م"
        and bare.endswith(("ي", "و"))
        and nxt[:1].isalpha()
    )

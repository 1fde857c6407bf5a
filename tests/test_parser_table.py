"""The phenomena of real Arabic reporting, one case each, in sentences written for these tests.

Each row: the text, then what the first (or the ``index``-th) statement must be. Known misses
are listed at the end as strict xfails with the reason, so fixing one is noticed.
"""

from __future__ import annotations

from typing import Any

import pytest

import syria_talks
from syria_talks import ActorKind, Stance, StatementMode

DIRECT, INDIRECT, MIXED = StatementMode.DIRECT, StatementMode.INDIRECT, StatementMode.MIXED

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "verb-subject-title-name",
        "وقال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده تدعم الحل السياسي.",
        {"speaker_en": "Mevlüt Çavuşoğlu", "mode": INDIRECT, "content": "بلاده تدعم الحل السياسي"},
    ),
    (
        "subject-verb-after-bayda-anna",
        "ورحبت الأطراف بالمبادرة، بيد أن طهران قالت إن المحادثات لم تنته بعد.",
        {"speaker_en": "Iran", "kind": ActorKind.STATE, "content": "المحادثات لم تنته بعد"},
    ),
    (
        "colon-then-angle-quotes",
        "وقال بيسكوف للصحفيين: «الكرملين لا يعلق على الشائعات».",
        {"speaker_en": "Dmitry Peskov", "mode": DIRECT, "content": "الكرملين لا يعلق على الشائعات"},
    ),
    (
        "quotation-before-its-cue",
        "«سنواصل دعم الحل السياسي»، قال الرئيس التركي رجب طيب أردوغان.",
        {
            "speaker_en": "Recep Tayyip Erdoğan",
            "mode": DIRECT,
            "content": "سنواصل دعم الحل السياسي",
        },
    ),
    (
        "mixed-quotation",
        'وأضاف لافروف أن الهجوم كان "مسرحية" من تدبير جهات أجنبية.',
        {
            "speaker_en": "Sergei Lavrov",
            "mode": MIXED,
            "content": 'الهجوم كان "مسرحية" من تدبير جهات أجنبية',
        },
    ),
    (
        "quotation-across-sentences",
        'وقال غوتيريش: "الوضع خطير. يجب وقف القتال فورا".',
        {
            "speaker_en": "António Guterres",
            "mode": DIRECT,
            "content": "الوضع خطير. يجب وقف القتال فورا",
        },
    ),
    (
        "nested-report-keeps-its-source",
        "ونقلت وكالة الأناضول عن وزير الدفاع التركي خلوصي أكار قوله إن العملية ستستمر.",
        {"speaker_en": "Hulusi Akar", "source_en": "Anadolu Agency", "content": "العملية ستستمر"},
    ),
    (
        "anonymous-official",
        "وقال مسؤول أمريكي إن واشنطن تدرس كل الخيارات.",
        {"speaker": "مسؤول أمريكي", "kind": ActorKind.PERSON, "country": "US"},
    ),
    (
        "unknown-name-after-title",
        "وقال المبعوث الأممي إلى ليبيا غسان سلامة إن الانتخابات ممكنة هذا العام.",
        {
            "speaker": "غسان سلامة",
            "kind": ActorKind.PERSON,
            "content": "الانتخابات ممكنة هذا العام",
        },
    ),
    (
        "latin-script-name-after-title",
        "وقال المتحدث باسم التحالف John Smith إن الضربات مستمرة.",
        {"speaker": "John Smith", "content": "الضربات مستمرة"},
    ),
    (
        "spelling-variants-g-and-alef-maqsura",
        "وقال وزير الخارجية الأميركي جون كيرى إن سيرجي لافروف وافق على الخطة.",
        {"speaker_en": "John Kerry", "content": "سيرجي لافروف وافق على الخطة"},
    ),
    (
        "harakat-and-tatweel-stay-in-the-text",
        "وقـــال لافْرُوف إنّ الحوارَ مستمرٌ.",
        {"speaker_en": "Sergei Lavrov", "content": "الحوارَ مستمرٌ"},
    ),
    (
        "eastern-digits",
        "وقال المرصد السوري لحقوق الإنسان إن ٢٠ مدنيا قتلوا.",
        {"speaker_en": "Syrian Observatory for Human Rights", "content": "٢٠ مدنيا قتلوا"},
    ),
    (
        "feminine-continuation",
        "وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو قلقة."
        " وأضافت أن الحوار هو الحل.",
        {"index": 1, "speaker_en": "Maria Zakharova", "content": "الحوار هو الحل"},
    ),
    (
        "continuation-skips-a-speaker-of-the-other-gender",
        "وقال لافروف إن الحل سياسي. وقالت زاخاروفا إن موسكو مستعدة. وأضاف أن المفاوضات ستستمر.",
        {"index": 2, "speaker_en": "Sergei Lavrov", "content": "المفاوضات ستستمر"},
    ),
    (
        "participle-continuation",
        "وقال كيري إن بلاده ملتزمة بالهدنة، مضيفا أن وقف إطلاق النار صامد.",
        {"index": 1, "speaker_en": "John Kerry", "cue": "مضيفا", "content": "وقف إطلاق النار صامد"},
    ),
    (
        "resumptive-pronoun-after-illa",
        "وشكك كارتر في نجاح الاتفاق، إلا أنه أعرب عن استعداده للتعاون.",
        {"index": 1, "speaker_en": "Ashton Carter", "cue": "أعرب", "content": "استعداده للتعاون"},
    ),
    (
        "negated-cue",
        "ولم يكشف المتحدث باسم البنتاغون عن أي تفاصيل إضافية.",
        {"negated": True, "content": "أي تفاصيل إضافية"},
    ),
    (
        "denial-is-negated",
        "ونفى الكرملين أن يكون قد تلقى أي رسالة.",
        {"speaker_en": "the Kremlin", "negated": True, "stance": Stance.DENY},
    ),
    (
        "warning-with-min-anna",
        "وحذر الأمين العام للأمم المتحدة أنطونيو غوتيريش من أن التصعيد سيكون كارثيا.",
        {
            "speaker_en": "António Guterres",
            "stance": Stance.WARN,
            "content": "التصعيد سيكون كارثيا",
        },
    ),
    (
        "capital-speaks-for-its-state",
        "وقالت موسكو إن القرار غير مقبول.",
        {"speaker_en": "Russia", "kind": ActorKind.STATE, "content": "القرار غير مقبول"},
    ),
    (
        "ministry-with-nationality",
        "وقالت الخارجية الإيرانية في بيان إن طهران لن تقبل الشروط.",
        {"speaker": "وزارة الخارجية الإيرانية", "channel": "بيان", "kind": ActorKind.ORGANIZATION},
    ),
    (
        "statement-anaphora",
        "وقالت الخارجية الإيرانية في بيان إن طهران لن تقبل الشروط. وأضاف البيان أن الحوار ممكن.",
        {"index": 1, "speaker": "وزارة الخارجية الإيرانية", "content": "الحوار ممكن"},
    ),
    (
        "coordinated-speakers",
        "وأعلن الصدر والعامري أنهما سيشكلان تحالفا جديدا.",
        {"kind": ActorKind.GROUP, "content": "أنهما سيشكلان تحالفا جديدا"},
    ),
    (
        "speakers-joined-through-a-relational-title",
        "وأكد الرئيس الروسي فلاديمير بوتين ونظيراه الإيراني حسن روحاني والتركي رجب طيب أردوغان"
        " أنهم عازمون على التعاون.",
        {
            "kind": ActorKind.GROUP,
            "speaker": "فلاديمير بوتين وحسن روحاني ورجب طيب أردوغان",
            "content": "أنهم عازمون على التعاون",
        },
    ),
    (
        "unknown-organisation-as-subject",
        "وقال اتحاد منظمات الإغاثة الطبية إن المستشفيات مكتظة.",
        {"speaker": "اتحاد منظمات الإغاثة الطبية", "kind": ActorKind.ORGANIZATION},
    ),
    (
        "trailing-attribution",
        "وسقط عشرات القتلى في القصف، بحسب ما ذكرته وكالة رويترز.",
        {"speaker_en": "Reuters", "content": "وسقط عشرات القتلى في القصف"},
    ),
    (
        "narrator-clause-is-not-content",
        "وقال المعلم إن دمشق ستشارك في المحادثات، دون أن يحدد موعدا.",
        {"speaker_en": "Walid Muallem", "content": "دمشق ستشارك في المحادثات"},
    ),
    (
        "object-before-its-own-preposition",
        "وأعلن المبعوث الأممي ستافان دي ميستورا تنحيه عن منصبه لأسباب شخصية.",
        {"speaker_en": "Staffan de Mistura", "content": "تنحيه عن منصبه لأسباب شخصية"},
    ),
    (
        "object-then-quotation-is-mixed",
        'وأعلن المبعوث الخاص عزمه "دعوة الدول الضامنة إلى جنيف".',
        {"mode": MIXED, "content": 'عزمه "دعوة الدول الضامنة إلى جنيف"'},
    ),
    (
        "object-after-a-preposition-and-a-time",
        "وكانت ألمانيا أعلنت في نهاية الشهر الماضي تقديم مساعدات إنسانية جديدة للاجئين.",
        {"speaker_en": "Germany", "content": "تقديم مساعدات إنسانية جديدة للاجئين"},
    ),
    (
        "object-after-a-time-with-a-slash",
        "ونفت أنقرة في منتصف آذار/مارس وجود قوات لها قرب المدينة.",
        {"speaker_en": "Türkiye", "mode": INDIRECT, "content": "وجود قوات لها قرب المدينة"},
    ),
    (
        "a-time-after-the-verbs-own-preposition-is-what-was-said",
        "وأعلنت الحكومة عن يوم الأحد المقبل عطلة رسمية.",
        {"content": "يوم الأحد المقبل عطلة رسمية"},
    ),
    (
        "object-after-a-bare-time",
        "وأكدت موسكو مطلع الشهر رفضها لأي تدخل خارجي.",
        {"speaker_en": "Russia", "content": "رفضها لأي تدخل خارجي"},
    ),
    (
        "name-in-quotation-marks-after-a-title",
        'وقال نائب المتحدث باسم الأمم المتحدة "فرحان حق" للصحفيين إن القوافل توقفت.',
        {"speaker_en": "Farhan Haq", "mode": INDIRECT, "content": "القوافل توقفت"},
    ),
    (
        "quoted-name-as-subject",
        'وأكد "مركز حلب الإعلامي" المعارض وقوع الغارات، وأضاف أن القصف استهدف سوقا شعبية.',
        {"index": -1, "speaker": "مركز حلب الإعلامي", "content": "القصف استهدف سوقا شعبية"},
    ),
    (
        "quoted-newspaper-name-is-not-a-quotation",
        'وقال لافروف لصحيفة "كوميرسانت" إن موسكو لن تتراجع.',
        {"speaker_en": "Sergei Lavrov", "mode": INDIRECT, "content": "موسكو لن تتراجع"},
    ),
    (
        "unbalanced-quote-degrades-locally",
        'وقال لافروف: "الحوار مستمر.\nوقال كيري إن الهدنة صامدة.',
        {"index": -1, "speaker_en": "John Kerry", "content": "الهدنة صامدة"},
    ),
]

# (cue as written, the complement it takes, expected stance)
CUE_INVENTORY = [
    ("وأكد", "أن", Stance.ASSERT),
    ("وأوضح", "أن", Stance.NEUTRAL),
    ("وأشار", "إلى أن", Stance.NEUTRAL),
    ("ولفت", "إلى أن", Stance.NEUTRAL),
    ("وشدد", "على أن", Stance.ASSERT),
    ("ونفى", "أن", Stance.DENY),
    ("وحذر", "من أن", Stance.WARN),
    ("ودعا", "إلى", Stance.CALL),
    ("وطالب", "بأن", Stance.CALL),
    ("واعتبر", "أن", Stance.NEUTRAL),
    ("ورأى", "أن", Stance.NEUTRAL),
    ("واتهم", "بأن", Stance.ACCUSE),
    ("وكشف", "عن أن", Stance.ASSERT),
    ("وأعلن", "أن", Stance.ASSERT),
    ("وصرح", "بأن", Stance.NEUTRAL),
    ("وذكر", "أن", Stance.NEUTRAL),
    ("وأفاد", "بأن", Stance.NEUTRAL),
    ("وتابع", "أن", Stance.NEUTRAL),
    ("واستطرد", "أن", Stance.NEUTRAL),
    ("واختتم", "بأن", Stance.NEUTRAL),
    ("وشكك", "في أن", Stance.DOUBT),
    ("وأعرب", "عن", Stance.EXPRESS),
]


def _check(
    statement: syria_talks.Statement, article: syria_talks.Article, want: dict[str, Any]
) -> None:
    speaker = statement.speaker
    assert speaker is not None
    assert article.text[statement.span.start : statement.span.end] == statement.content
    checks = {
        "speaker_en": lambda: speaker.name_en,
        "speaker": lambda: speaker.name,
        "kind": lambda: speaker.kind,
        "country": lambda: speaker.country,
        "mode": lambda: statement.mode,
        "content": lambda: statement.content,
        "cue": lambda: statement.cue,
        "negated": lambda: statement.negated,
        "stance": lambda: statement.stance,
        "channel": lambda: statement.channel,
        "source_en": lambda: statement.source.name_en if statement.source else None,
    }
    for key, expected in want.items():
        if key != "index":
            assert checks[key]() == expected, key


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_phenomenon(text: str, want: dict[str, Any]) -> None:
    article = syria_talks.parse(text)
    assert article.statements, "no statement found"
    _check(article.statements[want.get("index", 0)], article, want)


@pytest.mark.parametrize(
    ("cue", "complement", "stance"), CUE_INVENTORY, ids=[c[0] for c in CUE_INVENTORY]
)
def test_cue_inventory(cue: str, complement: str, stance: Stance) -> None:
    text = f"{cue} وزير الخارجية الروسي سيرغي لافروف {complement} الوضع معقد."
    article = syria_talks.parse(text)
    assert len(article.statements) == 1
    statement = article.statements[0]
    _check(statement, article, {"speaker_en": "Sergei Lavrov", "cue": cue, "content": "الوضع معقد"})
    assert statement.stance is stance
    assert statement.negated is (stance is Stance.DENY)


def test_a_label_is_not_a_report() -> None:
    article = syria_talks.parse('ورفض الوزير ما وصفه بـ"الادعاءات الباطلة" ضد بلاده.')
    assert article.statements == ()


def test_via_is_not_expressed() -> None:
    article = syria_talks.parse("وذكر الوزير في رسالة عبر البريد الإلكتروني أن القرار نهائي.")
    assert [s.cue for s in article.statements] == ["وذكر"]


def test_an_unknown_subject_ends_before_the_object() -> None:
    article = syria_talks.parse("واتهم الجيشان الروسي والسوري طائرات مسيرة بتنفيذ الهجوم.")
    speaker = article.statements[0].speaker
    assert speaker is not None
    assert speaker.name == "الجيشان الروسي والسوري"


def test_an_adjective_that_looks_like_a_cue_is_no_statement() -> None:
    article = syria_talks.parse("وجرت محادثات مفيدة بين الوفدين في جنيف.")
    assert article.statements == ()


KNOWN_MISSES = [
    (
        "a name introduced by يدعى inside an apposition",
        "وقال طبيب، يدعى الدكتور سامر، للصحفيين إن المستشفى بلا كهرباء.",
        {"speaker": "سامر"},
    ),
    (
        "a subject dropped inside a relative clause refers back past a place",
        "وقصفت إسرائيل مواقع في سوريا قالت إنها إيرانية.",
        {"speaker_en": "Israel"},
    ),
]


@pytest.mark.parametrize(
    ("text", "want"), [m[1:] for m in KNOWN_MISSES], ids=[m[0] for m in KNOWN_MISSES]
)
@pytest.mark.xfail(strict=True, reason="known miss: see the case id")
def test_known_miss(text: str, want: dict[str, Any]) -> None:
    article = syria_talks.parse(text)
    assert article.statements
    _check(article.statements[0], article, want)

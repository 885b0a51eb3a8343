"""crawler/text script normalization: fastcc must equal the reference OpenCC exactly."""

from __future__ import annotations

import html
import json
import random
import re
from functools import cache
from pathlib import Path

import opencc
import pytest

from crawler.items import Article
from crawler.processing.stages import normalize_article
from crawler.text.convert import CONVERTER_NAME, to_simplified, to_traditional
from crawler.text.fastcc import (
    FastConverter,
    _convert_group,
    _Dictionary,
    _PhrasesThenCharacters,
    build_dictionary,
    get_converter,
    load_dictionary,
)
from crawler.text.keys import match_key
from crawler.text.script import (
    DETECT_SAMPLE,
    HANS,
    HANT,
    detect_script,
    normalize_text,
    script_evidence,
    search_forms,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = (FIXTURES / "seed" / "quarterly-meeting-report.txt").read_text(encoding="utf-8")
REAL_PAGES = sorted((FIXTURES / "real").glob("*.html"))
CONFIGS = ["t2s", "s2t", "s2hk", "s2tw", "s2twp", "tw2s", "tw2sp", "hk2s", "t2tw", "t2hk"]
DICTS = ["TSPhrases.txt", "TSCharacters.txt", "STPhrases.txt", "STCharacters.txt"]
SEPARATORS = [" ", "，", "。", "、", "：", "“", "”", "\n", "-", ".", "　", "（", "）", "!"]


@cache
def reference(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def visible_text(page: Path) -> str:
    """The page's text, tags stripped crudely (no dependency on crawler/extract)."""
    meta = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    raw = page.read_bytes().decode(meta["encoding"], errors="replace")
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>|<!--.*?-->", " ", raw)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def random_mixes(config: str, count: int, seed: int) -> list[str]:
    """Strings of dictionary keys and values glued or separated at random, so phrases overlap
    and compete the way the longest-match rule has to resolve."""
    rng = random.Random(seed)
    names = set(DICTS) | {d.name for stage in get_converter(config).stages for d in stage}
    pool: list[str] = []
    for name in sorted(names):
        for key, value in load_dictionary(name).mapping.items():
            pool.extend((key, value))
    mixes = []
    for _ in range(count):
        parts = [rng.choice(pool) for _ in range(rng.randint(1, 8))]
        glue = [rng.choice(["", "", "", rng.choice(SEPARATORS)]) for _ in parts]
        mixes.append("".join(p + g for p, g in zip(parts, glue, strict=True)))
    return mixes


@pytest.mark.parametrize("config", CONFIGS)
def test_identical_to_reference_on_seed_and_its_conversions(config: str) -> None:
    fast = get_converter(config)
    for text in (SEED, reference("t2s").convert(SEED), reference("s2t").convert(SEED)):
        assert fast.convert(text) == reference(config).convert(text)


@pytest.mark.parametrize("config", ["t2s", "s2t"])
@pytest.mark.parametrize("page", REAL_PAGES, ids=lambda p: p.stem)
def test_identical_to_reference_on_real_pages(config: str, page: Path) -> None:
    text = visible_text(page)
    assert get_converter(config).convert(text) == reference(config).convert(text)


def test_real_pages_are_there() -> None:
    assert len(REAL_PAGES) >= 20


@pytest.mark.parametrize("config", CONFIGS)
def test_identical_to_reference_on_random_phrase_mixes(config: str) -> None:
    fast = FastConverter(config)  # a fresh instance: no chunk memo from other tests
    mixes = random_mixes(config, 1500 if config in ("t2s", "s2t") else 300, seed=20201009)
    for text in mixes:
        assert fast.convert(text) == reference(config).convert(text), text
    joined = "".join(mixes[:200])
    assert fast.convert(joined) == reference(config).convert(joined)


def relevant_keys(config: str) -> list[str]:
    """Keys of the first group's phrases whose value differs from converting them by
    characters: the only places where fastcc resolves phrases at all."""
    phrases, characters = get_converter(config).stages[0]
    return sorted(
        key for key, value in phrases.mapping.items() if key.translate(characters.table) != value
    )


@pytest.mark.parametrize("config", ["t2s", "s2t", "s2tw", "s2hk", "tw2s", "hk2s"])
def test_identical_to_reference_around_every_relevant_key(config: str) -> None:
    """Each such key alone, at the start and end of a text, glued to other keys and between
    the characters that trigger them, so keys are adjacent, overlap and nest."""
    fast = FastConverter(config)
    keys = relevant_keys(config)
    rng = random.Random(len(keys))
    triggers = sorted({char for key in keys for char in key})
    texts = [key for key in keys if len(key) > 1]
    order = rng.sample(keys, len(keys))
    for start in range(0, len(order), 5):
        group = order[start : start + 5]
        texts.append("".join(group))
        texts.append("".join(key + rng.choice(triggers) for key in group))
        texts.append(rng.choice(triggers) + "，".join(group) + rng.choice(triggers))
    for text in texts:
        assert fast.convert(text) == reference(config).convert(text), text


@pytest.mark.parametrize("page", REAL_PAGES, ids=lambda p: p.stem)
def test_identical_to_reference_on_normalized_real_pages(page: Path) -> None:
    """The texts the pipeline converts to Traditional: t2s output, then s2tw."""
    text = normalize_text(visible_text(page))
    assert get_converter("s2tw").convert(text) == reference("s2tw").convert(text)


def _random_dictionaries(rng: random.Random) -> tuple[_Dictionary, _Dictionary, _Dictionary]:
    """Small phrases/characters/variants dictionaries over a few letters, so that keys
    overlap, nest, sit next to each other and include one-character phrases."""
    letters, outputs = "abcdef", "abcdefXYZ"
    phrases = {
        "".join(rng.choices(letters, k=rng.randint(1, 4))): "".join(
            rng.choices(outputs, k=rng.randint(1, 3))
        )
        for _ in range(rng.randint(1, 12))
    }
    characters = {c: rng.choice(outputs) for c in rng.sample(letters, rng.randint(0, 5))}
    variants = {c: rng.choice(outputs) for c in rng.sample(outputs, rng.randint(1, 4))}
    return (
        build_dictionary("phrases", phrases),
        build_dictionary("characters", characters),
        build_dictionary("variants", variants),
    )


@pytest.mark.parametrize("seed", range(8))
def test_fast_path_equals_general_path_on_random_dictionaries(seed: int) -> None:
    """The phrase stage's shortcuts (skipped triggers, absorbed variants stage) against the
    general algorithm, itself checked against the reference above; no OpenCC config has
    one-character phrases, so only dictionaries like these exercise that case."""
    rng = random.Random(seed)
    for _ in range(150):
        phrases, characters, variants = _random_dictionaries(rng)
        if phrases.single_only:
            continue  # not the shape the fast path serves
        fast = _PhrasesThenCharacters(phrases, characters)
        absorbed = _PhrasesThenCharacters(phrases, characters)
        absorbed.absorb(variants)
        for _ in range(20):
            text = "".join(rng.choices("abcdefg ，", k=rng.randint(0, 60)))
            expected = _convert_group(text, [phrases, characters])
            assert fast.convert(text) == expected, (phrases.mapping, characters.mapping, text)
            assert absorbed.convert(text) == _convert_group(expected, [variants])


def test_variant_stage_is_absorbed_and_still_identical() -> None:
    """s2tw's TWVariants stage runs inside the phrase stage's translate; the characters it
    maps must convert as the reference does, alone, after phrases and after characters."""
    fast = FastConverter("s2tw")
    assert len(fast._steps) == 1  # the absorbed path is the one tested here
    variants = "".join(sorted(load_dictionary("TWVariants.txt").mapping))
    for text in (variants, "为了群众的启动", "占线" + variants + "里面"):
        assert fast.convert(text) == reference("s2tw").convert(text)


@pytest.mark.parametrize(
    "text",
    ["", " ", "a", "臺", "髮", "干", "头发展", "中华人民共和国", "𠮶", "\n\n", "abc,def. 123"],
)
def test_identical_on_edge_cases(text: str) -> None:
    for config in ("t2s", "s2t"):
        assert get_converter(config).convert(text) == reference(config).convert(text)


def test_convert_helpers() -> None:
    assert to_simplified("臺灣的頭髮") == "台湾的头发"
    assert to_traditional("头发") == "頭髮"
    assert to_traditional("作为群众启动") == "作為群眾啟動"  # the forms Taiwan/HK readers type
    assert CONVERTER_NAME == "opencc-python-reimplemented 0.1.7 t2s+s2tw"


def test_detect_script() -> None:
    assert detect_script(SEED) == HANT
    assert detect_script(to_simplified(SEED)) == HANS
    assert detect_script("") == HANS
    assert detect_script("Hello 2024") == HANS
    assert detect_script("這是一個測試") == HANT


def test_script_evidence_counts_every_one_sided_character() -> None:
    """The counts equal a plain per-character count, for BMP and astral characters alike."""
    changed = {
        name: {chr(c) for c, v in load_dictionary(name).table.items() if v != chr(c)}
        for name in ("TSCharacters.txt", "STCharacters.txt")
    }
    traditional = changed["TSCharacters.txt"] - changed["STCharacters.txt"]
    simplified = changed["STCharacters.txt"] - changed["TSCharacters.txt"]
    assert any(ord(c) > 0xFFFF for c in traditional) and any(ord(c) > 0xFFFF for c in simplified)
    rng = random.Random(7)
    alphabet = sorted(traditional | simplified) + list("著乾ab ，\x01\x02\U0001f600")
    for size in (0, 1, 50, DETECT_SAMPLE + 100):
        for _ in range(20):
            text = "".join(rng.choices(alphabet, k=size))
            sample = text[:DETECT_SAMPLE]
            expected = (
                sum(c in traditional for c in sample),
                sum(c in simplified for c in sample),
            )
            assert script_evidence(text) == expected


@pytest.mark.parametrize("page", REAL_PAGES, ids=lambda p: p.stem)
def test_detect_script_agrees_with_fixture_labels(page: Path) -> None:
    meta = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    expected = {"hans": HANS, "hant": HANT}.get(meta.get("script", ""))
    if expected is None:
        pytest.skip("no script label")
    assert detect_script(visible_text(page)) == expected


def test_normalize_text_nfkc_then_t2s() -> None:
    assert normalize_text("ＡＢＣ１２３，臺北：（測試）") == "ABC123,台北:(测试)"
    assert normalize_text("“十四五”。、") == "“十四五”。、"  # no compatibility form


def test_normalize_article_both_scripts_meet() -> None:
    hant = Article(title="臺北市政府會議", content="市長今天表示，將加快發展。")
    hans = Article(title="台北市政府会议", content="市长今天表示,将加快发展。")
    a, b = normalize_article(hant), normalize_article(hans)
    assert (a.script, b.script) == (HANT, HANS)
    assert a.title_norm == b.title_norm == "台北市政府会议"
    assert a.content_norm == b.content_norm
    assert a.content_hant == b.content_hant == to_traditional(a.content_norm)
    assert a.fingerprint == b.fingerprint
    assert len(a.fingerprint) == 64
    assert a.converter == CONVERTER_NAME
    assert hant.title_norm == ""  # the input is not modified
    assert a.title == "臺北市政府會議"  # the original is kept


def test_fingerprint_ignores_punctuation_and_space_but_not_words() -> None:
    a = normalize_article(Article(content="市长 今天表示，将加快发展。"))
    b = normalize_article(Article(content="市长今天表示将加快发展"))
    c = normalize_article(Article(content="市长今天表示将加快建设"))
    assert a.fingerprint == b.fingerprint != c.fingerprint


def test_fingerprint_falls_back_to_title() -> None:
    a = normalize_article(Article(title="公告一", content=""))
    b = normalize_article(Article(title="公告二", content=""))
    assert a.fingerprint != b.fingerprint


def test_search_forms() -> None:
    assert search_forms("頭髮") == ("头发", "頭髮")
    assert search_forms("头发") == ("头发", "頭髮")


def test_match_key_uses_the_same_conversion() -> None:
    assert match_key("臺灣") == match_key("台湾") == "台湾"

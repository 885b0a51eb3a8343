"""Room: crawler/text — a fast converter giving exactly the output of opencc-python-reimplemented.

Script conversion runs on every article, and the reference ``opencc.OpenCC.convert`` does
about 0.2 M chars/s. This module reads the *same* config and dictionary files from the
installed ``opencc`` package and reproduces its algorithm with C-level string operations.

The reference algorithm, for the record (opencc/opencc.py):

1. The text is split at separators (whitespace, ASCII/CJK punctuation: ``split_chars_re``);
   separators are copied unchanged and each segment is converted on its own.
2. A segment runs through the ``conversion_chain``; each stage is a dictionary or a group of
   dictionaries, and the next stage sees the joined output of the previous one.
3. Within a group, the first dictionary is applied recursively: the longest key occurring
   anywhere in the string (the leftmost among equally long ones) is replaced, and the parts
   left and right of it are processed the same way. Parts where it finds nothing go to the
   next dictionary of the group; replaced text is never looked at again by the group.
4. A value "a b" (several candidates) gives its first candidate.

Equivalences used here:

- "longest anywhere, then recurse left/right" selects the same matches as taking all key
  occurrences sorted by (-length, start) and accepting each one that overlaps no accepted
  match; gaps between accepted matches are exactly the parts handed to the next dictionary.
- A key containing a separator can never match (segments hold none), so such keys are
  dropped; every other key then lies inside one segment, which lets the whole text be
  processed at once instead of segment by segment. This needs no *value* to contain a
  separator (checked when loading).
- A dictionary whose keys are all single characters is ``str.translate``.
- For the usual group [phrases, characters] (t2s, s2t…): the whole text is translated by
  characters, and phrases are only resolved where they can change that result. A phrase's
  value differs from the character translation of its key only at some "trigger" characters;
  an occurrence of a key can only span the boundary between two characters if that pair
  occurs inside some key. So the text falls into independent chunks cut at the other
  boundaries, and only chunks holding a trigger character need phrase matching.
- Of those, only chunks holding a *relevant* key (one whose value differs from its
  characters' translation) can convert to anything but the characters' translation: every
  selected match of an irrelevant key gives what the characters give, and so do the gaps.
  A relevant key of two or more characters contains, at one of its trigger indices i, the
  pair key[i-1:i+1] (or key[0:2] when i is 0); a trigger where neither its left nor right
  pair is such a pair (and which is no relevant one-character key) is skipped. On news text
  this leaves about one trigger in eight to visit.
- A stage of single characters that map to single characters (s2tw's TWVariants) after
  such a group is absorbed into it: ``str.translate`` works character by character, so
  translating the joined output is translating each piece. The group's table is composed
  with it and the phrase values it splices in are translated by it.
- ``str.translate`` with the table leaves every character the table maps to itself as it
  is, so translating only the runs of the other characters (and of every character beyond
  the BMP, to keep the class a bitmap) gives the same text (``translate`` below).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import compress, count
from operator import add
from pathlib import Path

import opencc  # only to locate the installed config/dictionary files and the separators

_PACKAGE_DIR = Path(opencc.__file__).parent
# The reference's own separator regex, so both split at exactly the same characters.
_SEPARATORS: re.Pattern[str] = opencc.OpenCC().split_chars_re
# Above this many distinct first characters, a regex character class finds candidates no
# faster than looking every bigram up in a set.
_CHAR_CLASS_LIMIT = 1000
_SHORT_TEXT = 16  # below this, a plain loop beats setting up C-level scans
_CHUNK_CACHE_SIZE = 1 << 16
# Runs of changing characters located before the rest of a text is translated whole.
_SPLIT_RUNS = 16


def _is_separator(ch: str) -> bool:
    return _SEPARATORS.fullmatch(ch) is not None


@dataclass(frozen=True)
class _Dictionary:
    """One dictionary file, prepared for fast matching."""

    name: str
    mapping: dict[str, str]  # key -> first candidate
    table: dict[int, str]  # single-character keys, for str.translate
    lengths: dict[str, tuple[int, ...]]  # first two chars of longer keys -> lengths, longest first
    starts: re.Pattern[str] | None  # positions where a key may start (small dictionaries)

    @property
    def single_only(self) -> bool:
        return not self.lengths

    def matches(self, text: str) -> list[tuple[int, int]]:
        """All key occurrences as (-length, start), sorted longest first, then leftmost."""
        n = len(text)
        lengths, mapping = self.lengths, self.mapping
        if n <= _SHORT_TEXT:
            positions: Iterable[int] = range(n - 1)
        elif self.starts is not None:
            positions = [m.start() for m in self.starts.finditer(text)]
        else:
            hits = map(lengths.__contains__, map(add, text, text[1:]))
            positions = list(compress(count(), hits))
        found: list[tuple[int, int]] = []
        for i in positions:
            for size in lengths.get(text[i : i + 2], ()):
                if i + size <= n and text[i : i + size] in mapping:
                    found.append((-size, i))
        if self.table:
            found.extend((-1, i) for i, ch in enumerate(text) if ord(ch) in self.table)
        found.sort()
        return found


def _load_dictionary(name: str) -> _Dictionary:
    mapping: dict[str, str] = {}
    with (_PACKAGE_DIR / "dictionary" / name).open(encoding="utf-8") as f:
        for line in f:
            key, value = line.strip().split("\t")  # as the reference parses it
            mapping[key] = value.split(" ")[0]
    return build_dictionary(name, mapping)


def build_dictionary(name: str, mapping: dict[str, str]) -> _Dictionary:
    """A dictionary from key -> first candidate (also lets tests build small ones)."""
    # Keys holding a separator never match in the reference: drop them (see module doc).
    mapping = {k: v for k, v in mapping.items() if not any(map(_is_separator, k))}
    if any(_is_separator(ch) for v in mapping.values() for ch in v):
        raise ValueError(f"fastcc: a value in {name} contains a separator; not reproducible")
    table = {ord(k): v for k, v in mapping.items() if len(k) == 1}
    long_keys = [k for k in mapping if len(k) > 1]
    grouped: dict[str, set[int]] = {}
    for key in long_keys:
        grouped.setdefault(key[:2], set()).add(len(key))
    lengths = {b: tuple(sorted(s, reverse=True)) for b, s in grouped.items()}
    firsts = sorted({k[0] for k in long_keys})
    starts = None
    if long_keys and len(firsts) <= _CHAR_CLASS_LIMIT:
        starts = re.compile("[" + "".join(map(re.escape, firsts)) + "]")
    return _Dictionary(name, mapping, table, lengths, starts)


class _PhrasesThenCharacters:
    """The fast path for a group [multi-character dictionary, single-character dictionary]."""

    def __init__(self, phrases: _Dictionary, characters: _Dictionary) -> None:
        self.phrases = phrases
        self.memo: dict[str, str] = {}
        # A list indexed by code point translates about twice as fast as a dict.
        table: list[int | str] = list(range(max(characters.table, default=0) + 1))
        for code, value in characters.table.items():
            table[code] = ord(value) if len(value) == 1 else value
        self.table = table
        self.changing = _changing_runs(table)
        self.after: dict[int, str] = {}  # absorbed single-character stages (see absorb)
        self.inner = frozenset(k[a : a + 2] for k in phrases.mapping for a in range(len(k) - 1))
        sites = _trigger_sites(phrases, characters.table)
        self.left, self.right, self.always = sites.left, sites.right, sites.always
        self.triggers = (
            re.compile("[" + "".join(map(re.escape, sorted(sites.chars))) + "]")
            if sites.chars
            else None
        )

    def absorb(self, dictionary: _Dictionary) -> None:
        """Apply a following single-character stage as part of this one.

        ``str.translate`` works character by character, so translating the joined output
        equals translating each piece: the table is composed with it and chunk results are
        translated once more. Its values must be single characters, so that the translated
        text stays aligned with the input.
        """
        for code, value in dictionary.table.items():
            if len(value) != 1:
                raise ValueError(f"fastcc: {dictionary.name} maps to several characters")
            if code >= len(self.table):
                self.table.extend(range(len(self.table), code + 1))
        for code, entry in enumerate(self.table):
            plain = chr(entry) if isinstance(entry, int) else entry
            done = plain.translate(dictionary.table)
            self.table[code] = ord(done) if len(done) == 1 else done
        composed = {code: value.translate(dictionary.table) for code, value in self.after.items()}
        self.after = dictionary.table | composed
        self.changing = _changing_runs(self.table)
        self.memo.clear()

    def translate(self, text: str) -> str:
        """``text.translate(self.table)``, cheaper when few characters change.

        ``str.translate`` with a list costs ~70 ns a character, a regex scan for the
        characters that change ~10; t2s of a Simplified text changes a handful. So the first
        runs of changing characters are found and translated alone; after _SPLIT_RUNS of
        them (a text that changes a lot, e.g. s2tw of any Chinese text) the rest is
        translated whole, which bounds the extra cost.
        """
        parts = self.changing.split(text, _SPLIT_RUNS)
        if len(parts) > 2 * _SPLIT_RUNS:  # the split stopped early: the rest is unscanned
            parts[-1] = parts[-1].translate(self.table)
        table = self.table
        parts[1::2] = [run.translate(table) for run in parts[1::2]]
        return "".join(parts)

    def convert(self, text: str) -> str:
        out = self.translate(text)
        if self.triggers is None:
            return out
        pieces: list[str] = []
        position = 0
        n = len(text)
        inner, left, right, always = self.inner, self.left, self.right, self.always
        for match in self.triggers.finditer(text):
            start = match.start()
            if start < position:
                continue  # inside the chunk just converted
            end = start + 1  # triggers are single characters
            # Where no relevant key can occur, the chunk converts to what ``out`` holds
            # already (see the module doc). At start 0, text[-1:1] is no pair: no guard.
            if (
                text[start : end + 1] not in right
                and text[start - 1 : end] not in left
                and not (always and text[start] in always)
            ):
                continue
            while start > 0 and text[start - 1 : start + 1] in inner:
                start -= 1
            while end < n and text[end - 1 : end + 1] in inner:
                end += 1
            pieces.append(out[position:start])
            pieces.append(self._chunk(text[start:end]))
            position = end
        pieces.append(out[position:])
        return "".join(pieces)

    def _chunk(self, chunk: str) -> str:
        # Chunks are a few characters long and the same words recur in every article:
        # memoize (a pure function of the chunk; bounded, so memory stays flat).
        cached = self.memo.get(chunk)
        if cached is None:
            cached = self._convert_chunk(chunk)
            if len(self.memo) >= _CHUNK_CACHE_SIZE:
                self.memo.clear()
            self.memo[chunk] = cached
        return cached

    def _convert_chunk(self, chunk: str) -> str:
        found = self.phrases.matches(chunk)
        if not found:
            return chunk.translate(self.table)
        pieces: list[str] = []
        position = 0
        for start, end in _select(found, len(chunk)):
            pieces.append(chunk[position:start].translate(self.table))
            pieces.append(self.phrases.mapping[chunk[start:end]].translate(self.after))
            position = end
        pieces.append(chunk[position:].translate(self.table))
        return "".join(pieces)


@dataclass(frozen=True)
class _TriggerSites:
    """Where a phrase can make the group's result differ from the characters' translation.

    A key is *relevant* when its value differs from translating it by characters; it differs
    at its trigger indices (all of them if the lengths differ). Each occurrence of a relevant
    key of two or more characters holds, at a trigger index i, the pair key[i-1:i+1] (in
    ``left``, when i > 0) or key[i:i+2] (in ``right``, when i == 0); a relevant key of one
    character is in ``always``.
    """

    chars: frozenset[str]  # every trigger character
    left: frozenset[str]  # pairs ending at a trigger character
    right: frozenset[str]  # pairs starting at a trigger character
    always: frozenset[str]  # relevant one-character keys


def _changing_runs(table: list[int | str]) -> re.Pattern[str]:
    """Runs of characters the table changes, captured (for ``split``). Every character
    beyond the BMP is taken as changing: a class holding them one by one would test them
    on every character, and translating one that does not change is harmless."""
    bmp = "".join(
        re.escape(chr(code))
        for code, value in enumerate(table[:0x10000])
        if value != code and not 0xD800 <= code < 0xE000
    )
    return re.compile("([" + bmp + "\\U00010000-\\U0010ffff]+)")


def _trigger_sites(phrases: _Dictionary, table: dict[int, str]) -> _TriggerSites:
    chars: set[str] = set()
    left: set[str] = set()
    right: set[str] = set()
    always: set[str] = set()
    for key, value in phrases.mapping.items():
        plain = key.translate(table)
        if plain == value:
            continue
        if len(key) == 1:
            always.add(key)
            chars.add(key)
            continue
        same_shape = len(plain) == len(value) == len(key)
        for i, char in enumerate(key):
            if same_shape and plain[i] == value[i]:
                continue
            chars.add(char)
            if i:
                left.add(key[i - 1 : i + 1])
            else:
                right.add(key[:2])
    return _TriggerSites(frozenset(chars), frozenset(left), frozenset(right), frozenset(always))


class FastConverter:
    """Drop-in for ``opencc.OpenCC(config).convert`` with identical output."""

    def __init__(self, config: str) -> None:
        with (_PACKAGE_DIR / "config" / f"{config}.json").open(encoding="utf-8") as f:
            setting = json.load(f)
        self.config = config
        self.stages: list[list[_Dictionary]] = [
            [load_dictionary(name) for name in _dict_files(item["dict"])]
            for item in setting["conversion_chain"]
        ]
        self._steps = _steps(self.stages)

    def clear_memo(self) -> None:
        """Forget memoized chunks (for benchmarks; results never depend on the memo)."""
        for step in self._steps:
            if isinstance(step, _PhrasesThenCharacters):
                step.memo.clear()

    def sources(self, targets: Iterable[str]) -> frozenset[str]:
        """Characters of which an input must hold one for its output to hold any of ``targets``.

        Every output character is an input character left as it is or part of a dictionary
        value whose key was wholly in the input; one character of such a key is witness
        enough. Stages are undone from the last: a stage's witnesses are the previous one's
        targets. Lets callers rule text out without converting it (credits/line.py).
        """
        wanted = set(targets)
        for stage in reversed(self.stages):
            found = set(wanted)  # unconverted characters pass through
            for dictionary in stage:
                for key, value in dictionary.mapping.items():
                    if wanted.isdisjoint(value) or not found.isdisjoint(key):
                        continue
                    hit = next(i for i, ch in enumerate(value) if ch in wanted)
                    found.add(key[hit] if len(key) == len(value) else key[0])
            wanted = found
        return frozenset(wanted)

    def convert(self, text: str) -> str:
        for step in self._steps:
            text = (
                step.convert(text)
                if isinstance(step, _PhrasesThenCharacters)
                else _convert_group(text, step)
            )
        return text


def _steps(stages: list[list[_Dictionary]]) -> list[_PhrasesThenCharacters | list[_Dictionary]]:
    """The stages, each on its fast path where there is one; a single-character stage after a
    fast one is absorbed into it (s2tw's TWVariants: one translate pass less)."""
    steps: list[_PhrasesThenCharacters | list[_Dictionary]] = []
    for stage in stages:
        previous = steps[-1] if steps else None
        if isinstance(previous, _PhrasesThenCharacters) and _absorbable(stage):
            previous.absorb(stage[0])
            continue
        fast = _fast_path(stage)
        steps.append(fast if fast is not None else stage)
    return steps


def _absorbable(stage: list[_Dictionary]) -> bool:
    return (
        len(stage) == 1
        and stage[0].single_only
        and all(len(v) == 1 for v in stage[0].table.values())
    )


def _fast_path(group: list[_Dictionary]) -> _PhrasesThenCharacters | None:
    shape_ok = len(group) == 2 and not group[0].single_only and group[1].single_only
    # The characters' translation must keep positions, so chunks can be spliced back in.
    if shape_ok and all(len(v) == 1 for v in group[1].table.values()):
        return _PhrasesThenCharacters(group[0], group[1])
    return None


def _dict_files(spec: dict[str, object]) -> list[str]:
    if spec.get("type") == "group":
        dicts = spec.get("dicts")
        if not isinstance(dicts, list):
            raise ValueError(f"fastcc: a dictionary group without 'dicts': {spec!r}")
        return [name for item in dicts for name in _dict_files(item)]
    return [str(spec["file"])]


def _convert_group(text: str, group: list[_Dictionary]) -> str:
    """Apply a group: the first dictionary's matches, the rest of the group on the gaps."""
    if not group or not text:
        return text
    first, rest = group[0], group[1:]
    if first.single_only and not rest:
        return text.translate(first.table)
    pieces: list[str] = []
    position = 0
    for start, end in _select(first.matches(text), len(text)):
        pieces.append(_convert_group(text[position:start], rest))
        pieces.append(first.mapping[text[start:end]])
        position = end
    pieces.append(_convert_group(text[position:], rest))
    return "".join(pieces)


def _select(found: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """Accept matches longest-first/leftmost-first that overlap no accepted one; by start."""
    if len(found) <= 1:
        return [(i, i - neg) for neg, i in found]
    taken = bytearray(n)
    chosen: list[tuple[int, int]] = []
    for neg, i in found:
        end = i - neg
        if taken.find(1, i, end) == -1:
            taken[i:end] = b"\x01" * (end - i)
            chosen.append((i, end))
    chosen.sort()
    return chosen


@cache
def load_dictionary(name: str) -> _Dictionary:
    # Loaded once per process: the files are part of the installed package, never learned.
    return _load_dictionary(name)


@cache
def get_converter(config: str) -> FastConverter:
    """The converter for an OpenCC config name ("t2s", "s2t", "s2hk", "s2tw", …)."""
    return FastConverter(config)

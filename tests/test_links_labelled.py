"""The link classifier measured on the labelled real list pages (tests/fixtures/lists/)."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.links.evaluate import (
    TARGET_PRECISION,
    TARGET_RECALL,
    format_table,
    labelled_page,
    macro,
    precision,
    recall,
    score_folder,
)

LISTS = Path(__file__).parent / "fixtures" / "lists"


def test_labelled_pages_have_provenance_and_labels() -> None:
    labels = sorted(LISTS.glob("*.json"))
    assert len(labels) >= 16
    real = [path for path in labels if not path.name.startswith("demo-site-")]
    assert len(real) >= 13  # the rest are the fixture site's pages, written for the tests
    for path in labels:
        label = json.loads(path.read_text(encoding="utf-8"))
        assert labelled_page(path).exists(), path.name
        for key in ("source_repo", "source_path", "source_commit", "original_url"):
            assert label[key], f"{path.name}: {key}"
        assert label["original_url_evidence"] and label["label_notes"], path.name
        assert isinstance(label["labels"]["article_links"], list), path.name
        assert isinstance(label["labels"]["next_pages"], list), path.name


def test_macro_precision_and_recall_meet_the_target() -> None:
    scores = score_folder(LISTS)
    mean_precision, mean_recall = macro(scores)
    table = format_table(scores)
    assert mean_precision >= TARGET_PRECISION, table
    assert mean_recall >= TARGET_RECALL, table
    assert all(s.next_pages_right for s in scores), table


def test_scores_on_sets() -> None:
    assert precision(["a", "b"], ["a"]) == 0.5
    assert recall(["a", "b"], ["a", "c", "d", "e"]) == 0.25
    assert precision([], []) == 1.0 and recall([], []) == 1.0
    assert precision([], ["a"]) == 0.0

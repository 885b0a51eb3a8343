"""The meeting people tagger: its features and spans on strings, how labelled reports teach it,
what it adds to the phrasing rules, and that the shipped model is what the labelled sets train.

Sentences follow real reports' patterns with made-up names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.quality.meeting_model import (
    FIXTURES,
    HELD_OUT,
    TRAINING_GROUPS,
    labelled_sequences,
    train,
    training_items,
)
from crawler.quality.meetings import LabelledItem
from crawler.text.meeting_people import ATTENDEE, CHAIR, SPEAKER, Block, PersonRole
from crawler.text.meeting_tagger import (
    ADDED_TAGS,
    MODEL_DIR,
    PeopleTagger,
    model_path,
    sentence_features,
    sentences,
    spans,
    sure_names,
    with_tagged,
)
from crawler.text.meetings import detect_meeting


def report(paragraphs: list[str], truth: dict[str, object]) -> LabelledItem:
    return LabelledItem("made-up", "hans", "city", "", paragraphs, "2024-05-08", truth)


def test_each_character_has_its_features_with_the_role_cues_ahead_and_behind() -> None:
    sentence = "市委书记方明远主持会议,市领导何静出席。"
    features = sentence_features(sentence)
    assert len(features) == len(sentence)
    name_start = sentence.index("方")
    assert "after_office" in features[name_start]
    assert "surname1" in features[name_start]
    assert "next=主持" in features[name_start]
    assert "next_in_clause=主持" in features[name_start]
    attendee = features[sentence.index("何")]
    assert "prev=会议" in attendee and "next_in_clause=出席" in attendee


def test_spans_are_read_from_begin_and_inside_tags() -> None:
    tags = ["O", "B-A", "I-A", "I-A", "B-A", "I-A", "O", "I-A", "B-C"]
    assert spans(tags) == [("A", 1, 4), ("A", 4, 6), ("C", 8, 9)]


def test_sentences_keep_their_closing_marks() -> None:
    assert sentences("会议由方明远主持。何静出席;散会\n再议") == [
        "会议由方明远主持。",
        "何静出席;",
        "散会",
        "再议",
    ]


def test_a_labelled_name_is_taught_in_its_sentence_and_where_its_role_is_said() -> None:
    item = report(
        ["區長方明遠主持會議。", "方明遠在會上表示,要抓好落實。", "方明遠此前曾到基層調研。"],
        {
            "is_meeting": True,
            "speakers": [
                {"name": "方明遠", "title": "", "sentence": "方明遠在會上表示,要抓好落實。"}
            ],
            "chairs": [{"name": "方明遠", "title": "區長", "sentence": "區長方明遠主持會議。"}],
        },
    )
    speaker = dict(labelled_sequences(item, "S"))
    # the evidence sentence, normalized to Simplified
    assert speaker["方明远在会上表示,要抓好落实。"][:3] == ["B-S", "I-S", "I-S"]
    # a sentence that says no role of a speaker teaches nothing about the name
    assert set(speaker["方明远此前曾到基层调研。"]) == {"O"}
    chair = dict(labelled_sequences(item, "C"))
    assert chair["区长方明远主持会议。"][2:5] == ["B-C", "I-C", "I-C"]
    assert set(chair["方明远在会上表示,要抓好落实。"]) == {"O"}


def test_a_text_cut_off_inside_an_unlabelled_list_teaches_nothing_of_it() -> None:
    chair = {"name": "方明遠", "title": "區長", "sentence": "區長方明遠主持會議。"}
    cut_off = report(
        ["區長方明遠主持會議。", "副區長高文博、孫立新、"], {"is_meeting": True, "chairs": [chair]}
    )
    assert list(dict(labelled_sequences(cut_off, "A"))) == ["区长方明远主持会议。"]
    # a list labelled from a verb before it stays, though cut off
    attendee = {"name": "孫立新", "title": "", "sentence": "出席包括:高文博、孫立新、"}
    labelled = report(
        ["區長方明遠主持會議,出席包括:高文博、孫立新、"],
        {"is_meeting": True, "chairs": [chair], "attendees": [attendee]},
    )
    assert len(labelled_sequences(labelled, "A")) == 1


def test_a_list_before_its_verb_is_tagged_as_attending() -> None:
    text = "市领导高文博、孙立新、黄佳怡出席会议。"
    found = {(tagged.name, tagged.tag) for tagged in sure_names([text])}
    assert found == {("高文博", "A"), ("孙立新", "A"), ("黄佳怡", "A")}


def test_the_tagger_adds_whom_the_rules_lack_with_the_office_written_before() -> None:
    text = "会议由市长方明远主持,副市长高文博、孙立新出席。"
    roles = [PersonRole("方明远", CHAIR, "市长")]
    added = with_tagged(roles, [Block(text, text)])
    assert added[0] == roles[0]
    assert PersonRole("高文博", ATTENDEE, "副市长") in added
    assert PersonRole("孙立新", ATTENDEE, "") in added  # after a 、, no office of its own
    assert [p for p in added if p.name == "方明远" and p.role == CHAIR] == roles


def test_the_office_is_given_as_written_in_traditional() -> None:
    text = "會議由市長方明遠主持,副市長高文博出席。"
    blocks = [Block("会议由市长方明远主持,副市长高文博出席。", text)]
    added = with_tagged([], blocks)
    assert PersonRole("高文博", ATTENDEE, "副市長") in added


def test_the_office_written_before_stops_at_the_sentence_before() -> None:
    text = "胡忠雄主持召开座谈会。老同志易希文、袁汉坤、杜远明等参加座谈会。"
    added = with_tagged([], [Block(text, text)])
    assert {p.title for p in added if p.name == "易希文"} == {"老同志"}


def test_a_name_less_sure_than_the_threshold_is_not_added() -> None:
    blocks = [
        Block("市领导高文博、孙立新、李海涛出席会议。", "市領導高文博、孫立新、李海濤出席會議。")
    ]
    assert {p.name for p in with_tagged([], blocks)} == {"高文博", "孙立新", "李海涛"}
    # no name is surer than 1: a threshold above it adds nobody
    assert with_tagged([], blocks, PeopleTagger(MODEL_DIR, min_probability=1.01)) == []


def test_a_speaker_is_added_only_when_the_tagger_is_all_but_sure() -> None:
    text = "会上,副市长高文博通报了全市安全生产情况。"
    blocks = [Block(text, text)]
    assert PersonRole("高文博", SPEAKER, "副市长") in with_tagged([], blocks)
    surer = PeopleTagger(MODEL_DIR, speaker_probability=1.01)
    assert [p for p in with_tagged([], blocks, surer) if p.role == SPEAKER] == []


@pytest.mark.parametrize(
    "text",
    [
        "会后副市长高文博通报了全市安全生产情况。",  # after the meeting
        "主席高文博先后让21名议员发言。",  # a chair letting others speak
    ],
)
def test_no_speaker_is_added_from_words_said_elsewhere_or_the_floor_given(text: str) -> None:
    assert [p for p in with_tagged([], [Block(text, text)]) if p.role == SPEAKER] == []


def test_a_near_miss_gets_no_people_from_the_tagger() -> None:
    # the tagger only runs on a report: a notice of a meeting to come names nobody
    notice = ["市政府定于下周召开常务会议,副市长高文博、孙立新将出席。"]
    assert detect_meeting("", notice, "2024-05-08") is None


def test_without_a_model_only_the_rules_find_people() -> None:
    paragraphs = ["8日上午,市长方明远主持召开市政府常务会议。", "副市长高文博、孙立新出席。"]
    rules_only = detect_meeting("", paragraphs, "2024-05-08", people_model=None)
    both = detect_meeting("", paragraphs, "2024-05-08")
    assert rules_only is not None and both is not None
    assert set(rules_only.people) <= set(both.people)


def test_every_labelled_set_is_trained_on_or_held_out_never_both() -> None:
    trained = {folder for folders in TRAINING_GROUPS.values() for folder in folders}
    assert not trained & set(HELD_OUT)
    labelled = {path.name for path in FIXTURES.glob("meetings*") if path.is_dir()}
    assert labelled == trained | set(HELD_OUT)


@pytest.fixture(scope="module")
def retrained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    models = tmp_path_factory.mktemp("models")
    train(training_items(), models)
    return models


def test_the_shipped_model_is_what_the_labelled_sets_train(retrained: Path) -> None:
    # CRFsuite's training is deterministic: a change to the sets, the features or the
    # training's parameters that is not followed by `scrapy train_meeting_tagger` shows here
    for tag in ADDED_TAGS:
        shipped = model_path(MODEL_DIR, tag).read_bytes()
        assert model_path(retrained, tag).read_bytes() == shipped, (
            f"{tag}: run `scrapy train_meeting_tagger`"
        )

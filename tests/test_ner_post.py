"""Run-time repairs of the tagger's output (pipeline.ner_post), on hand-built sentences."""
import pytest

from pipeline.ner import DEFAULT_POST, Tagger, model_version
from pipeline.ner_post import apply_post, list_places, proclitic_bases, propagate
from pipeline.types import Article


def test_proclitic_bases_strip_conjunction_and_preposition_not_the_article():
    assert proclitic_bases("وللبنك") == ["للبنك", "البنك"]
    assert proclitic_bases("بالبنك") == ["البنك"]
    assert proclitic_bases("وبلير") == ["بلير"]
    assert proclitic_bases("بلير") == []  # ب is only a preposition before ال
    assert proclitic_bases("البنك") == []
    assert proclitic_bases("وزن") == []  # too short to be a conjunction + name


def test_a_name_tagged_once_is_tagged_where_the_tagger_missed_it():
    sentences = [
        ["اعلن", "البنك", "التجاري", "ارباحه", "."],
        ["وقال", "البنك", "التجاري", "ان", "الارباح", "زادت", "."],
    ]
    tags = [["O", "B-ORG", "I-ORG", "O", "O"], ["O"] * 7]
    out = propagate(sentences, tags)
    assert out[1] == ["O", "B-ORG", "I-ORG", "O", "O", "O", "O"]
    assert out[0] == tags[0]
    assert tags[1] == ["O"] * 7  # the input is not changed


def test_a_proclitic_before_the_name_is_part_of_the_entity():
    sentences = [
        ["استقبل", "بلير", "الوفد", "."],
        ["وبلير", "قال", "."],
        ["اجتمع", "مع", "البنك", "التجاري", "."],
        ["وللبنك", "التجاري", "فروع", "."],
    ]
    tags = [["O", "B-PER", "O", "O"], ["O"] * 3, ["O", "O", "B-ORG", "I-ORG", "O"], ["O"] * 4]
    out = propagate(sentences, tags)
    assert out[1] == ["B-PER", "O", "O"]
    assert out[3] == ["B-ORG", "I-ORG", "O", "O"]


def test_a_bare_word_is_not_tagged_from_a_clitic_reading():
    # فيصل tagged PER must not make يصل ("arrives") a person
    sentences = [["التقي", "فيصل", "الوزير", "."], ["يصل", "الوفد", "غدا", "."]]
    tags = [["O", "B-PER", "O", "O"], ["O"] * 4]
    assert propagate(sentences, tags) == tags


def test_the_majority_type_wins_and_rarely_tagged_words_are_left_alone():
    sentences = [["الاهلي"], ["الاهلي"], ["الاهلي"], ["الاهلي"]]
    tags = [["B-ORG"], ["B-ORG"], ["B-LOC"], ["O"]]
    assert propagate(sentences, tags)[3] == ["B-ORG"]
    # دين tagged once among five occurrences (20% < 30%): a common word, not propagated
    sentences = [["دين"]] * 5
    tags = [["B-PER"]] + [["O"]] * 4
    assert propagate(sentences, tags) == tags


def test_an_occurrence_touching_another_entity_is_left_alone():
    sentences = [["قال", "مون", "."], ["قال", "بان", "كي", "مون", "."]]
    tags = [["O", "B-PER", "O"], ["O", "B-PER", "I-PER", "O", "O"]]
    assert propagate(sentences, tags) == tags


def test_longer_names_go_first_and_existing_tags_are_kept():
    sentences = [["البنك", "التجاري", "القطري"], ["البنك"], ["البنك", "التجاري", "القطري", "و", "البنك"]]
    tags = [["B-ORG", "I-ORG", "I-ORG"], ["B-ORG"], ["O", "O", "O", "O", "B-ORG"]]
    out = propagate(sentences, tags)
    assert out[2] == ["B-ORG", "I-ORG", "I-ORG", "O", "B-ORG"]


def test_apply_post_refuses_unknown_steps():
    assert apply_post((), [["a"]], [["O"]]) == [["O"]]
    with pytest.raises(ValueError):
        apply_post(("guess",), [["a"]], [["O"]])


def test_the_post_steps_are_part_of_the_model_version():
    assert model_version("official") == "official-stanza" + "".join("+" + s for s in DEFAULT_POST)
    assert model_version("official", post=()) == "official-stanza"
    assert model_version("bundled") != model_version("bundled", post=())


class _Scripted(Tagger):
    """A Tagger without a model: tags a fixed word list, to test document handling."""

    def __init__(self, names, post=DEFAULT_POST):
        self.post = tuple(post)
        self.names = names
        self.seen = []

    def _tag_normalised(self, sentences):
        self.seen.append(sentences)
        # the model only finds a name at the start of a sentence
        return [["B-" + self.names[s[0]] if i == 0 and s[0] in self.names else "O" for i, _ in enumerate(s)] for s in sentences]


def test_each_article_is_its_own_document():
    tagger = _Scripted({"شتاينماير": "PER"})
    first = Article(id="a", text="شتاينماير وصل. والتقى الوزير شتاينماير.")
    second = Article(id="b", text="قال الوزير شتاينماير.")
    out = tagger.tag_articles([first, second])
    assert [m.text for m in out[0].mentions] == ["شتاينماير", "شتاينماير"]
    assert out[1].mentions == ()  # not tagged from the other article
    assert len(tagger.seen) == 1  # still one model call for the batch
    assert _Scripted({"شتاينماير": "PER"}, post=()).tag_articles([first])[0].mentions[1:] == ()


def test_tag_tokens_treats_its_input_as_one_document():
    tagger = _Scripted({"شتاينماير": "PER"})
    assert tagger.tag_tokens([["شتاينماير", "وصل"], ["التقي", "شتاينماير"]]) == [["B-PER", "O"], ["O", "B-PER"]]


def test_odd_members_of_a_list_of_places_are_places():
    # 2015-07-21 (actor dev part 5), a visa notice: «… – أثيوبيا- جمهورية الكنغو الديمقراطية- الجابون-
    # جامبيا- غانا- غينيا …» with الجابون tagged ORG and جامبيا untagged
    words = "الدول هي : اثيوبيا - الجابون - جامبيا - غانا - غينيا .".split()
    tags = "O O O B-LOC O B-ORG O O O B-LOC O B-LOC O".split()
    out = list_places([tags], [words])[0]
    assert out == "O O O B-LOC O B-LOC O B-LOC O B-LOC O B-LOC O".split()
    assert apply_post(["lists"], [words], [tags]) == [out]


def test_a_list_with_too_few_places_or_an_untagged_end_is_left_alone():
    words = "وحضر : الرياض - شركة سابك - المراعي .".split()
    tags = "O O B-LOC O O B-ORG O B-ORG O".split()
    assert list_places([tags], [words]) == [tags]  # one place only: a list of bodies stays
    words = "زار : مصر - الاردن - لبنان - وزير .".split()
    tags = "O O B-LOC O B-LOC O B-LOC O O O".split()
    assert list_places([tags], [words]) == [tags]  # an untagged last word is no place

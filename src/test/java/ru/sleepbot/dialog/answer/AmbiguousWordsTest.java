package ru.sleepbot.dialog.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Topic;
import ru.sleepbot.dialog.DialogHarness;
import ru.sleepbot.nlu.Said;

class AmbiguousWordsTest {

    private static final KnowledgeBase CONTENT = DialogHarness.CONTENT;
    private final AmbiguousWords words = new AmbiguousWords(CONTENT);

    @Test
    void crampsAloneAreAskedBackBetweenALegCrampAndASeizure() {
        assertThat(words.askBetween(Said.of("судороги бывают по ночам"), topic("night_cramps")).map(this::ids))
                .contains(List.of("night_cramps", "epilepsy"));
        assertThat(words.askBetween(Said.of("у отца ночные судороги"), topic("epilepsy")).map(this::ids))
                .contains(List.of("epilepsy", "night_cramps"));
    }

    @Test
    void aWordThatSettlesItAsksNothing() {
        assertThat(words.askBetween(Said.of("судороги в икрах по ночам"), topic("night_cramps"))).isEmpty();
        assertThat(words.askBetween(Said.of("ночью судорожный приступ"), topic("epilepsy"))).isEmpty();
        assertThat(words.askBetween(Said.of("ноги ночью крутит"), topic("restless_legs"))).isEmpty();
    }

    @Test
    void legsAloneAreAskedBackBetweenRestlessLegsAndCramps() {
        assertThat(words.askBetween(Said.of("ноги не дают уснуть"), topic("restless_legs")).map(this::ids))
                .contains(List.of("restless_legs", "night_cramps"));
    }

    @Test
    void aTopicOutsideTheWordsMeaningsOrALongStoryIsLeftToTheClassifier() {
        assertThat(words.askBetween(Said.of("судороги по ночам"), topic("hypnic_jerk"))).isEmpty();
        assertThat(words.askBetween(Said.of("уже третий месяц по ночам бывают судороги и я не знаю к кому идти с этим"),
                topic("night_cramps"))).isEmpty();
    }

    private Topic topic(String id) {
        return CONTENT.topic(id).orElseThrow();
    }

    private List<String> ids(List<Topic> topics) {
        return topics.stream().map(Topic::id).toList();
    }
}

package ru.sleepbot.dialog.talk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.ChatRef;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Topic;
import ru.sleepbot.dialog.DialogHarness;
import ru.sleepbot.dialog.Feature;
import ru.sleepbot.dialog.FlowState;
import ru.sleepbot.dialog.Menus;
import ru.sleepbot.dialog.Session;
import ru.sleepbot.dialog.Turn;

class MenuFeatureTest {

    /** Any feature's flow: /cancel closes whatever is open or parked. */
    private record SomeFlow() implements FlowState {
    }

    private final Menus menus = new Menus(DialogHarness.CONTENT);

    @Test
    void tellsEveryOtherFeatureAboutCancelAndClosesTheFlow() {
        List<String> told = new ArrayList<>();
        Feature routine = new Feature() {
            @Override
            public Optional<String> onCancel(Turn turn) {
                told.add("routine");
                return Optional.of("routine_stopped");
            }
        };
        MenuFeature menu = new MenuFeature(DialogHarness.CONTENT.messages(), menus, List.of(routine), DialogHarness.CONTENT.lexicon());
        Session session = new Session(7);
        session.open(new SomeFlow());

        List<Reply> replies = menu.onCommand(new Turn(ChatRef.privateChat(7), session, Instant.EPOCH), "cancel", "");

        assertThat(told).containsExactly("routine");
        assertThat(session.flow()).isEmpty();
        assertThat(replies.get(0).text()).isEqualTo(DialogHarness.CONTENT.messages().text("dialog.cancelled"));
        assertThat(replies.get(0).kind()).isEqualTo("routine_stopped");
    }

    @Test
    void cancelsAParkedFlowToo() {
        MenuFeature menu = new MenuFeature(DialogHarness.CONTENT.messages(), menus, List.of(), DialogHarness.CONTENT.lexicon());
        Session session = new Session(7);
        session.park(new SomeFlow());

        List<Reply> replies = menu.onCommand(new Turn(ChatRef.privateChat(7), session, Instant.EPOCH), "cancel", "");

        assertThat(replies.get(0).text()).isEqualTo(DialogHarness.CONTENT.messages().text("dialog.cancelled"));
    }

    @Test
    void startShowsTheFiveMainButtonsWithTheirOwnersData() {
        MenuFeature menu = new MenuFeature(DialogHarness.CONTENT.messages(), menus, List.of(), DialogHarness.CONTENT.lexicon());

        Reply start = menu.onCommand(new Turn(ChatRef.privateChat(7), new Session(7), Instant.EPOCH), "start", "").get(0);

        assertThat(start.buttons()).extracting(Button::encoded).containsExactly("tp:hypnic_jerk", "tp:child_sleep",
                "tp:when_to_see_doctor", "rt:list", "rm:menu");
        assertThat(start.text()).contains("не врач и не ставлю диагнозов");
    }

    @Test
    void listsEveryTaxonomyTopicPageByPageWithinSixButtons() {
        List<Topic> taxonomy = DialogHarness.CONTENT.topics().stream().filter(t -> t.parent() == null).toList();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int page = 0; page * 5 < taxonomy.size(); page++) {
            Reply topics = menus.withTopics("…", page);
            assertThat(topics.buttons()).hasSizeLessThanOrEqualTo(6);
            topics.buttons().stream().filter(b -> b.data() instanceof ButtonData.Topic)
                    .forEach(b -> seen.add(((ButtonData.Topic) b.data()).topicId()));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(taxonomy.stream().map(Topic::id).toList());
    }
}

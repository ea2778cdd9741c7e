package ru.sleepbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Incoming;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.IntentClassifier;

class DialogEngineTest {

    @Test
    void answersTenThousandCharactersWithoutReadingThemAll() {
        AtomicInteger longest = new AtomicInteger();
        IntentClassifier measuring = said -> {
            longest.accumulateAndGet(said.raw().length(), Math::max);
            return new KeywordClassifier().classify(said);
        };
        DialogHarness bot = new DialogHarness(measuring);

        List<Reply> replies = bot.say("вздрагиваю при засыпании ".repeat(400));

        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).text()).contains("Вздрогнуть в момент засыпания");
        assertThat(longest.get()).isLessThanOrEqualTo(DialogEngine.MAX_UNDERSTOOD_CHARS);
    }

    @Test
    void givesAKindReplyWhenAFeatureFails() {
        IntentClassifier broken = text -> {
            throw new IllegalStateException("model file is damaged");
        };
        DialogHarness bot = new DialogHarness(broken);

        List<Reply> replies = bot.say("почему я вздрагиваю");

        assertThat(replies).singleElement().extracting(Reply::text)
                .isEqualTo(DialogHarness.CONTENT.messages().text("dialog.error"));
    }

    @Test
    void answersStickersAndPhotosWithAHint() {
        DialogHarness bot = new DialogHarness();

        List<Reply> replies = DialogHarness.replies(bot.engine.handle(new Incoming.Unsupported(DialogHarness.CHAT, "sticker")));

        assertThat(replies).singleElement().extracting(Reply::text).asString().contains("только текст");
    }

    @Test
    void answersAnEmergencyAloneWithTheCallFirst() {
        DialogHarness bot = new DialogHarness(text -> new Classification(Classification.OUT_OF_SCOPE, 0, "greeting", 0, null));

        List<Reply> replies = bot.say("у малыша во сне остановилось дыхание и он посинел");

        assertThat(replies).hasSize(2);
        assertThat(replies.get(0).text()).startsWith("<b>Звоните 103 или 112");
        assertThat(bot.misses.top(10)).as("an emergency is not a question the bot missed").isEmpty();
    }

    @Test
    void answersAWarningSignInsteadOfTheTopicAnswer() {
        DialogHarness bot = new DialogHarness();

        List<Reply> replies = bot.say("икра опухла, покраснела и болит");

        assertThat(replies).singleElement().extracting(Reply::text).asString()
                .contains("сегодня же").doesNotContain("103 или 112 прямо сейчас");
    }

    @Test
    void forgetsTheTopicWhenTheSessionExpires() {
        DialogHarness bot = new DialogHarness();
        bot.say("вздрагиваю при засыпании");
        bot.clock.advance(SessionSettings.DEFAULT.idleExpiry().plus(Duration.ofSeconds(1)));

        assertThat(bot.engine.sessionCount()).isZero();
        assertThat(bot.say("а это опасно?").get(0).text()).contains("о чём именно");
    }

    @Test
    void handlesTwoMessagesOfOneChatOneAtATime() throws Exception {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        IntentClassifier slowFirst = said -> {
            String text = said.raw();
            order.add("start " + text);
            if (text.equals("первое")) {
                firstInside.countDown();
                await(release);
            }
            order.add("end " + text);
            return new Classification(Classification.OUT_OF_SCOPE, 0, "greeting", 0, null);
        };
        DialogHarness bot = new DialogHarness(slowFirst);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Reply>> first = pool.submit(() -> bot.say("первое"));
            assertThat(firstInside.await(5, TimeUnit.SECONDS)).isTrue();
            Future<List<Reply>> second = pool.submit(() -> bot.say("второе"));
            release.countDown();

            assertThat(first.get(5, TimeUnit.SECONDS)).hasSize(1);
            assertThat(second.get(5, TimeUnit.SECONDS)).hasSize(1);
            assertThat(order).containsExactly("start первое", "end первое", "start второе", "end второе");
            // Both were misses, counted one after the other: the second reply offers the check.
            assertThat(second.get().get(0).text()).contains("снова");
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

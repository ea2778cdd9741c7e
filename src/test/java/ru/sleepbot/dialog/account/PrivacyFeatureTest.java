package ru.sleepbot.dialog.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.ChatRef;
import ru.sleepbot.chat.Incoming;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.DialogHarness;
import ru.sleepbot.store.UserSettings;

class PrivacyFeatureTest {

    private final DialogHarness bot = new DialogHarness();

    @Test
    void deletesTheStoredUserAndTheConversationAfterYes() {
        bot.press("pv:on");
        bot.say("вздрагиваю при засыпании");

        bot.say("/forget");
        bot.press("fg:yes");

        assertThat(bot.users.find(DialogHarness.CHAT.id())).isEmpty();
        assertThat(bot.say("а это опасно?").get(0).text()).contains("о чём именно");
    }

    @Test
    void keepsEverythingAfterNo() {
        bot.press("pv:on");

        bot.say("/forget");
        bot.say("нет");

        assertThat(bot.users.find(DialogHarness.CHAT.id())).map(UserSettings::storeTextConsent).contains(true);
    }

    @Test
    void treatsAnOldYesButtonWithoutAQuestionAsStale() {
        bot.press("pv:on");

        assertThat(bot.press("fg:yes").get(0).text()).contains("старого сообщения");
        assertThat(bot.users.find(DialogHarness.CHAT.id())).isPresent();
    }

    @Test
    void dropsTheConfirmationWhenTheUserAsksSomethingElse() {
        bot.press("pv:on");
        bot.say("/forget");

        assertThat(bot.say("вздрагиваю при засыпании").get(0).text()).contains("Вздрогнуть");
        assertThat(bot.press("fg:yes").get(0).text()).contains("старого сообщения");
        assertThat(bot.users.find(DialogHarness.CHAT.id())).isPresent();
    }

    private static final long GROUP = -100500;
    private static final long ALICE = 1001;
    private static final long BOB = 1002;

    private List<Reply> inGroup(long user, String text) {
        return DialogHarness.replies(bot.engine.handle(new Incoming.Text(new ChatRef(GROUP, true, user), text)));
    }

    private List<Reply> pressInGroup(long user, String data) {
        return DialogHarness.replies(bot.engine.handle(new Incoming.Press(new ChatRef(GROUP, true, user), data)));
    }

    @Test
    void consentInAGroupIsTheMembersOwnNeverTheGroups() {
        pressInGroup(ALICE, "pv:on");

        assertThat(bot.users.find(ALICE)).map(UserSettings::storeTextConsent).contains(true);
        assertThat(bot.users.find(BOB)).isEmpty();
        assertThat(bot.users.find(GROUP)).isEmpty();
        assertThat(inGroup(BOB, "/privacy").get(0).text()).contains("только как код");
    }

    @Test
    void onlyTheMemberWhoAskedCanConfirmForgetAndOnlyForThemselves() {
        pressInGroup(ALICE, "pv:on");
        pressInGroup(BOB, "pv:on");
        inGroup(ALICE, "/forget");

        assertThat(pressInGroup(BOB, "fg:yes").get(0).text()).contains("для того, кто попросил");
        assertThat(bot.users.find(ALICE)).isPresent();
        assertThat(bot.users.find(BOB)).isPresent();

        assertThat(pressInGroup(ALICE, "fg:yes").get(0).text()).contains("удалила всё, что хранила о вас");
        assertThat(bot.users.find(ALICE)).isEmpty();
        assertThat(bot.users.find(BOB)).map(UserSettings::storeTextConsent).contains(true);
    }
}

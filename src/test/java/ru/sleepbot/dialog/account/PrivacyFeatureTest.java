package ru.sleepbot.dialog.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
}

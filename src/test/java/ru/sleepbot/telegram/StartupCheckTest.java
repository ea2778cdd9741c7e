package ru.sleepbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class StartupCheckTest {

    private static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
    private static final ChannelOptions OPTIONS = new ChannelOptions(Duration.ofMillis(700), 1, Duration.ofSeconds(25),
            3, Duration.ofMillis(500), Duration.ofSeconds(30));

    private final TelegramClient client = mock(TelegramClient.class);
    private final List<Long> waits = new ArrayList<>();
    private final StartupCheck check = new StartupCheck(client, OPTIONS, TOKEN, waits::add);

    @Test
    void learnsTheBotsNameFromGetMe() throws Exception {
        User me = new User(77L, "Дрёма", true);
        me.setUserName("drema_sleep_bot");
        when(client.execute(any(GetMe.class))).thenReturn(me);

        assertThat(check.whoAmI()).isEqualTo(new BotIdentity(77L, "drema_sleep_bot"));
    }

    @Test
    void aRefusedTokenFailsAtOnceWithAClearMessage() throws Exception {
        when(client.execute(any(GetMe.class))).thenThrow(new TelegramApiRequestException("Error executing",
                ApiResponse.builder().ok(false).errorCode(401).errorDescription("Unauthorized").build()));

        assertThatThrownBy(check::whoAmI).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TELEGRAM_BOT_TOKEN").hasMessageContaining("401")
                .hasMessageNotContaining("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
        assertThat(waits).isEmpty();
    }

    @Test
    void waitsOutANetworkThatIsDownForAFewAttempts() throws Exception {
        User me = new User(77L, "Дрёма", true);
        me.setUserName("drema_sleep_bot");
        TelegramApiException down = new TelegramApiException("Unable to execute getme",
                new IOException("Failed to connect to api.telegram.org/bot" + TOKEN));
        when(client.execute(any(GetMe.class))).thenThrow(down).thenThrow(down).thenReturn(me);

        assertThat(check.whoAmI().username()).isEqualTo("drema_sleep_bot");
        assertThat(waits).hasSize(2);
        assertThat(waits.get(1)).isGreaterThan(waits.get(0) / 2);
    }

    @Test
    void givesUpWhenTelegramStaysUnreachable() throws Exception {
        when(client.execute(any(GetMe.class))).thenThrow(new TelegramApiException("Unable to execute getme",
                new IOException("connect timed out /bot" + TOKEN)));

        assertThatThrownBy(check::whoAmI).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not reachable after 3 attempts").hasMessageNotContaining(TOKEN);
        assertThat(waits).hasSize(2);
    }
}

package ru.sleepbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void runWithoutATokenExitsWithTwoAndSaysHowToSetIt() {
        assumeTrue(System.getenv("TELEGRAM_BOT_TOKEN") == null, "a token is set in this environment");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.execute("run")).isEqualTo(2);
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("TELEGRAM_BOT_TOKEN").contains("@BotFather").contains("токен");
    }

    @Test
    void versionAndHelpExitWithZero() {
        PrintStream out = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.execute("--version")).isZero();
            assertThat(Main.execute("--help")).isZero();
        } finally {
            System.setOut(out);
        }
    }
}

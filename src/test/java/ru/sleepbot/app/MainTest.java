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
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        assertThat(withErrTo(captured, () -> Main.execute("run"))).isEqualTo(2);
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

    @Test
    void onlyTheCommandBeingRunIsBuiltAndHelpListsThemAll() {
        assertThat(Main.subcommandsFor("chat").keySet()).containsExactly("chat");
        assertThat(Main.subcommandsFor("eval", "safety", "x.tsv").keySet()).containsExactly("eval");
        assertThat(Main.subcommandsFor()).isEmpty();
        assertThat(Main.subcommandsFor("--help").keySet()).containsExactly("run", "chat", "classify", "eval", "report");
        assertThat(Main.subcommandsFor("chta").keySet()).hasSize(5);
    }

    @Test
    void eachCommandIsRegisteredUnderItsOwnName() {
        Main.subcommandsFor("--help").forEach((name, command) ->
                assertThat(new picocli.CommandLine(command.get()).getCommandName()).isEqualTo(name));
    }

    @Test
    void aMistypedCommandIsAnErrorThatSuggestsTheCommandMeant() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code = withErrTo(captured, () -> Main.execute("chta"));

        assertThat(code).isEqualTo(2);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("chta").contains("Did you mean").contains("chat");
    }

    private static int withErrTo(ByteArrayOutputStream captured, java.util.function.IntSupplier run) {
        PrintStream err = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return run.getAsInt();
        } finally {
            System.setErr(err);
        }
    }
}

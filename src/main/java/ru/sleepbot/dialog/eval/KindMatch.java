package ru.sleepbot.dialog.eval;

import java.util.Arrays;
import java.util.List;
import ru.sleepbot.chat.Reply;

/**
 * Whether a reply is of the kind expected. An expected kind names what must be there and leaves
 * out what may vary: "topic insomnia" is right for any part of the insomnia topic, "topic insomnia
 * what_to_do" only for that part; "emergency" is right for "emergency seizure".
 */
public final class KindMatch {

    private KindMatch() {
    }

    /** True when {@code actual} has every word of {@code expected}, in order, from its start. */
    public static boolean matches(String expected, String actual) {
        if (actual == null) {
            return false;
        }
        String[] want = expected.strip().split("\\s+");
        String[] got = actual.strip().split("\\s+");
        return got.length >= want.length && Arrays.equals(want, Arrays.copyOf(got, want.length));
    }

    /** True when any of the replies matches any of the expected kinds. */
    public static boolean anyMatches(List<String> expected, List<Reply> replies) {
        return expected.stream().anyMatch(e -> replies.stream().anyMatch(r -> matches(e, r.kind())));
    }
}

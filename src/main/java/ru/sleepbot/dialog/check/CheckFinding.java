package ru.sleepbot.dialog.check;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the answers of the check point to, most pressing first; the first that fits is "most
 * likely", the others are mentioned. The topics that say more name their findings in their
 * YAML ({@code check_findings}), so this enum holds no topic id. Never a diagnosis:
 * the texts (check.yaml) say "похоже на", and who to see.
 */
enum CheckFinding {
    WARNING_SIGNS(a -> a.get(CheckStep.WARNING) == CheckOption.YES || a.get(CheckStep.WHEN) == CheckOption.DAY),
    BREATHING(a -> present(a, CheckStep.BREATHING)),
    RESTLESS_LEGS(a -> present(a, CheckStep.LEGS)),
    CRAMPS(a -> present(a, CheckStep.PAIN)),
    CHILD(a -> a.get(CheckStep.WHO) == CheckOption.CHILD),
    NIGHT_TWITCHES(a -> a.get(CheckStep.WHEN) == CheckOption.NIGHT),
    SLEEP_STARTS(a -> true);

    private final Predicate<Map<CheckStep, CheckOption>> fits;

    CheckFinding(Predicate<Map<CheckStep, CheckOption>> fits) {
        this.fits = fits;
    }

    boolean fits(Map<CheckStep, CheckOption> answers) {
        return fits.test(answers);
    }

    /** Text keys: check.finding.&lt;key&gt;, check.tips.&lt;key&gt;, check.see.&lt;key&gt;. */
    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Every finding that fits, most pressing first; the last one always fits. */
    static List<CheckFinding> of(Map<CheckStep, CheckOption> answers) {
        return java.util.Arrays.stream(values()).filter(f -> f.fits(answers)).toList();
    }

    private static boolean present(Map<CheckStep, CheckOption> answers, CheckStep step) {
        CheckOption option = answers.get(step);
        return option != null && option.present();
    }
}

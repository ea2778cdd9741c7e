package ru.sleepbot.dialog;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the answers of the check point to, most pressing first; the first that fits is "most
 * likely", the others are mentioned. Each names the topics that say more. Never a diagnosis:
 * the texts (check.yaml) say "похоже на", and who to see.
 */
enum CheckFinding {
    WARNING_SIGNS(a -> a.get(CheckStep.WARNING) == CheckOption.YES || a.get(CheckStep.WHEN) == CheckOption.DAY,
            List.of("when_to_see_doctor", "epilepsy")),
    BREATHING(a -> present(a, CheckStep.BREATHING), List.of("breathing_apnea")),
    RESTLESS_LEGS(a -> present(a, CheckStep.LEGS), List.of("restless_legs")),
    CRAMPS(a -> present(a, CheckStep.PAIN), List.of("night_cramps", "deficiency")),
    CHILD(a -> a.get(CheckStep.WHO) == CheckOption.CHILD, List.of("child_sleep")),
    NIGHT_TWITCHES(a -> a.get(CheckStep.WHEN) == CheckOption.NIGHT, List.of("myoclonus", "sleep_phases")),
    SLEEP_STARTS(a -> true, List.of("hypnic_jerk", "lifestyle_tips"));

    private final Predicate<Map<CheckStep, CheckOption>> fits;
    private final List<String> topics;

    CheckFinding(Predicate<Map<CheckStep, CheckOption>> fits, List<String> topics) {
        this.fits = fits;
        this.topics = topics;
    }

    boolean fits(Map<CheckStep, CheckOption> answers) {
        return fits.test(answers);
    }

    List<String> topics() {
        return topics;
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

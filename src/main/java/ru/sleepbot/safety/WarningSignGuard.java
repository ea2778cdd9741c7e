package ru.sleepbot.safety;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Messages;
import ru.sleepbot.content.WarningSign;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.nlu.Utterance;

/**
 * The {@link SafetyGuard} over the warning signs in content: a calm reply naming whom to see,
 * opening with "call 103 or 112" when something dangerous is happening right now. Patterns, not
 * the classifier, decide here: a warning sign must never depend on a probability.
 */
public final class WarningSignGuard implements SafetyGuard {

    private final TextNormalizer normalizer;
    private final Messages messages;
    private final List<CompiledSign> signs;

    public WarningSignGuard(KnowledgeBase knowledge, TextNormalizer normalizer) {
        this.normalizer = normalizer;
        this.messages = knowledge.messages();
        Negation negation = new Negation(knowledge.lexicon().words("negation.before", normalizer::normalize),
                knowledge.lexicon().words("negation.after", normalizer::normalize));
        this.signs = knowledge.warningSigns().stream().map(s -> CompiledSign.of(s, normalizer, negation)).toList();
    }

    /** The ids of the signs a message shows, and whether any is an emergency; for tests and logs. */
    public Finding assess(String text) {
        return assessNormalized(normalizer.normalize(text));
    }

    private Finding assessNormalized(String normalized) {
        if (normalized.isEmpty()) {
            return new Finding(List.of(), false);
        }
        String[] words = normalized.split(" ");
        List<WarningSign> found = new ArrayList<>();
        boolean emergency = false;
        for (CompiledSign sign : signs) {
            if (anyMatches(sign.patterns(), words)) {
                found.add(sign.sign());
                emergency |= sign.sign().severity() == WarningSign.Severity.EMERGENCY
                        || anyMatches(sign.emergencyWhen(), words);
            }
        }
        return new Finding(List.copyOf(found), emergency);
    }

    @Override
    public Optional<Reply> check(Utterance said) {
        Finding finding = assessNormalized(said.normalized());
        if (finding.signs().isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        if (finding.emergency()) {
            lines.add("🚑 " + messages.text("safety.emergency_call"));
            finding.signs().stream()
                    .map(s -> "safety.emergency." + s.id())
                    .filter(messages::has)
                    .findFirst()
                    .ifPresent(key -> lines.add(messages.text(key)));
        }
        Set<String> doctors = new LinkedHashSet<>();
        for (WarningSign sign : finding.signs()) {
            lines.add(messages.text("safety.sign." + sign.id()));
            sign.doctors().forEach(d -> doctors.add(messages.text("safety.doctor." + d)));
        }
        lines.add((finding.emergency() ? "" : "⚠️ ")
                + messages.text("safety.see_doctor", Map.of("doctors", String.join(", ", doctors))));
        // The kind names the signs ("warning tongue_biting"), so that the sleep diary can note them by id.
        return Optional.of(Reply.text(lines.stream().distinct().collect(Collectors.joining("\n\n")))
                .withKind((finding.emergency() ? "emergency " : "warning ") + String.join(" ", finding.ids())));
    }

    /** What the guard saw in one message. */
    public record Finding(List<WarningSign> signs, boolean emergency) {

        public List<String> ids() {
            return signs.stream().map(WarningSign::id).toList();
        }
    }

    private static boolean anyMatches(List<PhrasePattern> patterns, String[] words) {
        for (PhrasePattern pattern : patterns) {
            if (pattern.matches(words)) {
                return true;
            }
        }
        return false;
    }

    private record CompiledSign(WarningSign sign, List<PhrasePattern> patterns, List<PhrasePattern> emergencyWhen) {

        static CompiledSign of(WarningSign sign, TextNormalizer normalizer, Negation negation) {
            return new CompiledSign(sign,
                    sign.patterns().stream().map(p -> PhrasePattern.compile(p, sign.window(), normalizer, negation)).toList(),
                    sign.emergencyWhen().stream()
                            .map(p -> PhrasePattern.compile(p, sign.window(), normalizer, negation)).toList());
        }
    }
}

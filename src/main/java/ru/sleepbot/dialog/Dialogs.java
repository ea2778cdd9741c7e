package ru.sleepbot.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.content.Messages;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;

/** Builds the dialog engine with all its features; the one public way in for the wiring. */
public final class Dialogs {

    private Dialogs() {
    }

    public static DialogEngine create(DialogDependencies deps) {
        // The trained classifier already answers out_of_scope below its cross-validated threshold
        // (NluSettings, NLU_MIN_CONFIDENCE), so a second threshold here would only reject more;
        // the clarify margin is the classifier's, chosen by the same cross-validation.
        UnderstandingPolicy policy = new UnderstandingPolicy(0, deps.classifier().clarifyMargin());
        // java.util.Random is thread-safe; the variety of small talk needs nothing stronger.
        return create(deps, policy, new Random());
    }

    static DialogEngine create(DialogDependencies deps, UnderstandingPolicy policy, RandomGenerator random) {
        KnowledgeBase knowledge = deps.knowledge();
        Messages messages = knowledge.messages();
        TextNormalizer normalizer = new TextNormalizer();
        RussianAnalyzer analyzer = new RussianAnalyzer(normalizer);
        Menus menus = new Menus(knowledge);
        Lexicon lexicon = knowledge.lexicon();

        List<Feature> peers = new ArrayList<>();
        peers.add(new AnswerFeature(knowledge, new AnswerRenderer(knowledge, menus),
                new FollowUpReader(new ContextCues(analyzer, lexicon)), new OwnSymptoms(analyzer, lexicon), policy, menus));
        peers.add(new CheckFeature(messages, new CheckAnswerReader(analyzer, lexicon), new CheckSummary(knowledge, menus),
                deps.classifier(), policy));
        peers.add(new SmallTalkFeature(knowledge, menus, random));
        peers.add(RoutineFeature.create(deps));
        peers.add(new ReminderFeature(deps.users(), messages, knowledge.lexicon(), deps.clock()));

        List<Feature> features = new ArrayList<>(peers);
        features.add(new MenuFeature(messages, menus, peers));
        features.add(new PrivacyFeature(messages, deps.users(), new YesNo(analyzer, lexicon), peers));
        Feature fallback = new FallbackFeature(knowledge, menus,
                new MissRecorder(deps.misses(), deps.users(), normalizer), policy, random);
        return new DialogEngine(deps.classifier(), deps.guard(), messages, deps.clock(), deps.sessions(), policy,
                features, fallback);
    }
}

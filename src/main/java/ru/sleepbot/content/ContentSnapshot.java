package ru.sleepbot.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loaded content as the build writes it into the start-up snapshot, and reads it back at
 * start without parsing YAML (which takes most of a second on a cold JVM). Everything of the
 * {@link KnowledgeBase} is kept, so the snapshot's content equals the loaded one; whether a
 * snapshot may be used at all (was it made from this content, by this code?) is the caller's
 * check, made before reading.
 */
public final class ContentSnapshot {

    private ContentSnapshot() {
    }

    public static void write(KnowledgeBase knowledge, SnapshotOut out) {
        out.integer(knowledge.topics().size());
        knowledge.topics().forEach(t -> writeTopic(t, out));
        out.integer(knowledge.conversations().size());
        knowledge.conversations().forEach(c -> out.string(c.id()).string(c.parent()).strings(c.examples())
                .strings(c.replies()));
        out.integer(knowledge.routines().size());
        knowledge.routines().forEach(r -> writeRoutine(r, out));
        Map<String, List<String>> messages = new LinkedHashMap<>();
        knowledge.messages().keys().forEach(k -> messages.put(k, knowledge.messages().variants(k)));
        out.stringLists(messages);
        out.integer(knowledge.safetyRules().size());
        knowledge.safetyRules().forEach((name, tree) -> {
            out.string(name);
            JsonTrees.write(tree, out);
        });
        Map<String, List<String>> lexicon = new LinkedHashMap<>();
        knowledge.lexicon().keys().forEach(k -> lexicon.put(k, knowledge.lexicon().list(k)));
        out.stringLists(lexicon);
        out.integer(knowledge.cities().size());
        knowledge.cities().forEach(c -> out.string(c.name()).string(c.zone()).string(c.region()).string(c.country())
                .strings(c.aliases()));
    }

    public static KnowledgeBase read(SnapshotIn in) {
        List<Topic> topics = new ArrayList<>();
        for (int i = in.size(); i > 0; i--) {
            topics.add(readTopic(in));
        }
        List<Conversation> conversations = new ArrayList<>();
        for (int i = in.size(); i > 0; i--) {
            conversations.add(new Conversation(in.string(), in.string(), in.strings(), in.strings()));
        }
        List<Routine> routines = new ArrayList<>();
        for (int i = in.size(); i > 0; i--) {
            routines.add(readRoutine(in));
        }
        Messages messages = new Messages(in.stringLists());
        Map<String, com.fasterxml.jackson.databind.JsonNode> safety = new LinkedHashMap<>();
        for (int i = in.size(); i > 0; i--) {
            safety.put(in.string(), JsonTrees.read(in));
        }
        Lexicon lexicon = new Lexicon(in.stringLists());
        List<City> cities = new ArrayList<>();
        for (int i = in.size(); i > 0; i--) {
            cities.add(new City(in.string(), in.string(), in.string(), in.string(), in.strings()));
        }
        return new KnowledgeBase(topics, conversations, routines, messages, safety, lexicon, cities);
    }

    private static void writeTopic(Topic t, SnapshotOut out) {
        out.string(t.id()).string(t.parent()).string(t.title()).integer(t.order()).strings(t.examples())
                .string(t.answer());
        out.integer(t.sections().size());
        t.sections().forEach((aspect, text) -> out.string(aspect.name()).string(text));
        out.strings(t.related())
                .strings(t.flags().stream().map(Enum::name).toList())
                .string(t.menuLabel()).strings(t.checkFindings())
                .string(t.aspectOfCurrent() == null ? null : t.aspectOfCurrent().name())
                .strings(t.alarmSigns());
    }

    private static Topic readTopic(SnapshotIn in) {
        String id = in.string();
        String parent = in.string();
        String title = in.string();
        int order = in.integer();
        List<String> examples = in.strings();
        String answer = in.string();
        Map<Aspect, String> sections = new EnumMap<>(Aspect.class);
        for (int i = in.size(); i > 0; i--) {
            sections.put(Aspect.valueOf(in.string()), in.string());
        }
        List<String> related = in.strings();
        Set<TopicFlag> flags = EnumSet.noneOf(TopicFlag.class);
        in.strings().forEach(f -> flags.add(TopicFlag.valueOf(f)));
        String menuLabel = in.string();
        List<String> checkFindings = in.strings();
        String aspect = in.string();
        return new Topic(id, parent, title, order, examples, answer, sections, related, flags, menuLabel,
                checkFindings, aspect == null ? null : Aspect.valueOf(aspect), in.strings());
    }

    private static void writeRoutine(Routine r, SnapshotOut out) {
        out.string(r.id()).string(r.title()).string(r.description()).string(r.suits()).integer(r.order());
        out.integer(r.steps().size());
        r.steps().forEach(s -> out.string(s.text()).integer(s.seconds()));
        out.strings(r.askedBy());
    }

    private static Routine readRoutine(SnapshotIn in) {
        String id = in.string();
        String title = in.string();
        String description = in.string();
        String suits = in.string();
        int order = in.integer();
        List<RoutineStep> steps = new ArrayList<>();
        for (int i = in.size(); i > 0; i--) {
            steps.add(new RoutineStep(in.string(), in.integer()));
        }
        return new Routine(id, title, description, suits, order, steps, in.strings());
    }
}

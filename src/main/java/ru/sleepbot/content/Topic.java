package ru.sleepbot.content;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A subject the bot knows about (one file in {@code intents/topics/}): how people ask about it,
 * the direct answer, follow-up sections (its warning signs, with whom to see and how soon, are in
 * {@code when_doctor}) and related topics.
 *
 * @param parent        the taxonomy id this finer intent belongs to, or null for a taxonomy id itself
 * @param order         position in topic lists (lower first)
 * @param flags         what the topic is to the dialog ({@link TopicFlag})
 * @param menuLabel     the label of its door in the main menu, or null when it has none
 * @param checkFindings the symptom check's findings this topic explains (its summary links here)
 * @param aspectOfCurrent for a topic about one side of every subject ("when to see a doctor"): a
 *                      short question placed here, asked while another topic is being talked about,
 *                      asks about this side of that topic ("к какому врачу с этим?")
 * @param alarmSigns    the triage signs ({@code intents/safety/}) this topic tells more about: their
 *                      warning reply offers a button here
 */
public record Topic(
        String id,
        String parent,
        String title,
        int order,
        List<String> examples,
        String answer,
        Map<Aspect, String> sections,
        List<String> related,
        Set<TopicFlag> flags,
        String menuLabel,
        List<String> checkFindings,
        Aspect aspectOfCurrent,
        List<String> alarmSigns) {

    public Topic {
        Objects.requireNonNull(id, "topic id");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("topic " + id + " has no title");
        }
        examples = examples == null ? List.of() : List.copyOf(examples);
        answer = answer == null ? "" : answer.strip();
        Map<Aspect, String> copy = new EnumMap<>(Aspect.class);
        if (sections != null) {
            sections.forEach((aspect, text) -> copy.put(aspect, text.strip()));
        }
        sections = Map.copyOf(copy);
        related = related == null ? List.of() : List.copyOf(related);
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        checkFindings = checkFindings == null ? List.of() : List.copyOf(checkFindings);
        alarmSigns = alarmSigns == null ? List.of() : List.copyOf(alarmSigns);
    }

    public boolean is(TopicFlag flag) {
        return flags.contains(flag);
    }

    public Optional<String> menuDoor() {
        return Optional.ofNullable(menuLabel);
    }

    /** The taxonomy id this topic answers for: its parent, or itself. */
    public String taxonomyId() {
        return parent == null ? id : parent;
    }

    public Optional<String> section(Aspect aspect) {
        return Optional.ofNullable(sections.get(aspect));
    }
}

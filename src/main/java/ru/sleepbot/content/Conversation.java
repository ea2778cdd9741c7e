package ru.sleepbot.content;

import java.util.List;
import java.util.Objects;

/**
 * A conversation intent (one file in {@code intents/conversation/}): greeting, thanks, goodbye,
 * help, reminder, out_of_scope; its training examples and the replies to pick from.
 */
public record Conversation(String id, String parent, List<String> examples, List<String> replies) {

    public Conversation {
        Objects.requireNonNull(id, "conversation id");
        examples = examples == null ? List.of() : List.copyOf(examples);
        replies = replies == null ? List.of() : replies.stream().map(String::strip).toList();
    }

    public String taxonomyId() {
        return parent == null ? id : parent;
    }
}

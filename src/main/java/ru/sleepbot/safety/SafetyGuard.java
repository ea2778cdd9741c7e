package ru.sleepbot.safety;

import java.util.Optional;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.nlu.Utterance;

/**
 * Looks at every free-text message, in any state of the dialog, for warning signs. When it finds
 * one, its reply goes first, before any other content.
 */
public interface SafetyGuard {

    Optional<Reply> check(Utterance said);
}
